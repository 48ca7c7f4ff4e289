// Everything a test, a benchmark or the demo can turn: set at start, changed at run time
// with `handle.setKnobs`. Defaults are today's platform as far as we know it.

export interface Knobs {
  /** Lifetime of issued tokens, in seconds (the platform's `expires_in` is 86399). */
  tokenTtlSeconds: number;
  /** Requests one token may make per rate-limit window (the documented default is 300 a minute). */
  rateLimitPerMinute: number;
  /** Length of the sliding rate-limit window; shorten it in tests instead of waiting a minute. */
  rateLimitWindowMs: number;
  /** Lower limits for single routes, e.g. `{ 'GET /api/v2/authorization/roles': 50 }`, per window and token. */
  endpointLimits: Record<string, number>;
  /** Token requests one OAuth client may make per window (its own budget, not the API's; **unverified**). */
  tokenRateLimitPerMinute: number;
  /** Serve `inin-ratelimit-*` headers; the platform stopped sending them in 2021. */
  rateLimitHeaders: boolean;
  /** Split `GET /api/v2/oauth/clients` into pages of this size linked by `nextUri`; 0 = one response. */
  clientsPageSize: number;
  /** List clients without `authorizedGrantType`, as older SDKs' `OAuthClientListing` did. */
  legacyListing: boolean;
  /** Put each client's `secret` into listings and GETs, to prove that consumers drop it. */
  leakSecrets: boolean;
  /** Largest `pageSize` roles and divisions accept (the true maximum is unverified). */
  maxPageSize: number;
  /** Extra latency per role on a roles page when `userCount` is true, as the platform is slow then. */
  userCountLatencyMsPerRole: number;
  /**
   * Rows per page of a usage query's results, linked by `cursors.after`; 0 = all in one
   * (the platform's page size is **unverified**).
   */
  usageResultsPageSize: number;
  /** Polls of a usage query's results that answer `Running` before `Complete`. */
  usagePollsBeforeComplete: number;
  /**
   * The SDK docs say the org usage query needs ANY of oauth:client:view and
   * usage:organization:view. Strict mode needs usage:organization:view alone, so that a test
   * can see an auditor refused usage.
   */
  usageRequiresUsagePermission: boolean;
  /** Added to every response, plus up to `latencyJitterMs` more. */
  latencyMs: number;
  latencyJitterMs: number;
  /** Share of API requests answered 502, 503 or 504. */
  errorRate: number;
  /** Share of API requests whose connection is cut mid-response. */
  dropRate: number;
  /** Share of API requests answered 200 with a truncated JSON body. */
  malformedRate: number;
  /** Write bodies in chunks with this pause between them; 0 = at once. */
  slowBodyMs: number;
  /** Make 403 and 5xx error messages echo hostile text (markup, workflow commands, controls). */
  hostileErrors: boolean;
}

export const DEFAULT_KNOBS: Readonly<Knobs> = {
  tokenTtlSeconds: 86_399,
  rateLimitPerMinute: 300,
  rateLimitWindowMs: 60_000,
  endpointLimits: {},
  tokenRateLimitPerMinute: 300,
  rateLimitHeaders: false,
  clientsPageSize: 0,
  legacyListing: false,
  leakSecrets: false,
  maxPageSize: 500,
  userCountLatencyMsPerRole: 2,
  usageResultsPageSize: 0,
  usagePollsBeforeComplete: 1,
  usageRequiresUsagePermission: false,
  latencyMs: 0,
  latencyJitterMs: 0,
  errorRate: 0,
  dropRate: 0,
  malformedRate: 0,
  slowBodyMs: 0,
  hostileErrors: false,
};

/** Defaults overlaid with the given knobs; rejects values that make no sense. */
export function mergeKnobs(base: Readonly<Knobs>, patch: Partial<Knobs>): Knobs {
  const merged: Knobs = { ...base, ...definedOnly(patch) };
  for (const key of ['errorRate', 'dropRate', 'malformedRate'] as const) {
    if (!(merged[key] >= 0 && merged[key] <= 1)) throw new RangeError(`${key} must be between 0 and 1, got ${merged[key]}`);
  }
  for (const key of ['rateLimitPerMinute', 'rateLimitWindowMs', 'tokenRateLimitPerMinute', 'maxPageSize', 'tokenTtlSeconds'] as const) {
    if (!(merged[key] > 0)) throw new RangeError(`${key} must be positive, got ${merged[key]}`);
  }
  return merged;
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
