// The job summary, read top down by someone deciding what to fix: the verdict and the few
// things to fix first, then one row per client × rule (items folded in, clients in risk
// order), then everything else collapsed: notices, how to fix each rule, every finding,
// accepted findings and the inventory. GitHub drops a step summary over 1 MiB entirely, so
// every row is rendered once, measured once, and what does not fit is cut once with a note.
// The hot loops over hits are indexed: a render runs once per process, mostly before the JIT
// compiles it, where for-of allocates an iterator result at each step (rows made lazily by
// generators are the exception: only what fits is made).
import { renderDrift } from './drift.ts';
import type { ClientRecord } from '../inventory/types.ts';
import { ALL_DIVISIONS } from '../inventory/types.ts';
import { SEVERITY_RANK } from '../evaluate/findings.ts';
import { NHI_RISKS } from '../policy/packs/nhi.ts';
import type { Category, Severity } from '../policy/types.ts';
import { clientLabel, md } from './escape.ts';
import {
  buildReport,
  type AcceptedRow,
  type ClientGroup,
  type ClientRef,
  type FindingRow,
  type ReportContext,
  type ReportInput,
  type ReportModel,
  type RuleHit,
  type RuleRef,
} from './model.ts';

/** Stay well under GitHub's 1 MiB (1,048,576 bytes of UTF-8) step-summary limit. */
export const SUMMARY_BUDGET_BYTES = 900 * 1024;
/** Rows of the open findings table; the others are collapsed. */
export const VISIBLE_ROWS = 40;
/** Rows of "Fix first". */
export const FIX_FIRST_ROWS = 5;
/** Notices, skipped checks and policy warnings shown above the findings. */
const MAX_ATTENTION_LINES = 20;
/** Items shown in one row; the rest are counted (all of them are in the full detail). */
const ITEMS_PER_ROW = 6;

const SEVERITY_ICON = { error: '🔴', warning: '🟠', notice: '🔵' } as const;
const CATEGORY_LABEL: Readonly<Record<Category, string>> = {
  'privilege-escalation': 'Privilege escalation',
  'data-access': 'Data access',
  'credential-hygiene': 'Credential hygiene',
  housekeeping: 'Housekeeping',
};

/** What renderSummary takes (kept for its callers). */
export type SummaryInput = ReportInput;

export function renderSummary(result: ReportInput, budget = SUMMARY_BUDGET_BYTES, context: ReportContext = {}): string {
  return renderSummaryOf(buildReport(result, context), budget);
}

/** A section: its rows are what gets cut; head and tail stay whole or the section goes. */
interface Section {
  head: string;
  count: number;
  /** The rows in order, rendered as they are read: only those that fit (and one more) ever are. */
  rows: Iterable<string>;
  tail: string;
  /** The line standing for rows that did not fit. */
  cut: (omitted: number) => string;
}

export function renderSummaryOf(m: ReportModel, budget = SUMMARY_BUDGET_BYTES): string {
  const repeats = repeated();
  const tally = tallyHits(m.hits);
  const drift = m.drift ? [renderDrift(m.drift.drift, m.drift.failOnNew)] : [];
  const top = [verdictLine(m), '', countsLine(m), '', ...drift, ...categoryTable(tally), ...attentionLines(m), ...fixFirst(m, repeats)].join('\n');
  const { visible, rest } = splitVisible(m);
  const sections: Section[] = [
    findingsSection('### Findings by client', visible, false, repeats),
    findingsSection(visible.length ? 'Other findings by client' : 'Findings by client', rest, true, repeats),
    fixSection(m, tally),
    acceptedSection(m),
    detailSection(m, tally),
    inventorySection(m.clients),
  ].filter((s): s is Section => s !== undefined);
  return fit(`${top}\n`, sections, budget);
}

/**
 * The open table holds what fails the run (rows at or above fail-on; when nothing fails, the
 * most severe rows there are), at most VISIBLE_ROWS of them so it reads in one screen for
 * any org; every other row is in the collapsed table below, grouped the same way.
 */
