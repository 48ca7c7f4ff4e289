// What every check may use besides the rule and the client: facts about the whole run,
// computed once per evaluation. No clock, no I/O: `now` is passed in.
import type { ClientRecord, PermissionGrant, UsageWindow } from '../../inventory/types.ts';
import type { Rule } from '../../policy/types.ts';
import type { Finding } from '../findings.ts';

export interface CheckContext {
  now: Date;
  /** Work shared by checks within one evaluation (never across evaluations). */
  memo: EvaluationMemo;
  /** Normalized client name → how many clients of the org bear it. */
  nameCounts: ReadonlyMap<string, number>;
  /** The usage window read, when usage was read. */
  usage?: UsageWindow;
}

/**
 * Caches for one evaluation (never shared between evaluations): the distinct permissions
 * of the org, each permission rule's verdicts on them, each client's grants grouped by
 * permission per division filter, division tests, and the "through role …" phrases.
 */
export interface EvaluationMemo {
  orgPermissions: ReadonlySet<string>;
  verdicts: Map<object, ReadonlyMap<string, unknown>>;
  grantGroups: Map<ClientRecord, Map<string, ReadonlyMap<string, readonly PermissionGrant[]>>>;
  divisionTests: Map<string, Map<string, boolean>>;
  viaText: Map<readonly PermissionGrant[], string>;
}

export function newMemo(clients: readonly ClientRecord[]): EvaluationMemo {
  const orgPermissions = new Set<string>();
  for (const c of clients) for (const g of c.permissions) orgPermissions.add(g.permission);
  return { orgPermissions, verdicts: new Map(), grantGroups: new Map(), divisionTests: new Map(), viaText: new Map() };
}

export type Check = (rule: Rule, client: ClientRecord, ctx: CheckContext) => readonly Finding[];

/** Names compare without case and surrounding spaces. */
export function normalizeName(name: string): string {
  return name.trim().toLowerCase();
}

export function countNames(clients: readonly ClientRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of clients) {
    const key = normalizeName(c.name);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const DAY_MS = 86_400_000;

/** Whole UTC days from the day of `from` (ISO date or date-time) to the day of `now`. */
export function daysSince(from: string, now: Date): number | undefined {
  const t = Date.parse(from.length === 10 ? `${from}T00:00:00Z` : from);
  if (Number.isNaN(t)) return undefined;
  const day = (ms: number) => Math.floor(ms / DAY_MS);
  return day(now.getTime()) - day(t);
}
