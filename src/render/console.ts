// The terminal report of the CLI: verdict, findings table and inventory table.
import type { AuditResult } from '../audit.ts';
import { ALL_DIVISIONS, type ClientRecord } from '../inventory/types.ts';
import { clientLabel, plain } from './escape.ts';

export function renderConsole(result: AuditResult, opts: { color: boolean }): string {
  const paint = painter(opts.color);
  const { evaluation, inventory } = result;
  const lines: string[] = [];
  lines.push(paint('bold', `Inventory: ${inventory.clients.length} OAuth clients`), '');
  lines.push(...table(['Client', 'Grant type', 'State', 'Scopes or roles'], inventory.clients.map(inventoryRow)), '');
  if (evaluation.findings.length) {
    lines.push(paint('bold', `Findings: ${evaluation.findings.length}`), '');
    const rows = evaluation.findings.map((f) => [
      f.severity,
      f.client ? plain(clientLabel(f.client), 40) : '-',
      f.client?.grantType ?? '-',
      f.ruleId,
      `${plain(f.message, 300)} (${f.location.file}:${f.location.line})`,
    ]);
    lines.push(...table(['Severity', 'Client', 'Grant type', 'Rule', 'Detail'], rows, (row, text) => paint(colorOf(row[0]), text)), '');
  }
  if (evaluation.accepted.length) {
    lines.push(paint('bold', `Accepted by exceptions: ${evaluation.accepted.length}`), '');
    const rows = evaluation.accepted.map(({ finding: f, exception: e }) => [
      f.client ? plain(clientLabel(f.client), 40) : '-',
      f.ruleId,
      plain(f.subject ?? '-', 50),
      e.expires,
      `${plain(e.reason, 120)} (${plain(e.owner, 40)}; ${e.location.file}:${e.location.line})`,
    ]);
    lines.push(...table(['Client', 'Rule', 'Subject', 'Expires', 'Reason'], rows), '');
  }
  const attention = [
    ...inventory.notices.map((n) => `note: ${plain(n, 500)}`),
    ...evaluation.skipped.map((s) => `skipped: ${s.ruleId} (${s.location.file}:${s.location.line}): ${plain(s.reason, 400)}`),
    ...result.policy.warnings.map((w) => `policy warning: ${w.location.file}:${w.location.line}:${w.location.column}: ${plain(w.message, 400)}`),
  ];
  for (const line of attention) lines.push(paint('yellow', line));
  if (attention.length) lines.push('');
  const c = evaluation.counts;
  const verdict = result.passed ? paint('green', 'PASS') : paint('red', 'FAIL');
  lines.push(
    `${verdict}: ${c.error} errors, ${c.warning} warnings, ${c.notice} notices, ${evaluation.accepted.length} accepted (fail-on: ${result.failOn}; policy ${result.policy.file}, ${result.policy.rules.length} rules)`,
  );
  return `${lines.join('\n')}\n`;
}

function inventoryRow(c: ClientRecord): string[] {
  const access =
    c.grantType === 'client-credentials'
      ? c.roleGrants.map((g) => `${plain(g.roleName, 40)} (${g.divisionId === ALL_DIVISIONS ? 'all divisions' : plain(g.divisionName, 30)})`).join(', ')
      : c.scopes.map((s) => plain(s, 60)).join(', ');
  return [plain(clientLabel(c), 40), c.grantType === 'unknown' ? plain(c.apiGrantType || 'unknown', 30) : c.grantType, plain(c.apiState, 20), access || '-'];
}

/** Columns padded to their widest cell; the last column is left free to wrap. */
function table(header: string[], rows: string[][], decorate?: (row: string[], text: string) => string): string[] {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const fmt = (cells: string[]) =>
    cells.map((cell, i) => (i === cells.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - width(cell)))).join('  ');
  return [fmt(header), fmt(widths.map((w, i) => '-'.repeat(i === widths.length - 1 ? Math.min(w, 40) : w))), ...rows.map((r) => (decorate ? decorate(r, fmt(r)) : fmt(r)))];
}

function width(text: string): number {
  return Array.from(text).length;
}

type Color = 'bold' | 'red' | 'yellow' | 'blue' | 'green';
const CODES: Record<Color, string> = { bold: '1', red: '31', yellow: '33', blue: '34', green: '32' };

function painter(enabled: boolean): (color: Color, text: string) => string {
  return (color, text) => (enabled ? `\u001b[${CODES[color]}m${text}\u001b[0m` : text);
}

function colorOf(severity: string | undefined): Color {
  return severity === 'error' ? 'red' : severity === 'warning' ? 'yellow' : 'blue';
}
