/**
 * Long work (annotating 2,000 cards, indexing 10,000 papers) runs in slices with a yield between
 * them, so that no task blocks input or painting for long (the budget is 50 ms; slices are a few).
 */

/** The Prioritized Task Scheduling API where there is one (Chromium). */
interface TaskScheduler {
  postTask?: (
    task: () => void,
    options: { priority: 'user-visible' | 'background' },
  ) => Promise<void>;
}
const taskScheduler = () => (globalThis as { scheduler?: TaskScheduler }).scheduler;

/**
 * Resolves on a later task, so that input, rendering and the replies of other contexts run between
 * slices. A posted task takes its turn among the others, and, unlike setTimeout, is never clamped.
 *
 * Not scheduler.yield(): its continuations go ahead of every ordinary task of the renderer. On a
 * listing, the reply to getSavedStates waited for the last slice and every card rendered twice. In
 * the popup, closing it did not stop its indexing of 10,000 papers: the close, and the next popup
 * opened in the same extension process, waited behind the continuations (an e2e test's popup took
 * 30 s to load; a CPU profile of that page showed the closed popup's index being built).
 */
export function yieldToMainThread(): Promise<void> {
  const scheduler = taskScheduler();
  if (scheduler?.postTask) return scheduler.postTask(() => {}, { priority: 'user-visible' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves after `ms` milliseconds. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `promise`, or a rejection with `timeoutError()` when it has not settled after `ms`. */
export function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
  timeoutError: () => Error,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeoutError()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Work in the background worker is cut into slices of about this much: short enough that a
 * message arriving meanwhile (a listing's saved states, a save) waits little for its turn.
 */
export const WORKER_SLICE_MS = 20;

/**
 * Resolves once the other work has had its turn: background work (training the suggestions)
 * pauses here. With scheduler.postTask (Chromium), at background priority: it resumes only when no
 * other task is waiting, so a lookup that takes many IndexedDB round trips (a cursor step is a task
 * each) runs through without waiting a slice per step. Elsewhere, a message to oneself: a plain
 * task behind those already queued, without the 4 ms that nested setTimeout(0)s come to wait.
 */
export function yieldToOtherWork(): Promise<void> {
  const scheduler = taskScheduler();
  if (scheduler?.postTask) return scheduler.postTask(() => {}, { priority: 'background' });
  return new Promise((resolve) => queueTask(resolve));
}

/** Runs `task` in a plain task of its own (a message to oneself), behind those already queued. */
export function queueTask(task: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    task();
  };
  channel.port2.postMessage(null);
}

/**
 * Runs `steps` (a generator that yields wherever the work may pause) to its end, letting other
 * work run whenever a slice has taken more than `sliceMs`; resolves with what it returns.
 */
export async function runInSlices<T>(
  steps: Iterator<unknown, T>,
  sliceMs = WORKER_SLICE_MS,
  pause: () => Promise<void> = yieldToOtherWork,
): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}

/** Runs `steps` to its end in one go; returns what it returns. */
export function runToEnd<T>(steps: Iterator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Work someone waits for (a listing's saved states, a save) that background work lets finish
 * first: a saved-state lookup is hundreds of IndexedDB round trips, and a training slice run
 * between each of them would make a listing wait for the whole training.
 */
export class ForegroundWork {
  private running = 0;
  private waiting: Array<() => void> = [];

  async run<T>(work: () => Promise<T>): Promise<T> {
    this.running++;
    try {
      return await work();
    } finally {
      this.running--;
      if (this.running === 0) for (const resume of this.waiting.splice(0)) resume();
    }
  }

  /** Resolves once no foreground work is running. */
  whenIdle(): Promise<void> {
    if (this.running === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}
