// Many clients share a value that a check judges (a scope, a role name, a redirect URI), so
// what a check says of each distinct value is worked out once per evaluation.
import type { EvaluationMemo } from './context.ts';

/**
 * `judge(check, value)` for one check, remembered for the evaluation per value. Asked once
 * per rule, not per value: a rule judges thousands of values, and the check's memory is found once.
 */
export function judgedOnce<C extends object, T extends object | string | null>(
  memo: EvaluationMemo,
  check: C,
  judge: (check: C, value: string) => T,
): (value: string) => T {
  let byCheck = memo.judged.get(judge);
  if (!byCheck) memo.judged.set(judge, (byCheck = new Map()));
  let byValue = byCheck.get(check) as Map<string, T> | undefined;
  if (!byValue) byCheck.set(check, (byValue = new Map()));
  const known = byValue;
  return (value) => {
    let verdict = known.get(value);
    if (verdict === undefined) known.set(value, (verdict = judge(check, value)));
    return verdict;
  };
}
