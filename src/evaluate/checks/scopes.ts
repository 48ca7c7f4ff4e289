// Scopes a user-facing client requests, against allow and deny globs. Deny wins.
import { matchesAny } from '../../policy/glob.ts';
import type { Check } from './context.ts';
import { NONE, q, ruleFinding } from './finding.ts';

export const checkScopes: Check = (rule, client) => {
  const check = rule.checks.scopes;
  if (!check) return NONE;
  const out = [];
  for (const scope of client.scopes) {
    const denied = check.deny && matchesAny(check.deny, scope);
    if (denied) {
      out.push(ruleFinding(rule, client, scope, `Requests scope ${q(scope)}, which this rule denies${denied.literal ? '' : ` (${q(denied.source)})`}.`));
    } else if (check.allow && !matchesAny(check.allow, scope)) {
      out.push(ruleFinding(rule, client, scope, `Requests scope ${q(scope)}, which is not among this rule's allowed scopes.`));
    }
  }
  return out;
};
