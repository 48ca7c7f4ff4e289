// Findings → what people act on, in one pass: the findings of one client × rule (one per
// scope, permission, URI) fold into a hit, a client's hits with the same severity and items
// fold into a row, and clients are ordered by risk. Findings are looked up by strings they
// already hold (client id, rule id), never by a key built per finding: an org of 20,000
// clients has ~300,000 findings. Loops that step once per finding are indexed: a fold runs
// once per process, mostly before the JIT compiles it, where for-of allocates an iterator
// result at each step.
import type { Finding } from '../evaluate/findings.ts';
import { cmp, SEVERITY_RANK } from '../evaluate/findings.ts';
import type { ClientRecord } from '../inventory/types.ts';
import { Hit } from './hit.ts';
import { HolderTable, type Holdings } from './holders.ts';
import type { Severity } from '../policy/types.ts';
import type { ClientGroup, ClientRef, FindingRow, RuleHit, RuleRef } from './model.ts';

/** What a finding points at: its client's ref and record, and its rule. */
export interface Resolver {
  refOf: (f: Finding) => ClientRef | undefined;
  ruleOf: (f: Finding) => RuleRef;
  recordOf: (clientId: string) => ClientRecord | undefined;
}

/**
 * One client's hits while its findings fold; made with every field set, so that the fold
 * meets one shape and its compiled code is not thrown away when a field is added later.
 * A hit needs no fold state of its own (most have one finding): what a few need is here.
 */
interface ClientFold {
  hits: RuleHit[];
  /** The hits by line and rule, once a client has more than FEW_HITS (below, they are scanned). */
  byLine: Map<string, RuleHit> | undefined;
  /** Its ref, looked up once: every finding of a fold that names a client names this one. */
  ref: ClientRef | undefined;
  /** Its record's role grants, by which it holds permissions (undefined: none). */
  holdings: Holdings | undefined;
  /** Hits that grew after their run, with the item lists they own (until then, a list may be the shared empty one). */
  grown: Map<RuleHit, DistinctTexts> | undefined;
}

/** The empty item list, shared until a hit grows after its run, which copies it (see ownItems). */
const NO_TEXTS: string[] = [];

/**
 * The one-item lists, one per item for the report: most hits have one item, and items
 * repeat across clients (scopes, permissions), so hits share them (copied before a hit
 * grows, see ownItems).
 */
type OneItemLists = Map<string, readonly string[]>;

/** A group with what its rank needs, worked out once rather than at each comparison. */
interface Ranked {
  group: ClientGroup;
  /** Severity, then admin-equivalent, all divisions, active, as one number: larger is riskier. */
  risk: number;
  /** The client's day of last use, label and id ('' for none). */
  lastUsed: string;
  errors: number;
  label: string;
  id: string;
}

/** Hits grouped by client and folded into rows, clients in risk order. */
export function clientGroups(findings: readonly Finding[], resolver: Resolver): ClientGroup[] {
  const folds = foldByClient(findings, resolver);
  const ranked: Ranked[] = [];
  // Indexed: once per client, cold.
  for (let i = 0; i < folds.length; i++) {
    const c = folds[i] as ClientFold;
    const rows = foldRows(c.hits);
    const group: ClientGroup = { client: c.hits[0]?.client, severity: rows[0]?.[0].severity ?? 'notice', rows };
    const client = group.client;
    ranked.push({
      group,
      risk: riskOf(group),
      lastUsed: client?.lastUsed ?? '',
      errors: errorCount(rows),
      label: client?.label ?? '',
      id: client?.id ?? '',
    });
  }
  return ranked.sort(compareRisk).map((r) => r.group);
}

/**
 * The findings folded per client, in the order clients first appear. Findings come sorted
 * (severity, client, rule, subject), so the findings of one client × rule × line are
 * usually adjacent: each such run opens its hit at once, its lists at their size; a run
 * whose hit is already open (a client's findings of several severities) joins it.
 */
