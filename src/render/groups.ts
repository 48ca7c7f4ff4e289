// Findings → what people act on, in one pass: the findings of one client × rule (one per
// scope, permission, URI) fold into a hit, a client's hits with the same severity and items
// fold into a row, and clients are ordered by risk. Findings are looked up by strings they
// already hold (client id, rule id), never by a key built per finding: an org of 20,000
// clients has ~300,000 findings. Loops that step once per finding are indexed: a fold runs
// once per process, mostly before the JIT compiles it, where for-of allocates an iterator
// result at each step.
import type { Finding } from '../evaluate/findings.ts';
import { cmp, SEVERITY_RANK } from '../evaluate/findings.ts';
import type { ClientRecord, PermissionGrant } from '../inventory/types.ts';
import { divisionPhrase } from '../evaluate/checks/divisions.ts';
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
  /** The hit of each rule (on the line it was first reported on). */
  byRule: Map<string, RuleHit>;
  record: ClientRecord | undefined;
  /** Its ref, looked up once: every finding of a fold that names a client names this one. */
  ref: ClientRef | undefined;
  /** The holders of each permission of the record, indexed the first time a finding names one. */
  holders: Map<string, string[]> | undefined;
  /** Sets that answer for hits' item and holder lists grown past SCAN_LIMIT, by list. */
  sets: Map<string[], Set<string>> | undefined;
}

const NO_LABELS: readonly string[] = [];

/** A group with what its rank needs, worked out once rather than at each comparison. */
interface Ranked {
  group: ClientGroup;
  /** Severity, then admin-equivalent, all divisions, active, as one number: larger is riskier. */
  risk: number;
  errors: number;
}

/** Hits grouped by client and folded into rows, clients in risk order. */
export function clientGroups(findings: readonly Finding[], resolver: Resolver): ClientGroup[] {
  const ranked = [...foldByClient(findings, resolver).values()].map((c): Ranked => {
    const rows = foldRows(c.hits);
    const group: ClientGroup = { client: c.hits[0]?.client, severity: rows[0]?.severity ?? 'notice', rows };
    return { group, risk: riskOf(group), errors: errorCount(rows) };
  });
  return ranked.sort(compareRisk).map((r) => r.group);
}

function foldByClient(findings: readonly Finding[], resolver: Resolver): Map<string, ClientFold> {
  const clients = new Map<string, ClientFold>();
  let key: string | undefined;
  let fold: ClientFold | undefined;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as Finding;
    // Findings come sorted by client: the previous one's client is usually this one's.
    if (!fold || key !== (f.client?.id ?? '')) {
      key = f.client?.id ?? '';
      fold = clients.get(key);
      if (!fold)
        clients.set(key, (fold = { hits: [], byRule: new Map(), record: resolver.recordOf(key), ref: undefined, holders: undefined, sets: undefined }));
    }
    addFinding(fold, f, resolver);
  }
  return clients;
}

function addFinding(c: ClientFold, f: Finding, resolver: Resolver): void {
  const hit = hitOf(c, f);
  if (!hit) {
    openHit(c, f, resolver);
    return;
  }
  if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[hit.severity]) hit.severity = f.severity;
  hit.findings.push(f);
  // An item seen before brought its holders then: they are the same for the same client.
  if (f.subject === undefined || !addDistinct(c, hit.items, f.subject) || !f.client) return;
  const labels = holdersOf(c, f.subject);
  for (let i = 0; i < labels.length; i++) addDistinct(c, hit.holders, labels[i] as string);
}

/** The client's hit for the finding's rule and line, if one is open. */
function hitOf(c: ClientFold, f: Finding): RuleHit | undefined {
  const hit = c.byRule.get(f.ruleId);
  if (!hit || hit.location.line === f.location.line) return hit;
  // The same rule reported on another line (structural checks, a few): a hit of its own.
  for (let i = 0; i < c.hits.length; i++) {
    const h = c.hits[i] as RuleHit;
    if (h.rule.id === f.ruleId && h.location.line === f.location.line) return h;
  }
  return undefined;
}

/** A hit opened by its first finding, its lists at their size: most hits have one finding. */
function openHit(c: ClientFold, f: Finding, resolver: Resolver): void {
  const hit: RuleHit = {
    client: f.client && (c.ref ??= resolver.refOf(f)),
    rule: resolver.ruleOf(f),
    severity: f.severity,
    items: f.subject === undefined ? [] : [f.subject],
    holders: f.subject !== undefined && f.client ? distinct(holdersOf(c, f.subject)) : [],
    message: f.message,
    location: f.location,
    findings: [f],
  };
  c.hits.push(hit);
  if (!c.byRule.has(f.ruleId)) c.byRule.set(f.ruleId, hit);
}

/** The roles (and divisions) through which the client holds `permission`, in the record's order. */
function holdersOf(c: ClientFold, permission: string): readonly string[] {
  if (!c.record?.permissions.length) return NO_LABELS;
  c.holders ??= holdersByPermission(c.record.permissions);
  return c.holders.get(permission) ?? NO_LABELS;
}

/** Lists this short are scanned; past it a set answers, so a hit of 1,000 items stays linear. */
const SCAN_LIMIT = 8;

