// What a route handler gets and returns. Handlers are pure with respect to HTTP: they
// return a status and a body, and the pipeline writes it (with faults, latency, headers).
import type { IncomingHttpHeaders } from 'node:http';
import type { EmulatorClock } from './clock.ts';
import type { Knobs } from './knobs.ts';
import type { Org } from './org.ts';
import type { UsageExecutions } from './usage/executions.ts';

export interface Result {
  status: number;
  /** Serialized with JSON.stringify, unless already a JsonText. */
  body: unknown;
  headers?: Record<string, string>;
  /** Extra time the handler asks to take before answering (slow operations). */
  delayMs?: number;
}

/**
 * A body already serialized, sent as is: a large answer that stays the same as long as the
 * org does is written to JSON once, not on every request.
 */
export class JsonText {
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
}

export interface RequestContext {
  method: string;
  path: string;
  query: URLSearchParams;
  /** Path parameters by name, e.g. `clientId`. */
  params: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: string;
  /** The OAuth client the bearer token belongs to (set after authentication). */
  callerId: string;
  state: EmulatorState;
}

export interface EmulatorState {
  org: Org;
  knobs: Knobs;
  clock: EmulatorClock;
  usage: UsageExecutions;
  /** Client secrets served so far (knob leakSecrets), for tests that prove none got out. */
  leakedSecrets: Set<string>;
}
