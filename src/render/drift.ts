// "Since the last run": the drift section of the job summary and of the tracking issue.
// Client names are untrusted: every one goes through md().
import type { Drift } from '../drift/compare.ts';
import type { Finding } from '../evaluate/findings.ts';
import { md } from './escape.ts';

/** Rows per table before the rest is counted, not listed: the section stays one screen. */
const MAX_ROWS = 25;

export function renderDrift(drift: Drift, failOnNew: boolean): string {
  const { baseline } = drift;
  if (baseline.kind !== 'ok') {
    const why = baseline.kind === 'none' ? `No baseline: ${baseline.reason}.` : `The saved baseline was ignored: ${baseline.reason}.`;
    return `### Since the last run\n\n${why} Every finding counts as new${failOnNew ? ' for `fail-on-new`' : ''}; the next run compares with this one.\n`;
  }
  const blocks = [
    `### Since the last run (${md(baseline.state.at.slice(0, 16).replace('T', ' '), 40)} UTC)`,
    `**${drift.newFindings.length} new**, ${drift.resolved.length} resolved, ${drift.unchanged} unchanged${drift.approximate ? ' (the saved baseline was cut to fit, so some "new" findings may be old)' : ''}.`,
  ];
  if (drift.newFindings.length) blocks.push(table('| New finding | Client | Severity |\n|---|---|---|', drift.newFindings.map(newRow)));
  if (drift.resolved.length)
    blocks.push(
      table(
        '| Resolved | Client |\n|---|---|',
        drift.resolved.map((f) => `| \`${md(f.rule, 80)}\` | ${client(f.clientName, f.clientId)} |`),
      ),
    );
  if (drift.newClients?.length) blocks.push(`New clients: ${list(drift.newClients.map((c) => client(c.name, c.id)))}.`);
  const grew = drift.accessChanged?.filter((c) => c.grew) ?? [];
  const changed = drift.accessChanged?.filter((c) => !c.grew) ?? [];
  if (grew.length) blocks.push(`Access grew: ${list(grew.map((c) => `${client(c.name, c.id)} (${c.itemsBefore} → ${c.itemsAfter} grants)`))}.`);
  if (changed.length) blocks.push(`Access changed: ${list(changed.map((c) => client(c.name, c.id)))}.`);
  if (drift.newClients === undefined)
    blocks.push('_New clients and access changes are not tracked: the saved baseline has no client list (an org too large to remember)._');
  return `${blocks.join('\n\n')}\n`;
}

function table(head: string, lines: string[]): string {
  const shown = lines.slice(0, MAX_ROWS).join('\n');
  return lines.length > MAX_ROWS ? `${head}\n${shown}\n\n_…and ${lines.length - MAX_ROWS} more in the job summary._` : `${head}\n${shown}`;
}

function newRow(f: Finding): string {
  return `| \`${md(f.ruleId, 80)}\`${f.subject ? ` ${md(f.subject, 80)}` : ''} | ${f.client ? client(f.client.name, f.client.id) : '—'} | ${f.severity} |`;
}

function client(name: string, id: string): string {
  return `${md(name || '(unnamed)', 80)} (\`${md(id, 40)}\`)`;
}

function list(items: string[]): string {
  return items.length > MAX_ROWS ? `${items.slice(0, MAX_ROWS).join(', ')} and ${items.length - MAX_ROWS} more` : items.join(', ');
}
