// A machine-readable report: the same result every other view renders.
import type { AuditResult } from '../audit.ts';

export const REPORT_VERSION = 1;

export function renderJson(result: AuditResult): string {
  const report = {
    reportVersion: REPORT_VERSION,
    passed: result.passed,
    failOn: result.failOn,
    policy: result.policy.file,
    counts: result.evaluation.counts,
    findings: result.evaluation.findings,
    accepted: result.evaluation.accepted.map(({ finding, exception: e }) => ({
      finding,
      exception: { rule: e.ruleId, client: e.client, subject: e.subject?.source, reason: e.reason, owner: e.owner, expires: e.expires, location: e.location },
    })),
    skipped: result.evaluation.skipped,
    policyWarnings: result.policy.warnings,
    inventory: result.inventory,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
