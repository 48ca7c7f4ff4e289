// The job summary: verdict, counts by severity and category, what could not be checked,
// the findings table, how to fix them, accepted findings and the full inventory (both
// collapsed). GitHub drops a step summary over 1 MiB entirely, so the size is measured and
// the largest parts are cut with a visible note.
import type { AuditResult } from '../audit.ts';
import type { AcceptedFinding, Finding } from '../evaluate/findings.ts';
import type { ClientRecord } from '../inventory/types.ts';
import { ALL_DIVISIONS } from '../inventory/types.ts';
import type { Category, Rule } from '../policy/types.ts';
import { clientLabel, md } from './escape.ts';

/** Stay well under GitHub's 1 MiB step-summary limit. */
export const SUMMARY_BUDGET_BYTES = 900 * 1024;

const SEVERITY_ICON = { error: '🔴 error', warning: '🟠 warning', notice: '🔵 notice' } as const;
const CATEGORY_LABEL: Readonly<Record<Category, string>> = {
  'privilege-escalation': 'Privilege escalation',
  'data-access': 'Data access',
  'credential-hygiene': 'Credential hygiene',
  housekeeping: 'Housekeeping',
};

export type SummaryInput = Pick<AuditResult, 'policy' | 'inventory' | 'evaluation' | 'failOn' | 'passed'>;

export function renderSummary(result: SummaryInput, budget = SUMMARY_BUDGET_BYTES): string {
  const head = `${[verdictLine(result), '', countsLine(result), '', ...categoryTable(result.evaluation.findings), ...attentionLines(result)].join('\n')}\n`;
  const { findings, accepted } = result.evaluation;
  const clients = result.inventory.clients;
  // Try the whole report; then shorter tables until it fits.
  for (const [maxFindings, maxAccepted, maxClients] of cutPlan(findings.length, accepted.length, clients.length)) {
    const text =
      head +
      findingsSection(findings, maxFindings) +
      fixSection(result.policy.rules, findings) +
      acceptedSection(accepted, maxAccepted) +
      inventorySection(clients, maxClients);
    if (Buffer.byteLength(text) <= budget) return text;
  }
  return `${head}The findings table is too large for a job summary; see the log and the annotations.\n`;
}

/** Renders a failure before or during the audit (bad policy, API error). */
export function renderFailureSummary(title: string, lines: readonly string[]): string {
  return [`## ⚠️ Genesys Cloud OAuth policy: ${md(title, 300)}`, '', ...lines.map((l) => `- ${md(l, 1000)}`), ''].join('\n');
}

function verdictLine(r: SummaryInput): string {
  const n = r.evaluation.findings.length;
  const threshold = `fail-on: ${r.failOn}`;
  if (r.passed) {
    return n === 0
      ? `## ✅ Genesys Cloud OAuth policy: all ${r.inventory.clients.length} clients pass`
      : `## ✅ Genesys Cloud OAuth policy: passed with ${n} finding${n === 1 ? '' : 's'} below the threshold (${threshold})`;
  }
  return `## ❌ Genesys Cloud OAuth policy: failed (${threshold})`;
}

function countsLine(r: SummaryInput): string {
  const c = r.evaluation.counts;
  return [
    `Policy <code>${md(r.policy.file, 300)}</code>`,
    `${r.inventory.clients.length} clients`,
    `${r.policy.rules.length} rules`,
    `**${c.error}** errors`,
    `**${c.warning}** warnings`,
    `**${c.notice}** notices`,
    `${r.evaluation.accepted.length} accepted by exceptions`,
    `read ${r.inventory.fetchedAt}`,
  ].join(' · ');
}

function categoryTable(findings: readonly Finding[]): string[] {
  const rows = (Object.keys(CATEGORY_LABEL) as Category[])
    .map((cat) => {
      const of = findings.filter((f) => f.category === cat);
      const n = (s: Finding['severity']) => of.filter((f) => f.severity === s).length;
      return of.length ? `| ${CATEGORY_LABEL[cat]} | ${n('error')} | ${n('warning')} | ${n('notice')} |` : '';
    })
    .filter(Boolean);
  return rows.length ? ['| Category | Errors | Warnings | Notices |', '|---|---|---|---|', ...rows, ''] : [];
}

/** Inventory notices, skipped checks and policy warnings: what the reader must not miss. */
function attentionLines(r: SummaryInput): string[] {
  const lines = [
    ...r.inventory.notices.map((n) => `> ⚠️ ${md(n, 500)}`),
    ...r.evaluation.skipped.map((s) => `> ⏭️ <code>${md(s.ruleId, 80)}</code> (line ${s.location.line}): ${md(s.reason, 400)}`),
    ...r.policy.warnings.map((w) => `> 📝 Policy line ${w.location.line}: ${md(w.message, 400)}`),
  ];
  return lines.length ? [lines.join('\n>\n'), ''] : [];
}

