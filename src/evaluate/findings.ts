// What evaluation produces, and the one decision every view renders: pass or fail.
import type { FailOn, Severity, SourceLocation } from '../policy/types.ts';
import type { GrantType } from '../inventory/types.ts';

export interface FindingClient {
  id: string;
  name: string;
  grantType: GrantType | 'unknown';
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** One sentence: what is wrong with this client under this rule. */
  message: string;
  /** The policy line of the rule that produced the finding. */
  location: SourceLocation;
  client?: FindingClient;
  /** The scope, permission or value that triggered it, when there is one. */
  subject?: string;
}

export interface Evaluation {
  findings: Finding[];
  counts: Record<Severity, number>;
}

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, notice: 1 };

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Whether the run passes: no finding at or above `failOn` (`never` always passes). */
export function passes(evaluation: Evaluation, failOn: FailOn): boolean {
  if (failOn === 'never') return true;
  const threshold = SEVERITY_RANK[failOn];
  return evaluation.findings.every((f) => SEVERITY_RANK[f.severity] < threshold);
}

/** Stable order: severity, then client name, rule, subject — independent of input order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    cmp(a.client?.name ?? '', b.client?.name ?? '') ||
    cmp(a.client?.id ?? '', b.client?.id ?? '') ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.subject ?? '', b.subject ?? '') ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
