// What evaluation produces, and the one decision every view renders: pass or fail.
import type { Category, FailOn, PolicyException, Severity, SourceLocation } from '../policy/types.ts';
import type { GrantType } from '../inventory/types.ts';

export interface FindingClient {
  id: string;
  name: string;
  grantType: GrantType | 'unknown';
}

/**
 * Every field is always present (undefined when it does not apply), in one order, and made
 * by `newFinding` alone: all findings share one object shape, so code that reads tens of
 * thousands of them (sorting, exceptions, the report's fold) sees one shape and is not
 * deoptimized by another. Readers test `=== undefined`; no output tells absent from undefined.
 */
export interface Finding {
  ruleId: string;
  severity: Severity;
  /** One sentence: what is wrong with this client under this rule. */
  message: string;
  /** The policy line of the rule, approved client or exception that produced the finding. */
  location: SourceLocation;
  category: Category | undefined;
  /** How to resolve it, when the rule says. */
  fix: string | undefined;
  client: FindingClient | undefined;
  /** The scope, permission, role, URI or value that triggered it, when there is one. */
  subject: string | undefined;
}

/** The one way to make a finding (see Finding): positional, so a check allocates nothing else per finding. */
export function newFinding(
  ruleId: string,
  severity: Severity,
  message: string,
  location: SourceLocation,
  category: Category | undefined,
  fix: string | undefined,
  client: FindingClient | undefined,
  subject: string | undefined,
): Finding {
  return { ruleId, severity, message, location, category, fix, client, subject };
}

/** A finding an unexpired exception accepts: kept, shown apart, never counted. */
export interface AcceptedFinding {
  finding: Finding;
  exception: PolicyException;
}

/** A rule (or part of one) that could not be evaluated, and why: never a silent pass. */
export interface SkippedCheck {
  ruleId: string;
  location: SourceLocation;
  reason: string;
}

export interface Evaluation {
  findings: Finding[];
  accepted: AcceptedFinding[];
  skipped: SkippedCheck[];
  /** `findings` counted by severity, exactly: the report takes its failing count from here. */
  counts: Record<Severity, number>;
}

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, notice: 1 };

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  let error = 0;
  let warning = 0;
  let notice = 0;
  // Indexed: one pass over tens of thousands of findings, run once, so never warmed up;
  // a for…of there allocates an iterator result per finding. Compared, not used as a key:
  // a property looked up by a computed name costs more than a comparison.
  for (let i = 0; i < findings.length; i++) {
    const severity = findings[i]!.severity;
    if (severity === 'error') error++;
    else if (severity === 'warning') warning++;
    else if (severity === 'notice') notice++;
  }
  return { error, warning, notice };
}

/** Whether the run passes: no finding at or above `failOn` (`never` always passes). */
export function passes(evaluation: Pick<Evaluation, 'findings'>, failOn: FailOn): boolean {
  if (failOn === 'never') return true;
  const threshold = SEVERITY_RANK[failOn];
  return evaluation.findings.every((f) => SEVERITY_RANK[f.severity] < threshold);
}

/** Identifies "the same finding" across two evaluations (e.g. a policy before and after a change). */
export function findingKey(f: Finding): string {
  return [f.ruleId, f.client?.id || f.client?.name || '', f.subject ?? ''].join('\u0000');
}

/** Stable order: severity, then client name, rule, subject — independent of input order. sortFindings applies it to many at once. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    cmp(a.client?.name ?? '', b.client?.name ?? '') ||
    cmp(a.client?.id ?? '', b.client?.id ?? '') ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.subject ?? '', b.subject ?? '') ||
    cmp(a.message, b.message) ||
    a.location.line - b.location.line
  );
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
