// Scopes and roles are judged by name against a check's deny and allow globs (once per
// name, see judged-once.ts).
import { matchesAny, type Glob } from '../../policy/glob.ts';

export type NameVerdict = { kind: 'denied'; glob: Glob } | { kind: 'not-allowed' };

export interface GlobLists {
  allow?: readonly Glob[];
  deny?: readonly Glob[];
}

/** What the check says of the name: denied (by which glob), not allowed, or nothing (null). Deny wins. */
export function judgeName(check: GlobLists, name: string): NameVerdict | null {
  const denied = check.deny && matchesAny(check.deny, name);
  if (denied) return { kind: 'denied', glob: denied };
  if (check.allow && !matchesAny(check.allow, name)) return { kind: 'not-allowed' };
  return null;
}
