// Client names: unique across the org (compared without case and surrounding spaces), and
// matching a naming convention when the rule has one.
import type { Check } from './context.ts';
import { sharedNames } from './context.ts';
import { q, ruleFinding } from './finding.ts';

export const checkName: Check = (rule, clients, ctx, out) => {
  const check = rule.checks.name;
  if (!check) return;
  // Names are normalized and counted once for every rule that asks, not per rule and client.
  const shared = check.unique ? (ctx.memo.sharedNames ??= sharedNames(ctx.clients)) : undefined;
  for (let i = 0; i < clients.length; i++) {
    const client = clients[i]!;
    const others = shared?.get(client) ?? 0;
    if (others > 0) {
      out.push(ruleFinding(rule, client, client.name, `Shares its name with ${others} other client${others === 1 ? '' : 's'}.`));
    }
    if (check.mustMatch && !check.mustMatch.test(client.name)) {
      out.push(ruleFinding(rule, client, client.name, `Its name does not match ${q(check.mustMatch.source)}.`));
    }
  }
};
