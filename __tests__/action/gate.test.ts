// The pull-request gate, driven like GitHub drives it: dist/index.js as a child process
// with a real event payload file (GITHUB_EVENT_PATH), the GitHub API a fake server on
// loopback (GITHUB_API_URL) that we inspect, and the emulator as Genesys Cloud.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type EmulatorHandle } from '../../emulator/server.ts';
import { md } from '../../src/render/escape.ts';
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
  /** Labels in the event payload (a snapshot from when the run was triggered). */
  labels?: string[];
  /** Labels the API answers with now; unset → the labels route answers 404. */
  apiLabels?: string[];
  fork?: boolean;
  credentials?: boolean;
  event?: 'pull_request' | 'pull_request_target';
  /** Which auditing client of the emulator (a stand-in for another org). */
  auditor?: string;
  /** The payload's `action`: `labeled` adds the `label` that was added. */
  action?: 'synchronize' | 'opened' | 'labeled';
  inputs?: Record<string, string>;
}

const label = (name: string, id: number) => ({
  id,
  node_id: `LA_kwDO${id}`,
  url: `https://api.github.com/repos/acme/genesys-policy/labels/${encodeURIComponent(name)}`,
  name,
  color: 'd73a4a',
  default: false,
  description: null,
});
const repository = (fullName: string, id: number) => ({
  id,
  node_id: `R_kgDO${id}`,
  name: fullName.split('/')[1],
  full_name: fullName,
  private: false,
  owner: { login: fullName.split('/')[0], id: id + 1, type: 'Organization' },
  html_url: `https://github.com/${fullName}`,
  fork: fullName !== 'acme/genesys-policy',
  default_branch: 'main',
});

/** The shape GitHub sends for pull_request and pull_request_target (synchronize, opened, labeled). */
function pullRequestEvent(opts: PrOptions) {
  const labels = (opts.labels ?? []).map((name, i) => label(name, 100 + i));
  const headRepo = opts.fork ? 'outsider/genesys-policy' : 'acme/genesys-policy';
  return {
    action: opts.action ?? 'synchronize',
    number: 42,
    ...(opts.action === 'labeled' && labels.length ? { label: labels[labels.length - 1] } : {}),
    pull_request: {
      url: 'https://api.github.com/repos/acme/genesys-policy/pulls/42',
      id: 1_900_000_042,
      node_id: 'PR_kwDOpolicy42',
      html_url: 'https://github.com/acme/genesys-policy/pull/42',
      number: 42,
      state: 'open',
      locked: false,
      title: 'Tune the OAuth policy',
      user: { login: opts.fork ? 'outsider' : 'dev', id: 7, type: 'User' },
      body: null,
      labels,
      draft: false,
      merged: false,
      author_association: opts.fork ? 'NONE' : 'MEMBER',
      base: {
        label: 'acme:main',
        ref: 'main',
        sha: BASE_SHA,
        user: { login: 'acme', id: 2, type: 'Organization' },
        repo: repository('acme/genesys-policy', 500),
      },
      head: {
        label: `${headRepo.split('/')[0]}:tighten`,
        ref: 'tighten',
        sha: HEAD_SHA,
        user: { login: headRepo.split('/')[0], id: 9, type: 'User' },
        repo: repository(headRepo, opts.fork ? 900 : 500),
      },
    },
    repository: repository('acme/genesys-policy', 500),
    organization: { login: 'acme', id: 2 },
    sender: { login: opts.action === 'labeled' ? 'reviewer' : 'dev', id: 8, type: 'User' },
  };
}

