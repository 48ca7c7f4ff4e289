// `test` output for a terminal: one line per test, what differs under a failed one, the
// rules no test exercises, and the closing count. Names come from the test file and the
// policy (reviewed text) but still go through plain(): no control characters, no `::`.
import type { TestFileResult } from '../policy-test/run.ts';
import { plain } from './escape.ts';

export function renderPolicyTests(results: readonly TestFileResult[], ruleIds: readonly string[]): string {
  const lines: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const r of results) {
    lines.push(plain(r.file, 300));
    for (const o of r.outcomes) {
      if (o.passed) passed++;
      else failed++;
      lines.push(`  ${o.passed ? 'ok  ' : 'FAIL'} ${plain(o.name)} (line ${o.location.line})`);
      for (const p of o.problems) lines.push(`       test problem: ${plain(p.message, 400)}`);
      for (const m of o.missing) lines.push(`       missing (line ${m.location.line}): ${plain(describe(m.expected), 300)}`);
      for (const f of o.unexpected)
        lines.push(
          `       unexpected: ${plain(`${f.ruleId} on "${f.client?.name ?? '-'}"${f.subject ? ` (${f.subject})` : ''}, ${f.severity}: ${f.message}`, 400)}`,
        );
    }
  }
  const covered = new Set(results.flatMap((r) => r.covered));
  const uncovered = ruleIds.filter((id) => !covered.has(id));
  lines.push('', `Coverage: ${ruleIds.length - uncovered.length} of ${ruleIds.length} rules have a passing test that expects a finding from them.`);
  if (uncovered.length) lines.push(`Not exercised: ${uncovered.map((id) => plain(id, 80)).join(', ')}.`);
  lines.push(`${passed} passed, ${failed} failed`);
  // A line that starts with `::` is a workflow command when this runs inside a `run:` step.
  return `${lines.map((l) => l.replace(/^(\s*)::/, '$1: :')).join('\n')}\n`;
}

function describe(e: { rule: string; client?: string; severity?: string; subject?: string }): string {
  return `${e.rule}${e.client !== undefined ? ` on "${e.client}"` : ''}${e.subject !== undefined ? ` (${e.subject})` : ''}${e.severity ? `, ${e.severity}` : ''}`;
}
