// Faults on demand: random ones from the knobs (deterministic from the seed, in request
// order) and a scripted queue for exact tests: `failNext('GET /api/v2/oauth/clients',
// [{ status: 503 }, { drop: true }])` makes the next two matching requests fail that way.
import type { Knobs } from './knobs.ts';
import type { Result } from './context.ts';
import { apiError, serverError, tooManyRequests } from './errors.ts';
import type { Rng } from './random.ts';

export interface Fault {
  /** Answer this status with a platform error body instead of the real answer. */
  status?: number;
  /** Seconds for `Retry-After` when `status` is 429 (default 1). */
  retryAfter?: number;
  /** Cut the connection halfway through the body. */
  drop?: boolean;
  /** Answer normally but cut the JSON body short (the status stays). */
  malformed?: boolean;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Write the body in chunks with this pause between them. */
  slowBodyMs?: number;
}

/**
 * Which requests a scripted fault applies to: `*`, a route as the stats name it (`GET
 * /api/v2/oauth/clients/{id}`), the same without the method, a concrete `METHOD /path` or
 * `/path`, or a RegExp tested against `METHOD /path`.
 */
export type RoutePattern = string | RegExp;

export interface FaultQueue {
  add(pattern: RoutePattern, faults: readonly Fault[]): void;
  /** The next scripted fault for this request, consumed; undefined when none matches. */
  take(route: string, method: string, path: string): Fault | undefined;
  pending(): number;
  clear(): void;
}

export function createFaultQueue(): FaultQueue {
  const entries: Array<{ pattern: RoutePattern; faults: Fault[] }> = [];
  return {
    add: (pattern, faults) => void entries.push({ pattern, faults: [...faults] }),
    take(route, method, path) {
      const entry = entries.find((e) => e.faults.length > 0 && matches(e.pattern, route, method, path));
      return entry?.faults.shift();
    },
    pending: () => entries.reduce((n, e) => n + e.faults.length, 0),
    clear: () => void entries.splice(0),
  };
}

function matches(pattern: RoutePattern, route: string, method: string, path: string): boolean {
  if (pattern instanceof RegExp) return pattern.test(`${method} ${path}`);
  const routePath = route.slice(route.indexOf(' ') + 1);
  return pattern === '*' || [route, routePath, `${method} ${path}`, path].includes(pattern);
}

/** One draw per API request decides its fate, so a seed replays the same faults. */
export function randomFault(knobs: Knobs, rng: Rng): Fault | undefined {
  const { errorRate, dropRate, malformedRate } = knobs;
  if (errorRate + dropRate + malformedRate === 0) return undefined;
  const r = rng.next();
  if (r < errorRate) return { status: rng.pick([502, 503, 504]) };
  if (r < errorRate + dropRate) return { drop: true };
  if (r < errorRate + dropRate + malformedRate) return { malformed: true };
  return undefined;
}

/** The error answer of a fault with a status. */
export function faultAnswer(fault: Fault & { status: number }): Result {
  if (fault.status === 429) return tooManyRequests(fault.retryAfter ?? 1);
  if (fault.status >= 500) return serverError(fault.status);
  return apiError(fault.status, 'bad.request', `Scripted failure with HTTP ${fault.status}.`);
}
