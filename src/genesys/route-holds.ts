// Per-route answers to 429: a route that was told to wait holds every request to it until
// its Retry-After has passed, and from then on sends them one at a time, so that the next
// 429 stops one request instead of all those in flight. At the platform's latencies one at
// a time still outpaces the token budget.
import type { Clock } from './clock.ts';

export class RouteHolds {
  /** Route → until when a 429 asked requests to it to wait. */
  private readonly holds = new Map<string, number>();
  /** Routes that answered 429, → the tail of their queue. */
  private readonly serial = new Map<string, Promise<unknown>>();
  private readonly clock: Clock;

  constructor(clock: Clock) {
    this.clock = clock;
  }

  /** Runs `fn` at once, or after the route's earlier requests when it has answered 429. */
  inTurn<T>(route: string, fn: () => Promise<T>): Promise<T> {
    const tail = this.serial.get(route);
    if (!tail) return fn();
    const turn = tail.then(fn);
    this.serial.set(
      route,
      turn.catch(() => undefined),
    );
    return turn;
  }

  /** Set before the next queued request to the route may start. */
  hold(route: string, waitMs: number): void {
    const now = this.clock.now();
    this.holds.set(route, Math.max(this.holds.get(route) ?? 0, now + waitMs));
    if (!this.serial.has(route)) this.serial.set(route, Promise.resolve());
  }

  /** How long a request to the route must still wait (0 when it may go). */
  waitFor(route: string): number {
    return Math.max(0, (this.holds.get(route) ?? 0) - this.clock.now());
  }
}

/** `/api/v2/oauth/clients/abc` → `/api/v2/oauth/clients/{id}`, for holds and request counts by route. */
export function routeOf(path: string): string {
  return path
    .split('/')
    .map((seg, i, all) => (i > 3 && /[0-9a-f]{8}-|^\d+$|^[A-Za-z0-9_-]{20,}$/.test(seg) && all[i - 1] !== 'namespaces' ? '{id}' : seg))
    .join('/');
}
