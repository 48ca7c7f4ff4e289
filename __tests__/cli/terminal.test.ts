// The CLI on a terminal and in a CI log, against the hostile org (names built to break
// tables and logs): every line fits the terminal, and no line of any format can start a
// workflow command when the CLI runs inside a `run:` step.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.ts';
import { displayWidth } from '../../src/render/console.ts';
import { startEmulator, type EmulatorHandle } from '../../emulator/server.ts';

let emu: EmulatorHandle;
const dir = mkdtempSync(path.join(tmpdir(), 'cli-tty-'));
const POLICY = path.join(dir, 'policy.yml');
// eslint-disable-next-line no-control-regex -- colour codes are stripped to measure
const ANSI = /\u001b\[[0-9;]*m/g;

beforeAll(async () => {
  emu = await startEmulator({ scenario: 'hostile' });
  writeFileSync(POLICY, 'version: 1\nextends: [recommended]\nrules:\n  - id: every-scope\n    severity: warning\n    scopes: { deny: ["*"] }\n');
});
afterAll(async () => {
  await emu.close();
});

async function cli(argv: string[], tty: { isTty: boolean; columns?: number }) {
  const { clientId, clientSecret } = emu.credentials();
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv: ['--policy', POLICY, ...argv],
    env: { GENESYSCLOUD_OAUTHCLIENT_ID: clientId, GENESYSCLOUD_OAUTHCLIENT_SECRET: clientSecret, GENESYSCLOUD_API_BASE_URL: emu.url },
    cwd: dir,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    version: '9.9.9',
    ...tty,
  });
  return { code, stdout, stderr };
}

describe('the CLI against hostile names', () => {
  it.each([40, 80, 120])('fits a %i-column terminal, colours included', async (columns) => {
    const r = await cli([], { isTty: true, columns });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('\u001b[');
    for (const line of r.stdout.split('\n')) expect(displayWidth(line.replace(ANSI, ''))).toBeLessThanOrEqual(columns);
  });

  it.each(['table', 'json', 'sarif', 'csv'])('prints no workflow command in --format %s', async (format) => {
    const r = await cli(['--format', format], { isTty: false });
    expect(r.code).toBe(1);
    for (const line of r.stdout.split(/\r?\n/)) expect(line).not.toMatch(/^\s*(::|##\[)/);
  });
});
