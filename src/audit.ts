// The audit shared by the action and the CLI: policy → inventory → evaluation → verdict.
// Edges (runner, terminal) only render what this returns.
import type { Credentials } from './genesys/token.ts';
import type { ClientStats, GenesysClient } from './genesys/client.ts';
import type { Transport } from './genesys/transport.ts';
import { openOrg } from './org-client.ts';
import { fetchInventory, type FetchOptions } from './inventory/fetch.ts';
import type { Inventory } from './inventory/types.ts';
import { loadPolicyFile } from './policy/load.ts';
import type { FailOn, Policy } from './policy/types.ts';
import { evaluate, finishEvaluation, stepsWithoutUsage, type EarlyEvaluation } from './evaluate/evaluate.ts';
import { passes, type Evaluation } from './evaluate/findings.ts';
import type { Redactor } from './redactor.ts';
import { systemClock, type Clock } from './genesys/clock.ts';
import { letAnswersIn } from './let-answers-in.ts';

/** How to reach the org and how much to read. */
export interface OrgAccess {
  credentials: Credentials;
  region?: string;
  apiBaseUrl?: string;
  loginBaseUrl?: string;
  /** Allow plain http:// to a host that is not loopback (the client secret then travels in clear). */
  allowInsecureHttp?: boolean;
  /** Days of API usage to read for last-use rules; 0 = off. */
  usageDays: number;
  /** Requests per minute to pace on when the org's own limit cannot be read. */
  rateLimitPerMinute?: number;
}

export interface AuditConfig extends OrgAccess {
  /** Where to read the policy file. */
  policyPath: string;
  /** How findings and errors name the policy file (relative to the repository root). */
  policyDisplayPath: string;
  /** An explicit threshold; overrides the policy's `settings.fail-on`. */
  failOn?: FailOn;
}

/** One policy judged against the inventory: the decision every view renders. */
export interface Judgement {
  evaluation: Evaluation;
  failOn: FailOn;
  passed: boolean;
}

export interface AuditResult extends Judgement {
  policy: Policy;
  inventory: Inventory;
  /** Requests made, 429s received and retries, for the log and benchmarks. */
  api: ClientStats;
}

export interface AuditDeps {
  redactor: Redactor;
  clock?: Clock;
  transport?: Transport;
  /** A client already opened for this access (the action opens it at start-up). */
  api?: GenesysClient;
}

/**
 * Days of usage to read: the configured window, widened to the longest `unused` rule of
 * the policies so that no such rule is skipped for want of data. 0 (off) stays off, and
 * policies without `unused` rules read none: usage is the slowest read and may be refused.
 */
export function usageWindowDays(configured: number, policies: readonly Policy[]): number {
  const longest = Math.max(0, ...policies.flatMap((p) => p.rules.map((r) => r.checks.unused?.maxDays ?? 0)));
  if (configured === 0 || longest === 0) return 0;
  return Math.max(configured, longest);
}

/** Reads the org once, enough for every policy given; `onClients` as in FetchOptions. */
export async function readOrgInventory(
  access: OrgAccess,
  policies: readonly Policy[],
  deps: AuditDeps,
  onClients?: FetchOptions['onClients'],
): Promise<{ inventory: Inventory; api: ClientStats }> {
  const api = deps.api ?? openOrg(access, deps);
  const clock = deps.clock ?? systemClock;
  const inventory = await fetchInventory(api, { clock, usageDays: usageWindowDays(access.usageDays, policies), readOrgLimit: true, onClients });
  return { inventory, api: api.stats };
}

/** Evaluates a policy: an explicit fail-on wins over the policy's own setting. */
export function judge(policy: Policy, inventory: Inventory, failOn: FailOn | undefined, now: Date): Judgement {
  return verdict(policy, evaluate(policy, inventory, { now }), failOn);
}

function verdict(policy: Policy, evaluation: Evaluation, failOn: FailOn | undefined): Judgement {
  const threshold = failOn ?? policy.failOn ?? 'error';
  return { evaluation, failOn: threshold, passed: passes(evaluation, threshold) };
}

export async function runAudit(config: AuditConfig, deps: AuditDeps): Promise<AuditResult> {
  // A region or URL that is wrong fails here, before anything is sent.
  const api = deps.api ?? openOrg(config, deps);
  const clock = deps.clock ?? systemClock;
  const policy = await whileTokenArrives(api, () => loadPolicyFile(config.policyPath, config.policyDisplayPath));
  // Judged at the moment the clients are read, most checks while usage is still on its way.
  let early: Promise<EarlyEvaluation> | undefined;
  const { inventory, api: stats } = await readOrgInventory(config, [policy], { ...deps, api }, (clients) => {
    early = betweenAnswers(stepsWithoutUsage(policy, clients, { now: new Date(clock.now()) }));
    // Handled now, awaited below: a failure while the rest is read is not lost.
    early.catch(() => undefined);
  });
  if (!early) throw new Error('fetchInventory returned without handing over the clients');
  return { policy, inventory, api: stats, ...verdict(policy, finishEvaluation(policy, inventory, await early), config.failOn) };
}

/** Runs the steps to their result, letting timers and answers in between two steps. */
async function betweenAnswers<T>(steps: Generator<void, T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await letAnswersIn();
  }
}

/**
 * Local work done while the token exchange is in flight: neither needs the other, so the
 * first request leaves at start-up instead of after the policy is parsed. Work that fails
 * stops the exchange, and its own error is the one reported; else a refused token is.
 */
async function whileTokenArrives<T>(api: GenesysClient, local: () => Promise<T>): Promise<T> {
  const token = api.startToken();
  // Handled now, awaited below: a refusal that comes while the local work runs is not lost.
  token.catch(() => undefined);
  try {
    const value = await local();
    await token;
    return value;
  } catch (err) {
    api.cancel();
    throw err;
  }
}
