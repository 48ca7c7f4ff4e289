// The CLI's subcommands, in-process from src: validate, test, explain and merge-reports —
// offline where they can be, each with its exit codes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.ts';
import { startEmulator, type EmulatorHandle } from '../../emulator/server.ts';

const root = process.cwd();
const dir = mkdtempSync(path.join(tmpdir(), 'cli-sub-'));
let emu: EmulatorHandle;

beforeAll(async () => {
  emu = await startEmulator({ scenario: 'demo' });
});
afterAll(async () => {
  await emu.close();
});

async function cli(argv: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv,
    env: opts.env ?? {},
    cwd: opts.cwd ?? root,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTty: false,
    version: '9.9.9',
  });
  return { code, stdout, stderr };
}

function liveEnv(): Record<string, string> {
  const { clientId, clientSecret } = emu.credentials('auditor');
  return {
    GENESYSCLOUD_OAUTHCLIENT_ID: clientId,
    GENESYSCLOUD_OAUTHCLIENT_SECRET: clientSecret,
    GENESYSCLOUD_API_BASE_URL: emu.url,
    GENESYSCLOUD_ALLOW_INSECURE_HTTP: 'true',
  };
}

describe('validate', () => {
  it('passes the example policy with no credentials and no network, and exits 2 on a bad file', async () => {
    expect(await cli(['validate'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/policies\/oauth-policy\.yml: valid/) });
    const bad = path.join(dir, 'bad.yml');
    writeFileSync(bad, 'version: 1\nrules:\n  - id: a\n    scops: []\n');
    const r = await cli(['validate', 'policies/oauth-policy.yml', bad, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ valid: false, files: [{ valid: true }, { valid: false, errors: [expect.objectContaining({ line: 4 })] }] });
  });

  it('reads the pack files a policy extends, and reports a cycle at the extends lines', async () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'cli-packs-'));
    mkdirSync(path.join(repo, 'policies/packs'), { recursive: true });
    writeFileSync(
      path.join(repo, 'policies/oauth-policy.yml'),
      'version: 1\nextends: [recommended, ./packs/acme.yml]\noverrides:\n  acme-no-implicit: warning\n',
    );
    writeFileSync(path.join(repo, 'policies/packs/acme.yml'), 'version: 1\nrules:\n  - id: acme-no-implicit\n    grant-types: { deny: [implicit] }\n');
    expect(await cli(['validate'], { cwd: repo })).toMatchObject({ code: 0, stdout: expect.stringMatching(/policies\/oauth-policy\.yml: valid/) });
    writeFileSync(path.join(repo, 'policies/packs/acme.yml'), 'version: 1\nextends: [./../oauth-policy.yml]\nrules: []\n');
    const r = await cli(['validate'], { cwd: repo, env: { GITHUB_ACTIONS: 'true' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^::error file=policies\/oauth-policy\.yml,line=2,col=\d+,title=Invalid policy::Pack `.\/packs\/acme\.yml` cannot be used/m);
    expect(r.stdout).toMatch(
      /^::error file=policies\/packs\/acme\.yml,line=2,col=\d+,title=Invalid policy::`.\/..\/oauth-policy\.yml` makes a cycle of packs/m,
    );
  });

  it('writes annotations in GitHub Actions', async () => {
    const bad = path.join(dir, 'bad2.yml');
    writeFileSync(bad, 'version: 2\n');
    const r = await cli(['validate', bad], { env: { GITHUB_ACTIONS: 'true' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^::error file=.*bad2\.yml,line=1,col=\d+,title=Invalid policy::/m);
  });
});

describe('test', () => {
  it("runs the example policy's tests and the pack's fixtures: all pass, with coverage", async () => {
    const r = await cli(['test']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Coverage: \d+ of \d+ rules/m);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^\d+ passed, 0 failed$/);
  });

  it('fails on a wrong expectation, and exits 2 on a malformed test file', async () => {
    const wrong = path.join(dir, 'wrong.test.yml');
    writeFileSync(
      wrong,
      readFileSync('policies/tests/oauth-policy.test.yml', 'utf8')
        .replace('policy: ../oauth-policy.yml', `policy: ${path.join(root, 'policies/oauth-policy.yml')}`)
        .replace('client: Long session, severity: warning', 'client: Long session, severity: error'),
    );
    const r = await cli(['test', wrong]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL user tokens live at most 8 hours/);
    const malformed = path.join(dir, 'malformed.test.yml');
    writeFileSync(malformed, 'tests: nope\n');
    expect(await cli(['test', malformed])).toMatchObject({ code: 2, stderr: expect.stringMatching(/malformed\.test\.yml:1:\d+: `tests` must be array/) });
  });
});

describe('explain', () => {
  it('explains a rule offline', async () => {
    const r = await cli(['explain', 'browser-apps-read-only']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/browser-apps-read-only — warning, data-access/);
    expect(r.stdout).toMatch(/What it checks:\n {2}category: data-access/);
  });

  it('explains a client from a JSON report, and from the live org', async () => {
    const report = path.join(dir, 'report.json');
    const audit = await cli(['--format', 'json'], { env: liveEnv() });
    writeFileSync(report, audit.stdout);
    const fromReport = await cli(['explain', 'Recording archiver', '--report', report]);
    expect(fromReport.code).toBe(0);
    expect(fromReport.stdout).toMatch(/^Client "Recording archiver" \(596250f1-ab84-41f5-a701-adcd37be8270\)/);
    expect(fromReport.stdout).toMatch(/accepted by exceptions/);
    const live = await cli(['explain', '596250f1-ab84-41f5-a701-adcd37be8270'], { env: liveEnv() });
    expect(live.stdout).toBe(fromReport.stdout);
  });

  it('says so when the subject is neither a rule nor a client', async () => {
    const report = path.join(dir, 'report.json');
    expect(await cli(['explain', 'nobody', '--report', report])).toMatchObject({ code: 2, stderr: expect.stringMatching(/"nobody" is neither a rule/) });
  });
});

describe('merge-reports', () => {
  it('merges reports into one table and fails when one is missing', async () => {
    const audit = await cli(['--format', 'json'], { env: liveEnv() });
    writeFileSync(path.join(dir, 'org-a.json'), audit.stdout);
    const r = await cli(['merge-reports', 'org-*.json'], { cwd: dir });
    expect(r.code).toBe(1); // the demo org fails the example policy
    expect(r.stdout).toMatch(/\| Org \| Policy \| Verdict/);
    expect(await cli(['merge-reports', 'org-*.json', '--expected', '2'], { cwd: dir })).toMatchObject({
      code: 2,
      stdout: expect.stringMatching(/1 reports were found, and 2 were expected/),
    });
    expect(await cli(['merge-reports', 'nothing-*.json'], { cwd: dir })).toMatchObject({
      code: 2,
      stdout: expect.stringMatching(/No report matches nothing-&#42;\.json/),
    });
  });
});
