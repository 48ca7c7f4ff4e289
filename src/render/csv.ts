// The inventory as CSV for people who live in spreadsheets: one row per client with what it
// can do and what the audit found. RFC 4180 (CRLF, quotes doubled, fields with a comma, quote
// or line break quoted); a cell that a spreadsheet would run as a formula (starting with
// = + - @, tab or carriage return) is prefixed with an apostrophe, as OWASP advises.
// A cell starting with `:` or `#` is quoted, so no line of the file is a workflow command.
import type { ClientRecord } from '../inventory/types.ts';
import { holderLabel } from './holders.ts';
import { noCommand } from './escape.ts';
import type { ReportModel } from './model.ts';

export const CSV_COLUMNS = [
  'id',
  'name',
  'description',
  'grant_type',
  'state',
  'roles',
  'scopes',
  'redirect_uris',
  'token_lifetime_seconds',
  'date_created',
  'date_modified',
  'last_used',
  'errors',
  'warnings',
  'notices',
  'rules',
] as const;

export function renderInventoryCsv(m: ReportModel): string {
  const byClient = new Map<string, { error: number; warning: number; notice: number; rules: Set<string> }>();
  for (const h of m.hits) {
    if (!h.client) continue;
    let tally = byClient.get(h.client.id);
    if (!tally) byClient.set(h.client.id, (tally = { error: 0, warning: 0, notice: 0, rules: new Set() }));
    tally[h.severity] += h.findings.length;
    tally.rules.add(h.rule.id);
  }
  const rows = m.clients.map((c) => {
    const t = byClient.get(c.id);
    return [
      c.id,
      c.name,
      c.description,
      c.grantType === 'unknown' ? c.apiGrantType : c.grantType,
      c.apiState,
      roles(c),
      c.scopes.join('; '),
      c.redirectUris.join('; '),
      String(c.tokenLifetimeSeconds),
      c.dateCreated ?? '',
      c.dateModified ?? '',
      c.lastUsed === undefined ? '' : (c.lastUsed ?? 'none in window'),
      String(t?.error ?? 0),
      String(t?.warning ?? 0),
      String(t?.notice ?? 0),
      [...(t?.rules ?? [])].join('; '),
    ];
  });
  return [[...CSV_COLUMNS], ...rows].map((r) => `${r.map(csvCell).join(',')}\r\n`).join('');
}

function roles(c: ClientRecord): string {
  return c.roleGrants.map(holderLabel).join('; ');
}

export function csvCell(value: string): string {
  const formulaSafe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  // A line break inside a quoted cell starts a new line of the file: that line may not be a command either.
  const safe = formulaSafe.replace(/(\r\n|\r|\n)([^\r\n]*)/g, (_m, br: string, rest: string) => br + noCommand(rest));
  // Quoted also when a line could start with it as a workflow command (`::`, `##[`).
  return /[",\r\n]|^[:#]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
