// Every client says what it is for.
import type { Check } from './context.ts';
import { NONE, ruleFinding } from './finding.ts';

export const checkDescription: Check = (rule, client) => {
  const check = rule.checks.description;
  if (!check) return NONE;
  const length = codePoints(client.description.trim());
  if (length >= check.minLength) return NONE;
  const message = length === 0 ? 'Has no description.' : `Has a description of ${length} characters; this rule asks for at least ${check.minLength}.`;
  return [ruleFinding(rule, client, undefined, message)];
};

/** Characters as `Array.from(text).length` counts them (a surrogate pair is one), without building the array. */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 1; i < text.length; i++) if (isSurrogate(text.charCodeAt(i), 0xdc00) && isSurrogate(text.charCodeAt(i - 1), 0xd800)) count--;
  return count;
}

/** Whether a UTF-16 unit is a high (from 0xd800) or low (from 0xdc00) surrogate. */
function isSurrogate(unit: number, from: number): boolean {
  return unit >= from && unit < from + 0x400;
}
