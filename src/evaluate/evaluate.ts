// The pure core: (policy, inventory, now) → findings. No I/O, no clock, no environment.
// The result does not depend on the order of clients, rules or exceptions.
import type { ClientRecord, Inventory } from '../inventory/types.ts';
import { matchesAny } from '../policy/glob.ts';
import type { Policy, Rule } from '../policy/types.ts';
import { checksOf } from './checks/index.ts';
import { countNames, newMemo, type CheckContext } from './checks/context.ts';
import { unusedNotEvaluated, unusedSkipReason } from './checks/unused.ts';
import { desiredStateFindings } from './desired-state.ts';
import { applyExceptions } from './exceptions.ts';
import { compareFindings, countBySeverity, type Evaluation, type Finding, type SkippedCheck } from './findings.ts';

export interface EvaluationContext {
  /** The evaluation instant; rules about age and expiry compare against it. */
  now: Date;
}

export function evaluate(policy: Policy, inventory: Inventory, context: EvaluationContext): Evaluation {
  const ctx: CheckContext = { now: context.now, nameCounts: countNames(inventory.clients), usage: inventory.usage, memo: newMemo(inventory.clients) };
  const skipped = skippedChecks(policy.rules, inventory);
  const raw: Finding[] = [];
  for (const rule of policy.rules) {
    const checks = checksOf(rule.checks);
    for (const client of inventory.clients) {
      if (!appliesTo(rule, client)) continue;
      for (const check of checks) for (const finding of check(rule, client, ctx)) raw.push(finding);
    }
  }
  if (policy.desired) raw.push(...desiredStateFindings(policy.desired, inventory.clients));
  const notEvaluated = unusedNotEvaluated(policy.rules, inventory.usageUnreadable);
  raw.push(...notEvaluated);
  const outcome = applyExceptions(policy, raw, context.now, new Set([...skipped, ...notEvaluated].map((s) => s.ruleId)));
  const findings = outcome.findings.sort(compareFindings);
  const accepted = outcome.accepted.sort((a, b) => compareFindings(a.finding, b.finding));
  return { findings, accepted, skipped, counts: countBySeverity(findings) };
}

export function appliesTo(rule: Rule, client: ClientRecord): boolean {
  const { grantTypes, clients, states } = rule.where;
  if (grantTypes && !grantTypes.includes(client.grantType as never)) return false;
  if (states && !states.includes(client.state as never)) return false;
  if (clients && !matchesAny(clients, client.name) && !matchesAny(clients, client.id)) return false;
  return true;
}

function skippedChecks(rules: readonly Rule[], inventory: Inventory): SkippedCheck[] {
  return rules.flatMap((rule) => {
    const reason = rule.checks.unused && !inventory.usageUnreadable && unusedSkipReason(rule.checks.unused.maxDays, inventory.usage);
    return reason ? [{ ruleId: rule.id, location: rule.location, reason: `The unused-client check was skipped: ${reason}.` }] : [];
  });
}
