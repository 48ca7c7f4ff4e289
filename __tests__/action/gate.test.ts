// The pull-request gate, driven like GitHub drives it: dist/index.js as a child process
// with a real event payload file (GITHUB_EVENT_PATH), the GitHub API a fake server on
// loopback (GITHUB_API_URL) that we inspect, and the emulator as Genesys Cloud.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type EmulatorHandle } from '../../emulator/server.ts';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.ts';
import { runAction, type RunnerRun } from '../helpers/runner.ts';

const PATH = 'policies/oauth-policy.yml';
const BASE_SHA = 'b'.repeat(40);
const HEAD_SHA = 'h'.repeat(40).replace(/h/g, 'a');

const BASE = `version: 1
rules:
  - id: token-lifetime
    severity: warning
    token-lifetime: { max-seconds: 86400 }
  - id: no-implicit
    severity: warning
    grant-types: { deny: [implicit] }
`;
const TIGHTENED = `${BASE}  - id: no-password
    severity: warning
    grant-types: { deny: [password] }
`;
const LOOSENED = `version: 1
rules:
  - id: token-lifetime
    severity: warning
    token-lifetime: { max-seconds: 86400 }
exceptions:
  - rule: token-lifetime
    client: Recording archiver
    reason: Long-running archive jobs, tracked in CX-88
    owner: "@acme/cx-platform"
    expires: 2027-01-31
`;

let emu: EmulatorHandle;
let github: FakeGitHub;

beforeAll(async () => {
  emu = await startEmulator({ scenario: 'demo' });
});
afterAll(async () => {
  await emu.close();
});
beforeEach(async () => {
  await github?.close();
  github = await startFakeGitHub();
  github.files.set(`${BASE_SHA}:${PATH}`, BASE);
});
afterAll(async () => {
  await github.close();
});

interface PrOptions {
  head: string;
  labels?: string[];
  fork?: boolean;
  credentials?: boolean;
  event?: 'pull_request' | 'pull_request_target';
  inputs?: Record<string, string>;
}

function pullRequestEvent(opts: PrOptions) {
  return {
    action: 'synchronize',
    number: 42,
    pull_request: {
      number: 42,
      labels: (opts.labels ?? []).map((name) => ({ name })),
      base: { sha: BASE_SHA, ref: 'main', repo: { full_name: 'acme/genesys-policy' } },
      head: { sha: HEAD_SHA, ref: 'tighten', repo: { full_name: opts.fork ? 'outsider/genesys-policy' : 'acme/genesys-policy' } },
    },
    repository: { full_name: 'acme/genesys-policy' },
  };
}

function runPr(opts: PrOptions): Promise<RunnerRun> {
  const { clientId, clientSecret } = emu.credentials();
  const credentials = opts.credentials === false ? { 'client-id': '', 'client-secret': '' } : { 'client-id': clientId, 'client-secret': clientSecret };
  if (opts.event === 'pull_request_target') github.files.set(`${HEAD_SHA}:${PATH}`, opts.head);
  return runAction({
    inputs: { ...credentials, 'api-base-url': emu.url, ...opts.inputs },
    // pull_request checks out the merge commit (the head's policy); pull_request_target the base.
    files: { [PATH]: opts.event === 'pull_request_target' ? BASE : opts.head },
    eventName: opts.event ?? 'pull_request',
    event: pullRequestEvent(opts),
    env: { GITHUB_API_URL: github.url },
  });
}

const comments = () => github.comments.get(42) ?? [];
/** Octokit sends the file path URL-encoded (`policies%2F…`), as GitHub accepts. */
const contentReads = () => github.requests.filter((q) => q.method === 'GET' && q.path.includes('/contents/')).map((q) => decodeURIComponent(q.path));

