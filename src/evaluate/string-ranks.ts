// Strings ranked in `cmp` order, equal strings sharing a rank: each distinct string is
// compared in one sort, however many findings carry it.
import { cmp } from './findings.ts';

/** Each string's rank (by its index) and how many distinct strings there are. */
export function rankStrings(strings: readonly string[]): { ranks: Uint32Array; count: number } {
  const distinct = [...new Set(strings)].sort(cmp);
  const rankOf = new Map<string, number>();
  for (let r = 0; r < distinct.length; r++) rankOf.set(distinct[r]!, r);
  const ranks = new Uint32Array(strings.length);
  for (let i = 0; i < strings.length; i++) ranks[i] = rankOf.get(strings[i]!)!;
  return { ranks, count: distinct.length };
}
