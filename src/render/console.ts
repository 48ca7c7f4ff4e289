// The terminal report of the CLI: the verdict first and last, findings grouped by client in
// risk order as in the job summary (one entry per client × rule, items folded in), notes,
// accepted findings and the inventory. On a terminal every line fits its width (words wrap,
// over-long words break); no line can start a workflow command, whatever a client is called.
import { ALL_DIVISIONS, type ClientRecord } from '../inventory/types.ts';
import { clientLabel, noCommand, plain } from './escape.ts';
import type { ClientRef, FindingRow, ReportModel } from './model.ts';

export interface ConsoleOptions {
  color: boolean;
  /** Terminal columns; undefined (not a terminal) leaves lines unwrapped. */
  width?: number;
}

/** Narrower terminals still get this many columns (a line can only be so short). */
const MIN_WIDTH = 20;

export function renderConsole(m: ReportModel, opts: ConsoleOptions): string {
  const paint = painter(opts.color);
  const width = opts.width === undefined ? Infinity : Math.max(MIN_WIDTH, Math.floor(opts.width));
  const out: string[] = [];
  // Continuation lines are always indented, so a wrapped word never starts a line bare.
  const emit = (text: string, indent = 0, color?: Color, hang = Math.max(2, indent)) => {
    for (const line of wrap(text, width, indent, hang)) out.push(color ? paint(color, noCommand(line)) : noCommand(line));
  };
  const verdict = verdictText(m);
  emit(verdict, 0, m.passed ? 'green' : 'red');
  out.push('');
  if (m.groups.length) {
    const rows = m.groups.reduce((n, g) => n + g.rows.length, 0);
    emit(`Findings by client: ${m.groups.length} clients, ${rows} entries`, 0, 'bold');
    for (const g of m.groups) {
      out.push('');
      emit(`● ${clientLine(g.client)}`, 0, 'bold', 2);
      for (const r of g.rows) {
        emit(
          `${r[0].severity.padEnd(8)} ${r.map(({ rule }) => `${rule.id} (${rule.location.file}:${rule.location.line})`).join(', ')}`,
          2,
          colorOf(r[0].severity),
          11,
        );
        emit(detail(r), 11);
      }
    }
    out.push('');
  }
  const attention = [
    ...m.notices.map((n) => `note: ${plain(n, 500)}`),
    ...m.skipped.map((s) => `skipped: ${s.ruleId} (${s.location.file}:${s.location.line}): ${plain(s.reason, 400)}`),
    ...m.policyWarnings.map((w) => `policy warning: ${w.location.file}:${w.location.line}:${w.location.column}: ${plain(w.message, 400)}`),
  ];
  for (const line of attention) emit(line, 0, 'yellow', 2);
  if (attention.length) out.push('');
  if (m.accepted.length) {
    emit(`Accepted by exceptions: ${m.accepted.length}`, 0, 'bold');
    for (const a of m.accepted) {
      const who = a.client ? `${plain(a.client.label, 60)} (${plain(a.client.id, 60)})` : 'the org';
      emit(
        `${who}: ${a.ruleId}${a.subject ? ` ${plain(a.subject, 80)}` : ''}; until ${a.expires}; ${plain(a.reason, 200)} (${plain(a.owner, 60)}; ${a.location.file}:${a.location.line})`,
        2,
        undefined,
        4,
      );
    }
    out.push('');
  }
  emit(`Inventory: ${m.clientCount} OAuth clients`, 0, 'bold');
  for (const c of m.clients) emit(inventoryLine(c), 2, undefined, 4);
  out.push('');
  emit(verdict, 0, m.passed ? 'green' : 'red');
  return `${out.join('\n')}\n`;
}