describe('the pull-request gate', () => {
  it('shows what a tightening change adds, passes, and comments once', async () => {
    const r = await runPr({ head: TIGHTENED });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ loosens: 'false', silenced: '0', added: '2', passed: 'true' });
    expect(r.summary).toMatch(/^## 🔍 OAuth policy change: the head policy passes/);
    expect(r.summary).toContain('> ✅ This change does not loosen the policy.');
    expect(r.summary).toContain('### ➕ Added by this change (2)');
    expect(r.summary).toContain('Mobile app &#40;legacy password grant&#41;');
    expect(r.summary).toContain('- Rule `no-password` is added. (line 9)'.replace(/`/g, '&#96;'));
    // The base policy came from the GitHub API (the workspace has no git history).
    expect(contentReads()).toEqual([`/repos/acme/genesys-policy/contents/${PATH}`]);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]?.body).toMatch(/^<!-- genesys-oauth-policy: policies\/oauth-policy.yml -->\n## 🔍 OAuth policy change/);
  });

  it('makes a loosening change loud, fails it without the label, and updates the same comment', async () => {
    await runPr({ head: TIGHTENED });
    const r = await runPr({ head: LOOSENED });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ loosens: 'true', passed: 'false' });
    expect(Number(r.outputs.silenced)).toBeGreaterThanOrEqual(3);
    expect(r.stdout).toMatch(/::error::The policy change fails the gate: the change loosens the policy and the pull request does not have the label "oauth-policy\/accept-loosening"/);
    expect(r.summary).toContain('> ⚠️ **This change loosens the policy:**');
    expect(r.summary).toMatch(/### 🔓 Silenced by this change \(\d+\)/);
    expect(r.summary).toContain('exception until 2027-01-31 (&#64;acme/cx-platform): Long-running archive jobs, tracked in CX-88');
    expect(r.summary).toContain('its rule is removed or turned off');
    expect(r.summary).toContain('⚠️ Rule &#96;no-implicit&#96; is removed.');
    // Silenced comes before added: loosening is never buried under tightening.
    expect(r.summary.indexOf('Silenced by this change')).toBeLessThan(r.summary.indexOf('Policy changes'));
    const [only] = comments();
    expect(comments()).toHaveLength(1);
    expect(only?.body).toContain('This change loosens the policy');
    expect(github.requests.filter((q) => q.method === 'PATCH')).toHaveLength(1);
  });

  it('passes a loosening change that carries the acknowledgement label', async () => {
    const r = await runPr({ head: LOOSENED, labels: ['oauth-policy/accept-loosening'] });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ loosens: 'true', passed: 'true' });
    expect(r.summary).toContain('Acknowledged: the pull request has the label');
  });

  it('only warns about loosening when told to', async () => {
    const r = await runPr({ head: LOOSENED, inputs: { loosening: 'warn' } });
    expect(r.exitCode).toBe(0);
    expect(r.summary).toContain('Reviewers: make sure this is intended.');
  });

  it('from a fork without credentials: compares the files, says the live evaluation was skipped, fails by default', async () => {
    github.readOnly = true;
    const r = await runPr({ head: LOOSENED, fork: true, credentials: false });
    expect(r.exitCode).toBe(1);
    expect(r.summary).toContain('The live evaluation was skipped');
    expect(r.summary).toContain('comes from a fork, and GitHub does not give the repository&#39;s secrets');
    expect(r.summary).toContain('⚠️ The exception for rule');
    expect(r.outputs).toMatchObject({ loosens: 'true', silenced: '', added: '', passed: 'false' });
    expect(r.stdout).toMatch(/::error::The policy change fails the gate: the change loosens the policy .*; the live evaluation was skipped/);
    // A read-only token cannot comment: a warning, never a failure of its own.
    expect(r.stdout).toMatch(/::warning::GitHub refused to comment on #42 \(HTTP 403\)\. The pull request comment was skipped/);
    expect(emu.stats.tokenRequests).toBeGreaterThanOrEqual(0);
  });

  it('from a fork without credentials passes a non-loosening change when configured to', async () => {
    const r = await runPr({ head: TIGHTENED, fork: true, credentials: false, inputs: { 'without-credentials': 'pass' } });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/::warning::The live evaluation was skipped \(this pull request comes from a fork/);
    expect(r.summary).toContain('Rule &#96;no-password&#96; is added.');
  });

  it('on pull_request_target reads the head policy as data at the head commit', async () => {
    const r = await runPr({ head: TIGHTENED, event: 'pull_request_target' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.added).toBe('2');
    expect(contentReads()).toHaveLength(2);
  });

  it('treats a new policy file as adding everything', async () => {
    github.files.clear();
    const r = await runPr({ head: TIGHTENED });
    expect(r.summary).toContain('The policy file is new in this pull request');
    expect(r.outputs.loosens).toBe('false');
  });

  it('on a schedule audits as before: no base policy, no comment', async () => {
    const { clientId, clientSecret } = emu.credentials();
    const r = await runAction({
      inputs: { 'client-id': clientId, 'client-secret': clientSecret, 'api-base-url': emu.url },
      files: { [PATH]: BASE },
      eventName: 'schedule',
      event: { schedule: '17 6 * * *' },
      env: { GITHUB_API_URL: github.url },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.passed).toBe('true');
    expect(r.outputs.loosens).toBeUndefined();
    expect(github.requests).toEqual([]);
  });
});
