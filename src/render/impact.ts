// The impact of a policy change, in markdown: for the job summary and the sticky pull
// request comment. Loosening comes first and is as loud as tightening: a reviewer must see
// when a change hides a real problem.
import type { Finding } from '../evaluate/findings.ts';
import type { Impact, SilenceReason } from '../gate/impact.ts';
import type { LooseningMode, LooseningVerdict } from '../gate/loosening.ts';
import type { PolicyChange } from '../gate/policy-diff.ts';
import type { FailOn, Severity } from '../policy/types.ts';
import { clientLabel, md } from './escape.ts';

export interface ImpactReport {
  policyFile: string;
  baseSha: string;
  headSha: string;
  /** How the base policy was found. */
  base: 'loaded' | 'absent' | 'invalid' | 'unreadable';
  changes: readonly PolicyChange[];
  /** Undefined when the live evaluation was skipped or the base could not be compared. */
  impact?: Impact;
  /** Why the org was not read (no credentials); undefined when it was. */
  skippedReason?: string;
  loosening: LooseningVerdict;
  mode: LooseningMode;
  label: string;
  /** The head policy's own verdict, as on any run. */
  head: { passed: boolean; failOn: FailOn; counts: Record<Severity, number> } | undefined;
}

/** Where the text goes: the job summary (counted in UTF-8 bytes) or a comment (characters). */
export type Measure = (text: string) => number;

/**
 * The report in `budget` (as `measure` counts): tables shorten until it fits, with a note of
 * what was cut. The verdict and the loosening banner come first and are always kept.
 */
export function renderImpact(report: ImpactReport, budget: number, measure: Measure = (t) => t.length): string {
  for (const rows of [200, 50, 20, 5, 0]) {
    const text = renderWith(report, rows);
    if (measure(text) <= budget) return text;
  }
  return `${[header(report), '', ...looseningBanner(report, 3), ...baseNote(report)].join('\n').trimEnd()}\n\n_The details do not fit here (${report.changes.length} policy changes)._\n`;
}

function renderWith(r: ImpactReport, maxRows: number): string {
  const parts = [header(r), '', ...looseningBanner(r, Math.max(maxRows, 3)), ...baseNote(r)];
  if (r.impact) {
    const i = r.impact;
    parts.push(countsTable(i), '');
    parts.push(
      ...section(
        '🔓 Silenced by this change',
        i.silenced.map((s) => [...findingCells(s.finding), how(s.reason)]),
        ['Severity', 'Client', 'Rule', 'Finding', 'How it is silenced'],
        maxRows,
      ),
    );
    parts.push(
      ...section(
        '🔻 Severity lowered',
        i.severityLowered.map((c) => [`${c.before.severity} → ${c.after.severity}`, ...findingCells(c.after).slice(1)]),
        ['Severity', 'Client', 'Rule', 'Finding'],
        maxRows,
      ),
    );
    parts.push(...section('➕ Added by this change', i.added.map(findingCells), ['Severity', 'Client', 'Rule', 'Finding'], maxRows));
    parts.push(
      ...section(
        '🔺 Severity raised',
        i.severityRaised.map((c) => [`${c.before.severity} → ${c.after.severity}`, ...findingCells(c.after).slice(1)]),
        ['Severity', 'Client', 'Rule', 'Finding'],
        maxRows,
      ),
    );
    parts.push(...section('✅ Resolved', i.resolved.map(findingCells), ['Severity', 'Client', 'Rule', 'Finding'], maxRows));
  } else if (r.skippedReason !== undefined) {
    parts.push(
      `> ⏭️ **The live evaluation was skipped**: ${md(r.skippedReason, 500)}. Only the two policy files were compared, so the effect on the org's findings is unknown.`,
      '',
    );
  }
  parts.push(...changesList(r.changes, maxRows));
  return `${parts.join('\n').trimEnd()}\n`;
}

function header(r: ImpactReport): string {
  // The title says both halves of the gate's verdict, from the same change list as the banner.
  const v = r.loosening;
  const loosening = !v.loosens
    ? '✅ does not loosen the policy'
    : v.blocks
      ? '❌ loosens the policy (needs the label)'
      : v.acknowledged
        ? '⚠️ loosens the policy (acknowledged)'
        : '⚠️ loosens the policy';
  const headVerdict = !r.head ? 'the org was not evaluated' : r.head.passed ? 'the head policy passes' : `the head policy fails (fail-on: ${r.head.failOn})`;
  const verdict = `${loosening} · ${headVerdict}`;
  const counts = r.head ? ` · ${r.head.counts.error} errors, ${r.head.counts.warning} warnings, ${r.head.counts.notice} notices` : '';
  return [
    `## 🔍 OAuth policy change: ${verdict}`,
    '',
    `Policy <code>${md(r.policyFile, 200)}</code> · base <code>${md(r.baseSha.slice(0, 7), 7)}</code> → head <code>${md(r.headSha.slice(0, 7), 7)}</code>${counts}`,
  ].join('\n');
}

