// Sorting tens of thousands of findings by `compareFindings`, fast. That comparator looks up
// severity ranks and compares client names, rule ids and subjects string by string on each
// of ~n log n calls, yet an org has a few thousand clients and a few dozen rules. So clients
// and rules are ranked once, and the findings ordered by those ranks with stable counting
// sorts, least significant first (a radix sort): no comparator, no name compared twice.
// What is left, findings of one severity, client and rule, are few and are sorted by subject,
// message and line. The loops over findings are indexed: this runs once per evaluation,
// before the JIT has warmed up.
import { cmp, type Finding, type FindingClient } from './findings.ts';
import { rankStrings } from './string-ranks.ts';

/** Sorts `findings` in place into `compareFindings` order (stable, like Array#sort) and returns it. */
export function sortFindings(findings: Finding[]): Finding[] {
  const n = findings.length;
  const { rule, severityAndClient } = keysOf(findings);
  const order = countingSort(countingSort(identity(n), rule), severityAndClient);
  permute(findings, order);
  for (let start = 0, end = 1; start < n; start = end++) {
    const a = order[start]!;
    while (end < n && severityAndClient.rank[order[end]!] === severityAndClient.rank[a] && rule.rank[order[end]!] === rule.rank[a]) end++;
    if (end - start > 1) sortRun(findings, start, end);
  }
  return findings;
}

/** `items[k] = (items before)[order[k]]` for every k, in place: cycle by cycle, no copy of the array. */
function permute<T>(items: T[], order: Uint32Array): void {
  const done = new Uint8Array(items.length);
  for (let k = 0; k < items.length; k++) {
    if (done[k]) continue;
    const first = items[k]!;
    let at = k;
    for (let from = order[at]!; from !== k; from = order[at]!) {
      items[at] = items[from]!;
      done[at] = 1;
      at = from;
    }
    items[at] = first;
    done[at] = 1;
  }
}

/** A rank per finding (by its index), below `count`. */
interface Key {
  rank: Uint32Array;
  count: number;
}

function identity(n: number): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
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

/**
 * Each finding's rule, ranked by id; and its severity (errors first), then its client by
 * name and id, as one rank. One pass over the findings, which come in runs of one rule and
 * client: the maps that number rules and clients are read only where either changes.
 */
function keysOf(findings: readonly Finding[]): { rule: Key; severityAndClient: Key } {
  const n = findings.length;
  const rules = new Map<string, number>();
  const clients = new Map<Pick<FindingClient, 'id' | 'name'>, number>();
  const ruleNumber = new Uint32Array(n);
  const clientNumber = new Uint32Array(n);
  const severity = new Uint8Array(n);
  let lastRule: string | undefined;
  let lastClient: Pick<FindingClient, 'id' | 'name'> | undefined;
  let r = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const f = findings[i]!;
    if (f.ruleId !== lastRule) r = numberOf(rules, (lastRule = f.ruleId));
    const client = f.client ?? NO_CLIENT;
    if (client !== lastClient) c = numberOf(clients, (lastClient = client));
    ruleNumber[i] = r;
    clientNumber[i] = c;
    severity[i] = severityFirst(f.severity);
  }
  const ruleRank = rankStrings([...rules.keys()]);
  const clientRank = clientRanks([...clients.keys()]);
  // Both reused in place: each number is read once, before it is overwritten.
  for (let i = 0; i < n; i++) {
    ruleNumber[i] = ruleRank.ranks[ruleNumber[i]!]!;
    clientNumber[i] = severity[i]! * clientRank.count + clientRank.ranks[clientNumber[i]!]!;
  }
  return { rule: { rank: ruleNumber, count: ruleRank.count }, severityAndClient: { rank: clientNumber, count: 3 * clientRank.count } };
}

/** The value's number in the map, numbering it next when new. */
function numberOf<T>(numbers: Map<T, number>, value: T): number {
  let number = numbers.get(value);
  if (number === undefined) numbers.set(value, (number = numbers.size));
  return number;
}

function severityFirst(severity: Finding['severity']): number {
  return severity === 'error' ? 0 : severity === 'warning' ? 1 : 2;
}

/** The clients ranked by name, then id; clients equal in both (not the same object) share a rank. */
function clientRanks(clients: ReadonlyArray<Pick<FindingClient, 'id' | 'name'>>): { ranks: Uint32Array; count: number } {
  const order = Array.from(clients.keys()).sort((a, b) => compareClients(clients[a]!, clients[b]!));
  const ranks = new Uint32Array(clients.length);
  let r = -1;
  for (let k = 0; k < order.length; k++) ranks[order[k]!] = k > 0 && compareClients(clients[order[k - 1]!]!, clients[order[k]!]!) === 0 ? r : ++r;
  return { ranks, count: r + 1 };
}

function compareClients(a: Pick<FindingClient, 'id' | 'name'>, b: Pick<FindingClient, 'id' | 'name'>): number {
  return cmp(a.name, b.name) || cmp(a.id, b.id);
}

/** Findings equal in severity, client and rule: by subject, message, then line (stable). Insertion: most runs are short. */
function sortRun(findings: Finding[], start: number, end: number): void {
  if (end - start > SHORT_RUN) {
    const run = findings.slice(start, end).sort(compareWithinRun);
    for (let i = 0; i < run.length; i++) findings[start + i] = run[i]!;
    return;
  }
  for (let i = start + 1; i < end; i++) {
    const f = findings[i]!;
    let j = i;
    while (j > start && compareWithinRun(findings[j - 1]!, f) > 0) findings[j] = findings[--j]!;
    findings[j] = f;
  }
}

const SHORT_RUN = 16;

function compareWithinRun(a: Finding, b: Finding): number {
  return cmp(a.subject ?? '', b.subject ?? '') || cmp(a.message, b.message) || a.location.line - b.location.line;
}

/** A finding without a client sorts as one named '' with id '' (and Array#sort would put `undefined` last). */
const NO_CLIENT: Pick<FindingClient, 'id' | 'name'> = { id: '', name: '' };
