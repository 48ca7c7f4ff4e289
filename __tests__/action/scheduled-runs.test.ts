// Scheduled runs people notice (issue 12), in-process from src against the emulator and a
// fake GitHub API: three runs of an org that changes between them open the tracking issue,
// edit it with exactly what is new and resolved, and close it; fail-on-new judges only what
// is new; a hand-edited state is not trusted; a matrix of two orgs merges into one summary.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../emulator/index.ts';
import { createOrg, type Org, type OrgClient } from '../../emulator/org.ts';
import { fakeCore } from '../helpers/fake-core.ts';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.ts';

const core = fakeCore();
jest.unstable_mockModule('@actions/core', () => core.module);
const { run } = await import('../../src/action/main.ts');

const POLICY = `version: 1
rules:
  - id: no-implicit
    grant-types: { deny: [implicit] }
  - id: no-role-admin
    where: { grant-type: [client-credentials] }
    permissions: { deny: ["authorization:role:edit"] }
`;

let emu: EmulatorHandle;
let github: FakeGitHub;
let base: Org;
const savedSummary = process.env.GITHUB_STEP_SUMMARY;

beforeAll(async () => {
  emu = await startEmulator({ scenario: 'demo', params: { seed: 3 }, knobs: { usagePollsBeforeComplete: 0, userCountLatencyMsPerRole: 0 } });
  base = emu.org;
  github = await startFakeGitHub();
  process.env.GITHUB_STEP_SUMMARY = 'in-memory';
});
afterAll(async () => {
  await Promise.all([emu.close(), github.close()]);
  if (savedSummary === undefined) delete process.env.GITHUB_STEP_SUMMARY;
  else process.env.GITHUB_STEP_SUMMARY = savedSummary;
});
beforeEach(() => {
  github.issues.clear();
  github.comments.clear();
  emu.setOrg(base);
});

function withClients(org: Org, change: (clients: OrgClient[]) => OrgClient[], roles = org.roles): Org {
  const { clientsById: _c, rolesById: _r, ...parts } = org;
  return createOrg({ ...parts, roles, clients: change([...org.clients]) });
}

const implicit = (c: OrgClient) => c.client.authorizedGrantType === 'TOKEN';

async function scheduledRun(inputs: Record<string, string> = {}, org: EmulatorHandle = emu) {
  const workspace = mkdtempSync(path.join(tmpdir(), 'scheduled-'));
  mkdirSync(path.join(workspace, 'policies'));
  writeFileSync(path.join(workspace, 'policies/oauth-policy.yml'), POLICY);
  const { clientId, clientSecret } = org.credentials();
  core.reset({
    'client-id': clientId,
    'client-secret': clientSecret,
    'api-base-url': org.url,
    'allow-insecure-http': 'true',
    'usage-days': '0',
    'github-token': 'ghs_fake',
    ...inputs,
  });
  const env = {
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_REPOSITORY: 'acme/genesys-policy',
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
  };
  await run({ workspace, env: { ...env, ...core.inputEnv() } });
  return { ...core.record, annotations: [...core.record.annotations], failed: [...core.record.failed], outputs: { ...core.record.outputs }, workspace };
}

