// The action's run() in-process, with a fake @actions/core (jest.unstable_mockModule, as
// the actions/typescript-action template does), against the emulator: every path from
// inputs to the verdict runs from src/, so a bug put into src fails here without a rebuild.
// __tests__/action/action.test.ts and gate.test.ts run the built dist/ the same ways.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../emulator/index.ts';
import { fakeCore } from '../helpers/fake-core.ts';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.ts';

const core = fakeCore();
jest.unstable_mockModule('@actions/core', () => core.module);
const { run } = await import('../../src/action/main.ts');

const POLICY_PATH = 'policies/oauth-policy.yml';
const PASSING = `version: 1
rules:
  - id: token-lifetime-48h
    token-lifetime: { max-seconds: 172800 }
`;
const FAILING = `version: 1
rules:
  - id: no-implicit
    grant-types: { deny: [implicit] }
`;
const INVALID = `version: 1
rules:
  - id: Not An Id
    grant-types: { deny: [teleport] }
`;

let emu: EmulatorHandle;
let github: FakeGitHub;
const savedSummary = process.env.GITHUB_STEP_SUMMARY;
beforeAll(async () => {
  emu = await startEmulator({ scenario: 'demo', params: { seed: 3 }, knobs: { usagePollsBeforeComplete: 0, userCountLatencyMsPerRole: 0 } });
  github = await startFakeGitHub();
  // writeSummary writes only where the runner gives a summary file; the fake core takes it.
  process.env.GITHUB_STEP_SUMMARY = 'in-memory';
});
afterAll(async () => {
  await Promise.all([emu.close(), github.close()]);
  if (savedSummary === undefined) delete process.env.GITHUB_STEP_SUMMARY;
  else process.env.GITHUB_STEP_SUMMARY = savedSummary;
});
beforeEach(() => core.reset({}));

interface Run {
  policy: string;
  inputs?: Record<string, string>;
  event?: { name: string; payload?: unknown };
  credentials?: boolean;
  /** Prepares the workspace (and may set the payload) before the run. */
  beforeRun?: (workspace: string, event: { name: string; payload?: unknown }) => void;
  /** Changes the environment run() is given. */
  withEnv?: (env: Record<string, string | undefined>) => void;
}

async function runAction(opts: Run) {
  const workspace = mkdtempSync(path.join(tmpdir(), 'action-run-'));
  mkdirSync(path.join(workspace, 'policies'));
  writeFileSync(path.join(workspace, POLICY_PATH), opts.policy);
  const event = { name: 'schedule', ...opts.event };
  opts.beforeRun?.(workspace, event);
  const eventPath = path.join(tmpdir(), `${path.basename(workspace)}-event.json`);
  writeFileSync(eventPath, JSON.stringify(event.payload ?? {}));
  const { clientId, clientSecret } = emu.credentials();
  const credentials: Record<string, string> = opts.credentials === false ? {} : { 'client-id': clientId, 'client-secret': clientSecret };
  core.reset({ ...credentials, 'api-base-url': emu.url, 'allow-insecure-http': 'true', policy: POLICY_PATH, 'usage-days': '30', ...opts.inputs });
  const env = { GITHUB_EVENT_NAME: event.name, GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'acme/genesys-policy', GITHUB_API_URL: github.url };
  const runEnv: Record<string, string | undefined> = { ...env, ...core.inputEnv() };
  opts.withEnv?.(runEnv);
  await run({ workspace, env: runEnv });
  return core.record;
}

