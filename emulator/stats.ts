// What the emulator served, for tests and benchmarks that check how many calls a client
// made and how it was treated.

export interface EmulatorStats {
  /** API requests (everything but the token endpoint). */
  requests: number;
  tokenRequests: number;
  /** Requests by route, e.g. `GET /api/v2/oauth/clients/{id}` (token requests included). */
  byRoute: Record<string, number>;
  /** 429 answers (rate limits and scripted). */
  throttled: number;
  /** 5xx answers. */
  serverErrors: number;
  /** Connections cut mid-response. */
  drops: number;
  /** 200 answers with a truncated body. */
  malformed: number;
  /** Most requests in progress at once. */
  peakConcurrent: number;
  inFlight: number;
}

export function createStats(): EmulatorStats {
  return { requests: 0, tokenRequests: 0, byRoute: {}, throttled: 0, serverErrors: 0, drops: 0, malformed: 0, peakConcurrent: 0, inFlight: 0 };
}

/** Zeroes the counters in place (requests still in flight stay counted as such). */
export function resetStats(stats: EmulatorStats): void {
  Object.assign(stats, { ...createStats(), inFlight: stats.inFlight, peakConcurrent: stats.inFlight });
}

export function countRequest(stats: EmulatorStats, route: string, isToken: boolean): void {
  if (isToken) stats.tokenRequests++;
  else stats.requests++;
  stats.byRoute[route] = (stats.byRoute[route] ?? 0) + 1;
}

export function countAnswer(stats: EmulatorStats, status: number, delivery: { drop?: boolean; malformed?: boolean }): void {
  if (status === 429) stats.throttled++;
  if (status >= 500) stats.serverErrors++;
  if (delivery.drop) stats.drops++;
  else if (delivery.malformed) stats.malformed++;
}
