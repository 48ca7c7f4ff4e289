// No secret gets out: the built action runs as GitHub's runner runs it, against an emulator
// that leaks every client secret into its responses and throws faults that make error
// messages, and everything the runs write (stdout, stderr, the summary, the outputs file and
// any other file in the runner's folders) is searched for the auditor's secret, every access
// token the emulator issued, and every client secret it leaked. `::add-mask::` lines are
// left out of stdout: they are how the runner learns what to hide, and it never shows them.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../emulator/server.ts';
import { runAction, type RunnerRun } from '../helpers/runner.ts';

const POLICY = readFileSync('policies/oauth-policy.yml', 'utf8');

let emu: EmulatorHandle;
const runs: RunnerRun[] = [];
const wrongSecret = 'this-is-not-the-secret-7f3a9c';

beforeAll(async () => {
  emu = await startEmulator({ scenario: 'demo', knobs: { leakSecrets: true, legacyListing: true, hostileErrors: true, usagePollsBeforeComplete: 0 } });
});
afterAll(() => emu.close());

async function run(auditor: string, secret?: string): Promise<RunnerRun> {
  const creds = emu.credentials(auditor);
  const r = await runAction({
    inputs: {
      'client-id': creds.clientId,
      'client-secret': secret ?? creds.clientSecret,
      'api-base-url': emu.url,
      policy: 'policies/oauth-policy.yml',
      'usage-days': '30',
    },
    files: { 'policies/oauth-policy.yml': POLICY },
  });
  runs.push(r);
  return r;
}

/** Every file below the run's folder (workspace and runner temp), by path. */
function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(dir, name);
    if (statSync(file).isFile()) out[name] = readFileSync(file, 'utf8');
  }
  return out;
}

function written(r: RunnerRun): Record<string, string> {
  const stdout = r.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return { stdout, stderr: r.stderr, summary: r.summary, outputs: JSON.stringify(r.outputs), ...filesOf(r.dir) };
}

/**
 * The five runs, all made before any test looks at them: every test (the leak search above
 * all) then stands alone, whether the file runs whole or one test is picked with -t.
 */
async function runAll() {
  emu.failNext('GET /api/v2/oauth/clients', [{ status: 503 }, { drop: true }, { status: 401 }]);
  emu.failNext('GET /api/v2/oauth/clients/{id}', [{ status: 429, retryAfter: 1 }, { malformed: true }, { status: 502 }]);
  emu.failNext('GET /api/v2/authorization/roles', [{ status: 500 }]);
  const faulty = await run('auditor');
  emu.setKnobs({ usageRequiresUsagePermission: true });
  const noUsage = await run('auditor-no-usage').finally(() => emu.setKnobs({ usageRequiresUsagePermission: false }));
  const noRoles = await run('auditor-no-roles');
  emu.failNext('GET /api/v2/authorization/divisions', [{ status: 400 }]);
  const refused = await run('auditor');
  const wrong = await run('auditor', wrongSecret);
  return { faulty, noUsage, noRoles, refused, wrong };
}

let r: Awaited<ReturnType<typeof runAll>>;
beforeAll(async () => {
  r = await runAll();
});

describe('secrets in everything the action writes', () => {
  it('a run through 5xx, a dropped connection, a cut body, a 429 and a rejected token, with every secret leaked', () => {
    expect(r.faulty.exitCode).toBe(1); // the example policy finds errors in the demo org
    expect(r.faulty.summary).toContain('Inventory: 36 OAuth clients');
  });

  it('a run refused usage, which warns', () => {
    expect(r.noUsage.stdout).toContain('::warning::Usage was not read');
  });

  it('runs that fail: a missing permission, a request refused, wrong credentials', () => {
    expect(r.noRoles.summary).toContain('the audit could not run');
    expect(r.refused.stdout).toContain('answered HTTP 400');
    expect(r.wrong.stdout).toContain('rejected the OAuth client credentials');
  });

  it('hold none of the auditors\u2019 secrets, the tokens issued or the leaked client secrets', () => {
    const auditors = ['auditor', 'auditor-no-usage', 'auditor-no-roles'].map((a) => emu.credentials(a));
    const secrets = [
      ...auditors.map((c) => c.clientSecret),
      ...auditors.map((c) => Buffer.from(`${c.clientId}:${c.clientSecret}`).toString('base64')),
      wrongSecret,
      ...emu.issuedTokens(),
      ...emu.leakedSecrets(),
    ];
    // Not a vacuous search: five runs, a token for each but the one with the wrong secret and a
    // fresh one after the 401, and every client secret leaked.
    expect(runs).toHaveLength(5);
    expect(emu.issuedTokens().length).toBeGreaterThanOrEqual(5);
    expect(emu.leakedSecrets().length).toBe(emu.org.clients.filter((c) => c.secret !== undefined).length);
    const leaks: string[] = [];
    runs.forEach((run, i) => {
      for (const [where, text] of Object.entries(written(run))) {
        for (const secret of secrets) if (text.includes(secret)) leaks.push(`run ${i + 1}, ${where}: ${secret.slice(0, 4)}…`);
      }
    });
    expect(leaks).toEqual([]);
    // And the runner was told to mask the tokens it may print.
    expect(r.faulty.stdout).toContain(`::add-mask::${emu.issuedTokens()[0]}`);
  });
});
