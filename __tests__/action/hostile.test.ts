// Untrusted text (client, role and division names, descriptions, scopes, API error bodies)
// built to break markdown tables, HTML, terminals and workflow commands: the built action
// and CLI must show it without letting it change the structure around it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { main } from '../../src/cli/main.ts';
import { startEmulator, type EmulatorHandle } from '../../emulator/server.ts';
import { runAction, type RunnerRun } from '../helpers/runner.ts';

// A finding for every client (no description or a short one, every grant type reported).
const POLICY = `version: 1
rules:
  - id: every-client
    severity: notice
    client-description: { required: true, min-length: 500 }
  - id: every-scope
    severity: warning
    scopes: { deny: ["*"] }
  - id: every-role
    roles: { deny: ["*"] }
`;

// Escape, bidi override, zero-width space, carriage return: what must never reach a log.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u001b\u202e\u200b\r]/;

/** Workflow commands the action itself may write; anything else starting with `::` is forged. */
const OWN_COMMANDS = /^::(add-mask|error|warning|notice|debug|group|endgroup)(::| )/;

let emu: EmulatorHandle;
let run: RunnerRun;

beforeAll(async () => {
  emu = await startEmulator({ scenario: 'hostile' });
  const { clientId, clientSecret } = emu.credentials();
  run = await runAction({
    inputs: { 'client-id': clientId, 'client-secret': clientSecret, 'api-base-url': emu.url },
    files: { 'policies/oauth-policy.yml': POLICY },
  });
});
afterAll(async () => {
  await emu.close();
});

/** Pipes that are table syntax (not escaped as &#124;). */
function cells(row: string): number {
  return row.split('|').length;
}

describe('hostile names and descriptions', () => {
  it('run to a normal verdict', () => {
    expect(run.exitCode).toBe(1);
    expect(Number(run.outputs.findings)).toBeGreaterThan(20);
  });

  it('cannot add or break a row or a column of a summary table', () => {
    const lines = run.summary.split('\n');
    let header = 0;
    for (const line of lines) {
      if (!line.startsWith('|')) {
        header = 0;
        continue;
      }
      if (header === 0) header = cells(line);
      else expect([line.slice(0, 60), cells(line)]).toEqual([line.slice(0, 60), header]);
    }
    expect(run.summary).not.toMatch(/<script|<img|<b>|<!--(?! genesys)|\]\(javascript:/i);
    expect(run.summary).not.toMatch(/@everyone|@acme\/security/);
  });

  it('cannot forge a workflow command or stop command processing', () => {
    const forged = run.stdout.split('\n').filter((l) => l.startsWith('::') && !OWN_COMMANDS.test(l));
    expect(forged).toEqual([]);
    // The runner reads a command only at the start of a line, and its properties up to the
    // first `::`: a name may appear in the message, but can neither start a line nor add,
    // end or bend a property (commas and colons in properties are escaped).
    const annotations = run.stdout.split('\n').filter((l) => /^::(error|warning|notice)/.test(l));
    expect(annotations.length).toBeGreaterThan(5);
    const PROPS = /^::(error|warning|notice)( (title|file|line|col|endLine|endColumn)=[^,:]*(,(title|file|line|col|endLine|endColumn)=[^,:]*)*)?::/;
    for (const line of annotations) expect(line).toMatch(PROPS);
  });

  it('cannot smuggle control characters, terminal escapes or bidi overrides into the log', () => {
    expect(run.stdout).not.toMatch(UNSAFE);
  });

  it('keeps a 10 KB name from flooding a table cell', () => {
    const longest = Math.max(...run.summary.split('\n').map((l) => l.length));
    expect(longest).toBeLessThan(12_000);
    expect(run.summary).not.toContain('x'.repeat(1000));
  });

  it('prints the same org safely on a terminal', async () => {
    const { clientId, clientSecret } = emu.credentials();
    let out = '';
    await main({
      argv: ['--policy', 'policies/oauth-policy.yml'],
      env: { GENESYSCLOUD_OAUTHCLIENT_ID: clientId, GENESYSCLOUD_OAUTHCLIENT_SECRET: clientSecret, GENESYSCLOUD_API_BASE_URL: emu.url },
      cwd: run.dir + '/workspace',
      stdout: (t) => (out += t),
      stderr: (t) => (out += t),
      isTty: false,
      version: 'x',
    }).catch(() => 0);
    expect(out).toContain('Inventory:');
    expect(out).not.toMatch(UNSAFE);
    expect(out).not.toContain('x'.repeat(1000));
  });
});
