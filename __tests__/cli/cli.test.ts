// The CLI: flags and GENESYSCLOUD_* variables, the terminal table, JSON, and its exit
// codes (0 pass, 1 findings, 2 bad usage or policy, 3 API or network failure, 4 credentials
// or permission).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.ts';
import { startEmulator, type EmulatorHandle } from '../../emulator/server.ts';

let emu: EmulatorHandle;
const dir = mkdtempSync(path.join(tmpdir(), 'cli-'));
const PASSING = path.join(dir, 'passing.yml');
const FAILING = path.join(dir, 'failing.yml');
const INVALID = path.join(dir, 'invalid.yml');

beforeAll(async () => {
  emu = await startEmulator({ scenario: 'demo' });
  writeFileSync(PASSING, 'version: 1\nrules:\n  - id: tokens\n    token-lifetime: { max-seconds: 172800 }\n');
  writeFileSync(FAILING, 'version: 1\nextends: [recommended]\n');
  writeFileSync(INVALID, 'version: 1\nrules:\n  - id: a\n    scops: []\n');
});
afterAll(async () => {
  await emu.close();
});

async function cli(argv: string[], env: Record<string, string | undefined> = {}, auditor = 'auditor') {
  const { clientId, clientSecret } = emu.credentials(auditor);
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv,
    env: {
      GENESYSCLOUD_OAUTHCLIENT_ID: clientId,
      GENESYSCLOUD_OAUTHCLIENT_SECRET: clientSecret,
      GENESYSCLOUD_API_BASE_URL: emu.url,
      GENESYSCLOUD_ALLOW_INSECURE_HTTP: 'true',
      ...env,
    },
    cwd: dir,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTty: false,
    version: '9.9.9',
  });
  return { code, stdout, stderr };
}

describe('the CLI', () => {
  it('exits 0 and prints the inventory when the policy passes', async () => {
    const r = await cli(['--policy', PASSING]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Inventory: 36 OAuth clients');
    expect(r.stdout).toMatch(/^PASS: 0 errors, 0 warnings, 0 notices/m);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('exits 1 with findings grouped by client, the verdict first and last', async () => {
    const r = await cli(['--policy', FAILING]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^FAIL: \d+ at or above fail-on: \d+ errors/);
    expect(lines.at(-1)).toBe(lines[0]);
    expect(r.stdout).toMatch(/^● Mobile app \(legacy password grant\) \([^)]*password/m);
    expect(r.stdout).toMatch(/^ {2}error {4}no-password-grant \(failing\.yml:2\)$/m);
  });

  it('takes fail-on from a flag over the policy', async () => {
    expect((await cli(['--policy', FAILING, '--fail-on', 'never'])).code).toBe(0);
  });

  it('writes the JSON report document', async () => {
    const r = await cli(['--policy', FAILING, '--format', 'json']);
    const report = JSON.parse(r.stdout) as {
      schemaVersion: number;
      verdict: { passed: boolean; counts: { error: number } };
      results: unknown[];
      inventory: unknown[];
      org: { host: string };
    };
    expect(r.code).toBe(1);
    expect(report.schemaVersion).toBe(1);
    expect(report.verdict.passed).toBe(false);
    expect(report.verdict.counts.error).toBeGreaterThan(0);
    expect(report.inventory).toHaveLength(36);
    expect(report.org.host).toBe(new URL(emu.url).host);
  });

  it('writes SARIF and the inventory CSV', async () => {
    const sarif = await cli(['--policy', FAILING, '--format', 'sarif']);
    expect(sarif.code).toBe(1);
    expect((JSON.parse(sarif.stdout) as { version: string }).version).toBe('2.1.0');
    const csv = await cli(['--policy', FAILING, '--format', 'csv']);
    expect(csv.code).toBe(1);
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^id,name,description,grant_type/);
    expect(csv.stdout.split('\r\n').filter(Boolean)).toHaveLength(37);
    expect(await cli(['--policy', FAILING, '--format', 'xml'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--format must be one of table, json, sarif, csv'),
    });
  });

  it('exits 2 for an invalid policy, with file:line:column', async () => {
    const r = await cli(['--policy', INVALID]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: invalid.yml:4:5: Unknown key `scops` in `rules.0` (did you mean `scopes`?).\n');
  });

  it('exits 2 for bad usage, naming the flag', async () => {
    expect(await cli(['--polcy', 'x'])).toMatchObject({ code: 2, stderr: expect.stringContaining("Unknown option '--polcy'") });
    expect(await cli(['--policy', PASSING, '--fail-on', 'sometimes'])).toMatchObject({
      code: 2,
      stderr: 'error: `--fail-on` must be one of notice, warning, error, never; got "sometimes".\n',
    });
    expect(await cli(['--policy', PASSING], { GENESYSCLOUD_OAUTHCLIENT_SECRET: '' })).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('No client secret'),
    });
    expect(await cli(['--policy', PASSING], { GENESYSCLOUD_API_BASE_URL: '', GENESYSCLOUD_REGION: 'mars-1' })).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Unknown Genesys Cloud region "mars-1"'),
    });
  });

  it('exits 4 for credentials or permission (retrying will not help), in one sentence, without the secret', async () => {
    const wrong = await cli(['--policy', PASSING], { GENESYSCLOUD_OAUTHCLIENT_SECRET: 'definitely-wrong-secret' });
    expect(wrong.code).toBe(4);
    expect(wrong.stderr).toMatch(/^error: Genesys Cloud rejected the OAuth client credentials \(HTTP 401: invalid_client\)/);
    expect(wrong.stderr).not.toContain('definitely-wrong-secret');
    const denied = await cli(['--policy', PASSING], {}, 'auditor-no-roles');
    expect(denied.code).toBe(4);
    expect(denied.stderr).toContain('lacks the permission authorization:role:view');
  });

  it('exits 3 within seconds when nothing listens at the API base URL', async () => {
    const started = Date.now();
    const r = await cli(['--policy', PASSING, '--api-base-url', 'http://127.0.0.1:9']);
    expect(r.code).toBe(3);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.stderr).toMatch(
      /^error: Could not reach Genesys Cloud at 127\.0\.0\.1:9 \(POST \/oauth\/token\): the connection was refused; check the region or api-base-url and that the host is up \(3 attempts in \d+\.\d s\)\.\n$/,
    );
  });

  it('prints help and its version', async () => {
    expect((await cli(['--help'])).stdout).toContain(
      'Exit codes: 0 pass, 1 findings at or above fail-on, 2 bad usage or policy, 3 API or network failure\n(retry later), 4 credentials or permission',
    );
    expect((await cli(['--version'])).stdout).toBe('9.9.9\n');
  });

  it('runs as the built bin (dist/cli/index.js) with the environment', async () => {
    const { clientId, clientSecret } = emu.credentials();
    const child = spawn(process.execPath, [path.resolve('dist/cli/index.js'), '--policy', PASSING], {
      env: {
        PATH: process.env.PATH ?? '',
        GENESYSCLOUD_OAUTHCLIENT_ID: clientId,
        GENESYSCLOUD_OAUTHCLIENT_SECRET: clientSecret,
        GENESYSCLOUD_API_BASE_URL: emu.url,
      },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(out).toMatch(/^PASS/m);
  });
});
