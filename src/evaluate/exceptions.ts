// Exceptions accept findings of one rule for one client (optionally one subject) until
// they expire. An expired exception stops applying and is reported itself; one that
// accepts nothing is reported as stale; one that runs too far ahead is reported too. An
// exception never accepts a finding of another rule or another client: it binds to the
// one client its reference resolves to in the org (a pinned id, or a name exactly one
// client bears), and one that several clients match accepts nothing and is an error.
import { EXCEPTION_IDS } from '../policy/reserved-ids.ts';
import type { Policy, PolicyException } from '../policy/types.ts';
import { cmp, newFinding, type AcceptedFinding, type Finding } from './findings.ts';
import { daysSince } from './checks/context.ts';
import { q } from './checks/finding.ts';
import { refFindings, refMatches, type ClientDirectory, type RefEntry, type Resolution } from './client-refs.ts';

export interface ExceptionOutcome {
  findings: Finding[];
  accepted: AcceptedFinding[];
}

/**
 * Applies the policy's exceptions; rules in `skippedRules` cannot make an exception stale.
 * `findings` is used up: it becomes the outcome's findings, those no exception accepts
 * moved up in place (tens of thousands: no second array), then the exceptions' own.
 */
export function applyExceptions(
  policy: Policy,
  findings: Finding[],
  now: Date,
  skippedRules: ReadonlySet<string>,
  directory: ClientDirectory,
): ExceptionOutcome {
  const today = now.toISOString().slice(0, 10);
  const targets = new Map(policy.exceptions.map((e) => [e, directory.resolve(e.clientRef)]));
  const activeByRule = activeExceptions(policy.exceptions, today, targets);
  const expiredByRule = expiredExceptions(policy.exceptions, today);
  const used = new Set<PolicyException>();
  /** How many findings each expired exception would have accepted: they are reported again. */
  const reopened = new Map<PolicyException, number>();
  const accepted: AcceptedFinding[] = [];
  let kept = 0;
  // Indexed: once per evaluation over every finding, so unoptimized, where for…of allocates per element.
  let rule: string | undefined;
  let active: ActiveExceptions | undefined;
  let expiredOfRule: PolicyException[] | undefined;
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i]!;
    // Findings come in runs of one rule: look the rule up where it changes.
    if (finding.ruleId !== rule) {
      rule = finding.ruleId;
      active = activeByRule.get(rule);
      expiredOfRule = expiredByRule.get(rule);
    }
    if (expiredOfRule) countReopened(expiredOfRule, finding, targets, reopened);
    const exception = active && mayAccept(active, finding) ? mostSpecific(active.exceptions, finding, targets, used) : undefined;
    if (exception) accepted.push({ finding, exception });
    else findings[kept++] = finding;
  }
  findings.length = kept;
  for (const e of policy.exceptions) {
    const target = targets.get(e)!;
    if (e.expires < today) findings.push(expired(e, reopened.get(e) ?? 0));
    else if (target.kind === 'ambiguous') findings.push(...refFindings(exceptionEntry(e), target.clients));
    else if (!used.has(e) && !skippedRules.has(e.ruleId)) findings.push(stale(e));
    if (target.kind === 'one' && e.expires >= today) findings.push(...refFindings(exceptionEntry(e), [target.client]));
    const ahead = -(daysSince(e.expires, now) ?? 0);
    if (ahead > policy.maxExceptionDays) findings.push(tooLong(e, ahead, policy.maxExceptionDays));
  }
  return { findings, accepted };
}

/**
 * A rule's unexpired exceptions (in file order), and whom they can accept findings about:
 * the org clients they resolve to, and whether any names no client of the org. Most of the
 * rule's findings are about other clients, and are passed by without testing each exception.
 */
interface ActiveExceptions {
  exceptions: PolicyException[];
  clientIds: Set<string>;
  anyAbsent: boolean;
}

function activeExceptions(
  exceptions: readonly PolicyException[],
  today: string,
  targets: ReadonlyMap<PolicyException, Resolution>,
): Map<string, ActiveExceptions> {
  const byRule = new Map<string, ActiveExceptions>();
  for (const e of exceptions) {
    if (e.expires < today) continue;
    let active = byRule.get(e.ruleId);
    if (!active) byRule.set(e.ruleId, (active = { exceptions: [], clientIds: new Set(), anyAbsent: false }));
    active.exceptions.push(e);
    const target = targets.get(e)!;
    if (target.kind === 'one') active.clientIds.add(target.client.id);
    else if (target.kind === 'none') active.anyAbsent = true;
  }
  return byRule;
}

