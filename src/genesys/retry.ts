// When and how long to wait before trying a request again. Pure: the caller sleeps.

export interface RetryPolicy {
  /** Give up once this much time has been spent on one request. */
  maxTotalMs: number;
  /** First backoff for 5xx and dropped connections; doubles each attempt, with jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for (the Go SDK's limit is 180 s). */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxTotalMs: 180_000,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 180_000,
};

/** Every 5xx but 501 (Not Implemented will not change), as the official SDKs retry. */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 && status <= 599 && status !== 501;
}

/** Exponential backoff with equal jitter (half fixed, half random); `random` in [0, 1). */
export function backoffMs(policy: RetryPolicy, attempt: number, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Retry-After in seconds (the platform's form) or an HTTP date; undefined when absent or bad. */
export function parseRetryAfter(value: string | string[] | undefined, now: number): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return undefined;
  if (/^\d+(\.\d+)?$/.test(v.trim())) return Math.ceil(Number(v) * 1000);
  const date = Date.parse(v);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