function runPr(opts: PrOptions): Promise<RunnerRun> {
  const { clientId, clientSecret } = emu.credentials(opts.auditor);
  const credentials = opts.credentials === false ? { 'client-id': '', 'client-secret': '' } : { 'client-id': clientId, 'client-secret': clientSecret };
  if (opts.event === 'pull_request_target') github.files.set(`${HEAD_SHA}:${PATH}`, opts.head);
  if (opts.apiLabels) github.labels.set(42, opts.apiLabels);
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
    expect(r.summary).toMatch(/^## 🔍 OAuth policy change: ✅ does not loosen the policy · the head policy passes\n/);
    expect(r.summary).toContain('> ✅ This change does not loosen the policy.');
    expect(r.summary).toContain('### ➕ Added by this change (2)');
    expect(r.summary).toContain('Mobile app &#40;legacy password grant&#41;');
    expect(r.summary).toContain('- Rule `no-password` is added. (line 9)'.replace(/`/g, '&#96;'));
    // The base policy came from the GitHub API (the workspace has no git history).
    expect(contentReads()).toEqual([`/repos/acme/genesys-policy/contents/${PATH}`]);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]?.body).toMatch(
      /^<!-- genesys-oauth-policy: policies\/oauth-policy.yml api=http:\/\/127\.0\.0\.1:\d+ client=[0-9a-f]{12} -->\n## 🔍 OAuth policy change/,
    );
  });

  it('makes a loosening change loud, fails it without the label, and updates the same comment', async () => {
    await runPr({ head: TIGHTENED });
    const r = await runPr({ head: LOOSENED });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ loosens: 'true', passed: 'false' });
    expect(Number(r.outputs.silenced)).toBeGreaterThanOrEqual(3);
    expect(r.stdout).toMatch(
      /::error::The policy change fails the gate: the change loosens the policy and the pull request does not have the label "oauth-policy\/accept-loosening"/,
    );
    expect(r.summary).toContain('> ⚠️ **This change loosens the policy:**');
    expect(r.summary).toMatch(/### 🔓 Silenced by this change \(\d+\)/);
    expect(r.summary).toContain('exception until 2027-01-31 (&#64;\u200bacme/cx-platform): Long-running archive jobs, tracked in CX-88');
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

  it.each([
    [
      'an exception for a client that does not exist yet',
      `${BASE}exceptions:\n  - { rule: no-implicit, client: Not created yet, reason: coming soon, owner: sec, expires: 2027-01-31 }\n`,
      'The exception for rule',
    ],
    [
      'a limit raised that no client reaches today',
      BASE.replace('max-seconds: 86400', 'max-seconds: 90000'),
      '`token-lifetime.max-seconds` goes from 86400 s to 90000 s (looser)',
    ],
    [
      'a rule turned to notice',
      BASE.replace('severity: warning\n    grant-types', 'severity: notice\n    grant-types'),
      'Rule `no-implicit` goes from warning to notice',
    ],
  ])('fails %s although it changes no finding of the org today, unless labelled', async (_what, head, reason) => {
    const r = await runPr({ head, apiLabels: [] });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ loosens: 'true', silenced: '0', passed: 'false' });
    expect(r.summary).toContain('> ⚠️ **This change loosens the policy:**');
    expect(r.summary).not.toContain('does not loosen');
    expect(r.summary).toContain(md(reason, 1000));
    const labelled = await runPr({ head, apiLabels: ['oauth-policy/accept-loosening'] });
    expect(labelled.exitCode).toBe(0);
    expect(labelled.outputs).toMatchObject({ loosens: 'true', passed: 'true' });
  });

  it('from a fork without credentials, `without-credentials: pass` still fails a loosened rule body', async () => {
    github.readOnly = true;
    const head = `${BASE}  - id: no-routing-edit\n    permissions: { deny: ["routing:*:edit"] }\n`;
    github.files.set(`${BASE_SHA}:${PATH}`, `${BASE}  - id: no-routing-edit\n    permissions: { deny: ["routing:*:edit", "oauth:client:edit"] }\n`);
    const r = await runPr({ head, fork: true, credentials: false, inputs: { 'without-credentials': 'pass' } });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ loosens: 'true', passed: 'false' });
    expect(r.summary).toContain(md('`permissions.deny` goes from [routing:*:edit, oauth:client:edit] to [routing:*:edit] (looser)', 1000));
  });

  it('treats an invalid base policy as loosening, says so, and shows the head policy evaluated on its own', async () => {
    github.files.set(`${BASE_SHA}:${PATH}`, 'version: 1\nrules:\n  - id: broken\n    severity: loud\n');
    const r = await runPr({ head: TIGHTENED, apiLabels: [] });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ loosens: 'true', passed: 'false', silenced: '' });
    expect(r.summary).toContain('The base policy is invalid');
    expect(r.summary).toContain('> ⚠️ **This change loosens the policy:**');
    expect(r.summary).not.toContain('skipped');
    expect(r.summary).toMatch(/^## 🔍 OAuth policy change: ❌ loosens the policy \(needs the label\) · the head policy passes\n/);
    expect(r.summary).toContain('## ✅ Genesys Cloud OAuth policy');
    const labelled = await runPr({ head: TIGHTENED, apiLabels: ['oauth-policy/accept-loosening'] });
    expect(labelled.exitCode).toBe(0);
  });

  it('sees a label added after the run started when the run is re-run (labels read through the API)', async () => {
    const first = await runPr({ head: LOOSENED, apiLabels: [] });
    expect(first.exitCode).toBe(1);
    // "Re-run" replays the old payload, without the label; the API has it now.
    const rerun = await runPr({ head: LOOSENED, apiLabels: ['oauth-policy/accept-loosening'] });
    expect(rerun.exitCode).toBe(0);
    expect(rerun.summary).toContain('Acknowledged: the pull request has the label');
    expect(github.requests.some((q) => q.method === 'GET' && q.path === '/repos/acme/genesys-policy/issues/42/labels')).toBe(true);
    // A label removed since the payload was taken no longer counts.
    const removed = await runPr({ head: LOOSENED, labels: ['oauth-policy/accept-loosening'], action: 'labeled', apiLabels: [] });
    expect(removed.exitCode).toBe(1);
  });

  it('falls back to the payload labels with a notice when the API cannot list them', async () => {
    const r = await runPr({ head: LOOSENED, labels: ['oauth-policy/accept-loosening'], action: 'labeled' });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/::notice::The pull request's labels were read from the event payload \(GitHub refused to list the labels of #42 \(HTTP 404\)\)/);
  });

  it('keeps one comment per job when a matrix gates one pull request for two orgs', async () => {
    await runPr({ head: TIGHTENED, inputs: { 'report-key': 'org-a' } });
    await runPr({ head: TIGHTENED, inputs: { 'report-key': 'org-b' } });
    await runPr({ head: TIGHTENED, inputs: { 'report-key': 'org-a' } });
    expect(comments()).toHaveLength(2);
    expect(comments().map((c) => c.body.split('\n')[0])).toEqual([
      expect.stringMatching(/^<!-- genesys-oauth-policy: policies\/oauth-policy.yml api=\S+ key=org-a -->$/),
      expect.stringMatching(/^<!-- genesys-oauth-policy: policies\/oauth-policy.yml api=\S+ key=org-b -->$/),
    ]);
    expect(github.requests.filter((q) => q.method === 'PATCH')).toHaveLength(1);
  });

  it('keeps one comment per org when a matrix audits two orgs in one region without a report key', async () => {
    await runPr({ head: TIGHTENED, auditor: 'auditor' });
    await runPr({ head: TIGHTENED, auditor: 'auditor-no-usage' });
    await runPr({ head: TIGHTENED, auditor: 'auditor' });
    expect(comments()).toHaveLength(2);
    const markers = comments().map((c) => c.body.split('\n')[0] ?? '');
    expect(new Set(markers).size).toBe(2);
    for (const m of markers) expect(m).toMatch(/ client=[0-9a-f]{12} -->$/);
    // The marker names the client by a one-way hash, never by its id.
    for (const name of ['auditor', 'auditor-no-usage']) expect(comments().some((c) => c.body.includes(emu.credentials(name).clientId))).toBe(false);
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
    // Only the tracking issue is looked for (a passing run opens none); no policy, no comment.
    expect(github.requests).toEqual([{ method: 'GET', path: '/repos/acme/genesys-policy/issues' }]);
  });
});
