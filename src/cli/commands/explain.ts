// `genesys-oauth-policy explain RULE-ID | CLIENT`: what a rule checks and why, or why a client
// is reported — against a JSON report (--report) or the live org (the audit's flags).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYamlText, stringify } from 'yaml';
import { readOrgInventory } from '../../audit.ts';
import { INPUTS } from '../../config.ts';
import { evaluate } from '../../evaluate/evaluate.ts';
import { ConfigError, ExitCode } from '../../errors.ts';
import { explainClient, explainRule, findClients } from '../../explain/explain.ts';
import type { Inventory } from '../../inventory/types.ts';
import type { Policy } from '../../policy/types.ts';
import { loadPolicyFile } from '../../policy/load.ts';
import type { Redactor } from '../../redactor.ts';
import { noCommands } from '../../render/escape.ts';
import { parseCli } from '../args.ts';
import { secretOf } from '../../genesys/token.ts';
import type { CliIo } from '../main.ts';
import { inventoryOfReport, readJson, reportProblem } from '../../reports/read-report.ts';
import { repoPath } from './shared.ts';

export const EXPLAIN_USAGE = `Usage: genesys-oauth-policy explain RULE-ID [--policy FILE]
       genesys-oauth-policy explain CLIENT --report REPORT.json [--policy FILE]
       genesys-oauth-policy explain CLIENT [audit options]

A rule: what it checks, why, how to fix a finding, and the OWASP NHI risks it guards
against. A client (its id, or its exact name): every rule that fires on it and the path to
each — role → permission → division, scope or redirect URI — judged by the policy against a
JSON report of the action or the CLI (--report), or against the live org (the audit's
options and GENESYSCLOUD_* variables; see \`genesys-oauth-policy --help\`).
Exit codes: 0 explained, 2 unknown rule or client, or bad usage.`;

export async function explainCommand(argv: string[], io: CliIo, redactor: Redactor): Promise<number> {
  const [subject, ...rest] = argv;
  if (!subject || subject === '--help' || subject === '-h') return (io.stdout(`${EXPLAIN_USAGE}\n`), subject ? ExitCode.Pass : ExitCode.Usage);
  const { report, policy: policyFlag, others } = splitFlags(rest);
  const policyPath = path.resolve(io.cwd, policyFlag ?? INPUTS.policy.default);
  const policy = await loadPolicyFile(policyPath, repoPath(io.cwd, policyPath));
  const rule = explainRule(policy, subject, await ruleYaml(policyPath, subject));
  if (rule) return (io.stdout(`${noCommands(rule.join('\n'))}\n`), ExitCode.Pass);
  const inventory = report ? await reportInventory(path.resolve(io.cwd, report)) : await liveInventory(others, policy, io, redactor);
  const clients = findClients(inventory, subject);
  if (clients.length === 0)
    throw new ConfigError(
      `"${subject}" is neither a rule of ${repoPath(io.cwd, policyPath)} nor the id or exact name of a client ${report ? `in ${report}` : 'of the org'}.`,
    );
  const evaluation = evaluate(policy, inventory, { now: new Date(inventory.fetchedAt) });
  const text = clients.map((c) => explainClient(c, evaluation, policy.rules).join('\n')).join('\n\n');
  const note = clients.length > 1 ? `${clients.length} clients are named "${subject}": pin one by its id.\n\n` : '';
  io.stdout(`${noCommands(note + text)}\n`);
  return ExitCode.Pass;
}

/** --report and --policy are explain's own; everything else goes to the audit's parser. */
function splitFlags(argv: readonly string[]): { report?: string; policy?: string; others: string[] } {
  const { values, tokens } = parseArgs({
    args: [...argv],
    strict: false,
    allowPositionals: true,
    tokens: true,
    options: { report: { type: 'string' }, policy: { type: 'string' } },
  });
  const others: string[] = [];
  for (const t of tokens ?? []) {
    if (t.kind === 'option' && (t.name === 'report' || t.name === 'policy')) continue;
    if (t.kind === 'option') others.push(t.rawName, ...(t.value !== undefined ? [t.value] : []));
    else if (t.kind === 'positional') throw new ConfigError(`explain takes one rule id or client; "${t.value}" is one too many (quote a name with spaces).`);
  }
  return {
    report: typeof values.report === 'string' ? values.report : undefined,
    policy: typeof values.policy === 'string' ? values.policy : undefined,
    others,
  };
}

async function reportInventory(file: string): Promise<Inventory> {
  const doc = await readJson(file);
  const problem = reportProblem(file, doc);
  if (problem) throw new ConfigError(problem);
  return inventoryOfReport(doc);
}

/** The org read once, for the policy already loaded (no second parse, no second evaluation). */
async function liveInventory(argv: string[], policy: Policy, io: CliIo, redactor: Redactor): Promise<Inventory> {
  const command = parseCli(argv, io.env, io.cwd, false);
  if (command.kind !== 'audit') throw new ConfigError("explain reads the org with the audit's options; --help and --version are not among them.");
  redactor.add(secretOf(command.options.config.credentials));
  return (await readOrgInventory(command.options.config, [policy], { redactor, transport: io.transport })).inventory;
}

/** A rule of the policy file as written (for `What it checks`); undefined for pack rules. */
async function ruleYaml(policyPath: string, id: string): Promise<string | undefined> {
  const doc = parseYamlText(await readFile(policyPath, 'utf8'), { maxAliasCount: 100 }) as { rules?: Array<Record<string, unknown>> } | null;
  const rule = doc?.rules?.find((r) => r.id === id);
  if (!rule) return undefined;
  const definition = Object.fromEntries(Object.entries(rule).filter(([key]) => !['id', 'description', 'fix'].includes(key)));
  return stringify(definition, { lineWidth: 100 });
}
