// Sorting tens of thousands of findings by `compareFindings`, fast. That comparator looks up
// severity ranks and compares client names, ids and rule ids string by string on each of
// the ~n log n comparisons, yet an org has only a few thousand clients and a few dozen rules.
// So each finding gets one number for its severity, client and rule, ranked once; strings
// are compared only between findings of one client and rule. The order is the comparator's.
import { cmp, SEVERITY_RANK, type Finding, type FindingClient } from './findings.ts';

interface Keyed {
  /** Severity, client, then rule, as one number: smaller sorts first. */
  key: number;
  finding: Finding;
}

/** Sorts `findings` in place into `compareFindings` order (stable, like Array#sort) and returns it. */
export function sortFindings(findings: Finding[]): Finding[] {
  const clients = ranks(new Set(findings.map(clientOf)), compareClients);
  const rules = ranks(new Set(findings.map((f) => f.ruleId)), cmp);
  // Below 2^53 for any org that fits in memory: 3 × clients × rules, both at most findings.length.
  const keyed: Keyed[] = findings.map((finding) => ({
    key: ((3 - SEVERITY_RANK[finding.severity]) * clients.size + clients.get(clientOf(finding))!) * rules.size + rules.get(finding.ruleId)!,
    finding,
  }));
  keyed.sort((a, b) => a.key - b.key || compareTail(a.finding, b.finding));
  for (let i = 0; i < keyed.length; i++) findings[i] = keyed[i]!.finding;
  return findings;
}

/** What `compareFindings` compares after severity, client and rule. */
function compareTail(a: Finding, b: Finding): number {
  return cmp(a.subject ?? '', b.subject ?? '') || cmp(a.message, b.message) || a.location.line - b.location.line;
}

/** A finding without a client sorts as one named '' with id '' (and Array#sort would put `undefined` last). */
const NO_CLIENT: Pick<FindingClient, 'id' | 'name'> = { id: '', name: '' };

function clientOf(f: Finding): Pick<FindingClient, 'id' | 'name'> {
  return f.client ?? NO_CLIENT;
}

function compareClients(a: Pick<FindingClient, 'id' | 'name'>, b: Pick<FindingClient, 'id' | 'name'>): number {
  return cmp(a.name, b.name) || cmp(a.id, b.id);
}

/** Each value's rank in `compare` order; values that compare equal share a rank. */
function ranks<T>(values: ReadonlySet<T>, compare: (a: T, b: T) => number): Map<T, number> {
  const sorted = [...values].sort(compare);
  const rank = new Map<T, number>();
  let r = 0;
  sorted.forEach((v, i) => rank.set(v, i > 0 && compare(sorted[i - 1]!, v) !== 0 ? ++r : r));
  return rank;
}