function splitVisible({ groups, failOn, failing }: ReportModel): { visible: ClientGroup[]; rest: ClientGroup[] } {
  const rank = (s: Severity) => SEVERITY_RANK[s];
  let worst = 0;
  // Indexed loops: once per client, cold.
  for (let i = 0; i < groups.length; i++) worst = Math.max(worst, rank((groups[i] as ClientGroup).severity));
  const threshold = failOn !== 'never' && failing > 0 ? rank(failOn) : worst;
  let room = VISIBLE_ROWS;
  const visible: ClientGroup[] = [];
  const rest: ClientGroup[] = [];
  let i = 0;
  for (; i < groups.length && room > 0; i++) {
    const g = groups[i] as ClientGroup;
    const open = g.rows.filter((r) => rank(r[0].severity) >= threshold).slice(0, room);
    if (!open.length) {
      if (g.rows.length) rest.push(g);
      continue;
    }
    room -= open.length;
    visible.push({ ...g, rows: open });
    const closed = g.rows.filter((r) => !open.includes(r));
    if (closed.length) rest.push({ ...g, rows: closed });
  }
  // Once the open table is full, every other group goes below whole, as it is.
  for (; i < groups.length; i++) if ((groups[i] as ClientGroup).rows.length) rest.push(groups[i] as ClientGroup);
  return { visible, rest };
}

/** Each item's row, rendered when it is read. */
function* rendered<T>(items: readonly T[], row: (item: T) => string): Iterable<string> {
  for (const item of items) yield row(item);
}

/**
 * Keeps `head`, then each section in order while it fits: rows are measured once and cut
 * once, so the cost is linear in the rows whatever the budget.
 */
