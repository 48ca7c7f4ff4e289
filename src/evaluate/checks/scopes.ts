// Scopes a user-facing client requests, against allow and deny globs. Deny wins.
import type { Check } from './context.ts';
import { q, ruleFinding } from './finding.ts';
import { judgedOnce } from './judged-once.ts';
import { judgeName, type NameVerdict } from './name-verdicts.ts';

export const checkScopes: Check = (rule, clients, ctx, out) => {
  const check = rule.checks.scopes;
  if (!check) return;
  const verdictOf = judgedOnce(ctx.memo, check, judgeName);
  for (let i = 0; i < clients.length; i++) {
    const client = clients[i]!;
    for (let k = 0; k < client.scopes.length; k++) {
      const scope = client.scopes[k]!;
      const verdict = verdictOf(scope);
      if (verdict) out.push(ruleFinding(rule, client, scope, message(scope, verdict)));
    }
  }
};

function message(scope: string, verdict: NameVerdict): string {
  if (verdict.kind === 'not-allowed') return `Requests scope ${q(scope)}, which is not among this rule's allowed scopes.`;
  return `Requests scope ${q(scope)}, which this rule denies${verdict.glob.literal ? '' : ` (${q(verdict.glob.source)})`}.`;
}
