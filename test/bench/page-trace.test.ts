import { describe, expect, it } from 'vitest';
import { paintedAfter, readTrace, type Task, type TraceEvent } from '../../bench/lib/page-trace';

const task = (start: number, duration: number, paint = 0): Task => ({
  start,
  duration,
  styleLayout: 0,
  paint,
  pageTextCapture: 0,
  anchorMetrics: 0,
  inside: {},
});

describe('paintedAfter', () => {
  it('is the end of the rendering task after a script task that changed the page', () => {
    // The floor: its 2,000 insertions in one script task, then the frame that lays them out.
    const tasks = [task(100, 30), task(130, 2), task(132, 103, 40)];
    expect(paintedAfter(tasks, 128)).toBe(235);
  });

  it('is the end of the same frame for a change made in its animation-frame callback', () => {
    const tasks = [task(400, 25, 9), task(430, 30, 11)];
    expect(paintedAfter(tasks, 431)).toBe(460);
  });

  it('is undefined when no frame painted after the moment', () => {
    expect(paintedAfter([task(0, 20, 5), task(30, 10)], 25)).toBeUndefined();
  });
});

describe('readTrace', () => {
  const url = 'https://arxiv.org/list/cs.LG/new';
  const page = { pid: 7, tid: 1 };
  // Trace timestamps are microseconds; navigation start is the page's time zero.
  const navigationTs = 5_000_000;
  const at = (ms: number) => navigationTs + ms * 1000;
  const event = (
    name: string,
    startMs: number,
    durationMs: number,
    extra: Partial<TraceEvent> = {},
  ): TraceEvent => ({
    name,
    cat: 'devtools.timeline',
    ph: 'X',
    ts: at(startMs),
    dur: durationMs * 1000,
    ...page,
    ...extra,
  });
  const navigation: TraceEvent = {
    name: 'navigationStart',
    cat: 'blink.user_timing',
    ph: 'R',
    ts: navigationTs,
    ...page,
    args: { data: { documentLoaderURL: url } },
  };

  it("splits the page's main thread into tasks, telling style, paint and the text capture apart", () => {
    const events = [
      // Before the navigation, and on other threads: not the page's.
      event('RunTask', -40, 80),
      event('RunTask', 10, 90, { tid: 2 }),
      event('RunTask', 10, 90, { pid: 8 }),
      navigation,
      // The content script's task: its script, then a forced layout inside it.
      event('RunTask', 100, 30),
      event('FunctionCall', 101, 25, {
        args: { data: { url: 'chrome-extension://abc/content-scripts/arxiv.js' } },
      }),
      event('Layout', 110, 6),
      // A frame: style, layout, pre-paint, paint, commit, and Chromium's text capture in it.
      event('RunTask', 140, 64),
      event('UpdateLayoutTree', 141, 8),
      event('Layout', 150, 12),
      event('ChromeRenderFrameObserver::CapturePageText', 163, 18),
      event('PrePaint', 182, 9),
      event('Paint', 192, 5),
      event('Commit', 198, 4),
      // A task a nested loop ran inside the frame belongs to the frame.
      event('RunTask', 170, 2),
    ];
    // Trace events come in any order.
    const trace = readTrace(events.reverse(), url);

    expect(trace.tasks.map(({ start, duration }) => [start, duration])).toEqual([
      [100, 30],
      [140, 64],
    ]);
    const [script, frame] = trace.tasks as [Task, Task];
    expect(script.styleLayout).toBe(6);
    expect(script.paint).toBe(0);
    expect(script.inside).toEqual({ FunctionCall: 25 });
    expect(frame.styleLayout).toBe(20);
    expect(frame.paint).toBe(18);
    expect(frame.pageTextCapture).toBe(18);
    expect(frame.inside.RunTask).toBeUndefined(); // inside the text capture, not a child of the frame
    expect(trace.longTasks).toEqual([frame]);
    expect(trace.extensionScriptStart).toBe(101);
    // A frame's paint is what paintedAfter looks for.
    expect(paintedAfter(trace.tasks, 120)).toBe(204);
  });

  it("tells Chromium's link-metrics task from the others by where it was posted", () => {
    const posted = (startMs: number, durationMs: number, srcFile: string) =>
      event('ThreadControllerImpl::RunTask', startMs, durationMs, {
        cat: 'toplevel',
        args: { src_file: srcFile },
      });
    const events = [
      navigation,
      // Each toplevel event starts with its task and wraps the task's own events.
      event('RunTask', 300, 60),
      posted(300, 60, 'third_party/blink/renderer/core/html/anchor_element_metrics_sender.cc'),
      event('RunTask', 400, 55),
      posted(400, 55, 'third_party/blink/renderer/core/scheduler/post_task.cc'),
      event('FunctionCall', 401, 53),
    ];
    const [metrics, script] = readTrace(events.reverse(), url).tasks as [Task, Task];
    expect(metrics).toMatchObject({ start: 300, duration: 60, anchorMetrics: 60 });
    expect(script).toMatchObject({ start: 400, duration: 55, anchorMetrics: 0 });
    // The wrapper is not what a task spent its time on: its own events are.
    expect(script.inside).toEqual({ FunctionCall: 53 });
  });

  it('says which navigations it saw when the page is not among them', () => {
    expect(() => readTrace([navigation], 'https://arxiv.org/abs/2401.00001')).toThrow(
      /no navigation to https:\/\/arxiv\.org\/abs\/2401\.00001.*documentLoaderURL/,
    );
  });

  it('has no extension start when no extension script ran', () => {
    const trace = readTrace([navigation, event('RunTask', 5, 3)], url);
    expect(trace.extensionScriptStart).toBeUndefined();
    expect(trace.longTasks).toEqual([]);
  });
});
