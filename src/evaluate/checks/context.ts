// What every check may use besides the rule and the client: facts about the whole run,
// computed once per evaluation. No clock, no I/O: `now` is passed in.
import type { ClientRecord, UsageWindow } from '../../inventory/types.ts';
import type { DivisionFilter, Rule } from '../../policy/types.ts';
import type { Finding } from '../findings.ts';
import type { Groupings } from './held-permissions.ts';
import type { Wording } from './permissions.ts';

export interface CheckContext {
  now: Date;
  /** Work shared by checks within one evaluation (never across evaluations). */
  memo: EvaluationMemo;
  /** The clients judged: every client of the org. */
  clients: readonly ClientRecord[];
  /** The usage window read, when usage was read. */
  usage?: UsageWindow;
}

/** Caches for one evaluation, never shared between evaluations. */
export interface EvaluationMemo {
  /** The org's distinct permissions, numbered in the order first grouped (held-permissions.ts)... */
  permissionIds: Map<string, number>;
  /** ...and by number, */
  permissions: string[];
  /** ...split on `:` once judged. */
  permissionParts: string[][];
  /** Scratch space by permission number, for grouping a client's grants (held-permissions.ts). */
  slots: Uint32Array;
  /** Per permission check: what it reports of each permission, by number, once judged (permissions.ts). */
  flagged: Map<object, Array<Wording | null>>;
  /** Per division filter (by key): each client's grants grouped by permission (held-permissions.ts). */
  held: Map<string, Groupings>;
  /** Named division filters as keys; equal filters share one. */
  filterKeys: Map<DivisionFilter, string>;
  /** Per way of judging, per check: what it said of each value many clients share (judged-once.ts). */
  judged: Map<object, Map<object, Map<string, unknown>>>;
  /** "through role X (division)", by role name and division... */
  throughRole: Map<string, Map<string, string>>;
  /** ...and the one asked for last (overwritten in place: asked for thousands of times). */
  lastThrough: { roleName: string | undefined; phrase: string | undefined; text: string };
  /** Days since each date read, null when not a date. */
  daysAgo: Map<string, number | null>;
  /** The clients that share their name, and with how many others; counted when a rule first asks (client-name.ts). */
  sharedNames: ReadonlyMap<ClientRecord, number> | undefined;
}

export function newMemo(): EvaluationMemo {
  return {
    permissionIds: new Map(),
    permissions: [],
    permissionParts: [],
    slots: new Uint32Array(0),
    flagged: new Map(),
    held: new Map(),
    filterKeys: new Map(),
    judged: new Map(),
    throughRole: new Map(),
    lastThrough: { roleName: undefined, phrase: undefined, text: '' },
    daysAgo: new Map(),
    sharedNames: undefined,
  };
}

/**
 * Judges the clients the rule selects (in their order), findings pushed onto `out`. A check
 * takes them all at once: what it reads of the rule it reads once, not once per client, and
 * no array is made per client (most find nothing). Its loop over clients is indexed: in a
 * process's first evaluation it runs before the JIT has warmed up, where a for…of allocates.
 */
export type Check = (rule: Rule, clients: readonly ClientRecord[], ctx: CheckContext, out: Finding[]) => void;

/** Names compare without case and surrounding spaces. */
export function normalizeName(name: string): string {
  return name.trim().toLowerCase();
}

/** Each client of the org that shares its name (normalized) with others, and how many others. */
export function sharedNames(clients: readonly ClientRecord[]): Map<ClientRecord, number> {
  const names = clients.map((c) => normalizeName(c.name));
  const counts = new Map<string, number>();
  for (let i = 0; i < names.length; i++) counts.set(names[i]!, (counts.get(names[i]!) ?? 0) + 1);
  const shared = new Map<ClientRecord, number>();
  for (let i = 0; i < names.length; i++) {
    const others = counts.get(names[i]!)! - 1;
    if (others > 0) shared.set(clients[i]!, others);
  }
  return shared;
}

const DAY_MS = 86_400_000;

/** `daysSince(from, ctx.now)`, each distinct date parsed once: several rules read each client's dates. */
export function daysAgo(ctx: CheckContext, from: string): number | undefined {
  let days = ctx.memo.daysAgo.get(from);
  if (days === undefined) ctx.memo.daysAgo.set(from, (days = daysSince(from, ctx.now) ?? null));
  return days ?? undefined;
}

/** Whole UTC days from the day of `from` (ISO date or date-time) to the day of `now`. */
export function daysSince(from: string, now: Date): number | undefined {
  const t = Date.parse(from.length === 10 ? `${from}T00:00:00Z` : from);
  if (Number.isNaN(t)) return undefined;
  const day = (ms: number) => Math.floor(ms / DAY_MS);
  return day(now.getTime()) - day(t);
}
