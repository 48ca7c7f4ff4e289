// What the in-process measurements (evaluation, summary rendering) run on: a realistic
// inventory of N clients, read by our own audit from the emulator's `large` org (roles with
// many permissions and wildcards, scopes, redirect URIs, usage), and a policy of 50 rules
// (the recommended pack, 26 rules of our own in fifty-rules.yml, and exceptions taken from a
// first evaluation's findings so that they match real clients).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAudit } from '../../src/audit.ts';
import type { Finding } from '../../src/evaluate/findings.ts';
import type { Inventory } from '../../src/inventory/types.ts';
import { Redactor } from '../../src/redactor.ts';
import { startEmulator } from './emulator-link.ts';

/** The policy as text (with its exceptions), so that a fresh process can parse it too. */
export interface BenchInput {
  policyName: string;
  policyText: string;
  inventory: Inventory;
  /** ISO 8601: the evaluation's clock, which the exceptions' expiry dates are relative to. */
  now: string;
}

const POLICY = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fifty-rules.yml');
const POLICY_NAME = 'fifty-rules.yml';
/** The large org's own clients; the four auditing clients make the total. */
const AUDITORS = 4;
const EXCEPTIONS = 20;
const DAY_MS = 86_400_000;

export async function readBenchInput(clients: number): Promise<BenchInput> {
  const emu = await startEmulator({ scenario: 'large', params: { clients: clients - AUDITORS, seed: 2 }, knobs: { rateLimitPerMinute: 100_000 } });
  let audit: Awaited<ReturnType<typeof runAudit>>;
  try {
    audit = await runAudit(
      { credentials: emu.credentials(), apiBaseUrl: emu.url, policyPath: POLICY, policyDisplayPath: POLICY_NAME, usageDays: 90 },
      { redactor: new Redactor() },
    );
  } finally {
    await emu.close();
  }
  const now = new Date();
  const policyText = `${await readFile(POLICY, 'utf8')}\n${exceptionsYaml(audit.evaluation.findings, now)}`;
  return { policyName: POLICY_NAME, policyText, inventory: audit.inventory, now: now.toISOString() };
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