/** The expired exceptions of each rule. */
function expiredExceptions(exceptions: readonly PolicyException[], today: string): Map<string, PolicyException[]> {
  const byRule = new Map<string, PolicyException[]>();
  for (const e of exceptions) {
    if (e.expires >= today) continue;
    const expired = byRule.get(e.ruleId);
    if (expired) expired.push(e);
    else byRule.set(e.ruleId, [e]);
  }
  return byRule;
}

/** Counts the finding for each expired exception (of its rule) that would have accepted it. */
function countReopened(
  expired: readonly PolicyException[],
  finding: Finding,
  targets: ReadonlyMap<PolicyException, Resolution>,
  reopened: Map<PolicyException, number>,
): void {
  for (let k = 0; k < expired.length; k++) {
    const e = expired[k]!;
    if (accepts(e, finding, targets.get(e)!)) reopened.set(e, (reopened.get(e) ?? 0) + 1);
  }
}

/** False when no exception of the rule can accept the finding (see isTarget): a shortcut, never a decision. */
function mayAccept(active: ActiveExceptions, finding: Finding): boolean {
  return finding.client !== undefined && (active.anyAbsent || active.clientIds.has(finding.client.id));
}

/**
 * The exception the finding is shown with: the most specific that accepts it, whatever
 * their order in the file. Every exception that accepts it is marked used (none is stale
 * because another came first). No arrays: it may run for thousands of findings.
 */
function mostSpecific(
  candidates: readonly PolicyException[],
  finding: Finding,
  targets: ReadonlyMap<PolicyException, Resolution>,
  used: Set<PolicyException>,
): PolicyException | undefined {
  let best: PolicyException | undefined;
  for (const e of candidates) {
    if (!accepts(e, finding, targets.get(e)!)) continue;
    used.add(e);
    if (!best || bySpecificity(e, best) < 0) best = e;
  }
  return best;
}

/** Narrower first: a subject beats none; then the sooner expiry; then by text. */
function bySpecificity(a: PolicyException, b: PolicyException): number {
  return (
    Number(!a.subject) - Number(!b.subject) || cmp(a.expires, b.expires) || cmp(a.subject?.source ?? '', b.subject?.source ?? '') || cmp(a.client, b.client)
  );
}

/** Whether the exception accepts the finding, given what its client reference resolves to in the org. */
export function accepts(e: PolicyException, f: Finding, target: Resolution): boolean {
  if (e.ruleId !== f.ruleId || !f.client) return false;
  if (!isTarget(target, e, f.client)) return false;
  return !e.subject || (f.subject !== undefined && e.subject.regex.test(f.subject));
}

function isTarget(target: Resolution, e: PolicyException, client: NonNullable<Finding['client']>): boolean {
  if (target.kind === 'ambiguous') return false;
  if (target.kind === 'one') return client.id === target.client.id;
  // Named no client of the org: it can only be about one that is not there (missing-client).
  return refMatches(e.clientRef, client);
}

function exceptionEntry(e: PolicyException): RefEntry {
  return {
    ref: e.clientRef,
    location: e.location,
    what: `Exception for rule ${q(e.ruleId)}`,
    whenAmbiguous: 'It accepts no finding of any of them.',
    pin: 'client: { id: …, name: … }',
  };
}

function expired(e: PolicyException, reopened: number): Finding {
  const back = reopened ? `; its ${reopened} finding${reopened === 1 ? ' is' : 's are'} reported again` : '';
  return exceptionFinding(
    e,
    EXCEPTION_IDS.expired,
    'warning',
    `Exception for ${describe(e)} expired on ${e.expires}${back}. Renew it with a new reason and date, or fix the findings.`,
  );
}

function stale(e: PolicyException): Finding {
  return exceptionFinding(
    e,
    EXCEPTION_IDS.stale,
    'warning',
    `Exception for ${describe(e)} accepts no finding: the client is gone or compliant. Remove the exception.`,
  );
}

function tooLong(e: PolicyException, days: number, max: number): Finding {
  return exceptionFinding(
    e,
    EXCEPTION_IDS.tooLong,
    'warning',
    `Exception for ${describe(e)} runs ${days} days ahead (until ${e.expires}); this policy allows at most ${max}. Shorten it and review it then.`,
  );
}

function describe(e: PolicyException): string {
  return `rule ${q(e.ruleId)} and client ${q(e.client)}${e.subject ? ` (${q(e.subject.source)})` : ''} (owner ${e.owner})`;
}

function exceptionFinding(e: PolicyException, ruleId: string, severity: Finding['severity'], message: string): Finding {
  const subject = `${e.ruleId} ${e.client}${e.subject ? ` ${e.subject.source}` : ''}`;
  return newFinding(ruleId, severity, message, e.location, 'housekeeping', undefined, undefined, subject);
}
