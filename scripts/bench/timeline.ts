// What a run's exchanges (request sent → response read) say about where its time went:
// the wall time from the first request to the last response, the time with nothing in
// flight (the client's own sleeps and waits), and the largest response.

export interface Exchange {
  /** performance.now() when the request was sent and when its body was read. */
  start: number;
  end: number;
  method: string;
  path: string;
  status: number;
  bytes: number;
}

export interface TimelineSummary {
  wallMs: number;
  /** Time within the wall with no request in flight. */
  idleMs: number;
  exchanges: number;
  largest?: { route: string; bytes: number; ms: number };
  /** When the first few 429s came, in ms from the first request. */
  throttledAtMs: number[];
}

export function summarize(exchanges: readonly Exchange[]): TimelineSummary {
  if (exchanges.length === 0) return { wallMs: 0, idleMs: 0, exchanges: 0, throttledAtMs: [] };
  const sorted = [...exchanges].sort((a, b) => a.start - b.start);
  const first = sorted[0] as Exchange;
  let busy = 0;
  let [from, to] = [first.start, first.end];
  for (const e of sorted) {
    if (e.start > to) {
      busy += to - from;
      [from, to] = [e.start, e.end];
    } else {
      to = Math.max(to, e.end);
    }
  }
  busy += to - from;
  const wallMs = Math.max(...sorted.map((e) => e.end)) - first.start;
  const largest = sorted.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return {
    wallMs,
    idleMs: Math.max(0, wallMs - busy),
    exchanges: exchanges.length,
    largest: { route: `${largest.method} ${routeOf(largest.path)}`, bytes: largest.bytes, ms: largest.end - largest.start },
    throttledAtMs: sorted.filter((e) => e.status === 429).slice(0, 5).map((e) => e.start - first.start),
  };
}

/** `/api/v2/oauth/clients/3f2c…?x=1` → `/api/v2/oauth/clients/{id}`. */
function routeOf(path: string): string {
  return (path.split('?')[0] ?? '')
    .split('/')
    .map((segment) => (/^[0-9a-f]{8}-[0-9a-f-]{27}$/i.test(segment) ? '{id}' : segment))
    .join('/');
}
