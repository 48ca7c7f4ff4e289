// Roles a client-credentials client holds (by name), in the divisions the rule looks at.
import type { RoleGrant } from '../../inventory/types.ts';
import { matchesAny } from '../../policy/glob.ts';
import type { Check } from './context.ts';
import { divisionPhrase, inDivisions } from './divisions.ts';
import { NONE, q, ruleFinding } from './finding.ts';

export const checkRoles: Check = (rule, client) => {
  const check = rule.checks.roles;
  if (!check) return NONE;
  const byRole = new Map<string, RoleGrant[]>();
  for (const g of client.roleGrants) {
    if (inDivisions(check.divisions, g)) byRole.set(g.roleName, [...(byRole.get(g.roleName) ?? []), g]);
  }
  const out = [];
  for (const [role, grants] of byRole) {
    const where = `in ${[...new Set(grants.map(divisionPhrase))].join(', ')}`;
    const denied = check.deny && matchesAny(check.deny, role);
    if (denied) {
      const why = denied.source === '*' ? '' : `, which this rule denies${denied.literal ? '' : ` (${q(denied.source)})`}`;
      out.push(ruleFinding(rule, client, role, `Holds role ${q(role)} ${where}${why}.`));
    } else if (check.allow && !matchesAny(check.allow, role)) {
      out.push(ruleFinding(rule, client, role, `Holds role ${q(role)} ${where}, which is not among this rule's allowed roles.`));
    }
  }
  return out;
};
