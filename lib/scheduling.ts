/**
 * Long work (annotating 2,000 cards, indexing 10,000 papers) runs in slices with a yield between
 * them, so that no task blocks input or painting for long (the budget is 50 ms; slices are a few).
 */

/** Resolves on a later task: input and rendering get their turn before the work goes on. */
export function yieldToMainThread(): Promise<void> {
  // scheduler.yield() resumes ahead of other queued tasks (Chrome 129+); setTimeout elsewhere.
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
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
