// Access-token lifetime (the platform applies 24 h when the client does not set one).
import type { RuleChecks } from '../../policy/types.ts';
import type { Check } from './context.ts';
import { ruleFinding } from './finding.ts';
import { judgedOnce } from './judged-once.ts';

type TokenLifetimeCheck = NonNullable<RuleChecks['tokenLifetime']>;

export const checkTokenLifetime: Check = (rule, clients, ctx, out) => {
  const check = rule.checks.tokenLifetime;
  if (!check) return;
  // Clients share a few lifetimes: one message per lifetime, not per client.
  const messageOf = judgedOnce(ctx.memo, check, lifetimeMessage);
  for (let i = 0; i < clients.length; i++) {
    const client = clients[i]!;
    if (client.tokenLifetimeSeconds <= check.maxSeconds) continue;
    const seconds = String(client.tokenLifetimeSeconds);
    out.push(ruleFinding(rule, client, seconds, messageOf(seconds)));
  }
};

function lifetimeMessage(check: TokenLifetimeCheck, seconds: string): string {
  return `Issues tokens valid for ${duration(Number(seconds))}; this rule allows at most ${duration(check.maxSeconds)}.`;
}

export function duration(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}
