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

/** Times of `runs` calls after `warmup` untimed ones. */
export function timeRuns(opts: { runs: number; warmup: number }, fn: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < opts.warmup + opts.runs; i++) {
    const start = performance.now();
    fn();
    if (i >= opts.warmup) times.push(performance.now() - start);
  }
  return times;
}
