// Scopes and roles are judged by name against a check's deny and allow globs. Thousands of
// clients share a few dozen names, so each check judges each name once per evaluation.
import { matchesAny, type Glob } from '../../policy/glob.ts';
import type { EvaluationMemo } from './context.ts';

export type NameVerdict = { kind: 'denied'; glob: Glob } | { kind: 'not-allowed' };

export interface GlobLists {
  allow?: readonly Glob[];
  deny?: readonly Glob[];
}

/** What the check says of the name: denied (by which glob), not allowed, or nothing (null). */
export function judgeName(memo: EvaluationMemo, check: GlobLists, name: string): NameVerdict | null {
  let byName = memo.nameVerdicts.get(check);
  if (!byName) memo.nameVerdicts.set(check, (byName = new Map()));
  let verdict = byName.get(name);
  if (verdict === undefined) byName.set(name, (verdict = judge(check, name)));
  return verdict;
}

/** Deny wins over allow. */
function judge(check: GlobLists, name: string): NameVerdict | null {
  const denied = check.deny && matchesAny(check.deny, name);
  if (denied) return { kind: 'denied', glob: denied };
  if (check.allow && !matchesAny(check.allow, name)) return { kind: 'not-allowed' };
  return null;
}
