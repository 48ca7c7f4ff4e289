// Time as a dependency, so pacing and retries can be tested without waiting.
import { setTimeout as delay } from 'node:timers/promises';

export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  /** Resolves after `ms`; rejects early, and lets go of its timer, when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => (ms > 0 ? delay(ms, undefined, { signal }) : Promise.resolve()),
};
