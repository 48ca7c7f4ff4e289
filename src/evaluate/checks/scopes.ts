// Scopes a user-facing client requests, against allow and deny globs. Deny wins.
import type { Finding } from '../findings.ts';
import type { Check } from './context.ts';
import { NONE, q, ruleFinding } from './finding.ts';
import { judgedOnce } from './judged-once.ts';
import { judgeName, type NameVerdict } from './name-verdicts.ts';

export const checkScopes: Check = (rule, client, ctx) => {
  const check = rule.checks.scopes;
  if (!check) return NONE;
  let out: Finding[] | undefined;
  for (const scope of client.scopes) {
    const verdict = judgedOnce(ctx.memo, check, scope, judgeName);
    if (verdict) (out ??= []).push(ruleFinding(rule, client, scope, message(scope, verdict)));
  }
  return out ?? NONE;
};

function message(scope: string, verdict: NameVerdict): string {
  if (verdict.kind === 'not-allowed') return `Requests scope ${q(scope)}, which is not among this rule's allowed scopes.`;
  return `Requests scope ${q(scope)}, which this rule denies${verdict.glob.literal ? '' : ` (${q(verdict.glob.source)})`}.`;
}
