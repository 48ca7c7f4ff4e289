// Every client says what it is for.
import type { Check } from './context.ts';
import { NONE, ruleFinding } from './finding.ts';
import { charCount } from '../../text.ts';

export const checkDescription: Check = (rule, client) => {
  const check = rule.checks.description;
  if (!check) return NONE;
  const length = charCount(client.description.trim());
  if (length >= check.minLength) return NONE;
  const message = length === 0 ? 'Has no description.' : `Has a description of ${length} characters; this rule asks for at least ${check.minLength}.`;
  return [ruleFinding(rule, client, undefined, message)];
};
