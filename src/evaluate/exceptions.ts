// Exceptions accept findings of one rule for one client (optionally one subject) until
// they expire. An expired exception stops applying and is reported itself; one that
// accepts nothing is reported as stale; one that runs too far ahead is reported too. An
// exception never accepts a finding of another rule or another client.
import { EXCEPTION_IDS } from '../policy/reserved-ids.ts';
import type { Policy, PolicyException } from '../policy/types.ts';
import { cmp, type AcceptedFinding, type Finding } from './findings.ts';
import { daysSince } from './checks/context.ts';
import { q } from './checks/finding.ts';

export interface ExceptionOutcome {
  findings: Finding[];
  accepted: AcceptedFinding[];
}

/** Applies the policy's exceptions; rules in `skippedRules` cannot make an exception stale. */
export function applyExceptions(policy: Policy, findings: readonly Finding[], now: Date, skippedRules: ReadonlySet<string>): ExceptionOutcome {
  const today = now.toISOString().slice(0, 10);
  const activeByRule = new Map<string, PolicyException[]>();
  for (const e of policy.exceptions) if (e.expires >= today) activeByRule.set(e.ruleId, [...(activeByRule.get(e.ruleId) ?? []), e]);
  const used = new Set<PolicyException>();
  const kept: Finding[] = [];
  const accepted: AcceptedFinding[] = [];
  for (const finding of findings) {
    // Every exception that matches is in use (none is stale because another came first);
    // the finding is shown with the most specific one, whatever their order in the file.
    const matching = (activeByRule.get(finding.ruleId) ?? []).filter((e) => accepts(e, finding));
    matching.forEach((e) => used.add(e));
    const exception = matching.sort(bySpecificity)[0];
    if (exception) accepted.push({ finding, exception });
    else kept.push(finding);
  }
  for (const e of policy.exceptions) {
    if (e.expires < today) kept.push(expired(e, findings.filter((f) => accepts(e, f)).length));
    else if (!used.has(e) && !skippedRules.has(e.ruleId)) kept.push(stale(e));
    const ahead = -(daysSince(e.expires, now) ?? 0);
    if (ahead > policy.maxExceptionDays) kept.push(tooLong(e, ahead, policy.maxExceptionDays));
  }
  return { findings: kept, accepted };
}

/** Narrower first: a subject beats none; then the sooner expiry; then by text. */
function bySpecificity(a: PolicyException, b: PolicyException): number {
  return Number(!a.subject) - Number(!b.subject) || cmp(a.expires, b.expires) || cmp(a.subject?.source ?? '', b.subject?.source ?? '') || cmp(a.client, b.client);
}

export function accepts(e: PolicyException, f: Finding): boolean {
  if (e.ruleId !== f.ruleId || !f.client) return false;
  if (f.client.name !== e.client && f.client.id !== e.client) return false;
  return !e.subject || (f.subject !== undefined && e.subject.regex.test(f.subject));
}

function expired(e: PolicyException, reopened: number): Finding {
  const back = reopened ? `; its ${reopened} finding${reopened === 1 ? ' is' : 's are'} reported again` : '';
  return exceptionFinding(e, EXCEPTION_IDS.expired, 'warning', `Exception for ${describe(e)} expired on ${e.expires}${back}. Renew it with a new reason and date, or fix the findings.`);
}

function stale(e: PolicyException): Finding {
  return exceptionFinding(e, EXCEPTION_IDS.stale, 'warning', `Exception for ${describe(e)} accepts no finding: the client is gone or compliant. Remove the exception.`);
}

function tooLong(e: PolicyException, days: number, max: number): Finding {
  return exceptionFinding(e, EXCEPTION_IDS.tooLong, 'warning', `Exception for ${describe(e)} runs ${days} days ahead (until ${e.expires}); this policy allows at most ${max}. Shorten it and review it then.`);
}

function describe(e: PolicyException): string {
  return `rule ${q(e.ruleId)} and client ${q(e.client)}${e.subject ? ` (${q(e.subject.source)})` : ''} (owner ${e.owner})`;
}

function exceptionFinding(e: PolicyException, ruleId: string, severity: Finding['severity'], message: string): Finding {
  return { ruleId, severity, message, location: e.location, category: 'housekeeping', subject: `${e.ruleId} ${e.client}${e.subject ? ` ${e.subject.source}` : ''}` };
}
