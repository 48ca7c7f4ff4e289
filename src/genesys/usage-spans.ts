// The usage window cut so that no answer outgrows the body cap. Usage comes as a row per
// client and day with requests, so an org of N clients can answer N rows a day: 20,000
// clients over 30 days is 600,000 rows, some 100 MB. A small org gets its window in one query.

/** Most rows one usage answer may need to hold: some 17 MB, half the cap on one body. */
export const MAX_USAGE_ROWS = 100_000;

const DAY_MS = 86_400_000;

export interface Span {
  /** Epoch ms, a UTC midnight. */
  startMs: number;
  endMs: number;
}

/** Consecutive spans of whole UTC days covering [startMs, endMs), each small enough for `clients`. */
export function usageSpans(startMs: number, endMs: number, clients: number): Span[] {
  const days = Math.ceil((endMs - startMs) / DAY_MS);
  if (clients * days <= MAX_USAGE_ROWS) return [{ startMs, endMs }];
  const spanMs = Math.max(1, Math.floor(MAX_USAGE_ROWS / clients)) * DAY_MS;
  const spans: Span[] = [];
  for (let at = startMs; at < endMs; at += spanMs) spans.push({ startMs: at, endMs: Math.min(at + spanMs, endMs) });
  return spans;
}