function cutPlan(findings: number, accepted: number, clients: number): Array<[number, number, number]> {
  const plan: Array<[number, number, number]> = [
    [findings, accepted, clients],
    [findings, accepted, 0],
    [findings, Math.min(accepted, 200), 0],
  ];
  for (const f of [2000, 1000, 500, 200, 100]) plan.push([Math.min(findings, f), 0, 0]);
  return plan;
}

function findingsSection(findings: readonly Finding[], max: number): string {
  if (findings.length === 0) return '';
  const rows = findings.slice(0, max).map(
    (f) =>
      `| ${SEVERITY_ICON[f.severity]} | ${f.client ? md(clientLabel(f.client), 120) : '—'} | ${f.client?.grantType ?? '—'} | <code>${md(f.ruleId, 80)}</code> (line ${f.location.line}) | ${md(f.message, 400)} |`,
  );
  const cut = findings.length > max ? `\n_${findings.length - max} more findings are not shown: the summary would exceed GitHub's size limit._\n` : '';
  return ['### Findings', '', '| Severity | Client | Grant type | Rule | Detail |', '|---|---|---|---|---|', ...rows, cut, ''].join('\n');
}

/** Why each rule with findings matters and what to do, once per rule. */
function fixSection(rules: readonly Rule[], findings: readonly Finding[]): string {
  const ids = new Set(findings.map((f) => f.ruleId));
  const explained = rules.filter((r) => ids.has(r.id) && (r.fix || r.rationale));
  if (explained.length === 0) return '';
  const rows = explained.map(
    (r) => `| <code>${md(r.id, 80)}</code> | ${r.category ? CATEGORY_LABEL[r.category] : '—'} | ${md(r.rationale ?? r.description, 400)} | ${md(r.fix ?? '', 400)} |`,
  );
  return [`<details><summary>How to fix: ${explained.length} rule${explained.length === 1 ? '' : 's'}</summary>`, '', '| Rule | Category | Why it matters | Fix |', '|---|---|---|---|', ...rows, '', '</details>', ''].join('\n');
}

function acceptedSection(accepted: readonly AcceptedFinding[], max: number): string {
  if (accepted.length === 0) return '';
  if (max === 0) return `_${accepted.length} findings accepted by exceptions are omitted: the summary would exceed GitHub's size limit._\n`;
  const rows = accepted.slice(0, max).map(
    ({ finding: f, exception: e }) =>
      `| ${f.client ? md(clientLabel(f.client), 120) : '—'} | <code>${md(f.ruleId, 80)}</code> | ${md(f.message, 300)} | ${md(e.reason, 300)} | ${md(e.owner, 80)} | ${e.expires} (line ${e.location.line}) |`,
  );
  const cut = accepted.length > max ? `\n_${accepted.length - max} more are not shown._\n` : '';
  return [
    `<details><summary>Accepted by exceptions: ${accepted.length} finding${accepted.length === 1 ? '' : 's'}</summary>`,
    '',
    '| Client | Rule | Detail | Reason | Owner | Expires |',
    '|---|---|---|---|---|---|',
    ...rows,
    cut,
    '</details>',
    '',
  ].join('\n');
}

function inventorySection(clients: readonly ClientRecord[], max: number): string {
  if (max === 0) {
    return clients.length ? `_The inventory of ${clients.length} clients is omitted: the summary would exceed GitHub's size limit._\n` : '';
  }
  const rows = clients.slice(0, max).map(
    (c) => `| ${md(clientLabel(c), 120)} | ${c.grantType === 'unknown' ? md(c.apiGrantType || 'unknown') : c.grantType} | ${md(c.apiState)} | ${access(c)} |`,
  );
  return [
    `<details><summary>Inventory: ${clients.length} OAuth clients</summary>`,
    '',
    '| Client | Grant type | State | Scopes or roles |',
    '|---|---|---|---|',
    ...rows,
    '',
    '</details>',
    '',
  ].join('\n');
}

function access(c: ClientRecord): string {
  if (c.grantType === 'client-credentials') {
    if (c.roleGrants.length === 0) return '_no roles_';
    return c.roleGrants.map((g) => `${md(g.roleName, 80)} (${g.divisionId === ALL_DIVISIONS ? 'all divisions' : md(g.divisionName, 60)})`).join(', ');
  }
  return c.scopes.length ? c.scopes.map((s) => md(s, 80)).join(', ') : '_no scopes_';
}
