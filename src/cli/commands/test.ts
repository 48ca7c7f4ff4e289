// `genesys-oauth-policy test [PATH…]`: the policy's unit tests — small orgs in YAML and the
// findings expected — run offline, with rule coverage. Exit 1 when a test fails, 2 when a
// test file or its policy is invalid.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { INPUTS } from '../../config.ts';
import { ConfigError, ExitCode } from '../../errors.ts';
import { loadPolicyFile } from '../../policy/load.ts';
import type { Policy } from '../../policy/types.ts';
import { loadPolicyTestFile } from '../../policy-test/load.ts';
import { runPolicyTests, type TestFileResult } from '../../policy-test/run.ts';
import { renderPolicyTests } from '../../render/policy-test.ts';
import type { CliIo } from '../main.ts';
import { repoPath, parseCommand } from './shared.ts';

export const DEFAULT_TEST_DIR = 'policies/tests';

export const TEST_USAGE = `Usage: genesys-oauth-policy test [PATH…] [--policy FILE]

Runs policy unit tests: each test file (YAML; see policies/policy-test.schema.json) describes
small orgs and the findings the policy must produce for them. PATH is a test file or a folder
of them (*.test.yml; default: ${DEFAULT_TEST_DIR}). A file's \`policy:\` names the policy it tests, relative
to the file; otherwise --policy (default: ${INPUTS.policy.default}).
Exit codes: 0 every test passes, 1 a test fails, 2 a test file or policy is invalid.`;

export async function testCommand(argv: string[], io: CliIo, now: Date): Promise<number> {
  const { values, positionals } = parseCommand(argv, 'test', { policy: { type: 'string' } } as const);
  if (values.help) return (io.stdout(`${TEST_USAGE}\n`), ExitCode.Pass);
  const files = await testFiles(positionals.length ? positionals : [DEFAULT_TEST_DIR], io.cwd);
  const policies = new Map<string, Policy>();
  const results: TestFileResult[] = [];
  for (const file of files) {
    const tests = await loadPolicyTestFile(file, repoPath(io.cwd, file));
    const policyPath = tests.spec.policy ? path.resolve(path.dirname(file), tests.spec.policy) : path.resolve(io.cwd, values.policy ?? INPUTS.policy.default);
    let policy = policies.get(policyPath);
    if (!policy) policies.set(policyPath, (policy = await loadPolicyFile(policyPath, repoPath(io.cwd, policyPath))));
    results.push(runPolicyTests(policy, tests, tests.spec.now ? new Date(`${tests.spec.now}T12:00:00Z`) : now));
  }
  const ruleIds = [...new Set([...policies.values()].flatMap((p) => p.rules.map((r) => r.id)))];
  io.stdout(renderPolicyTests(results, ruleIds));
  return results.every((r) => r.outcomes.every((o) => o.passed)) ? ExitCode.Pass : ExitCode.Findings;
}

/** Files as given, and the `*.test.yml` files of folders (not recursive), in a stable order. */
async function testFiles(paths: readonly string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const full = path.resolve(cwd, p);
    const info = await stat(full).catch(() => undefined);
    if (!info) throw new ConfigError(`No test file or folder at ${p}.`);
    if (!info.isDirectory()) out.push(full);
    else
      out.push(
        ...(await readdir(full))
          .filter((f) => /\.test\.ya?ml$/.test(f))
          .sort()
          .map((f) => path.join(full, f)),
      );
  }
  if (out.length === 0) throw new ConfigError(`No policy test files (*.test.yml) in ${paths.join(', ')}.`);
  return out;
}