/** Appends `value` to a hit's `list` unless it holds it; whether it did. */
function addDistinct(c: ClientFold, list: string[], value: string): boolean {
  if (list.length <= SCAN_LIMIT) {
    if (list.includes(value)) return false;
    list.push(value);
    return true;
  }
  c.sets ??= new Map();
  let seen = c.sets.get(list);
  if (!seen) c.sets.set(list, (seen = new Set(list)));
  if (seen.has(value)) return false;
  seen.add(value);
  list.push(value);
  return true;
}

/** A copy of `list` without repeats, in order. */
function distinct(list: readonly string[]): string[] {
  return list.length < 2 ? [...list] : [...new Set(list)];
}

function holdersByPermission(grants: readonly PermissionGrant[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  let label = '';
  for (let i = 0; i < grants.length; i++) {
    const g = grants[i] as PermissionGrant;
    const prev = grants[i - 1];
    // A role grant's permissions are listed together: one label serves them all.
    if (g.roleName !== prev?.roleName || g.divisionId !== prev.divisionId || g.divisionName !== prev.divisionName) label = holderLabel(g);
    // Most permissions have one holder: a list of one, not an empty list grown by a push.
    const labels = index.get(g.permission);
    if (labels) labels.push(label);
    else index.set(g.permission, [label]);
  }
  return index;
}

/** A role and its division: "Master Admin (all divisions)". */
function holderLabel(p: PermissionGrant): string {
  return `${p.roleName} (${divisionPhrase(p)})`;
}

/** Hits of one client with the same severity and the same items become one row. */
function foldRows(hits: readonly RuleHit[]): FindingRow[] {
  // Hits open in the order of the findings, which is usually already the rows' order.
  const sorted = isInRowOrder(hits) ? hits : [...hits].sort(rowOrder);
  if (sorted.length === 1) return [rowOf(sorted[0] as RuleHit)];
  // A client has a few hits (a rule each): compared directly, without a key per hit; a
  // client with many, by key.
  const rows: FindingRow[] = [];
  const byKey = sorted.length > FEW_HITS ? new Map<string, FindingRow>() : undefined;
  for (let i = 0; i < sorted.length; i++) {
    const h = sorted[i] as RuleHit;
    const key = byKey && rowKey(h);
    const row = key === undefined ? rows.find((r) => sameRow(r, h)) : byKey?.get(key);
    if (row) {
      row.rules.push(h.rule);
      row.hits.push(h);
    } else {
      const opened = rowOf(h);
      rows.push(opened);
      if (key !== undefined) byKey?.set(key, opened);
    }
  }
  return rows;
}

const FEW_HITS = 32;

/** Whether a hit belongs in a row: what rowKey says, compared directly. */
function sameRow(row: FindingRow, h: RuleHit): boolean {
  if (row.severity !== h.severity) return false;
  if (!h.items.length) return !row.items.length && (row.hits[0] as RuleHit).rule.id === h.rule.id;
  return sameTexts(row.items, h.items) && sameTexts(row.holders, h.holders);
}

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Most severe first, then by rule id. */
function rowOrder(a: RuleHit, b: RuleHit): number {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || cmp(a.rule.id, b.rule.id);
}

function isInRowOrder(hits: readonly RuleHit[]): boolean {
  for (let i = 1; i < hits.length; i++) if (rowOrder(hits[i - 1] as RuleHit, hits[i] as RuleHit) > 0) return false;
  return true;
}

function rowOf(h: RuleHit): FindingRow {
  return { client: h.client, severity: h.severity, rules: [h.rule], items: h.items, holders: h.holders, message: h.message, hits: [h] };
}

/**
 * Severity and items (with their holders), or the rule for a hit without items. Each text is
 * prefixed with its length, so that no item from the API (a role name may hold any
 * character) can make two different lists one key and hide one row inside another.
 */
function rowKey(h: RuleHit): string {
  if (!h.items.length) return `r${h.severity} ${h.rule.id}`;
  // One item and no holder (most hits): the general key without a loop.
  if (h.items.length === 1 && !h.holders.length) return `i${h.severity} ${lengthPrefixed(h.items[0] as string)}|`;
  let key = `i${h.severity} `;
  for (const item of h.items) key += lengthPrefixed(item);
  key += '|';
  for (const holder of h.holders) key += lengthPrefixed(holder);
  return key;
}

function lengthPrefixed(text: string): string {
  return `${text.length}:${text}`;
}

function riskOf({ severity, client: c }: ClientGroup): number {
  return SEVERITY_RANK[severity] * 8 + Number(!!c?.adminEquivalent) * 4 + Number(!!c?.allDivisions) * 2 + Number(c?.state === 'active');
}

/** Risk: worst severity, then what the client can do, whether it is in use, its errors; then name and id. */
function compareRisk(a: Ranked, b: Ranked): number {
  const ca = a.group.client;
  const cb = b.group.client;
  return (
    b.risk - a.risk ||
    cmp(cb?.lastUsed ?? '', ca?.lastUsed ?? '') ||
    b.errors - a.errors ||
    cmp(ca?.label ?? '', cb?.label ?? '') ||
    cmp(ca?.id ?? '', cb?.id ?? '')
  );
}

function errorCount(rows: readonly FindingRow[]): number {
  let n = 0;
  // Indexed, no callback: once per client, cold.
  for (let i = 0; i < rows.length; i++) if ((rows[i] as FindingRow).severity === 'error') n += (rows[i] as FindingRow).hits.length;
  return n;
}
