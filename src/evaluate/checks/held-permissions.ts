// A client's permission grants grouped by permission, in the divisions a rule looks at.
// Every permission rule asks this of every client-credentials client, so each client is
// grouped once per division filter for all rules, in the evaluation's memo. A client holds
// a few role grants, each in one division: when the filter keeps all of them or none, the
// grouping for every division serves as is, or nothing does; only a mixed client is regrouped.
import { ALL_DIVISIONS, type ClientRecord, type PermissionGrant } from '../../inventory/types.ts';
import type { DivisionFilter } from '../../policy/types.ts';
import type { EvaluationMemo } from './context.ts';
import { divisionPhrase, inDivisions } from './divisions.ts';
import { q } from './finding.ts';

export interface HeldPermission {
  /** The permission's number in the org (`memo.permissionIds`), by which rules' verdicts are looked up. */
  id: number;
  /** The grant it first comes through: most permissions come through one role, so no array. */
  grant: PermissionGrant;
  /** Its further grants, through other roles or divisions. */
  more: PermissionGrant[] | undefined;
  /** "through role …", made when a finding first names the permission. */
  via: string | undefined;
}

const NOTHING: readonly HeldPermission[] = Object.freeze([]);

/** A client's groupings: in every division (what most rules look at), and per other filter. */
export interface ClientHeld {
  any: readonly HeldPermission[];
  byFilter: Map<string, readonly HeldPermission[]> | undefined;
}

export function heldPermissions(memo: EvaluationMemo, client: ClientRecord, filter: DivisionFilter): readonly HeldPermission[] {
  let groups = memo.held.get(client);
  if (!groups) memo.held.set(client, (groups = { any: group(memo, client.permissions), byFilter: undefined }));
  if (filter.kind === 'any') return groups.any;
  const key = filterKey(memo, filter);
  let held = groups.byFilter?.get(key);
  if (!held) {
    const inFilter = divisionTest(memo, filter, key);
    const kept = client.roleGrants.filter(inFilter).length;
    held = kept === client.roleGrants.length ? groups.any : kept === 0 ? NOTHING : group(memo, client.permissions.filter(inFilter));
    (groups.byFilter ??= new Map()).set(key, held);
  }
  return held;
}

/** "through role X (all divisions)" / "through roles X (Home), Y (Sales)". */
export function via(memo: EvaluationMemo, held: HeldPermission): string {
  return (held.via ??= held.more ? `through ${roles([held.grant, ...held.more])}` : throughOne(memo, held.grant));
}

/** "through role X (Home)": clients hold many permissions through one role, worded once. */
function throughOne(memo: EvaluationMemo, grant: PermissionGrant): string {
  let byPhrase = memo.throughRole.get(grant.roleName);
  if (!byPhrase) memo.throughRole.set(grant.roleName, (byPhrase = new Map()));
  const phrase = divisionPhrase(grant);
  let text = byPhrase.get(phrase);
  if (text === undefined) byPhrase.set(phrase, (text = `through role ${roleIn(grant)}`));
  return text;
}

function roles(grants: readonly PermissionGrant[]): string {
  const parts = [...new Set(grants.map(roleIn))];
  return `${parts.length > 1 ? 'roles' : 'role'} ${parts.join(', ')}`;
}

function roleIn(grant: PermissionGrant): string {
  return `${q(grant.roleName)} (${divisionPhrase(grant)})`;
}

/**
 * The grants by permission, in the order each permission first comes. `memo.slots` (by
 * permission number: its place in the result, plus one) stands in for a map per client,
 * and is cleared again before returning.
 */
function group(memo: EvaluationMemo, grants: readonly PermissionGrant[]): HeldPermission[] {
  const held: HeldPermission[] = [];
  const slots = memo.slots;
  for (const g of grants) {
    const id = memo.permissionIds.get(g.permission)!;
    const slot = slots[id]!;
    if (slot) (held[slot - 1]!.more ??= []).push(g);
    else slots[id] = held.push({ id, grant: g, more: undefined, via: undefined });
  }
  for (const h of held) slots[h.id] = 0;
  return held;
}

/** Equal filters of different rules share one grouping. */
function filterKey(memo: EvaluationMemo, filter: Exclude<DivisionFilter, { kind: 'any' }>): string {
  if (filter.kind !== 'named') return filter.kind;
  let key = memo.filterKeys.get(filter);
  if (key === undefined) memo.filterKeys.set(filter, (key = `named:${filter.globs.map((g) => g.source).join('\u0000')}`));
  return key;
}

/**
 * Whether a grant is in the filter's divisions. A named filter matches globs, so it decides
 * once per division name; a grant in all divisions is left to inDivisions (it is in every filter).
 */
function divisionTest(memo: EvaluationMemo, filter: DivisionFilter, key: string): (g: { divisionId: string; divisionName: string }) => boolean {
  if (filter.kind !== 'named') return (g) => inDivisions(filter, g);
  let known = memo.divisionTests.get(key);
  if (!known) memo.divisionTests.set(key, (known = new Map()));
  const byName = known;
  return (g) => {
    if (g.divisionId === ALL_DIVISIONS) return inDivisions(filter, g);
    let inside = byName.get(g.divisionName);
    if (inside === undefined) byName.set(g.divisionName, (inside = inDivisions(filter, g)));
    return inside;
  };
}