function fit(head: string, sections: readonly Section[], budget: number): string {
  const NOTE_RESERVE = 300;
  const reserve = NOTE_RESERVE * sections.length;
  if (bytes(head) + reserve > budget)
    return `${head.split('\n\n').slice(0, 2).join('\n\n')}\n\n_The details do not fit in a job summary; see the annotations and the report files._\n`;
  let left = budget - bytes(head) - reserve;
  const out = [head];
  for (const s of sections) {
    const frame = bytes(s.head) + bytes(s.tail) + 2;
    if (left < frame) {
      out.push(`${s.cut(s.count)}\n`);
      continue;
    }
    left -= frame;
    // Every line goes into `out`, joined once: the summary is copied once, not per section.
    out.push(s.head);
    let shown = 0;
    for (const row of s.rows) {
      const size = bytes(row) + 1;
      if (size > left) break;
      left -= size;
      out.push(row);
      shown++;
    }
    if (shown < s.count) out.push('', s.cut(s.count - shown), '');
    out.push(s.tail);
  }
  return out.join('\n');
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Lines of a failure summary (each at most ~6 KB escaped): far under the budget. */
const MAX_FAILURE_LINES = 100;

/** Renders a failure before or during the audit (bad policy, API error). */
export function renderFailureSummary(title: string, lines: readonly string[]): string {
  const shown = lines.slice(0, MAX_FAILURE_LINES).map((l) => `- ${md(l, 1000)}`);
  if (lines.length > shown.length) shown.push(`- …and ${lines.length - shown.length} more (see the log).`);
  return [`## ⚠️ Genesys Cloud OAuth policy: ${md(title, 300)}`, '', ...shown, ''].join('\n');
}

function verdictLine(m: ReportModel): string {
  const n = m.counts.error + m.counts.warning + m.counts.notice;
  if (m.passed) {
    return n === 0
      ? `## ✅ Genesys Cloud OAuth policy: all ${m.clientCount} clients pass`
      : `## ✅ Genesys Cloud OAuth policy: passed with ${n} finding${n === 1 ? '' : 's'} below the threshold (fail-on: ${m.failOn})`;
  }
  return `## ❌ Genesys Cloud OAuth policy: failed: ${m.failing} finding${m.failing === 1 ? '' : 's'} at or above fail-on (${m.failOn})`;
}

function countsLine(m: ReportModel): string {
  return [
    `Policy <code>${md(m.policyFile, 300)}</code>`,
    ...(m.org ? [`org <code>${md(m.org.host, 100)}</code>`] : []),
    `${m.clientCount} clients`,
    `${m.rules.length} rules`,
    `**${m.counts.error}** errors`,
    `**${m.counts.warning}** warnings`,
    `**${m.counts.notice}** notices`,
    `${m.accepted.length} accepted by exceptions`,
    `read ${md(m.fetchedAt, 40)}`,
  ].join(' · ');
}

/** What the summary counts over every hit, counted in one pass. */
interface HitTally {
  /** Findings by category and severity. */
  byCategory: Map<Category, Record<Severity, number>>;
  /** The rules with hits. */
  ruleIds: Set<string>;
  findings: number;
}

function tallyHits(hits: readonly RuleHit[]): HitTally {
  const tally: HitTally = { byCategory: new Map(), ruleIds: new Set(), findings: 0 };
  // Indexed: once per hit, cold.
  for (let i = 0; i < hits.length; i++) {
    const { rule, findings, severity } = hits[i] as RuleHit;
    tally.ruleIds.add(rule.id);
    tally.findings += findings.length;
    const category = rule.category ?? findings[0]?.category;
    if (!category) continue;
    let t = tally.byCategory.get(category);
    if (!t) tally.byCategory.set(category, (t = { error: 0, warning: 0, notice: 0 }));
    // A hit of one finding (most) has its severity.
    if (findings.length === 1) t[severity]++;
    else for (const f of findings) t[f.severity]++;
  }
  return tally;
}

/** Findings by category and severity: where the problems are, in at most four rows. */
function categoryTable({ byCategory }: HitTally): string[] {
  const rows = (Object.keys(CATEGORY_LABEL) as Category[]).flatMap((c) => {
    const t = byCategory.get(c);
    return t ? [`| ${CATEGORY_LABEL[c]} | ${t.error} | ${t.warning} | ${t.notice} |`] : [];
  });
  return rows.length ? ['| Category | Errors | Warnings | Notices |', '|---|---|---|---|', ...rows, ''] : [];
}

/** Inventory notices, skipped checks and policy warnings: what the reader must not miss. */
function attentionLines(m: ReportModel): string[] {
  const lines = [
    ...m.notices.map((n) => `> ⚠️ ${md(n, 500)}`),
    ...m.skipped.map((s) => `> ⏭️ <code>${md(s.ruleId, 80)}</code> (line ${s.location.line}): ${md(s.reason, 400)}`),
    ...m.policyWarnings.map((w) => `> 📝 Policy line ${w.location.line}: ${md(w.message, 400)}`),
  ];
  if (lines.length === 0) return [];
  const shown = lines.slice(0, MAX_ATTENTION_LINES);
  if (lines.length > shown.length)
    shown.push(`> …and ${lines.length - shown.length} more notices, skipped checks and policy warnings (see the annotations and the JSON report).`);
  return [shown.join('\n>\n'), ''];
}

/** The riskiest rows, one line each, with what to do. */
function fixFirst(m: ReportModel, repeats: Repeated): string[] {
  // Each client's first row above notice, riskiest clients first.
  const rows: FindingRow[] = [];
  for (const g of m.groups) {
    if (rows.length === FIX_FIRST_ROWS) break;
    const row = g.rows.find((r) => r[0].severity !== 'notice');
    if (row) rows.push(row);
  }
  if (rows.length === 0) return [];
  const lines = rows.map((r, i) => {
    const { rule, severity, client } = r[0];
    const what = rule.fix ?? rule.description;
    return `${i + 1}. ${SEVERITY_ICON[severity]} **${clientName(client)}**: ${repeats.ruleList(r)}. ${md(what, 300)}`;
  });
  return ['### Fix first', '', ...lines, ''];
}

function findingsSection(title: string, groups: readonly ClientGroup[], collapsed: boolean, repeats: Repeated): Section | undefined {
  let rows = 0;
  // Indexed, no callback: once per client, cold.
  for (let i = 0; i < groups.length; i++) rows += (groups[i] as ClientGroup).rows.length;
  if (rows === 0) return undefined;
  const table = ['| | Client | Rule | What |', '|---|---|---|---|'];
  const count = `${groups.length} client${groups.length === 1 ? '' : 's'}, ${rows} row${rows === 1 ? '' : 's'}`;
  const head = collapsed ? [`<details><summary>${title}: ${count}</summary>`, '', ...table] : [`${title} (${count})`, '', ...table];
  return {
    head: head.join('\n'),
    count: rows,
    rows: findingRows(groups, repeats),
    tail: collapsed ? '\n</details>\n' : '',
    cut: (n) => `_${n} more rows are not shown: the summary would exceed GitHub's size limit (see the JSON report or SARIF)._`,
  };
}

/** The client is named on its first row only. */
function* findingRows(groups: readonly ClientGroup[], repeats: Repeated): Iterable<string> {
  for (const g of groups) for (let i = 0; i < g.rows.length; i++) yield findingRow(g.rows[i] as FindingRow, i === 0, repeats);
}

function findingRow(r: FindingRow, first: boolean, repeats: Repeated): string {
  const { severity } = r[0];
  const client = first ? clientCell(r[0].client, repeats) : '';
  return `| ${SEVERITY_ICON[severity]} ${severity} | ${client} | ${repeats.ruleList(r)} | ${whatCell(r, repeats)} |`;
}

function clientName(c: ClientRef | undefined): string {
  return c ? md(c.label, 120) : 'the org';
}

function clientCell(c: ClientRef | undefined, repeats: Repeated): string {
  if (!c) return '—';
  const facts = [`<code>${md(c.id, 80)}</code>`, repeats.fact(c.grantType, 30), repeats.fact(c.state, 20)];
  if (c.lastUsed) facts.push(`used ${repeats.fact(c.lastUsed, 20)}`);
  else if (c.lastUsed === null) facts.push('unused in the window');
  if (c.allDivisions) facts.push('all divisions');
  if (c.adminEquivalent) facts.push('admin-equivalent');
  return `**${md(c.label, 120)}**<br><sub>${facts.join(' · ')}</sub>`;
}

/** What a render repeats on thousands of rows (rule links, scopes, permissions, roles), escaped once. */
interface Repeated {
  /** The rules of a row's hits, linked. */
  ruleList: (row: FindingRow) => string;
  /** An item or a role: md(text, 100). */
  item: (text: string) => string;
  /** A hit's message: md(text, 300) (rows of different clients often say the same). */
  message: (text: string) => string;
  /** A client's grant type, state or day of last use: md(text, maxLength), of a few values. */
  fact: (text: string, maxLength: number) => string;
}

function repeated(): Repeated {
  const link = remembered(ruleLink);
  return {
    ruleList: (row) => (row.length === 1 ? link(row[0].rule) : row.map((h) => link(h.rule)).join(', ')),
    item: remembered((text: string) => md(text, 100)),
    message: remembered((text: string) => md(text, 300)),
    fact: rememberedByLength(md),
  };
}

/** `make`, computing each key's value once. */
function remembered<K, V>(make: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) known.set(key, (value = make(key)));
    return value;
  };
}

