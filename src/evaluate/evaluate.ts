// The pure core: (policy, inventory, now) → findings. No I/O, no clock, no environment.
// The result does not depend on the order of clients, rules or exceptions.
import type { ClientRecord, Inventory } from '../inventory/types.ts';
import type { Policy, Rule } from '../policy/types.ts';
import { checksWithoutUsage } from './checks/index.ts';
import { newMemo, type Check, type CheckContext } from './checks/context.ts';
import { q } from './checks/finding.ts';
import { checkUnused, unusedNotEvaluated, unusedSkipReason } from './checks/unused.ts';
import { ClientDirectory, clientRefsOf, refFindings } from './client-refs.ts';
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
  return finishEvaluation(policy, inventory, evaluateWithoutUsage(policy, inventory.clients, context));
}

/** Findings of every check that needs no usage, and the context they were judged in (its instant, its memo). */
export interface EarlyEvaluation {
  ctx: CheckContext;
  /** The clients judged: the inventory's, before usage added `lastUsed`. */
  clients: readonly ClientRecord[];
  raw: Finding[];
}

/**
 * Every rule's checks except `unused`: the bulk of an evaluation, which the audit runs
 * while the usage query (its longest chain of requests) is still being read.
 */
export function evaluateWithoutUsage(policy: Policy, clients: readonly ClientRecord[], context: EvaluationContext): EarlyEvaluation {
  const steps = stepsWithoutUsage(policy, clients, context);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, a rule at a time: a caller with requests in flight runs the next step when it
 * has let them be answered, so that this work never holds back the usage query's next poll.
 */
export function* stepsWithoutUsage(policy: Policy, clients: readonly ClientRecord[], context: EvaluationContext): Generator<void, EarlyEvaluation> {
  const ctx: CheckContext = { now: context.now, clients, usage: undefined, memo: newMemo() };
  const raw: Finding[] = [];
  const ruleClients = new RuleClients(clients);
  for (const rule of policy.rules) {
    runRule(rule, ruleClients.of(rule), checksWithoutUsage(rule.checks), ctx, raw);
    yield;
  }
  return { ctx, clients, raw };
}

/**
 * The rest, once usage is in: `unused` checks, `where.client` references, approved clients,
 * exceptions and order. `early` must be of the same clients (by id, in order); it is used up.
 */
export function finishEvaluation(policy: Policy, inventory: Inventory, early: EarlyEvaluation): Evaluation {
  if (!sameClients(early.clients, inventory.clients)) throw new Error('finishEvaluation: the early evaluation judged other clients than the inventory holds');
  const { raw } = early;
  // The early checks' context (its memo of days ago included), now with the usage window.
  const ctx: CheckContext = { ...early.ctx, usage: inventory.usage };
  const { now } = ctx;
  const skipped = skippedChecks(policy.rules, inventory);
  const directory = new ClientDirectory(inventory.clients, clientRefsOf(policy));
  pushAll(raw, whereFindings(policy.rules, directory));
  const ruleClients = new RuleClients(inventory.clients);
  for (const rule of policy.rules) if (rule.checks.unused) runRule(rule, ruleClients.of(rule), USAGE_CHECKS, ctx, raw);
  if (policy.desired) pushAll(raw, desiredStateFindings(policy.desired, inventory.clients, directory));
  const notEvaluated = unusedNotEvaluated(policy.rules, inventory.usageUnreadable);
  pushAll(raw, notEvaluated);
  const outcome = applyExceptions(policy, raw, now, new Set([...skipped, ...notEvaluated].map((s) => s.ruleId)), directory);
  const counts = countBySeverity(outcome.findings); // before sorting: in the order they were made, near in memory
  const findings = sortFindings(outcome.findings);
  const accepted = outcome.accepted.sort((a, b) => compareFindings(a.finding, b.finding));
  return { findings, accepted, skipped, counts };
}

const USAGE_CHECKS = [checkUnused];

/** `target.push(...items)` for any number of items: one unknown client each of a large org's is too many arguments. */
function pushAll(target: Finding[], items: readonly Finding[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]!);
}

function sameClients(a: readonly ClientRecord[], b: readonly ClientRecord[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.id !== b[i]!.id) return false;
  return true;
}

/** Each of the rule's checks on the clients it selects, findings onto `raw`. */
function runRule(rule: Rule, clients: readonly ClientRecord[], checks: readonly Check[], ctx: CheckContext, raw: Finding[]): void {
  for (let k = 0; k < checks.length; k++) checks[k]!(rule, clients, ctx, raw);
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
