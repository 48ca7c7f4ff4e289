// The fan-in job's summary: one row per org, failing orgs first.
import type { MergedReports } from '../fan-in/merge.ts';
import { md } from './escape.ts';

export function renderFanIn(m: MergedReports): string {
  const failed = m.orgs.filter((o) => !o.passed).length;
  const head = m.passed
    ? `## ✅ ${m.orgs.length} org${m.orgs.length === 1 ? '' : 's'} pass the OAuth client policy`
    : `## ❌ ${failed ? `${failed} of ${m.orgs.length} orgs fail` : 'The merge failed'}`;
  const out = [head, ''];
  if (m.problems.length) out.push(...m.problems.map((p) => `- ${md(p, 500)}`), '');
  if (m.orgs.length) {
    out.push(
      '| Org | Policy | Verdict | Errors | Warnings | Notices | Accepted | Clients | New since last run | Read at |',
      '|---|---|---|---:|---:|---:|---:|---:|---|---|',
    );
    for (const o of m.orgs) {
      const drift = o.newFindings === undefined ? 'no baseline' : `${o.newFindings} new, ${o.resolvedFindings} resolved`;
      out.push(
        `| ${md(o.host, 120)} | ${md(o.policyFile, 120)} | ${o.passed ? '✅ pass' : `❌ ${o.failing} at or above ${md(o.failOn, 10)}`} | ${o.counts.error} | ${o.counts.warning} | ${o.counts.notice} | ${o.accepted} | ${o.clients} | ${drift} | ${md(o.fetchedAt.slice(0, 16).replace('T', ' '), 20)} |`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}