function foldByClient(findings: readonly Finding[], resolver: Resolver): ClientFold[] {
  const clients = new Map<string, ClientFold>();
  const folds: ClientFold[] = [];
  const table = new HolderTable();
  const oneItem: OneItemLists = new Map();
  let key = '';
  let client: Finding['client'];
  let fold: ClientFold | undefined;
  for (let start = 0; start < findings.length;) {
    const f = findings[start] as Finding;
    // The previous run's client is usually this one's (the same object: findingClient).
    if (!fold || (f.client !== client && key !== (f.client?.id ?? ''))) {
      key = f.client?.id ?? '';
      fold = clients.get(key);
      if (!fold) {
        // Findings without a client are the org's (key ''), which holds no permissions.
        const record = key === '' ? undefined : resolver.recordOf(key);
        const holdings = record?.permissions.length ? table.holdings(record.permissions) : undefined;
        fold = { hits: [], byLine: undefined, ref: undefined, holdings, grown: undefined };
        clients.set(key, fold);
        folds.push(fold);
      }
    }
    client = f.client;
    const end = runEnd(findings, start, key);
    const hit = hitOf(fold, f);
    if (hit) for (let i = start; i < end; i++) addFinding(fold, hit, findings[i] as Finding);
    else openHit(fold, findings, start, end, resolver, oneItem);
    start = end;
  }
  return folds;
}

/** The end of the run of findings from `start` with its client (`key`), rule and line. */
function runEnd(findings: readonly Finding[], start: number, key: string): number {
  const f = findings[start] as Finding;
  let end = start + 1;
  while (end < findings.length) {
    const g = findings[end] as Finding;
    // A client's findings share one client object (findingClient): its id is compared only when they do not.
    if (g.ruleId !== f.ruleId || g.location.line !== f.location.line || (g.client !== f.client && (g.client?.id ?? '') !== key)) break;
    end++;
  }
  return end;
}

/** The client's hit for the finding's rule and line, if one is open. */
function hitOf(c: ClientFold, f: Finding): RuleHit | undefined {
  if (c.byLine) return c.byLine.get(lineKey(f.location.line, f.ruleId));
  for (let i = 0; i < c.hits.length; i++) {
    const h = c.hits[i] as RuleHit;
    if (h.rule.id === f.ruleId && h.location.line === f.location.line) return h;
  }
  return undefined;
}

/** A hit's key among its client's: its line, then its rule id (a line holds no space). */
function lineKey(line: number, ruleId: string): string {
  return `${line} ${ruleId}`;
}

/** A hit opened by a run of findings: most runs are one finding, whose item list is a literal. */
function openHit(c: ClientFold, findings: readonly Finding[], start: number, end: number, resolver: Resolver, oneItem: OneItemLists): void {
  const f = findings[start] as Finding;
  const one = end - start === 1;
  const hit = new Hit(
    f.client && (c.ref ??= resolver.refOf(f)),
    resolver.ruleOf(f),
    one ? f.severity : worstOf(findings, start, end),
    one ? (f.subject === undefined ? NO_TEXTS : itemList(oneItem, f.subject)) : itemsOf(findings, start, end),
    f.message,
    f.location,
    one ? [f] : findings.slice(start, end),
    f.client && c.holdings,
  );
  c.hits.push(hit);
  if (c.byLine) c.byLine.set(lineKey(f.location.line, f.ruleId), hit);
  else if (c.hits.length > FEW_HITS) {
    // Past a few hits (a client with many structural findings, one per line), scanning
    // them for each run would be quadratic.
    c.byLine = new Map();
    for (let i = 0; i < c.hits.length; i++) {
      const h = c.hits[i] as RuleHit;
      c.byLine.set(lineKey(h.location.line, h.rule.id), h);
    }
  }
}

function itemList(oneItem: OneItemLists, item: string): readonly string[] {
  let list = oneItem.get(item);
  if (list === undefined) oneItem.set(item, (list = [item]));
  return list;
}

