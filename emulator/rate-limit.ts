// Per-token (and per-route, per-client) request limits over a sliding window: a request is
// allowed when fewer than `limit` requests of the same key fell in the last `windowMs`.
// Sliding rather than fixed: any 60 s span is also a fixed window somewhere, so a client
// that never trips the sliding limit never trips a fixed one either, while one that bursts
// at a window boundary (which a fixed window forgives) is caught. Requests answered 429 do
// not count against the budget.

export interface RateCheck {
  allowed: boolean;
  limit: number;
  /** Requests counted in the window, this one excluded. */
  used: number;
  /** When the oldest counted request leaves the window (a slot frees up). */
  retryAfterMs: number;
}

export interface RateLimiter {
  check(key: string, limit: number, windowMs: number, nowMs: number): RateCheck;
  /** Counts a request that was allowed. */
  record(key: string, nowMs: number): void;
  reset(): void;
}

export function createRateLimiter(): RateLimiter {
  const log = new Map<string, number[]>();
  return {
    check(key, limit, windowMs, nowMs) {
      const times = log.get(key) ?? [];
      let drop = 0;
      while (drop < times.length && (times[drop] as number) <= nowMs - windowMs) drop++;
      if (drop) times.splice(0, drop);
      if (times.length === 0) log.delete(key);
      const oldest = times[0];
      return {
        allowed: times.length < limit,
        limit,
        used: times.length,
        retryAfterMs: oldest === undefined ? 0 : Math.max(0, oldest + windowMs - nowMs),
      };
    },
    record(key, nowMs) {
      const times = log.get(key);
      if (times) times.push(nowMs);
      else log.set(key, [nowMs]);
    },
    reset: () => log.clear(),
  };
}

/** Retry-After in whole seconds, at least 1, as the platform sends it. */
export function retryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

/** The pre-2021 `inin-ratelimit-*` headers, served only when a test asks for them. */
export function rateLimitHeaders(check: RateCheck, windowMs: number): Record<string, string> {
  return {
    'inin-ratelimit-count': String(check.used + 1),
    'inin-ratelimit-allowed': String(check.limit),
    'inin-ratelimit-reset': String(retryAfterSeconds(check.used ? check.retryAfterMs : windowMs)),
  };
}