describe('scheduled runs', () => {
  it('open the tracking issue, edit it with exactly what is new and resolved, then close it', async () => {
    const first = await scheduledRun();
    expect(first.outputs.passed).toBe('false');
    const total = Number(first.outputs.findings);
    expect(first.outputs).toMatchObject({ 'new-findings': String(total), 'resolved-findings': '0' });
    expect(first.summary).toMatch(/No baseline: this is the first run with a tracking issue/);
    expect([...github.issues.values()]).toEqual([expect.objectContaining({ number: 1, state: 'open', labels: [{ name: 'genesys-oauth-policy' }] })]);

    // The org changes: a new implicit client, and a client-credentials client gains role administration.
    const roleAdmin = {
      id: 'role-admin-new',
      name: 'Role administrator',
      permissionPolicies: [{ domain: 'authorization', entityName: 'role', actionSet: ['edit'] }],
    };
    const widened = base.clients.find((c) => c.client.authorizedGrantType === 'CLIENT-CREDENTIALS' && (c.client.roleDivisions?.length ?? 0) > 0) as OrgClient;
    const newcomer: OrgClient = {
      client: { ...(base.clients.find(implicit) as OrgClient).client, id: 'b7a1c2d3-0000-4000-8000-00000000beef', name: 'Newcomer SPA' },
    };
    emu.setOrg(
      withClients(
        base,
        (clients) => [
          ...clients.map((c) =>
            c === widened
              ? { ...c, client: { ...c.client, roleDivisions: [...(c.client.roleDivisions ?? []), { roleId: 'role-admin-new', divisionId: '*' }] } }
              : c,
          ),
          newcomer,
        ],
        [...base.roles, roleAdmin],
      ),
    );
    const second = await scheduledRun();
    expect(second.outputs).toMatchObject({ passed: 'false', 'new-findings': '2', 'resolved-findings': '0', findings: String(total + 2) });
    const issue = github.issues.get(1);
    expect(github.issues.size).toBe(1);
    expect(issue?.body).toMatch(/\*\*2 new\*\*, 0 resolved, \d+ unchanged/);
    expect(issue?.body).toContain('Newcomer SPA');
    expect(issue?.body).toMatch(/Access grew: [^\n]*\(`/);
    expect(issue?.body).toMatch(/no-role-admin/);

    // Fixed: no implicit client left, the role administration gone.
    const auditors = new Set(Object.values(base.auditors).map((a) => a.clientId));
    const administers = (c: OrgClient) =>
      (c.client.roleDivisions ?? []).some((rd) =>
        base.rolesById.get(rd.roleId ?? '')?.permissionPolicies?.some((p) => p.domain === 'authorization' || p.domain === '*'),
      );
    emu.setOrg(withClients(base, (clients) => clients.filter((c) => auditors.has(c.client.id) || (!implicit(c) && c !== widened && !administers(c)))));
    const third = await scheduledRun();
    expect(third.outputs).toMatchObject({ passed: 'true', 'new-findings': '0', 'resolved-findings': String(total + 2) });
    expect(github.issues.get(1)?.state).toBe('closed');
    expect(github.comments.get(1)?.map((c) => c.body)).toEqual([
      expect.stringMatching(/passes again \(\[run\]\(https:\/\/github\.com\/acme\/genesys-policy\/actions\/runs\/42\)\): closing/),
    ]);
  });

  it('with fail-on-new, fails only on what the previous run did not report', async () => {
    await scheduledRun();
    const same = await scheduledRun({ 'fail-on-new': 'true' });
    expect(Number(same.outputs.findings)).toBeGreaterThan(0);
    expect(same.outputs).toMatchObject({ passed: 'true', 'new-findings': '0' });
    expect(same.summary).toMatch(/Since the last run/);
  });

  it('does not trust a state edited by hand: the run counts as a first run, and fail-on-new fails', async () => {
    await scheduledRun();
    const issue = github.issues.get(1);
    if (!issue) throw new Error('no issue');
    issue.body = issue.body.replace(/sig=[0-9a-f]{64}/, `sig=${'0'.repeat(64)}`);
    const r = await scheduledRun({ 'fail-on-new': 'true' });
    expect(r.annotations).toContainEqual(
      expect.objectContaining({ level: 'notice', message: expect.stringMatching(/baseline was ignored: the saved state's signature does not match/) }),
    );
    expect(r.outputs.passed).toBe('false');
    expect(r.outputs['new-findings']).toBe(r.outputs.findings);
  });

  it('without issues: write, warns and still reports the audit', async () => {
    github.readOnly = true;
    try {
      const r = await scheduledRun();
      expect(r.failed).toHaveLength(1);
      expect(r.annotations).toContainEqual(expect.objectContaining({ level: 'warning', message: expect.stringMatching(/permissions: issues: write/) }));
    } finally {
      github.readOnly = false;
    }
  });

  it('reads the GENESYSCLOUD_* variables when the inputs are empty, and accepts an access token from an earlier step', async () => {
    const { clientId, clientSecret } = emu.credentials();
    const workspace = mkdtempSync(path.join(tmpdir(), 'env-'));
    mkdirSync(path.join(workspace, 'policies'));
    writeFileSync(path.join(workspace, 'policies/oauth-policy.yml'), POLICY);
    core.reset({ 'allow-insecure-http': 'true', 'usage-days': '0', issue: 'off' });
    const env = {
      GITHUB_EVENT_NAME: 'schedule',
      GENESYSCLOUD_OAUTHCLIENT_ID: clientId,
      GENESYSCLOUD_OAUTHCLIENT_SECRET: clientSecret,
      GENESYSCLOUD_API_REGION: emu.url,
    };
    await run({ workspace, env: { ...env, ...core.inputEnv() } });
    expect(core.record.outputs.findings).toMatch(/^\d+$/);
    expect(core.record.secrets).toContain(clientSecret);

    const res = await fetch(`${emu.loginUrl}/oauth/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    const token = ((await res.json()) as { access_token: string }).access_token;
    core.reset({ 'access-token': token, 'api-base-url': emu.url, 'allow-insecure-http': 'true', 'usage-days': '0', issue: 'off' });
    await run({ workspace, env: { GITHUB_EVENT_NAME: 'schedule', ...core.inputEnv() } });
    expect(core.record.outputs.findings).toMatch(/^\d+$/);
    expect(core.record.secrets).toContain(token);
    emu.revokeTokens();
    core.reset({ 'access-token': token, 'api-base-url': emu.url, 'allow-insecure-http': 'true', 'usage-days': '0', issue: 'off' });
    await run({ workspace, env: { GITHUB_EVENT_NAME: 'schedule', ...core.inputEnv() } });
    expect(core.record.failed).toEqual([expect.stringMatching(/refused the access token from `access-token`/)]);
    expect(core.record.failed.join('')).not.toContain(token);
  });

  it('a matrix of two orgs: one issue each, and the fan-in merges their reports into one summary', async () => {
    const other = await startEmulator({ scenario: 'demo', params: { seed: 9 }, knobs: { usagePollsBeforeComplete: 0, userCountLatencyMsPerRole: 0 } });
    try {
      const a = await scheduledRun({ 'report-key': 'emea', 'report-file': 'reports/emea.json' });
      const b = await scheduledRun({ 'report-key': 'us', 'report-file': 'reports/us.json' }, other);
      expect(github.issues.size).toBe(2);
      const fanIn = mkdtempSync(path.join(tmpdir(), 'fan-in-'));
      mkdirSync(path.join(fanIn, 'reports'));
      writeFileSync(path.join(fanIn, 'reports/emea.json'), readFileSync(path.join(a.workspace, 'reports/emea.json')));
      writeFileSync(path.join(fanIn, 'reports/us.json'), readFileSync(path.join(b.workspace, 'reports/us.json')));
      core.reset({ 'merge-reports': 'reports/*.json', 'expected-reports': '2' });
      await run({ workspace: fanIn, env: { GITHUB_EVENT_NAME: 'schedule', ...core.inputEnv() } });
      expect(core.record.summary.match(/^\| 127\.0\.0\.1/gm)).toHaveLength(2);
      expect(core.record.summary).toMatch(/2 of 2 orgs fail/);
      expect(core.record.outputs.passed).toBe('false');
      core.reset({ 'merge-reports': 'reports/*.json', 'expected-reports': '3' });
      await run({ workspace: fanIn, env: { GITHUB_EVENT_NAME: 'schedule', ...core.inputEnv() } });
      expect(core.record.failed).toEqual([expect.stringMatching(/2 reports were found, and 3 were expected/)]);
    } finally {
      await other.close();
    }
  });
});