function verdictText(m: ReportModel): string {
  const c = m.counts;
  const counts = `${c.error} errors, ${c.warning} warnings, ${c.notice} notices, ${m.accepted.length} accepted (fail-on: ${m.failOn}; policy ${plain(m.policyFile, 200)}, ${m.rules.length} rules; ${m.clientCount} clients)`;
  return m.passed ? `PASS: ${counts}` : `FAIL: ${m.failing} at or above fail-on: ${counts}`;
}

function clientLine(c: ClientRef | undefined): string {
  if (!c) return 'the org';
  const facts = [c.id, c.grantType, c.state];
  if (c.lastUsed) facts.push(`used ${c.lastUsed}`);
  else if (c.lastUsed === null) facts.push('unused in the window');
  if (c.allDivisions) facts.push('all divisions');
  if (c.adminEquivalent) facts.push('admin-equivalent');
  return `${plain(c.label, 100)} (${facts.map((f) => plain(f, 60)).join(', ')})`;
}

function detail(r: FindingRow): string {
  const { items, message } = r[0];
  if (items.length <= 1 && r.length === 1) return plain(message, 300);
  const { holders } = r[0];
  const via = holders.length ? ` through ${holders.map((h) => plain(h, 100)).join(', ')}` : '';
  return `${items.map((i) => plain(i, 120)).join(', ')}${via}`;
}

function inventoryLine(c: ClientRecord): string {
  const access =
    c.grantType === 'client-credentials'
      ? c.roleGrants.map((g) => `${plain(g.roleName, 40)} (${g.divisionId === ALL_DIVISIONS ? 'all divisions' : plain(g.divisionName, 30)})`).join(', ')
      : c.scopes.map((s) => plain(s, 60)).join(', ');
  const grant = c.grantType === 'unknown' ? plain(c.apiGrantType || 'unknown', 30) : c.grantType;
  return `${plain(clientLabel(c), 60)} (${plain(c.id, 60)}): ${grant}, ${plain(c.apiState, 20)}; ${access || '-'}`;
}

/** Lines of at most `width` columns: the first indented by `indent`, the rest by `hang`. */
export function wrap(text: string, width: number, indent = 0, hang = indent): string[] {
  if (!Number.isFinite(width)) return [' '.repeat(indent) + text];
  const lines: string[] = [];
  let pad = Math.min(indent, width - 1);
  let line = '';
  let used = pad;
  const flush = () => {
    lines.push(' '.repeat(pad) + line.trimEnd());
    pad = Math.min(hang, width - 1);
    line = '';
    used = pad;
  };
  for (const word of text.split(' ')) {
    const w = displayWidth(word);
    const sep = line ? 1 : 0;
    if (used + sep + w <= width) {
      line += (sep ? ' ' : '') + word;
      used += sep + w;
      continue;
    }
    if (line) flush();
    // A word longer than the room breaks wherever the room ends.
    for (const ch of word) {
      const cw = displayWidth(ch);
      if (used + cw > width && line) flush();
      line += ch;
      used += cw;
    }
  }
  if (line || lines.length === 0) flush();
  return lines;
}

/** Columns a string takes: East Asian wide and emoji characters take two, joiners and marks none. */
export function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    n += ZERO_WIDTH.test(ch) ? 0 : cp >= 0x1100 && isWide(cp) ? 2 : 1;
  }
  return n;
}

const ZERO_WIDTH = /^(?:[\u0300-\u036f]|[\u200b-\u200f]|\u2060|[\ufe00-\ufe0f])$/;

function isWide(cp: number): boolean {
  return (
    cp <= 0x115f ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

type Color = 'bold' | 'red' | 'yellow' | 'blue' | 'green';
const CODES: Record<Color, string> = { bold: '1', red: '31', yellow: '33', blue: '34', green: '32' };

function painter(enabled: boolean): (color: Color, text: string) => string {
  return (color, text) => (enabled ? `\u001b[${CODES[color]}m${text}\u001b[0m` : text);
}

function colorOf(severity: string): Color {
  return severity === 'error' ? 'red' : severity === 'warning' ? 'yellow' : 'blue';
}
