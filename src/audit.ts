// The audit shared by the action and the CLI: policy → inventory → evaluation → verdict.
// Edges (runner, terminal) only render what this returns.
import type { Credentials } from './genesys/token.ts';
import { GenesysClient, type ClientStats } from './genesys/client.ts';
import { resolveEndpoints } from './genesys/regions.ts';
import { undiciTransport, type Transport } from './genesys/transport.ts';
import { fetchInventory } from './inventory/fetch.ts';
import type { Inventory } from './inventory/types.ts';
import { loadPolicyFile } from './policy/load.ts';
import type { FailOn, Policy } from './policy/types.ts';
import { evaluate } from './evaluate/evaluate.ts';
import { passes, type Evaluation } from './evaluate/findings.ts';
import type { Redactor } from './redactor.ts';
import { systemClock, type Clock } from './genesys/clock.ts';

export interface AuditConfig {
  credentials: Credentials;
  region?: string;
  apiBaseUrl?: string;
  loginBaseUrl?: string;
  /** Where to read the policy file. */
  policyPath: string;
  /** How findings and errors name the policy file (relative to the repository root). */
  policyDisplayPath: string;
  /** An explicit threshold; overrides the policy's `settings.fail-on`. */
  failOn?: FailOn;
  /** Days of API usage to read for last-use rules; 0 = off. */
  usageDays: number;
  /** Requests per minute to pace on when the org's own limit cannot be read. */
  rateLimitPerMinute?: number;
}

export interface AuditResult {
  policy: Policy;
  inventory: Inventory;
  evaluation: Evaluation;
  failOn: FailOn;
  passed: boolean;
  /** Requests made, 429s received and retries, for the log and benchmarks. */
  api: ClientStats;
}

export interface AuditDeps {
  redactor: Redactor;
  clock?: Clock;
  transport?: Transport;
}

/**
 * Days of usage to read: the configured window, widened to the longest `unused` rule so
 * that no such rule is skipped for want of data. 0 (off) stays off.
 */
export function usageWindowDays(configured: number, policy: Policy): number {
  if (configured === 0) return 0;
  return Math.max(configured, ...policy.rules.map((r) => r.checks.unused?.maxDays ?? 0));
}

export async function runAudit(config: AuditConfig, deps: AuditDeps): Promise<AuditResult> {
  // Resolve and check everything local before the first request.
  const endpoints = resolveEndpoints(config);
  const policy = await loadPolicyFile(config.policyPath, config.policyDisplayPath);
  const clock = deps.clock ?? systemClock;
  const api = new GenesysClient({
    endpoints,
    credentials: config.credentials,
    transport: deps.transport ?? undiciTransport(),
    redactor: deps.redactor,
    clock,
    rateLimitPerMinute: config.rateLimitPerMinute,
  });
  const inventory = await fetchInventory(api, { clock, usageDays: usageWindowDays(config.usageDays, policy), readOrgLimit: true });
  const evaluation = evaluate(policy, inventory, { now: new Date(clock.now()) });
  const failOn = config.failOn ?? policy.failOn ?? 'error';
  return { policy, inventory, evaluation, failOn, passed: passes(evaluation, failOn), api: api.stats };
}
