// Scopes a user-facing client requests, against allow and deny globs. Deny wins.
import type { Check } from './context.ts';
import { q, ruleFinding } from './finding.ts';
import { judgedOnce } from './judged-once.ts';
import { judgeName, type GlobLists, type NameVerdict } from './name-verdicts.ts';

export const checkScopes: Check = (rule, clients, ctx, out) => {
  const check = rule.checks.scopes;
  if (!check) return;
  const messageOf = judgedOnce(ctx.memo, check, judgeScope);
  for (let i = 0; i < clients.length; i++) {
    const client = clients[i]!;
    for (let k = 0; k < client.scopes.length; k++) {
      const scope = client.scopes[k]!;
      const message = messageOf(scope);
      if (message !== null) out.push(ruleFinding(rule, client, scope, message));
    }
  }
};

/** What the check says of a scope, as a finding's message (one string however many clients request it), or null. */
function judgeScope(check: GlobLists, scope: string): string | null {
  const verdict = judgeName(check, scope);
  return verdict && message(scope, verdict);
}

function message(scope: string, verdict: NameVerdict): string {
  if (verdict.kind === 'not-allowed') return `Requests scope ${q(scope)}, which is not among this rule's allowed scopes.`;
  return `Requests scope ${q(scope)}, which this rule denies${verdict.glob.literal ? '' : ` (${q(verdict.glob.source)})`}.`;
}
