// Sorting tens of thousands of findings by `compareFindings`, fast. That comparator looks up
// severity ranks and compares client names, rule ids and subjects string by string on each
// of ~n log n calls, yet an org has a few thousand clients, a few dozen rules and a few
// hundred subjects. So each of those is ranked once, and the findings are ordered by the
// ranks with stable counting sorts, least significant first (a radix sort): no comparator,
// no string compared twice. Only findings equal in all four are compared, by message and line.
// The loops over findings are indexed: this runs once per evaluation, before the JIT has warmed up.
import { cmp, SEVERITY_RANK, type Finding, type FindingClient } from './findings.ts';

/** A rank per finding (by its index), below `count`. */
interface Key {
  rank: Uint32Array;
  count: number;
}

/** Sorts `findings` in place into `compareFindings` order (stable, like Array#sort) and returns it. */
export function sortFindings(findings: Finding[]): Finding[] {
  const n = findings.length;
  const subjects = new Array<string>(n);
  const rules = new Array<string>(n);
  const clients = new Array<Pick<FindingClient, 'id' | 'name'>>(n);
  const severities = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const f = findings[i]!;
    subjects[i] = f.subject ?? '';
    rules[i] = f.ruleId;
    clients[i] = f.client ?? NO_CLIENT;
    severities[i] = 3 - SEVERITY_RANK[f.severity]; // errors first
  }
  const leastSignificantFirst = [ranks(subjects, cmp), ranks(rules, cmp), ranks(clients, compareClients), { rank: severities, count: 3 }];
  let order: Uint32Array = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (const key of leastSignificantFirst) order = countingSort(order, key);
  const input = findings.slice();
  for (let i = 0; i < n; i++) findings[i] = input[order[i]!]!;
  for (let start = 0, end = 1; start < n; start = end++) {
    while (end < n && sameKeys(leastSignificantFirst, order[start]!, order[end]!)) end++;
    if (end - start > 1) sortRun(findings, start, end);
  }
  return findings;
}

/** `order` stably reordered by the key: one pass of the radix sort. */
function countingSort(order: Uint32Array, key: Key): Uint32Array {
  const next = new Uint32Array(key.count + 1);
  for (let i = 0; i < order.length; i++) next[key.rank[order[i]!]! + 1]!++;
  for (let r = 1; r <= key.count; r++) next[r]! += next[r - 1]!;
  const sorted = new Uint32Array(order.length);
  for (let i = 0; i < order.length; i++) sorted[next[key.rank[order[i]!]!]!++] = order[i]!;
  return sorted;
}

/** Each value ranked in `compare` order; values that compare equal share a rank. */
function ranks<T>(values: readonly T[], compare: (a: T, b: T) => number): Key {
  // Number the values as first seen, hashing only where the value changes (findings come
  // in runs of one rule and client), then turn those numbers into ranks.
  const seen = new Map<T, number>();
  const rank = new Uint32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    if (i > 0 && values[i] === values[i - 1]) {
      rank[i] = rank[i - 1]!;
      continue;
    }
    let n = seen.get(values[i]!);
    if (n === undefined) seen.set(values[i]!, (n = seen.size));
    rank[i] = n;
  }
  const distinct = [...seen.keys()];
  const inOrder = distinct.map((_, n) => n).sort((a, b) => compare(distinct[a]!, distinct[b]!));
  const rankOf = new Uint32Array(distinct.length);
  let r = 0;
  inOrder.forEach((n, k) => (rankOf[n] = k > 0 && compare(distinct[inOrder[k - 1]!]!, distinct[n]!) !== 0 ? ++r : r));
  for (let i = 0; i < rank.length; i++) rank[i] = rankOf[rank[i]!]!;
  return { rank, count: r + 1 };
}

function sameKeys(keys: readonly Key[], a: number, b: number): boolean {
  for (let k = 0; k < keys.length; k++) if (keys[k]!.rank[a] !== keys[k]!.rank[b]) return false;
  return true;
}

/** Findings equal in severity, client, rule and subject: by message, then line (stable). */
function sortRun(findings: Finding[], start: number, end: number): void {
  const run = findings.slice(start, end).sort((a, b) => cmp(a.message, b.message) || a.location.line - b.location.line);
  for (let i = 0; i < run.length; i++) findings[start + i] = run[i]!;
}

/** A finding without a client sorts as one named '' with id '' (and Array#sort would put `undefined` last). */
const NO_CLIENT: Pick<FindingClient, 'id' | 'name'> = { id: '', name: '' };

function compareClients(a: Pick<FindingClient, 'id' | 'name'>, b: Pick<FindingClient, 'id' | 'name'>): number {
  return cmp(a.name, b.name) || cmp(a.id, b.id);
}
