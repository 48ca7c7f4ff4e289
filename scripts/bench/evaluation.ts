// Evaluation time of the policy engine: `evaluate(policy, inventory, {now})` on a realistic
// inventory of 2,000 clients (read by our own audit from the emulator's `large` org: roles
// with many permissions and wildcards, scopes, redirect URIs, usage) against a policy of
// 50 rules (the recommended pack, 26 rules of our own in fifty-rules.yml, and exceptions
// taken from a first evaluation's findings so that they match real clients). Median of
// several runs after a warm-up.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAudit } from '../../src/audit.ts';
import { startEmulator } from './emulator-link.ts';
import { evaluate } from '../../src/evaluate/evaluate.ts';
import type { Finding } from '../../src/evaluate/findings.ts';
import { parsePolicy } from '../../src/policy/load.ts';
import type { Policy } from '../../src/policy/types.ts';
import { Redactor } from '../../src/redactor.ts';
import { median } from './stats.ts';

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

const POLICY = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fifty-rules.yml');
/** The large org's own clients; the four auditing clients make the total. */
const AUDITORS = 4;
const EXCEPTIONS = 20;
const DAY_MS = 86_400_000;

export async function measureEvaluation(opts: { clients: number; runs: number; warmup: number }): Promise<EvaluationResult> {
  const emu = await startEmulator({ scenario: 'large', params: { clients: opts.clients - AUDITORS, seed: 2 }, knobs: { rateLimitPerMinute: 100_000 } });
  let audit: Awaited<ReturnType<typeof runAudit>>;
  try {
    audit = await runAudit(
      { credentials: emu.credentials(), apiBaseUrl: emu.url, policyPath: POLICY, policyDisplayPath: 'fifty-rules.yml', usageDays: 90 },
      { redactor: new Redactor() },
    );
  } finally {
    await emu.close();
  }
  const now = new Date();
  const text = `${await readFile(POLICY, 'utf8')}\n${exceptionsYaml(audit.evaluation.findings, now)}`;
  const policy = parsePolicy('fifty-rules.yml', text);
  const { inventory } = audit;
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
    medianMs: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    permissionRules: permissionPolicy.rules.length,
    permissionRulesMedianMs: median(permissionTimes),
    permissionGrants: grants.length,
    distinctPermissions: new Set(grants).size,
  };
}

/** Times of `runs` calls after `warmup` untimed ones. */
function timeRuns(opts: { runs: number; warmup: number }, fn: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < opts.warmup + opts.runs; i++) {
    const start = performance.now();
    fn();
    if (i >= opts.warmup) times.push(performance.now() - start);
  }
  return times;
}

/** Exceptions for findings of different rules; every third narrowed to its subject, two expired. */
function exceptionsYaml(findings: readonly Finding[], now: Date): string {
  const byRule = new Map<string, Finding>();
  for (const f of findings) if (f.client && !byRule.has(f.ruleId)) byRule.set(f.ruleId, f);
  const picked = [...byRule.values()].slice(0, EXCEPTIONS);
  const day = (offset: number) => new Date(now.getTime() + offset * DAY_MS).toISOString().slice(0, 10);
  const entries = picked.map((f, i) =>
    [
      `  - rule: ${f.ruleId}`,
      `    client: ${JSON.stringify(f.client?.name)}`,
      ...(i % 3 === 0 && f.subject ? [`    subject: ${JSON.stringify(f.subject)}`] : []),
      `    reason: Vendor integration; migration tracked in CX-${100 + i}`,
      `    owner: "@acme/security"`,
      `    expires: ${day(i < 2 ? -3 : 30 + i * 5)}`,
    ].join('\n'),
  );
  return `exceptions:\n${entries.join('\n')}\n`;
}
