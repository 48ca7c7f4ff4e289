// Many clients share a value that a check judges (a scope, a role name, a redirect URI), so
// what a check says of each distinct value is worked out once per evaluation.
import type { EvaluationMemo } from './context.ts';

/** `judge(check, value)`, remembered for the evaluation per check and value. */
export function judgedOnce<C extends object, T extends object | null>(memo: EvaluationMemo, check: C, value: string, judge: (check: C, value: string) => T): T {
  let byValue = memo.judged.get(check) as Map<string, T> | undefined;
  if (!byValue) memo.judged.set(check, (byValue = new Map()));
  let verdict = byValue.get(value);
  if (verdict === undefined) byValue.set(value, (verdict = judge(check, value)));
  return verdict;
}