function worstOf(findings: readonly Finding[], start: number, end: number): Severity {
  let worst = (findings[start] as Finding).severity;
  for (let i = start + 1; i < end; i++) {
    const s = (findings[i] as Finding).severity;
    if (SEVERITY_RANK[s] > SEVERITY_RANK[worst]) worst = s;
  }
  return worst;
}

/**
 * A list without repeats in the making, in order: scanned while short, answered by a set past
 * SCAN_LIMIT, so that a list of 1,000 items stays linear. A run's builder reuses its array
 * from run to run (overwritten, never emptied, which would give up its room) and is copied
 * out at its size; a hit's own list grows in place, never cleared.
 */
class DistinctTexts {
  private readonly list: string[];
  private size: number;
  private seen: Set<string> | undefined = undefined;

  /** `list`: texts already distinct, added to in place (a hit's own items); none for a builder. */
  constructor(list: string[] = []) {
    this.list = list;
    this.size = list.length;
  }

  clear(): void {
    this.size = 0;
    this.seen = undefined;
  }

  /** Appends `value` unless the list holds it; whether it did. */
  add(value: string): boolean {
    if (this.size <= SCAN_LIMIT) {
      for (let i = 0; i < this.size; i++) if (this.list[i] === value) return false;
    } else {
      this.seen ??= new Set(this.list.slice(0, this.size));
      if (this.seen.has(value)) return false;
      this.seen.add(value);
    }
    if (this.size < this.list.length) this.list[this.size] = value;
    else this.list.push(value);
    this.size++;
    return true;
  }

  /** The list so far, at its size. */
  copy(): string[] {
    return this.size ? this.list.slice(0, this.size) : NO_TEXTS;
  }
}

/** A run's items in the making: one list serves every run (the fold is synchronous). */
const runItems = new DistinctTexts();

/** A run's items, distinct, in order. */
function itemsOf(findings: readonly Finding[], start: number, end: number): readonly string[] {
  runItems.clear();
  for (let i = start; i < end; i++) {
    const { subject } = findings[i] as Finding;
    if (subject !== undefined) runItems.add(subject);
  }
  return runItems.copy();
}

/** A finding joining a hit opened by an earlier run (a client's findings of several severities). */
function addFinding(c: ClientFold, hit: RuleHit, f: Finding): void {
  if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[hit.severity]) hit.severity = f.severity;
  hit.findings.push(f);
  if (f.subject !== undefined) ownItems(c, hit).add(f.subject);
}

/** A hit's item list, its own to grow: copied the first time it grows after its run (until then it may be shared: see NO_TEXTS, OneItemLists). */
function ownItems(c: ClientFold, hit: RuleHit): DistinctTexts {
  let own = c.grown?.get(hit);
  if (!own) {
    const items = hit.items.slice();
    hit.items = items;
    (c.grown ??= new Map()).set(hit, (own = new DistinctTexts(items)));
  }
  return own;
}

/** Lists this short are scanned; past it a set answers, so a hit of 1,000 items stays linear. */
const SCAN_LIMIT = 8;

/** Hits of one client with the same severity and the same items become one row. */
function foldRows(hits: readonly RuleHit[]): Row[] {
  // Hits open in the order of the findings, which is usually already the rows' order.
  const sorted = isInRowOrder(hits) ? hits : [...hits].sort(rowOrder);
  if (sorted.length === 1) return [[sorted[0] as RuleHit]];
  return sorted.length > FEW_HITS ? keyedRows(sorted) : scannedRows(sorted);
}

/** A row in the making (a FindingRow once made). */
type Row = [RuleHit, ...RuleHit[]];

/**
 * A client has a few hits (a rule each): each is compared with the rows so far, without a
 * key per hit. A row that gains a hit is replaced rather than grown, so it stays at its size.
 */
