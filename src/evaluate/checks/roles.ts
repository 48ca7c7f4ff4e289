// Roles a client-credentials client holds (by name), in the divisions the rule looks at.
import type { RoleGrant } from '../../inventory/types.ts';
import type { Check } from './context.ts';
import { divisionPhrase, divisionTest } from './divisions.ts';
import { q, ruleFinding } from './finding.ts';
import { judgedOnce } from './judged-once.ts';
import { judgeName, type NameVerdict } from './name-verdicts.ts';

export const checkRoles: Check = (rule, clients, ctx, out) => {
  const check = rule.checks.roles;
  if (!check) return;
  const verdictOf = judgedOnce(ctx.memo, check, judgeName);
  const inFilter = divisionTest(check.divisions);
  for (let i = 0; i < clients.length; i++) {
    const client = clients[i]!;
    // Most clients hold no role the rule flags: group grants by role only for those that do.
    let byRole: Map<string, RoleGrant[]> | undefined;
    for (let k = 0; k < client.roleGrants.length; k++) {
      const g = client.roleGrants[k]!;
      if (!inFilter(g) || !verdictOf(g.roleName)) continue;
      const grants = (byRole ??= new Map()).get(g.roleName);
      if (grants) grants.push(g);
      else byRole.set(g.roleName, [g]);
    }
    if (!byRole) continue;
    for (const [role, grants] of byRole) out.push(ruleFinding(rule, client, role, message(role, grants, verdictOf(role)!)));
  }
};

function message(role: string, grants: readonly RoleGrant[], verdict: NameVerdict): string {
  const where = `in ${[...new Set(grants.map(divisionPhrase))].join(', ')}`;
  if (verdict.kind === 'not-allowed') return `Holds role ${q(role)} ${where}, which is not among this rule's allowed roles.`;
  const { glob } = verdict;
  const why = glob.source === '*' ? '' : `, which this rule denies${glob.literal ? '' : ` (${q(glob.source)})`}`;
  return `Holds role ${q(role)} ${where}${why}.`;
}
