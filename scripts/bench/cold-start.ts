// Cold start of the built action: spawn `node dist/index.js` with the environment GitHub's
// runner gives a JavaScript action (INPUT_* pointing `api-base-url` at the emulator), and
// time from the spawn to the emulator receiving the first request (the token POST), seen
// through Node's `http.server.request.start` diagnostics channel. Each run goes on to finish
// its audit of the small `demo` org. Median of several runs after one warm-up (which fills
// the file cache). The Node binary is this process's own (Node 24 under npm scripts).
import { spawn } from 'node:child_process';
import diagnostics from 'node:diagnostics_channel';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmulator } from '../../emulator/index.ts';
import { median } from './stats.ts';

export interface ColdStartResult {
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Spawn to exit, for context: the whole audit of the demo org. */
  medianTotalMs: number;
  /** Spawn to exit of `node -e 0`, for context: what Node itself costs. */
  medianBareNodeMs: number;
  /** Size of dist/index.js: V8 compiles all of it before the first line runs. */
  bundleBytes: number;
}

const CHANNEL = 'http.server.request.start';

export async function measureColdStart(opts: { root: string; runs: number }): Promise<ColdStartResult> {
  const entry = path.join(opts.root, 'dist', 'index.js');
  const bundleBytes = statSync(entry).size;
  const emu = await startEmulator({ scenario: 'demo' });
  let firstRequest: (() => void) | undefined;
  const onRequest = () => firstRequest?.();
  diagnostics.subscribe(CHANNEL, onRequest);
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-cold-'));
  try {
    const env = runnerEnv(dir, opts.root, emu.url, emu.credentials());
    const starts: number[] = [];
    const totals: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i <= opts.runs; i++) {
      const b0 = performance.now();
      bare.push((await runOnce('-e', { PATH: env.PATH ?? '' }, dir, ['0'])) - b0);
      const seen = new Promise<number>((resolve) => {
        firstRequest = () => {
          firstRequest = undefined;
          resolve(performance.now());
        };
      });
      const t0 = performance.now();
      const exit = runOnce(entry, env, path.join(dir, 'workspace'));
      const [first, end] = await Promise.all([seen, exit]);
      if (i > 0) {
        starts.push(first - t0);
        totals.push(end - t0);
      }
    }
    return {
      runs: opts.runs,
      medianMs: median(starts),
      minMs: Math.min(...starts),
      maxMs: Math.max(...starts),
      medianTotalMs: median(totals),
      medianBareNodeMs: median(bare.slice(1)),
      bundleBytes,
    };
  } finally {
    diagnostics.unsubscribe(CHANNEL, onRequest);
    rmSync(dir, { recursive: true, force: true });
    await emu.close();
  }
}

function runnerEnv(dir: string, root: string, url: string, creds: { clientId: string; clientSecret: string }): Record<string, string> {
  const workspace = path.join(dir, 'workspace');
  const temp = path.join(dir, 'runner-temp');
  mkdirSync(path.join(workspace, 'policies'), { recursive: true });
  mkdirSync(temp, { recursive: true });
  copyFileSync(path.join(root, 'policies', 'oauth-policy.yml'), path.join(workspace, 'policies', 'oauth-policy.yml'));
  for (const file of ['summary.md', 'output.txt', 'event.json']) writeFileSync(path.join(temp, file), file === 'event.json' ? '{}' : '');
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: path.join(temp, 'summary.md'),
    GITHUB_OUTPUT: path.join(temp, 'output.txt'),
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_EVENT_PATH: path.join(temp, 'event.json'),
    GITHUB_REPOSITORY: 'acme/genesys-policy',
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    'INPUT_CLIENT-ID': creds.clientId,
    'INPUT_CLIENT-SECRET': creds.clientSecret,
    'INPUT_API-BASE-URL': url,
    INPUT_POLICY: 'policies/oauth-policy.yml',
  };
}

/** Resolves with performance.now() at exit; an exit code above 1 (1 = findings) is a failure. */
function runOnce(entry: string, env: Record<string, string>, cwd: string, args: string[] = []): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], { env, cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 || code === 1 ? resolve(performance.now()) : reject(new Error(`${entry} exited ${code}: ${stderr.slice(-1000)}`))));
  });
}
