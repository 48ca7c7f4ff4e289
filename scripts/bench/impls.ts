// The three implementations a run puts side by side, each launched as the process a user
// would run: ours is `node dist/index.js` with the environment GitHub's runner gives a
// JavaScript action (every input at its action.yml default unless set, a temp workspace with
// the policy, the step summary and output files, a scheduled event); the tutorial loop and
// the SDK sample are scripts of their own. The Node binary is this process's (Node 24 under
// npm scripts).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { BaselineJob } from './baseline-job.ts';
import { AUDIT_TASK, type Task } from './minimum.ts';
import { usageWindowDays } from '../../src/audit.ts';
import { loadPolicyFile } from '../../src/policy/load.ts';

export type ImplName = 'ours' | 'tutorial' | 'sdk';

export interface Launch {
  command: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
}

export interface Impl {
  name: ImplName;
  label: string;
  /** What it must ask for: the floors of its runs are computed on it. */
  task: Task;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '../..');
export const DIST_ENTRY = path.join(ROOT, 'dist', 'index.js');

/** The days of usage our run reads: `usage-days` at its default, widened to the policy's longest unused rule. */
async function oursUsageDays(): Promise<number> {
  const policy = await loadPolicyFile(POLICY, 'policies/oauth-policy.yml');
  return usageWindowDays(Number(actionDefaults()['INPUT_USAGE-DAYS']), [policy]);
}

const POLICY = path.join(ROOT, 'policies', 'oauth-policy.yml');

export const IMPLS: Record<ImplName, Impl> = {
  ours: { name: 'ours', label: 'ours (dist/index.js)', task: { ...AUDIT_TASK, usageDays: await oursUsageDays() } },
  tutorial: { name: 'tutorial', label: 'tutorial loop', task: { grantTypes: true, divisions: false, catalog: false, usage: false } },
  sdk: { name: 'sdk', label: 'official JS SDK', task: { grantTypes: false, divisions: false, catalog: false, usage: false } },
};

/** The emulator and the auditing client's credentials. */
export interface Endpoint {
  url: string;
  clientId: string;
  clientSecret: string;
}

/** A fresh runner directory (workspace with the policy, RUNNER_TEMP files) under `dir`. */
export function launchOf(name: ImplName, target: Endpoint, dir: string, deadlineMs: number): Launch {
  const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir };
  if (name === 'ours') return { command: process.execPath, args: [DIST_ENTRY], env: { ...base, ...runnerEnv(dir, target) }, cwd: path.join(dir, 'workspace') };
  const job: BaselineJob = { ...target, deadlineMs };
  return { command: process.execPath, args: [path.join(HERE, `${name}.ts`), JSON.stringify(job)], env: base, cwd: dir };
}

/** `node -e 0`: what Node itself costs, spawn to exit. */
export function bareNode(dir: string): Launch {
  return { command: process.execPath, args: ['-e', '0'], env: { PATH: process.env.PATH ?? '' }, cwd: dir };
}

function runnerEnv(dir: string, target: Endpoint): Record<string, string> {
  const workspace = path.join(dir, 'workspace');
  const temp = path.join(dir, 'runner-temp');
  mkdirSync(path.join(workspace, 'policies'), { recursive: true });
  mkdirSync(temp, { recursive: true });
  copyFileSync(POLICY, path.join(workspace, 'policies', 'oauth-policy.yml'));
  for (const file of ['summary.md', 'output.txt']) writeFileSync(path.join(temp, file), '');
  writeFileSync(path.join(temp, 'event.json'), '{}');
  return {
    ...actionDefaults(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: path.join(temp, 'summary.md'),
    GITHUB_OUTPUT: path.join(temp, 'output.txt'),
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_EVENT_PATH: path.join(temp, 'event.json'),
    GITHUB_REPOSITORY: 'acme/genesys-policy',
    GITHUB_RUN_ID: '1',
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    'INPUT_CLIENT-ID': target.clientId,
    'INPUT_CLIENT-SECRET': target.clientSecret,
    'INPUT_API-BASE-URL': target.url,
  };
}

/** INPUT_* for every input with a literal default in action.yml, as the runner sets them. */
function actionDefaults(): Record<string, string> {
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs?: Record<string, { default?: unknown }> };
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    const value = input.default === undefined ? '' : String(input.default);
    env[`INPUT_${name.toUpperCase()}`] = value.includes('${{') ? '' : value;
  }
  return env;
}

/**
 * Our run's own verdict: exit 0 (passed) or 1 (findings) after a whole audit, which writes
 * `passed` and `findings` to GITHUB_OUTPUT (an audit that could not run writes `passed` only,
 * and its summary says why).
 */
export function oursCompleted(dir: string, exitCode: number | null): string | undefined {
  const output = readFileSync(path.join(dir, 'runner-temp', 'output.txt'), 'utf8');
  const summary = readFileSync(path.join(dir, 'runner-temp', 'summary.md'), 'utf8');
  const audited = /^passed(=|<<)/m.test(output) && /^findings(=|<<)/m.test(output) && summary.length > 0;
  if ((exitCode === 0 || exitCode === 1) && audited) return undefined;
  const why = /could not run\s+- (.*)/.exec(summary)?.[1];
  return `dist/index.js exited ${exitCode ?? 'by a signal'} without a verdict${why ? `: ${why.slice(0, 200)}` : ''}`;
}
