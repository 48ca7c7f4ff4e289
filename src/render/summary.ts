// The job summary: verdict, counts, findings table and the full inventory (collapsed).
// GitHub drops a step summary over 1 MiB entirely, so the size is measured and the
// largest parts are cut with a visible note.
import type { AuditResult } from '../audit.ts';
import type { Finding } from '../evaluate/findings.ts';
import type { ClientRecord } from '../inventory/types.ts';
import { ALL_DIVISIONS } from '../inventory/types.ts';
import { md } from './escape.ts';

/** Stay well under GitHub's 1 MiB step-summary limit. */
export const SUMMARY_BUDGET_BYTES = 900 * 1024;

const SEVERITY_ICON = { error: '🔴 error', warning: '🟠 warning', notice: '🔵 notice' } as const;

export function renderSummary(result: AuditResult, budget = SUMMARY_BUDGET_BYTES): string {
  const head = [verdictLine(result), '', countsLine(result), '', ...noticeLines(result.inventory.notices)].join('\n');
  const findings = result.evaluation.findings;
  const clients = result.inventory.clients;
  // Try the whole report; then shorter tables until it fits.
  for (const [maxFindings, maxClients] of cutPlan(findings.length, clients.length)) {
    const text = head + findingsSection(findings, maxFindings) + inventorySection(clients, maxClients);
    if (Buffer.byteLength(text) <= budget) return text;
  }
  return `${head}The findings table is too large for a job summary; see the log and the annotations.\n`;
}

/** Renders a failure before or during the audit (bad policy, API error). */
export function renderFailureSummary(title: string, lines: readonly string[]): string {
  return [`## ⚠️ Genesys Cloud OAuth policy: ${md(title, 300)}`, '', ...lines.map((l) => `- ${md(l, 1000)}`), ''].join('\n');
}

function verdictLine(r: AuditResult): string {
  const n = r.evaluation.findings.length;
  const threshold = r.failOn === 'never' ? 'fail-on: never' : `fail-on: ${r.failOn}`;
  if (r.passed) {
    return n === 0
      ? `## ✅ Genesys Cloud OAuth policy: all ${r.inventory.clients.length} clients pass`
      : `## ✅ Genesys Cloud OAuth policy: passed with ${n} finding${n === 1 ? '' : 's'} below the threshold (${threshold})`;
  }
  return `## ❌ Genesys Cloud OAuth policy: failed (${threshold})`;
}

function countsLine(r: AuditResult): string {
  const c = r.evaluation.counts;
  return [
    `Policy <code>${md(r.policy.file, 300)}</code>`,
    `${r.inventory.clients.length} clients`,
    `**${c.error}** errors`,
    `**${c.warning}** warnings`,
    `**${c.notice}** notices`,
    `read ${md(r.inventory.fetchedAt)}`,
  ].join(' · ');
}

function noticeLines(notices: readonly string[]): string[] {
  return notices.length ? [...notices.map((n) => `> ⚠️ ${md(n, 500)}`), ''] : [];
}

function cutPlan(findings: number, clients: number): Array<[number, number]> {
  const plan: Array<[number, number]> = [[findings, clients]];
  for (const f of [2000, 1000, 500, 200, 100]) plan.push([Math.min(findings, f), 0]);
  return plan;
}

function findingsSection(findings: readonly Finding[], max: number): string {
  if (findings.length === 0) return '';
  const rows = findings.slice(0, max).map(
    (f) =>
      `| ${SEVERITY_ICON[f.severity]} | ${f.client ? md(f.client.name, 120) : '—'} | ${f.client?.grantType ?? '—'} | <code>${md(f.ruleId, 80)}</code> | ${md(f.message, 400)} |`,
  );
  const cut = findings.length > max ? `\n_${findings.length - max} more findings are not shown: the summary would exceed GitHub's size limit._\n` : '';
  return ['### Findings', '', '| Severity | Client | Grant type | Rule | Detail |', '|---|---|---|---|---|', ...rows, cut, ''].join('\n');
}

function inventorySection(clients: readonly ClientRecord[], max: number): string {
  if (max === 0) {
    return clients.length ? `_The inventory of ${clients.length} clients is omitted: the summary would exceed GitHub's size limit._\n` : '';
  }
  const rows = clients.slice(0, max).map(
    (c) => `| ${md(c.name, 120)} | ${c.grantType === 'unknown' ? md(c.apiGrantType || 'unknown') : c.grantType} | ${md(c.apiState)} | ${access(c)} |`,
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
    return c.roleGrants
      .map((g) => `${md(g.roleName, 80)} (${g.divisionId === ALL_DIVISIONS ? 'all divisions' : md(g.divisionName, 60)})`)
      .join(', ');
  }
  return c.scopes.length ? c.scopes.map((s) => md(s, 80)).join(', ') : '_no scopes_';
}
