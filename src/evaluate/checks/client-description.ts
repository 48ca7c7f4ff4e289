// Every client says what it is for.
import type { Check } from './context.ts';
import { ruleFinding } from './finding.ts';
import { charCount } from '../../text.ts';

export const checkDescription: Check = (rule, clients, _ctx, out) => {
  const check = rule.checks.description;
  if (!check) return;
  for (let i = 0; i < clients.length; i++) {
    const client = clients[i]!;
    const length = charCount(client.description.trim());
    if (length >= check.minLength) continue;
    const message = length === 0 ? 'Has no description.' : `Has a description of ${length} characters; this rule asks for at least ${check.minLength}.`;
    out.push(ruleFinding(rule, client, undefined, message));
  }
};
