// Permissions a client-credentials client holds through its roles, in the divisions the
// rule looks at: denied patterns (which a held wildcard falls under), an allow list, and
// wildcards themselves. One finding per permission, naming the roles that grant it.
//
// An org has thousands of permission grants but only a few hundred distinct permissions.
// So each rule judges every distinct permission of the org once, and a client is checked by
// walking the shorter of its permissions and the rule's flagged ones; each client's grants
// are grouped by permission once for all rules. All of it lives in the evaluation's memo.
import type { ClientRecord, PermissionGrant } from '../../inventory/types.ts';
import type { PermissionPattern } from '../../policy/permission-pattern.ts';
import type { DivisionFilter, RuleChecks } from '../../policy/types.ts';
import type { Finding } from '../findings.ts';
import { covers, intersects, isWildcard } from '../permission-match.ts';
import type { Check, EvaluationMemo } from './context.ts';
import { divisionPhrase, inDivisions } from './divisions.ts';
import { NONE, q, ruleFinding } from './finding.ts';

type PermissionCheck = NonNullable<RuleChecks['permissions']>;
export type Verdict = { kind: 'denied'; pattern: PermissionPattern } | { kind: 'wildcard' } | { kind: 'not-allowed' };

export const checkPermissions: Check = (rule, client, ctx) => {
  const check = rule.checks.permissions;
  if (!check || client.permissions.length === 0) return NONE;
  const flagged = flaggedPermissions(ctx.memo, check);
  const held = heldPermissions(ctx.memo, client, check.divisions);
  let out: Finding[] | undefined;
  // Walk the shorter side: a deny rule flags a handful of the org's permissions.
  const walkFlagged = flagged.size < held.size;
  for (const [permission, value] of walkFlagged ? flagged : held) {
    const verdict = walkFlagged ? (value as Verdict) : flagged.get(permission);
    const grants = walkFlagged ? held.get(permission) : (value as readonly PermissionGrant[]);
    if (!verdict || !grants) continue;
    (out ??= []).push(ruleFinding(rule, client, permission, message(permission, verdict, via(ctx.memo, grants))));
  }
  return out ?? NONE;
};

function message(permission: string, verdict: Verdict, via: string): string {
  if (verdict.kind === 'wildcard') return `Holds the wildcard permission ${q(permission)} ${via}.`;
  const holds = `Holds permission ${q(permission)} ${via}`;
  if (verdict.kind === 'not-allowed') return `${holds}, which is not among this rule's allowed permissions.`;
  return verdict.pattern.source === permission ? `${holds}, which this rule denies.` : `${holds}, which this rule denies (${q(verdict.pattern.source)}).`;
}

/** The org's permissions this rule reports, with why; judged once per evaluation. */
function flaggedPermissions(memo: EvaluationMemo, check: PermissionCheck): ReadonlyMap<string, Verdict> {
  let flagged = memo.verdicts.get(check) as Map<string, Verdict> | undefined;
  if (!flagged) {
    flagged = new Map();
    for (const permission of memo.orgPermissions) {
      const verdict = judge(check, permission);
      if (verdict) flagged.set(permission, verdict);
    }
    memo.verdicts.set(check, flagged);
  }
  return flagged;
}

/** Deny wins over the wildcard check, which wins over the allow list. */
export function judge(check: PermissionCheck, permission: string): Verdict | undefined {
  const denied = check.deny?.find((p) => intersects(p, permission));
  if (denied) return { kind: 'denied', pattern: denied };
  if (check.denyWildcards && isWildcard(permission)) return { kind: 'wildcard' };
  if (check.allow && !check.allow.some((p) => covers(p, permission))) return { kind: 'not-allowed' };
  return undefined;
}

/**
 * The client's grants in the filter's divisions, by permission. A client holds a few role
 * grants, each in one division: when the filter keeps all of them or none, the grouping for
 * every division serves as is, or nothing does; only a mixed client is regrouped.
 */
function heldPermissions(memo: EvaluationMemo, client: ClientRecord, filter: DivisionFilter): ReadonlyMap<string, readonly PermissionGrant[]> {
  let byFilter = memo.grantGroups.get(client);
  if (!byFilter) {
    byFilter = new Map([['any', groupByPermission(client.permissions)]]);
    memo.grantGroups.set(client, byFilter);
  }
  const key = filter.kind === 'named' ? `named:${filter.globs.map((g) => g.source).join('\u0000')}` : filter.kind;
  let held = byFilter.get(key);
  if (!held) {
    const inFilter = divisionTest(memo, filter, key);
    const kept = client.roleGrants.filter(inFilter).length;
    const all = byFilter.get('any') as ReadonlyMap<string, readonly PermissionGrant[]>;
    held = kept === client.roleGrants.length ? all : kept === 0 ? EMPTY : groupByPermission(client.permissions.filter(inFilter));
    byFilter.set(key, held);
  }
  return held;
}

const EMPTY: ReadonlyMap<string, readonly PermissionGrant[]> = new Map();

function groupByPermission(grants: readonly PermissionGrant[]): Map<string, PermissionGrant[]> {
  const grouped = new Map<string, PermissionGrant[]>();
  for (const g of grants) {
    const list = grouped.get(g.permission);
    if (list) list.push(g);
    else grouped.set(g.permission, [g]);
  }
  return grouped;
}

/** Whether a grant is in the filter's divisions, decided once per division name. */
function divisionTest(memo: EvaluationMemo, filter: DivisionFilter, key: string): (g: { divisionId: string; divisionName: string }) => boolean {
  let known = memo.divisionTests.get(key);
  if (!known) memo.divisionTests.set(key, (known = new Map()));
  const cache = known;
  return (g) => {
    const id = `${g.divisionId}\u0000${g.divisionName}`;
    let inside = cache.get(id);
    if (inside === undefined) cache.set(id, (inside = inDivisions(filter, g)));
    return inside;
  };
}

/** "through role X (all divisions)" / "through roles X (Home), Y (Sales)"; once per grant group. */
function via(memo: EvaluationMemo, grants: readonly PermissionGrant[]): string {
  let text = memo.viaText.get(grants);
  if (text === undefined) {
    const parts = [...new Set(grants.map((g) => `${q(g.roleName)} (${divisionPhrase(g)})`))];
    text = `through ${parts.length > 1 ? 'roles' : 'role'} ${parts.join(', ')}`;
    memo.viaText.set(grants, text);
  }
  return text;
}