/** `make`, computing each text's value once for each length. */
function rememberedByLength(make: (text: string, maxLength: number) => string): (text: string, maxLength: number) => string {
  const byLength = new Map<number, (text: string) => string>();
  return (text, maxLength) => {
    let of = byLength.get(maxLength);
    if (!of) byLength.set(maxLength, (of = remembered((t: string) => make(t, maxLength))));
    return of(text);
  };
}

/** Built-in ids link to their entry in docs/rules.md; policy and pack-file ids are the reader's own, by line. */
function ruleLink(r: RuleRef): string {
  const id = `<code>${md(r.id, 80)}</code>`;
  if (r.builtIn && r.docsUrl) return `[${id}](${encodeURI(r.docsUrl)})`;
  return `${id} (${r.packFile ? `<code>${md(r.packFile, 200)}</code> ` : ''}line ${r.location.line})`;
}

function whatCell(r: FindingRow, repeats: Repeated): string {
  const { items, message } = r[0];
  if (items.length <= 1 && r.length === 1) return repeats.message(message);
  // Holders are worked out when read (see hit.ts): only for rows that show them.
  const { holders } = r[0];
  const shown = items.slice(0, ITEMS_PER_ROW).map((i) => `<code>${repeats.item(i)}</code>`);
  const more = items.length - shown.length;
  const via = holders.length
    ? ` through ${holders.slice(0, 3).map(repeats.item).join(', ')}${holders.length > 3 ? ` and ${holders.length - 3} more roles` : ''}`
    : '';
  return `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}${via}`;
}

