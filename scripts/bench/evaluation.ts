// Evaluation time of the policy engine: `evaluate(policy, inventory, {now})` on the bench
// input (bench-input.ts: 2,000 clients of the emulator's `large` org, 50 rules with
// exceptions). Median of several runs after a warm-up.
import { evaluate } from '../../src/evaluate/evaluate.ts';
import { parsePolicy } from '../../src/policy/load.ts';
import type { Policy } from '../../src/policy/types.ts';
import type { BenchInput } from './bench-input.ts';
import { median, spread, timeRuns } from './stats.ts';

export interface EvaluationResult {
  clients: number;
  rules: number;
  exceptions: number;
  findings: number;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** The same, with only the rules that check permissions: what dominates. */
  permissionRules: number;
  permissionRulesMedianMs: number;
  /** Permission grants over all clients, and distinct permission strings among them. */
  permissionGrants: number;
  distinctPermissions: number;
}

export function measureEvaluation(input: BenchInput, opts: { runs: number; warmup: number }): EvaluationResult {
  const policy = parsePolicy(input.policyName, input.policyText);
  const { inventory } = input;
  const now = new Date(input.now);
  const times = timeRuns(opts, () => evaluate(policy, inventory, { now }));
  const permissionPolicy: Policy = { ...policy, rules: policy.rules.filter((r) => r.checks.permissions) };
  const permissionTimes = timeRuns(opts, () => evaluate(permissionPolicy, inventory, { now }));
  const grants = inventory.clients.flatMap((c) => c.permissions.map((p) => p.permission));
  return {
    clients: inventory.clients.length,
    rules: policy.rules.length,
    exceptions: policy.exceptions.length,
    findings: evaluate(policy, inventory, { now }).findings.length,
    runs: opts.runs,
    ...spread(times),
    permissionRules: permissionPolicy.rules.length,
    permissionRulesMedianMs: median(permissionTimes),
    permissionGrants: grants.length,
    distinctPermissions: new Set(grants).size,
  };
}