function looseningBanner(r: ImpactReport, maxReasons: number): string[] {
  const v = r.loosening;
  if (!v.loosens) return ['> ✅ This change does not loosen the policy.', ''];
  const why = v.reasons.slice(0, maxReasons).map((reason) => `> - ${md(reason, 400)}`);
  if (v.reasons.length > maxReasons) why.push(`> - …and ${v.reasons.length - maxReasons} more (not shown: too long)`);
  const label = `<code>${md(r.label, 100)}</code>`;
  const ask = v.acknowledged
    ? `> Acknowledged: the pull request has the label ${label}.`
    : r.mode === 'require-label'
      ? `> ❌ It needs the label ${label} (added by a reviewer who accepts it) before the check passes.`
      : '> Reviewers: make sure this is intended.';
  return ['> ⚠️ **This change loosens the policy:**', ...why, '>', ask, ''];
}

function baseNote(r: ImpactReport): string[] {
  if (r.base === 'absent') return ['> The policy file is new in this pull request: everything it reports counts as added.', ''];
  const what = r.base === 'invalid' ? 'is invalid' : r.base === 'unreadable' ? 'could not be read' : undefined;
  if (!what) return [];
  const shown = r.head ? " The head policy's own evaluation of the org is shown instead." : '';
  return [`> ❗ The base policy ${what}, so nothing could be compared with it: the change counts as loosening.${shown}`, ''];
}

function countsTable(i: Impact): string {
  return [
    "| Effect on the org's findings | Count |",
    '|---|---|',
    `| 🔓 Silenced | ${i.silenced.length} |`,
    `| 🔻 Severity lowered | ${i.severityLowered.length} |`,
    `| ➕ Added | ${i.added.length} |`,
    `| 🔺 Severity raised | ${i.severityRaised.length} |`,
    `| ✅ Resolved | ${i.resolved.length} |`,
  ].join('\n');
}

function findingCells(f: Finding): string[] {
  return [f.severity, f.client ? md(clientLabel(f.client), 100) : '—', `<code>${md(f.ruleId, 80)}</code>`, md(f.message, 300)];
}

function how(reason: SilenceReason): string {
  switch (reason.kind) {
    case 'exception':
      return `exception until ${reason.exception.expires} (${md(reason.exception.owner, 60)}): ${md(reason.exception.reason, 200)}`;
    case 'rule-removed':
      return 'its rule is removed or turned off';
    case 'rule-loosened':
      return 'its rule no longer reports it';
    case 'client-approved':
      return 'the client is now approved as it is';
  }
}

function section(title: string, rows: string[][], header: string[], maxRows: number): string[] {
  if (rows.length === 0) return [];
  const shown = rows.slice(0, maxRows);
  const more = rows.length - shown.length;
  return [
    `### ${title} (${rows.length})`,
    '',
    ...(shown.length ? [`| ${header.join(' | ')} |`, `|${header.map(() => '---|').join('')}`, ...shown.map((cells) => `| ${cells.join(' | ')} |`)] : []),
    ...(more > 0 ? ['', `_…and ${more} more (not shown: too long)._`] : []),
    '',
  ];
}

function changesList(changes: readonly PolicyChange[], maxRows: number): string[] {
  if (changes.length === 0) return ['_The two policy files evaluate the same way._'];
  // Loosening first: a cut hides the changes that do not loosen before any that do.
  const sorted = [...changes].sort((a, b) => Number(b.loosens) - Number(a.loosens));
  const shown = sorted.slice(0, Math.max(maxRows, 3));
  const hidden = sorted.slice(shown.length);
  const hiddenLoosening = hidden.filter((c) => c.loosens).length;
  return [
    '### Policy changes',
    '',
    ...shown.map((c) => `- ${c.loosens ? '⚠️ ' : ''}${md(c.description, 400)}${c.location ? ` (line ${c.location.line})` : ''}`),
    ...(hidden.length ? ['', `_…and ${hidden.length} more changes, ${hiddenLoosening} of them loosening (not shown: too long)._`] : []),
    '',
  ];
}