/** Why each rule with findings matters and what to do, once per rule. */
function fixSection(m: ReportModel, { ruleIds }: HitTally): Section | undefined {
  const explained = m.rules.filter((r) => ruleIds.has(r.id) && (r.fix || r.rationale));
  if (explained.length === 0) return undefined;
  return {
    head: [
      `<details><summary>How to fix: ${explained.length} rule${explained.length === 1 ? '' : 's'}</summary>`,
      '',
      '| Rule | Category | OWASP NHI | Why it matters | Fix |',
      '|---|---|---|---|---|',
    ].join('\n'),
    count: explained.length,
    rows: rendered(explained, ruleRow),
    tail: '\n</details>\n',
    cut: (n) => `_${n} more rules are not shown: the summary would exceed GitHub's size limit._`,
  };
}

function ruleRow(r: RuleRef): string {
  const nhi = r.nhi.length ? r.nhi.map((risk) => `${risk} ${NHI_RISKS[risk].title}`).join(', ') : '—';
  return `| ${ruleLink(r)} | ${r.category ? CATEGORY_LABEL[r.category] : '—'} | ${nhi} | ${md(r.rationale ?? r.description, 400)} | ${md(r.fix ?? '', 400)} |`;
}

function acceptedSection(m: ReportModel): Section | undefined {
  if (m.accepted.length === 0) return undefined;
  const n = m.accepted.length;
  return {
    head: [
      `<details><summary>Accepted by exceptions: ${n} finding${n === 1 ? '' : 's'}</summary>`,
      '',
      '| Client | Client id | Rule | Detail | Reason | Owner | Expires |',
      '|---|---|---|---|---|---|---|',
    ].join('\n'),
    count: n,
    rows: rendered(m.accepted, acceptedRow),
    tail: '\n</details>\n',
    cut: (k) => `_${k} more accepted findings are not shown: the summary would exceed GitHub's size limit._`,
  };
}

function acceptedRow(a: AcceptedRow): string {
  return `| ${clientName(a.client)} | ${a.client ? `<code>${md(a.client.id, 80)}</code>` : '—'} | <code>${md(a.ruleId, 80)}</code> | ${md(a.message, 300)} | ${md(a.reason, 300)} | ${md(a.owner, 80)} | ${md(a.expires, 12)} (line ${a.location.line}) |`;
}

/** Every finding, one row per item: what the folded rows stand for. */
function detailSection(m: ReportModel, { findings }: HitTally): Section | undefined {
  if (findings === 0) return undefined;
  return {
    head: [`<details><summary>Every finding: ${findings}</summary>`, '', '| Severity | Client | Rule | Line | Detail |', '|---|---|---|---|---|'].join('\n'),
    count: findings,
    rows: detailRows(m.hits),
    tail: '\n</details>\n',
    cut: (n) => `_${n} more findings are not shown: the summary would exceed GitHub's size limit (see the JSON report or SARIF)._`,
  };
}

function* detailRows(hits: readonly RuleHit[]): Iterable<string> {
  for (const h of hits)
    for (const f of h.findings)
      yield `| ${f.severity} | ${clientName(h.client)} | <code>${md(f.ruleId, 80)}</code> | ${f.location.line} | ${md(f.message, 400)} |`;
}

function inventorySection(clients: readonly ClientRecord[]): Section | undefined {
  if (clients.length === 0) return undefined;
  return {
    head: [
      `<details><summary>Inventory: ${clients.length} OAuth clients</summary>`,
      '',
      '| Client | Client id | Grant type | State | Scopes or roles |',
      '|---|---|---|---|---|',
    ].join('\n'),
    count: clients.length,
    rows: rendered(clients, inventoryRow),
    tail: '\n</details>\n',
    cut: (n) => `_${n} more clients are not shown: the summary would exceed GitHub's size limit (see the inventory CSV or the JSON report)._`,
  };
}

function inventoryRow(c: ClientRecord): string {
  return `| ${md(clientLabel(c), 120)} | <code>${md(c.id, 80)}</code> | ${c.grantType === 'unknown' ? md(c.apiGrantType || 'unknown') : c.grantType} | ${md(c.apiState)} | ${access(c)} |`;
}

function access(c: ClientRecord): string {
  if (c.grantType === 'client-credentials') {
    if (c.roleGrants.length === 0) return '_no roles_';
    return c.roleGrants.map((g) => `${md(g.roleName, 80)} (${g.divisionId === ALL_DIVISIONS ? 'all divisions' : md(g.divisionName, 60)})`).join(', ');
  }
  return c.scopes.length ? c.scopes.map((s) => md(s, 80)).join(', ') : '_no scopes_';
}
