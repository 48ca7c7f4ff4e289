// Runs the built action (dist/index.js) as a child process with the environment GitHub's
// runner gives a JavaScript action, and reads back what it wrote.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

export interface RunnerRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  dir: string;
}

export interface RunnerOptions {
  inputs: Record<string, string>;
  /** Files to create in the workspace (path → content). */
  files?: Record<string, string>;
  eventName?: string;
  event?: unknown;
  env?: Record<string, string>;
  entry?: string;
}

export async function runAction(opts: RunnerOptions): Promise<RunnerRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gh-runner-'));
  const workspace = path.join(dir, 'workspace');
  const temp = path.join(dir, 'runner-temp');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(temp, { recursive: true });
  for (const [file, content] of Object.entries(opts.files ?? {})) {
    mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
    writeFileSync(path.join(workspace, file), content);
  }
  const summaryFile = path.join(temp, 'step-summary.md');
  const outputFile = path.join(temp, 'output.txt');
  const eventFile = path.join(temp, 'event.json');
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  writeFileSync(eventFile, JSON.stringify(opts.event ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_EVENT_NAME: opts.eventName ?? 'schedule',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: 'acme/genesys-policy',
    GITHUB_SHA: 'c0ffee0000000000000000000000000000000000',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    ...opts.env,
  };
  // The emulator listens on http://127.0.0.1: a run pointed at it allows plain http, unless a test says otherwise.
  const insecure = opts.inputs['api-base-url']?.startsWith('http://') ? { 'allow-insecure-http': 'true' } : {};
  for (const [name, value] of Object.entries({ ...actionDefaults(), ...insecure, ...opts.inputs }))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const entry = opts.entry ?? path.resolve('dist/index.js');
  const { exitCode, stdout, stderr } = await spawnNode(entry, env, workspace);
  return {
    exitCode,
    stdout,
    stderr,
    summary: readFileSync(summaryFile, 'utf8'),
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    dir,
  };
}

/** The runner sets every input that has a default in action.yml; `${{ github.token }}` becomes the job token. */
function actionDefaults(): Record<string, string> {
  const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };
  const defaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    if (spec.default !== undefined) defaults[name] = spec.default === '${{ github.token }}' ? FAKE_JOB_TOKEN : String(spec.default);
  }
  return defaults;
}

/** What the runner would put in `github.token` (the fake GitHub API accepts anything). */
export const FAKE_JOB_TOKEN = 'ghs_fakeJobToken0000000000000000000000';

function spawnNode(entry: string, env: Record<string, string>, cwd: string): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? -1, stdout, stderr }));
  });
}

/** GITHUB_OUTPUT holds `name<<DELIM\nvalue\nDELIM` blocks (and `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i] as string);
      out[name] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}
