// The audit shared by the action and the CLI: policy → inventory → evaluation → verdict.
// Edges (runner, terminal) only render what this returns.
import type { Credentials } from './genesys/token.ts';
import { GenesysClient } from './genesys/client.ts';
import { resolveEndpoints } from './genesys/regions.ts';
import { undiciTransport, type Transport } from './genesys/transport.ts';
import { fetchInventory } from './inventory/fetch.ts';
import type { Inventory } from './inventory/types.ts';
import { loadPolicyFile } from './policy/load.ts';
import type { FailOn, Policy } from './policy/types.ts';
import { evaluate } from './evaluate/evaluate.ts';
import { passes, type Evaluation } from './evaluate/findings.ts';
import type { Redactor } from './redactor.ts';

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
}

export interface AuditResult {
  policy: Policy;
  inventory: Inventory;
  evaluation: Evaluation;
  failOn: FailOn;
  passed: boolean;
}

export interface AuditDeps {
  redactor: Redactor;
  now: () => Date;
  transport?: Transport;
}

export async function runAudit(config: AuditConfig, deps: AuditDeps): Promise<AuditResult> {
  // Resolve and check everything local before the first request.
  const endpoints = resolveEndpoints(config);
  const policy = await loadPolicyFile(config.policyPath, config.policyDisplayPath);
  const api = new GenesysClient({
    endpoints,
    credentials: config.credentials,
    transport: deps.transport ?? undiciTransport(),
    redactor: deps.redactor,
  });
  const inventory = await fetchInventory(api, { now: deps.now });
  const evaluation = evaluate(policy, inventory, { now: deps.now() });
  const failOn = config.failOn ?? policy.failOn ?? 'error';
  return { policy, inventory, evaluation, failOn, passed: passes(evaluation, failOn) };
}
