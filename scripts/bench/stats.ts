// Small statistics for repeated measurements.

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median, least and most of a series. */
export interface Spread {
  medianMs: number;
  minMs: number;
  maxMs: number;
}

export function spread(values: readonly number[]): Spread {
  return { medianMs: median(values), minMs: Math.min(...values), maxMs: Math.max(...values) };
}

/** What `runs` calls of `fn` give, after `warmup` calls whose results are dropped. */
export function afterWarmup<T>(opts: { runs: number; warmup: number }, fn: () => T): T[] {
  const results: T[] = [];
  for (let i = 0; i < opts.warmup + opts.runs; i++) {
    const result = fn();
    if (i >= opts.warmup) results.push(result);
  }
  return results;
}

/** Times of `runs` calls after `warmup` untimed ones. */
export function timeRuns(opts: { runs: number; warmup: number }, fn: () => unknown): number[] {
  return afterWarmup(opts, () => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  });
}
