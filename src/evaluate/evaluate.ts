// The pure core: (policy, inventory, now) → findings. No I/O, no clock, no environment.
// The result does not depend on the order of clients, rules or exceptions.
import type { ClientRecord, Inventory } from '../inventory/types.ts';
import type { Policy, Rule } from '../policy/types.ts';
import { checksOf } from './checks/index.ts';
import { countNames, newMemo, type CheckContext } from './checks/context.ts';
import { q } from './checks/finding.ts';
import { unusedNotEvaluated, unusedSkipReason } from './checks/unused.ts';
import { ClientDirectory, refFindings } from './client-refs.ts';
import { desiredStateFindings } from './desired-state.ts';
import { applyExceptions } from './exceptions.ts';
import { sortFindings } from './finding-order.ts';
import { compareFindings, countBySeverity, type Evaluation, type Finding, type SkippedCheck } from './findings.ts';
import { RuleClients } from './rule-clients.ts';

export interface EvaluationContext {
  /** The evaluation instant; rules about age and expiry compare against it. */
  now: Date;
}

export function evaluate(policy: Policy, inventory: Inventory, context: EvaluationContext): Evaluation {
  const ctx: CheckContext = { now: context.now, nameCounts: countNames(inventory.clients), usage: inventory.usage, memo: newMemo(inventory.clients) };
  const skipped = skippedChecks(policy.rules, inventory);
  const directory = new ClientDirectory(inventory.clients);
  const raw: Finding[] = whereFindings(policy.rules, directory);
  const ruleClients = new RuleClients(inventory.clients);
  for (const rule of policy.rules) runRule(rule, ruleClients.of(rule), ctx, raw);
  if (policy.desired) raw.push(...desiredStateFindings(policy.desired, inventory.clients, directory));
  const notEvaluated = unusedNotEvaluated(policy.rules, inventory.usageUnreadable);
  raw.push(...notEvaluated);
  const outcome = applyExceptions(policy, raw, context.now, new Set([...skipped, ...notEvaluated].map((s) => s.ruleId)), directory);
  const counts = countBySeverity(outcome.findings); // before sorting: in the order they were made, near in memory
  const findings = sortFindings(outcome.findings);
  const accepted = outcome.accepted.sort((a, b) => compareFindings(a.finding, b.finding));
  return { findings, accepted, skipped, counts };
}

/**
 * Each of the rule's checks on each client, findings onto `raw`. Indexed loops: in a
 * process's first evaluation this runs before the JIT has warmed up, where every for…of
 * allocates an iterator.
 */
function runRule(rule: Rule, clients: readonly ClientRecord[], ctx: CheckContext, raw: Finding[]): void {
  const checks = checksOf(rule.checks);
  for (let i = 0; i < clients.length; i++) {
    for (let k = 0; k < checks.length; k++) {
      const found = checks[k]!(rule, clients[i]!, ctx);
      for (let j = 0; j < found.length; j++) raw.push(found[j]!);
    }
  }
}

/** `where.client` items that name one client but match several, or a pinned client renamed. */
function whereFindings(rules: readonly Rule[], directory: ClientDirectory): Finding[] {
  return rules.flatMap((rule) =>
    (rule.where.clients ?? []).flatMap((s) =>
      s.kind === 'glob'
        ? []
        : refFindings(
            {
              ref: s,
              location: s.location,
              what: `Rule ${q(rule.id)} (where.client)`,
              whenAmbiguous: 'The rule checks every one of them.',
              pin: '{ id: …, name: … }',
            },
            directory.matching(s),
          ),
    ),
  );
}

function skippedChecks(rules: readonly Rule[], inventory: Inventory): SkippedCheck[] {
  return rules.flatMap((rule) => {
    const reason = rule.checks.unused && !inventory.usageUnreadable && unusedSkipReason(rule.checks.unused.maxDays, inventory.usage);
    return reason ? [{ ruleId: rule.id, location: rule.location, reason: `The unused-client check was skipped: ${reason}.` }] : [];
  });
}
