// Permissions a client-credentials client holds through its roles, in the divisions the
// rule looks at: denied patterns (which a held wildcard falls under), an allow list, and
// wildcards themselves. One finding per permission, naming the roles that grant it.
import type { PermissionGrant } from '../../inventory/types.ts';
import { covers, intersects, isWildcard } from '../permission-match.ts';
import type { Check } from './context.ts';
import { divisionPhrase, inDivisions } from './divisions.ts';
import { q, ruleFinding } from './finding.ts';

export const checkPermissions: Check = (rule, client) => {
  const check = rule.checks.permissions;
  if (!check) return [];
  const out = [];
  for (const [permission, grants] of groupByPermission(client.permissions.filter((g) => inDivisions(check.divisions, g)))) {
    const denied = check.deny?.find((p) => intersects(p, permission));
    if (denied) {
      const why = denied.source === permission ? 'which this rule denies' : `which this rule denies (${q(denied.source)})`;
      out.push(ruleFinding(rule, client, permission, `Holds permission ${q(permission)} ${via(grants)}, ${why}.`));
    } else if (check.denyWildcards && isWildcard(permission)) {
      out.push(ruleFinding(rule, client, permission, `Holds the wildcard permission ${q(permission)} ${via(grants)}.`));
    } else if (check.allow && !check.allow.some((p) => covers(p, permission))) {
      out.push(ruleFinding(rule, client, permission, `Holds permission ${q(permission)} ${via(grants)}, which is not among this rule's allowed permissions.`));
    }
  }
  return out;
};

function groupByPermission(grants: readonly PermissionGrant[]): Map<string, PermissionGrant[]> {
  const map = new Map<string, PermissionGrant[]>();
  for (const g of grants) {
    const list = map.get(g.permission);
    if (list) list.push(g);
    else map.set(g.permission, [g]);
  }
  return map;
}

/** "through role X (all divisions)" / "through roles X (Home), Y (Sales)". */
function via(grants: readonly PermissionGrant[]): string {
  const parts = [...new Set(grants.map((g) => `${q(g.roleName)} (${divisionPhrase(g)})`))];
  return `through ${parts.length > 1 ? 'roles' : 'role'} ${parts.join(', ')}`;
}
