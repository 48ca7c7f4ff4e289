// The fewest requests a task needs on an org, and floors on the wall time of any process
// that does it, computed from the org's own data and the server's limit, never from a
// client's counters or from our pacer's model.
//
// Tasks: the audit (ours) resolves every client's grant type, roles and divisions by name,
// reads the scope catalog and the org's limit, and runs one usage query. The tutorial loop
// reads grant types and role names, no usage; the SDK sample reads role names only.
//
// Minimum requests of a task:
//   1 token + listing pages (⌈clients ÷ page size⌉, 1 when the listing is not paged)
//   + one detail per client when the task needs grant types and the listing leaves them out
//   + ⌈distinct roles held ÷ 100⌉ + ⌈distinct divisions named ÷ 100⌉ (the `id` filter takes
//     at most 100 ids; the largest page size the real API is known to accept)
//   + scope catalog + org limits, when the task reads them
//   + usage: 1 POST + the polls the server answers `Running` + the one that gets `Complete`;
//     when every client on every day of the window could pass one answer's row budget
//     (clients × days > MAX_USAGE_ROWS), the window in spans (src/genesys/usage-spans.ts),
//     each its own POST and polls, plus the whole-window POST the audit sends at start-up,
//     before the listing tells it the org's size (so that a small org's usage does not wait
//     for the listing), and then leaves unread.
// Critical path: token → listing pages → details (all at once) → roles and divisions (all at
// once); token → usage POST → each poll, or with spans token → listing → span POST → each
// poll (every span at once: a floor for any client, however many it reads together).
//
// Floors on a process's wall time (spawn to exit), both valid for any client:
//   latency-bound: bare Node (spawn to exit of `node -e 0`) + critical path × latency;
//   rate-bound: bare Node + the sliding-window floor. Under a sliding window of L requests
//   per W, where requests answered 429 do not count, the k-th counted request (from 0)
//   cannot pass before ⌊k ÷ L⌋ × W after the first; the first passes no earlier than the token's
//   round trip and the server's latency; the last answer comes right after it passes, so
//   N counted requests need 2 × latency + ⌊(N − 1) ÷ L⌋ × W.
// The floor is the larger of the two. Server time and transfer (large bodies) are not in it,
// so no run reaches it exactly; a run under it means the bound is wrong.

import { usageSpans } from '../../src/genesys/usage-spans.ts';

const DAY_MS = 86_400_000;

/** Ids one roles or divisions request may filter on. */
export const IDS_PER_REQUEST = 100;

/** What the floors need to know about an org (counted by the emulator's host from the org). */
export interface OrgFacts {
  clients: number;
  distinctRoles: number;
  /** Divisions named in grants (`*`, all divisions, names none). */
  distinctDivisions: number;
}

/** The server as the floors see it: its limit and latency, as configured in the emulator. */
export interface ServerShape {
  /** Counted requests allowed per token in any window of windowMs. */
  limit: number;
  windowMs: number;
  /** Fixed latency added to every answer (jitter only adds). */
  latencyMs: number;
  /** 0 = the listing is one response. */
  clientsPageSize: number;
  legacyListing: boolean;
  usagePollsBeforeComplete: number;
}

export interface Task {
  /** Grant types: a detail per client when the listing leaves them out. */
  grantTypes: boolean;
  /** Divisions by name (else roles only). */
  divisions: boolean;
  /** The scope catalog and the org limits. */
  catalog: boolean;
  usage: boolean;
  /** Days of usage read (the audit's window); absent, one query whatever the org's size. */
  usageDays?: number;
}

export const AUDIT_TASK: Task = { grantTypes: true, divisions: true, catalog: true, usage: true };

export interface RequestPlan {
  token: number;
  listing: number;
  details: number;
  roles: number;
  divisions: number;
  catalog: number;
  usage: number;
  /** Everything, the token included. */
  total: number;
  /** What counts against the per-token API limit (everything but the token). */
  api: number;
  /** Round trips on the longest chain of requests that wait for one another. */
  criticalPath: number;
}

export function minimumPlan(org: OrgFacts, server: ServerShape, task: Task): RequestPlan {
  const listing = server.clientsPageSize > 0 ? Math.max(1, Math.ceil(org.clients / server.clientsPageSize)) : 1;
  const details = task.grantTypes && server.legacyListing ? org.clients : 0;
  const roles = Math.ceil(org.distinctRoles / IDS_PER_REQUEST);
  const divisions = task.divisions ? Math.ceil(org.distinctDivisions / IDS_PER_REQUEST) : 0;
  const catalog = task.catalog ? 2 : 0;
  const perQuery = 1 + server.usagePollsBeforeComplete + 1;
  const spans = task.usage && task.usageDays ? usageSpans(0, task.usageDays * DAY_MS, org.clients).length : 1;
  const usage = !task.usage ? 0 : spans === 1 ? perQuery : 1 + spans * perQuery;
  const plan = { token: 1, listing, details, roles, divisions, catalog, usage };
  const total = Object.values(plan).reduce((a, b) => a + b, 0);
  const inventoryChain = 1 + listing + (details > 0 ? 1 : 0) + (roles + divisions > 0 ? 1 : 0);
  const usageChain = !task.usage ? 0 : 1 + (spans > 1 ? listing : 0) + perQuery;
  return { ...plan, total, api: total - 1, criticalPath: Math.max(inventoryChain, usageChain, catalog > 0 ? 2 : 0) };
}

export interface Floor {
  /** The floor: bare Node plus the larger of the two below. */
  floorMs: number;
  bareNodeMs: number;
  /** Critical path × latency; 0 when the run did not finish its task (it proves nothing then). */
  latencyMs: number;
  /** The sliding-window floor of the requests the server counted. */
  rateMs: number;
  bound: 'latency' | 'rate';
}

/** The sliding-window floor of `counted` API requests (429s excluded: the server does not count them). */
export function slidingWindowFloorMs(counted: number, server: ServerShape): number {
  if (counted <= 0) return 0;
  return 2 * server.latencyMs + Math.floor((counted - 1) / server.limit) * server.windowMs;
}

/**
 * The floor of one run: `counted` is what the server counted against the token (the run's
 * own requests: a floor for that run, and for ours equal to the minimum), `criticalPath` the
 * task's round trips when the run completed it, else 0.
 */
export function runFloor(opts: { counted: number; criticalPath: number; server: ServerShape; bareNodeMs: number }): Floor {
  const latencyMs = opts.criticalPath * opts.server.latencyMs;
  const rateMs = slidingWindowFloorMs(opts.counted, opts.server);
  return {
    floorMs: opts.bareNodeMs + Math.max(latencyMs, rateMs),
    bareNodeMs: opts.bareNodeMs,
    latencyMs,
    rateMs,
    bound: rateMs > latencyMs ? 'rate' : 'latency',
  };
}

/** "token 1 + listing 1 + details 1,004 + …", for the notes under the table. */
export function describePlan(plan: RequestPlan): string {
  const parts: Array<[string, number]> = [
    ['token', plan.token],
    ['listing', plan.listing],
    ['details', plan.details],
    ['roles', plan.roles],
    ['divisions', plan.divisions],
    ['scopes and limits', plan.catalog],
    ['usage', plan.usage],
  ];
  return `${parts
    .filter(([, n]) => n > 0)
    .map(([name, n]) => `${name} ${n.toLocaleString('en-US')}`)
    .join(' + ')} = ${plan.total.toLocaleString('en-US')}; critical path ${plan.criticalPath} round trips`;
}
