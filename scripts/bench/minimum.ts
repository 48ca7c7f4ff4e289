// The fewest requests an audit of a scenario needs, and the shortest wall time any client
// could reach, computed from the scenario's own data (the org the emulator serves and its
// knobs), never from a client's counters.
//
// Minimum requests:
//   1 token
//   + listing pages (1; ⌈clients ÷ clientsPageSize⌉ when the emulator pages the listing)
//   + one detail per client the listing leaves without a grant type (all of them in the legacy listing)
//   + ⌈distinct roles held ÷ 100⌉        (the roles `id` filter takes at most 100 ids)
//   + ⌈distinct divisions named ÷ 100⌉   (grants in all divisions, `*`, name none)
//   + 1 scope catalog + 1 org limits
//   + usage: 1 POST + the polls the emulator answers before `Complete` + the one that gets it.
// Roles and divisions are counted by id at 100 a request, the largest page size the real API
// is known to accept; the emulator accepts 500, with which one unfiltered page would list all
// of a 300-role org (see BENCHMARKS.md, "What the minimum does not count").
//
// Critical path (round trips that must follow one another):
//   token → listing pages → details (all at once) → roles and divisions (all at once)
//   token → usage POST → each poll
// Lower bound on wall time: the longer of
//   critical path × latency (the knob's fixed part; jitter only adds), and
//   the rate floor: under a sliding window of L requests per W, request k (from 0) cannot
//   start before ⌊k ÷ L⌋ × W, so the last of N API requests starts at ⌊(N − 1) ÷ L⌋ × W at the
//   earliest, after the token round trip, and ends one latency later.
// Requests ÷ rate (N × W ÷ L) is the issue's simpler figure; it is a floor only when N is well
// above L: a run that fits one window's budget may send everything at once.
import type { Knobs, Org } from '../../emulator/index.ts';

/** Ids one roles or divisions request may filter on. */
export const IDS_PER_REQUEST = 100;

export interface RequestPlan {
  token: number;
  listing: number;
  details: number;
  roles: number;
  divisions: number;
  scopes: number;
  limits: number;
  usage: number;
  /** Everything, the token included. */
  total: number;
  /** What counts against the per-token API limit (everything but the token). */
  api: number;
  /** Round trips on the longest chain of requests that wait for one another. */
  criticalPath: number;
}

export function minimumPlan(org: Org, knobs: Readonly<Knobs>, opts: { usage: boolean }): RequestPlan {
  const clients = org.clients.map((c) => c.client);
  const listing = knobs.clientsPageSize > 0 ? Math.max(1, Math.ceil(clients.length / knobs.clientsPageSize)) : 1;
  const details = knobs.legacyListing ? clients.length : 0;
  const roleIds = new Set(clients.flatMap((c) => [...(c.roleDivisions ?? []).map((rd) => rd.roleId ?? ''), ...(c.roleIds ?? [])]).filter(Boolean));
  const divisionIds = new Set(clients.flatMap((c) => (c.roleDivisions ?? []).map((rd) => rd.divisionId ?? '')).filter((d) => d && d !== '*'));
  const roles = Math.ceil(roleIds.size / IDS_PER_REQUEST);
  const divisions = Math.ceil(divisionIds.size / IDS_PER_REQUEST);
  const polls = knobs.usagePollsBeforeComplete + 1;
  const usage = opts.usage ? 1 + polls : 0;
  const plan = { token: 1, listing, details, roles, divisions, scopes: 1, limits: 1, usage };
  const total = Object.values(plan).reduce((a, b) => a + b, 0);
  const inventoryChain = 1 + listing + (details > 0 ? 1 : 0) + (roles + divisions > 0 ? 1 : 0);
  const usageChain = opts.usage ? 1 + usage : 0;
  return { ...plan, total, api: total - 1, criticalPath: Math.max(inventoryChain, usageChain, 2) };
}

export interface WallBound {
  /** The lower bound: the longer of the two below. */
  boundMs: number;
  criticalPathMs: number;
  rateFloorMs: number;
}

export function wallBound(plan: RequestPlan, knobs: Readonly<Knobs>): WallBound {
  const latency = knobs.latencyMs;
  const criticalPathMs = plan.criticalPath * latency;
  const windows = Math.floor(Math.max(0, plan.api - 1) / knobs.rateLimitPerMinute);
  const rateFloorMs = latency + windows * knobs.rateLimitWindowMs + latency;
  return { boundMs: Math.max(criticalPathMs, rateFloorMs), criticalPathMs, rateFloorMs };
}

/** The issue's figure: API requests ÷ the allowed rate, in ms. */
export function requestsOverRateMs(apiRequests: number, knobs: Readonly<Knobs>): number {
  return (apiRequests * knobs.rateLimitWindowMs) / knobs.rateLimitPerMinute;
}

/** "token 1 + listing 1 + details 1,004 + …", for the notes under the table. */
export function describePlan(plan: RequestPlan): string {
  const parts: Array<[string, number]> = [
    ['token', plan.token],
    ['listing', plan.listing],
    ['details', plan.details],
    ['roles', plan.roles],
    ['divisions', plan.divisions],
    ['scopes', plan.scopes],
    ['limits', plan.limits],
    ['usage', plan.usage],
  ];
  return `${parts.map(([name, n]) => `${name} ${n.toLocaleString('en-US')}`).join(' + ')} = ${plan.total.toLocaleString('en-US')}; critical path ${plan.criticalPath} round trips`;
}
