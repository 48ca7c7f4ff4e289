// Which findings a policy change silences, adds or re-grades (whether it loosens is decided
// from the two policies alone, in policy-diff.ts): both policies evaluated against the
// same inventory, finding by finding. The org is the same on both sides, so a finding that
// disappears was silenced by the change (an exception, a rule removed or loosened, a client
// approved) unless it was about the policy itself (a stale or expired exception cleaned up).
import { findingKey, SEVERITY_RANK, type Evaluation, type Finding } from '../evaluate/findings.ts';
import { CLIENT_REF_IDS, DESIRED_STATE_IDS, EXCEPTION_IDS } from '../policy/reserved-ids.ts';
import type { Policy, PolicyException } from '../policy/types.ts';

export type SilenceReason =
  { kind: 'exception'; exception: PolicyException } | { kind: 'rule-removed' } | { kind: 'rule-loosened' } | { kind: 'client-approved' };

export interface SilencedFinding {
  finding: Finding;
  reason: SilenceReason;
}

export interface SeverityChange {
  before: Finding;
  after: Finding;
}

export interface Impact {
  /** Findings the change adds: new rules, stricter checks, exceptions removed. */
  added: Finding[];
  /** Findings the change hides although the org did not change. */
  silenced: SilencedFinding[];
  /** Findings about the policy itself that the change fixes (stale or expired exceptions). */
  resolved: Finding[];
  severityLowered: SeverityChange[];
  severityRaised: SeverityChange[];
}

// A client reference that stops being ambiguous or renamed is housekeeping too: every way a
// change could turn one into silenced findings (an exception or approval pinned, a label
// changed) is itself a loosening the policy diff reports.
const POLICY_HOUSEKEEPING: ReadonlySet<string> = new Set([...Object.values(EXCEPTION_IDS), DESIRED_STATE_IDS.missing, ...Object.values(CLIENT_REF_IDS)]);

export function changeImpact(base: { policy: Policy; evaluation: Evaluation }, head: { policy: Policy; evaluation: Evaluation }): Impact {
  const before = byKey(base.evaluation.findings);
  const after = byKey(head.evaluation.findings);
  const acceptedInHead = new Map(head.evaluation.accepted.map((a) => [findingKey(a.finding), a.exception]));
  const headRules = new Set(head.policy.rules.map((r) => r.id));
  const impact: Impact = { added: [], silenced: [], resolved: [], severityLowered: [], severityRaised: [] };
  for (const [key, finding] of after) {
    const old = before.get(key);
    if (!old) impact.added.push(finding);
    else if (SEVERITY_RANK[finding.severity] < SEVERITY_RANK[old.severity]) impact.severityLowered.push({ before: old, after: finding });
    else if (SEVERITY_RANK[finding.severity] > SEVERITY_RANK[old.severity]) impact.severityRaised.push({ before: old, after: finding });
  }
  for (const [key, finding] of before) {
    if (after.has(key)) continue;
    const exception = acceptedInHead.get(key);
    if (exception) impact.silenced.push({ finding, reason: { kind: 'exception', exception } });
    else if (POLICY_HOUSEKEEPING.has(finding.ruleId)) impact.resolved.push(finding);
    else if (finding.ruleId === DESIRED_STATE_IDS.unknown || finding.ruleId === DESIRED_STATE_IDS.drift)
      impact.silenced.push({ finding, reason: { kind: 'client-approved' } });
    else impact.silenced.push({ finding, reason: { kind: headRules.has(finding.ruleId) ? 'rule-loosened' : 'rule-removed' } });
  }
  return impact;
}

function byKey(findings: readonly Finding[]): Map<string, Finding> {
  return new Map(findings.map((f) => [findingKey(f), f]));
}