describe('the action run in-process', () => {
  it('passes a scheduled audit the org satisfies', async () => {
    const r = await runAction({ policy: PASSING });
    expect(r.failed).toEqual([]);
    expect(r.outputs).toEqual({ findings: '0', errors: '0', warnings: '0', notices: '0', passed: 'true', 'new-findings': '0', 'resolved-findings': '0' });
    expect(r.summary).toMatch(/^## ✅ Genesys Cloud OAuth policy: all \d+ clients pass/);
    expect(r.secrets).toContain(emu.credentials().clientSecret);
    expect(r.info.join('\n')).toMatch(/^Audited \d+ OAuth clients against 1 rules: 0 findings/);
  });

  it('fails a scheduled audit with findings: annotations on the policy line, summary, outputs', async () => {
    const r = await runAction({ policy: FAILING });
    const implicit = emu.org.clients.filter((c) => c.client.authorizedGrantType === 'TOKEN').length;
    expect(implicit).toBeGreaterThan(0);
    expect(r.outputs).toMatchObject({ findings: String(implicit), errors: String(implicit), passed: 'false' });
    expect(r.failed).toEqual([
      `${implicit} findings at or above fail-on "error" (${implicit} errors, 0 warnings, 0 notices, 0 accepted by exceptions; see the job summary).`,
    ]);
    expect(r.annotations.filter((a) => a.level === 'error' && a.props?.file === POLICY_PATH && a.props?.startLine === 3)).toHaveLength(implicit);
    expect(r.summary).toMatch(/^## ❌ Genesys Cloud OAuth policy/);
    expect(r.summary).toContain('no-implicit');
  });

  it('reports an invalid policy on its lines and reads nothing from the org', async () => {
    emu.resetStats();
    const r = await runAction({ policy: INVALID });
    expect(r.failed).toEqual([expect.stringMatching(/^The policy file is invalid \(\d+ problems?\); see the annotations and the job summary\.$/)]);
    expect(r.outputs).toEqual({ passed: 'false' });
    const invalid = r.annotations.filter((a) => a.props?.title === 'Invalid policy');
    expect(invalid.length).toBeGreaterThan(0);
    expect(invalid.every((a) => a.level === 'error' && a.props?.file === POLICY_PATH && Number(a.props?.startLine) >= 3)).toBe(true);
    expect(r.summary).toContain('the policy file is invalid');
    // The token exchange overlaps the policy load and is stopped when the policy fails.
    expect(emu.stats.requests).toBe(0);
    expect(emu.stats.tokenRequests).toBeLessThanOrEqual(1);
  });

  it('reports an invalid policy, not the refused credentials whose exchange overlapped its load', async () => {
    emu.resetStats();
    const r = await runAction({ policy: INVALID, inputs: { 'client-secret': 'not-the-secret' } });
    expect(r.failed).toEqual([expect.stringMatching(/^The policy file is invalid/)]);
    expect(emu.stats.requests).toBe(0);
  });

  it('reports refused credentials once, after a policy that loads', async () => {
    emu.resetStats();
    const r = await runAction({ policy: PASSING, inputs: { 'client-secret': 'not-the-secret' } });
    expect(r.failed).toEqual([expect.stringMatching(/client-id|client-secret|credentials/i)]);
    expect(emu.stats.requests).toBe(0);
    expect(emu.stats.tokenRequests).toBe(1);
  });

  it('names the inputs when the credentials are missing on a scheduled run', async () => {
    const r = await runAction({ policy: PASSING, credentials: false });
    expect(r.failed).toEqual([expect.stringMatching(/^Inputs `client-id` and `client-secret` \(or `access-token`\) are empty/)]);
    expect(r.outputs).toEqual({ passed: 'false' });
  });

  it('names a bad input value', async () => {
    const r = await runAction({ policy: PASSING, inputs: { 'usage-days': 'ninety' } });
    expect(r.failed).toEqual(['`usage-days` must be a whole number from 0 to 365; got "ninety".']);
  });

  it('fails with one sentence, never the secret, when Genesys Cloud refuses the credentials', async () => {
    const r = await runAction({ policy: PASSING, inputs: { 'client-secret': 'not-the-secret-123' } });
    expect(r.failed).toHaveLength(1);
    expect(r.failed[0]).toMatch(/^Genesys Cloud rejected the OAuth client credentials \(HTTP \d+/);
    expect(r.failed[0]).not.toContain('not-the-secret-123');
    expect(r.summary).toContain('the audit could not run');
    expect(r.outputs).toEqual({ passed: 'false' });
  });

  it('fails with one sentence when the API keeps failing', async () => {
    emu.failNext(
      'GET /api/v2/oauth/clients',
      Array.from({ length: 20 }, () => ({ status: 403 })),
    );
    try {
      const r = await runAction({ policy: PASSING });
      expect(r.failed).toHaveLength(1);
      expect(r.failed[0]).not.toMatch(/Unexpected error|\n\s+at /);
      expect(r.outputs).toMatchObject({ passed: 'false' });
    } finally {
      emu.clearFaults();
    }
  });

  it('reports an unexpected error as a bug, with the stack but no secret', async () => {
    const { clientSecret } = emu.credentials();
    const failOnThrows = (env: Record<string, string | undefined>) =>
      Object.defineProperty(env, 'INPUT_FAIL-ON', {
        enumerable: true,
        get: () => {
          throw new TypeError(`boom near ${clientSecret}`);
        },
      });
    const r = await runAction({ policy: PASSING, withEnv: failOnThrows });
    expect(r.failed).toHaveLength(1);
    expect(r.failed[0]).toMatch(/^Unexpected error \(please report it\): TypeError: boom near/);
    expect(r.failed[0]).not.toContain(clientSecret);
  });

  it('takes the pull-request path on a pull_request event: the gate, its outputs and comment', async () => {
    const baseSha = 'b'.repeat(40);
    github.files.set(`${baseSha}:${POLICY_PATH}`, PASSING);
    const payload = {
      number: 7,
      pull_request: {
        number: 7,
        labels: [],
        base: { sha: baseSha, repo: { full_name: 'acme/genesys-policy' } },
        head: { sha: 'a'.repeat(40), repo: { full_name: 'acme/genesys-policy' } },
      },
    };
    const r = await runAction({
      policy: `${PASSING}  - id: no-implicit\n    severity: warning\n    grant-types: { deny: [implicit] }\n`,
      event: { name: 'pull_request', payload },
      inputs: { 'github-token': 'ghs_fake' },
    });
    expect(r.failed).toEqual([]);
    expect(r.outputs).toMatchObject({ loosens: 'false', passed: 'true' });
    expect(Number(r.outputs.added)).toBeGreaterThan(0);
    expect(r.summary).toMatch(/^## 🔍 OAuth policy change/);
    expect(github.comments.get(7)).toHaveLength(1);
    expect(r.secrets).toContain('ghs_fake');
  });

  it('fails a change that loosens the policy unless the pull request has the label', async () => {
    const baseSha = '1'.repeat(40);
    github.files.set(`${baseSha}:${POLICY_PATH}`, FAILING);
    const payload = (labels: string[]) => ({
      pull_request: {
        number: 11,
        labels: labels.map((name) => ({ name })),
        base: { sha: baseSha, repo: { full_name: 'acme/genesys-policy' } },
        head: { sha: '2'.repeat(40), repo: { full_name: 'acme/genesys-policy' } },
      },
    });
    // The head drops the base's deny rule: findings it raised are silenced.
    const loosened = await runAction({
      policy: PASSING,
      event: { name: 'pull_request', payload: payload([]) },
      inputs: { 'github-token': 'ghs_fake', 'comment-on-pr': 'false' },
    });
    expect(loosened.outputs).toMatchObject({ loosens: 'true', passed: 'false' });
    expect(Number(loosened.outputs.silenced)).toBeGreaterThan(0);
    expect(loosened.failed).toEqual([
      expect.stringContaining('the change loosens the policy and the pull request does not have the label "oauth-policy/accept-loosening"'),
    ]);
    const labelled = await runAction({
      policy: PASSING,
      event: { name: 'pull_request', payload: payload(['oauth-policy/accept-loosening']) },
      inputs: { 'github-token': 'ghs_fake', 'comment-on-pr': 'false' },
    });
    expect(labelled.failed).toEqual([]);
    expect(labelled.outputs).toMatchObject({ loosens: 'true', passed: 'true' });
  });

  it('fails a pull request without credentials unless told to pass', async () => {
    const baseSha = 'c'.repeat(40);
    github.files.set(`${baseSha}:${POLICY_PATH}`, PASSING);
    const payload = {
      pull_request: {
        number: 8,
        labels: [],
        base: { sha: baseSha, repo: { full_name: 'acme/genesys-policy' } },
        head: { sha: 'd'.repeat(40), repo: { full_name: 'outsider/genesys-policy' } },
      },
    };
    const event = { name: 'pull_request', payload };
    const failed = await runAction({ policy: PASSING, event, credentials: false, inputs: { 'github-token': 'ghs_fake', 'comment-on-pr': 'false' } });
    expect(failed.failed).toEqual([expect.stringMatching(/the live evaluation was skipped \(this pull request comes from a fork/)]);
    const passed = await runAction({
      policy: PASSING,
      event,
      credentials: false,
      inputs: { 'github-token': 'ghs_fake', 'comment-on-pr': 'false', 'without-credentials': 'pass' },
    });
    expect(passed.failed).toEqual([]);
    expect(passed.annotations).toContainEqual({ level: 'warning', message: expect.stringMatching(/^The live evaluation was skipped/) });
    expect(passed.outputs).toMatchObject({ passed: 'true', loosens: 'false', silenced: '', added: '' });
  });

  it('on pull_request_target reads the head policy from the head commit, and compares with an invalid base as with none', async () => {
    const baseSha = 'e'.repeat(40);
    const headSha = 'f'.repeat(40);
    github.files.set(`${baseSha}:${POLICY_PATH}`, INVALID);
    github.files.set(`${headSha}:${POLICY_PATH}`, FAILING);
    const payload = {
      pull_request: {
        number: 9,
        labels: [],
        base: { sha: baseSha, repo: { full_name: 'acme/genesys-policy' } },
        head: { sha: headSha, repo: { full_name: 'acme/genesys-policy' } },
      },
    };
    // The workspace holds the base (pull_request_target checks it out): PASSING here is never judged.
    const r = await runAction({
      policy: PASSING,
      event: { name: 'pull_request_target', payload },
      inputs: { 'github-token': 'ghs_fake', 'comment-on-pr': 'false' },
    });
    expect(r.failed).toEqual([expect.stringMatching(/^The policy change fails the gate: \d+ findings at or above fail-on "error"/)]);
    expect(r.annotations).toContainEqual({
      level: 'warning',
      message: expect.stringMatching(/^The base policy is invalid, so the change cannot be compared with it/),
    });
  });

  it('reads the base from the local clone without a token, where the policy is new, and skips the comment', async () => {
    const r = await runAction({
      policy: PASSING,
      inputs: { 'github-token': '' },
      event: { name: 'pull_request', payload: {} },
      beforeRun: (workspace, event) => {
        const git = (...args: string[]) =>
          execFileSync('git', ['-C', workspace, '-c', 'user.name=t', '-c', 'user.email=t@example.test', ...args], { encoding: 'utf8' }).trim();
        git('init', '-q');
        writeFileSync(path.join(workspace, 'README.md'), 'no policy yet\n');
        git('add', 'README.md');
        git('commit', '-qm', 'base');
        const baseSha = git('rev-parse', 'HEAD');
        event.payload = {
          pull_request: {
            number: 10,
            labels: [],
            base: { sha: baseSha, repo: { full_name: 'acme/genesys-policy' } },
            head: { sha: 'a'.repeat(40), repo: { full_name: 'acme/genesys-policy' } },
          },
        };
      },
    });
    expect(r.failed).toEqual([]);
    expect(r.info).toContainEqual(expect.stringMatching(/^Base policy policies\/oauth-policy.yml at [0-9a-f]{7}: absent\.$/));
    expect(r.annotations).toContainEqual({ level: 'warning', message: 'The pull request comment was skipped: no `github-token`.' });
  });

  it('names a bad boolean or choice input', async () => {
    expect((await runAction({ policy: PASSING, inputs: { 'comment-on-pr': 'maybe' } })).failed).toEqual([
      '`comment-on-pr` must be true or false; got "maybe".',
    ]);
    expect((await runAction({ policy: PASSING, inputs: { loosening: 'sometimes' } })).failed).toEqual([expect.stringMatching(/^`loosening` must be one of /)]);
  });
});
