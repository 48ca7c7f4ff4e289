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
  permission: string;
  /** The permission's number in the org (`memo.permissionIds`), by which rules' verdicts are looked up. */
  id: number;
  grants: PermissionGrant[];
  /** "through role …", made when a finding first names the permission. */
  via: string | undefined;
}

const NOTHING: readonly HeldPermission[] = Object.freeze([]);

export function heldPermissions(memo: EvaluationMemo, client: ClientRecord, filter: DivisionFilter): readonly HeldPermission[] {
  let byFilter = memo.held.get(client);
  if (!byFilter) memo.held.set(client, (byFilter = new Map([['any', group(memo, client.permissions)]])));
  const key = filterKey(memo, filter);
  let held = byFilter.get(key);
  if (!held) {
    const inFilter = divisionTest(memo, filter, key);
    const kept = client.roleGrants.filter(inFilter).length;
    held = kept === client.roleGrants.length ? byFilter.get('any')! : kept === 0 ? NOTHING : group(memo, client.permissions.filter(inFilter));
    byFilter.set(key, held);
  }
  return held;
}

/** "through role X (all divisions)" / "through roles X (Home), Y (Sales)". */
export function via(held: HeldPermission): string {
  return (held.via ??= `through ${roles(held.grants)}`);
}

function roles(grants: readonly PermissionGrant[]): string {
  // Most permissions come through one role: word that one without a set and a join.
  if (grants.length === 1) return `role ${roleIn(grants[0]!)}`;
  const parts = [...new Set(grants.map(roleIn))];
  return `${parts.length > 1 ? 'roles' : 'role'} ${parts.join(', ')}`;
}

function roleIn(grant: PermissionGrant): string {
  return `${q(grant.roleName)} (${divisionPhrase(grant)})`;
}

function group(memo: EvaluationMemo, grants: readonly PermissionGrant[]): HeldPermission[] {
  const byPermission = new Map<string, HeldPermission>();
  for (const g of grants) {
    const held = byPermission.get(g.permission);
    if (held) held.grants.push(g);
    else byPermission.set(g.permission, { permission: g.permission, id: memo.permissionIds.get(g.permission)!, grants: [g], via: undefined });
  }
  return [...byPermission.values()];
}

/** Equal filters of different rules share one grouping. */
function filterKey(memo: EvaluationMemo, filter: DivisionFilter): string {
  if (filter.kind !== 'named') return filter.kind;
  let key = memo.filterKeys.get(filter);
  if (key === undefined) memo.filterKeys.set(filter, (key = `named:${filter.globs.map((g) => g.source).join('\u0000')}`));
  return key;
}

/**
 * Whether a grant is in the filter's divisions. A named filter matches globs, so it decides
 * once per division name (a grant in all divisions is in every filter, inDivisions says).
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
