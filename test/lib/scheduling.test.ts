import {
  ForegroundWork,
  queueTask,
  runInSlices,
  runToEnd,
  yieldToOtherWork,
} from '@/lib/scheduling';

/** Steps that note each step in `log` and return `result`. */
function* steps(count: number, log: string[], result: string): Generator<void, string> {
  for (let step = 0; step < count; step++) {
    log.push(`step ${step}`);
    yield;
  }
  return result;
}

describe('yieldToOtherWork', () => {
  it('resumes after the tasks queued before it (no scheduler here: a message to oneself)', async () => {
    const log: string[] = [];
    queueTask(() => log.push('queued task'));
    await yieldToOtherWork();
    log.push('resumed');
    expect(log).toEqual(['queued task', 'resumed']);
  });
});

describe('runInSlices', () => {
  it('returns what the steps return, having run every step once, in order', async () => {
    const log: string[] = [];
    await expect(runInSlices(steps(5, log, 'done'), 1_000)).resolves.toBe('done');
    expect(log).toEqual(['step 0', 'step 1', 'step 2', 'step 3', 'step 4']);
  });

  it('lets a task queued meanwhile run before the work ends', async () => {
    const log: string[] = [];
    const work = runInSlices(steps(50, log, 'done'), 0).then(() => log.push('work done'));
    queueTask(() => log.push('queued task'));
    await work;
    expect(log.indexOf('queued task')).toBeGreaterThan(0);
    expect(log.indexOf('queued task')).toBeLessThan(log.indexOf('work done'));
    expect(log.filter((entry) => entry.startsWith('step'))).toHaveLength(50);
  });

  it('runs to the end in one task when the slice is long enough', async () => {
    const log: string[] = [];
    const work = runInSlices(steps(50, log, 'done'), 60_000).then(() => log.push('work done'));
    queueTask(() => log.push('queued task'));
    await work;
    await yieldToOtherWork();
    expect(log.slice(-2)).toEqual(['work done', 'queued task']);
  });

  it('pauses with the given pause between slices', async () => {
    const log: string[] = [];
    const pause = async () => {
      log.push('pause');
    };
    await runInSlices(steps(3, log, 'done'), 0, pause);
    expect(log.slice(0, 2)).toEqual(['step 0', 'pause']);
    expect(log.filter((entry) => entry === 'pause').length).toBeGreaterThanOrEqual(1);
  });

  it('passes an error thrown by a step on to the caller', async () => {
    function* failing(): Generator<void, never> {
      yield;
      throw new Error('step failed');
    }
    await expect(runInSlices(failing(), 0)).rejects.toThrow('step failed');
  });
});

describe('runToEnd', () => {
  it('runs every step at once and returns the result', () => {
    const log: string[] = [];
    expect(runToEnd(steps(3, log, 'done'))).toBe('done');
    expect(log).toEqual(['step 0', 'step 1', 'step 2']);
  });
});

describe('ForegroundWork', () => {
  it('is idle at once when nothing runs', async () => {
    await expect(new ForegroundWork().whenIdle()).resolves.toBeUndefined();
  });

  it('is idle only once all the work running has ended, failed work included', async () => {
    const foreground = new ForegroundWork();
    const log: string[] = [];
    let endFirst!: () => void;
    let failSecond!: (error: Error) => void;
    const first = foreground.run(() => new Promise<void>((resolve) => (endFirst = resolve)));
    const second = foreground.run(() => new Promise<void>((_, reject) => (failSecond = reject)));
    const idle = foreground.whenIdle().then(() => log.push('idle'));
    endFirst();
    await first;
    await yieldToOtherWork();
    expect(log).toEqual([]);
    failSecond(new Error('lookup failed'));
    await expect(second).rejects.toThrow('lookup failed');
    await idle;
    expect(log).toEqual(['idle']);
  });

  it('passes on what the work returns', async () => {
    await expect(new ForegroundWork().run(async () => 42)).resolves.toBe(42);
  });
});
