// Access-token lifetime (the platform applies 24 h when the client does not set one).
import type { Check } from './context.ts';
import { ruleFinding } from './finding.ts';

export const checkTokenLifetime: Check = (rule, clients, _ctx, out) => {
  const check = rule.checks.tokenLifetime;
  if (!check) return;
  for (let i = 0; i < clients.length; i++) {
    const client = clients[i]!;
    if (client.tokenLifetimeSeconds <= check.maxSeconds) continue;
    out.push(
      ruleFinding(
        rule,
        client,
        String(client.tokenLifetimeSeconds),
        `Issues tokens valid for ${duration(client.tokenLifetimeSeconds)}; this rule allows at most ${duration(check.maxSeconds)}.`,
      ),
    );
  }
};

export function duration(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}