function scannedRows(hits: readonly RuleHit[]): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i] as RuleHit;
    let j = 0;
    for (; j < rows.length; j++) {
      const first = (rows[j] as Row)[0];
      // Most hits differ from a row in severity or first item: told apart without a call.
      if (first.severity === h.severity && first.items[0] === h.items[0] && sameRow(first, h)) break;
    }
    if (j < rows.length) rows[j] = [...(rows[j] as Row), h];
    else rows.push([h]);
  }
  return rows;
}

/** A client with many hits: rows found by key. */
function keyedRows(hits: readonly RuleHit[]): Row[] {
  const rows: Row[] = [];
  const byKey = new Map<string, Row>();
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i] as RuleHit;
    const key = rowKey(h);
    const row = byKey.get(key);
    if (row) row.push(h);
    else {
      const opened: Row = [h];
      rows.push(opened);
      byKey.set(key, opened);
    }
  }
  return rows;
}

/** Past this many hits, a client's hits are found by key (lines, rows): below, scanned. */
const FEW_HITS = 32;

/**
 * Whether a hit belongs in the row `first` opened: what rowKey says, compared directly. A
 * client's hits with the same items have the same holders (they follow from the items and
 * the client's grants), so holders are not compared, nor worked out.
 */
function sameRow(first: RuleHit, h: RuleHit): boolean {
  if (first.severity !== h.severity) return false;
  if (!h.items.length) return !first.items.length && first.rule.id === h.rule.id;
  return sameTexts(first.items, h.items);
}

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Most severe first, then by rule id. */
function rowOrder(a: RuleHit, b: RuleHit): number {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || cmp(a.rule.id, b.rule.id);
}

function isInRowOrder(hits: readonly RuleHit[]): boolean {
  for (let i = 1; i < hits.length; i++) {
    const a = hits[i - 1] as RuleHit;
    const b = hits[i] as RuleHit;
    // rowOrder(a, b) > 0, without a call (once per hit, cold).
    if (a.severity !== b.severity ? SEVERITY_RANK[a.severity] < SEVERITY_RANK[b.severity] : a.rule.id > b.rule.id) return false;
  }
  return true;
}

/**
 * Severity and items (their holders follow, see sameRow), or the rule for a hit without
 * items. Each text is prefixed with its length, so that no item from the API (a scope may
 * hold any character) can make two different lists one key and hide one row inside another.
 */
function rowKey(h: RuleHit): string {
  if (!h.items.length) return `r${h.severity} ${h.rule.id}`;
  // One item (most hits): the general key without a loop.
  if (h.items.length === 1) return `i${h.severity} ${lengthPrefixed(h.items[0] as string)}`;
  let key = `i${h.severity} `;
  for (const item of h.items) key += lengthPrefixed(item);
  return key;
}

function lengthPrefixed(text: string): string {
  return `${text.length}:${text}`;
}

function riskOf({ severity, client: c }: ClientGroup): number {
  return SEVERITY_RANK[severity] * 8 + Number(!!c?.adminEquivalent) * 4 + Number(!!c?.allDivisions) * 2 + Number(c?.state === 'active');
}

/**
 * Risk: worst severity, then what the client can do, whether it is in use, its errors; then
 * name and id. Compared field by field without calls: a sort calls this some 20,000 times
 * for 2,000 clients, cold.
 */
function compareRisk(a: Ranked, b: Ranked): number {
  if (a.risk !== b.risk) return b.risk - a.risk;
  if (a.lastUsed !== b.lastUsed) return a.lastUsed < b.lastUsed ? 1 : -1;
  if (a.errors !== b.errors) return b.errors - a.errors;
  if (a.label !== b.label) return a.label < b.label ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function errorCount(rows: readonly FindingRow[]): number {
  let n = 0;
  // Indexed, no callback: once per client, cold.
  for (let i = 0; i < rows.length; i++) if ((rows[i] as FindingRow)[0].severity === 'error') n += (rows[i] as FindingRow).length;
  return n;
}
