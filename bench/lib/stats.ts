/** Small statistics for noisy timings: medians and percentiles, never means. */

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: p95 of 20 samples is the 19th, a value that was really observed.
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1] as number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Runs `task` `warmups` times unmeasured, then `runs` times; returns each run's milliseconds. */
export async function timeRuns(
  task: () => unknown,
  { runs, warmups = 1 }: { runs: number; warmups?: number },
): Promise<number[]> {
  for (let i = 0; i < warmups; i++) await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return times;
}

/** Attempts at one page-load measurement before the bench gives up. */
const MEASURE_ATTEMPTS = 3;

/**
 * Runs one page-load measurement, and again if it fails (a trace without its navigation happens
 * now and then on a busy machine; twice in a row once): one bad load should not throw away the
 * whole bench.
 */
export async function measureWithRetry<T>(what: string, measure: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await measure();
    } catch (error) {
      if (attempt === MEASURE_ATTEMPTS) throw error;
      process.stderr.write(`\n${what} failed, measuring again: ${(error as Error).message}\n`);
    }
  }
}
