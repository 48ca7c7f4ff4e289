// The built action (dist/index.js) run as GitHub's runner runs it: a child process with
// INPUT_* variables, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, GITHUB_WORKSPACE and the event
// payload, against the emulator on loopback. Asserts what the runner would show: the
// summary file, the workflow commands on stdout, the outputs file and the exit code.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { startEmulator, type EmulatorHandle } from '../../emulator/server.ts';
import { runAction, type RunnerRun } from '../helpers/runner.ts';

const EXAMPLE_POLICY = readFileSync('policies/oauth-policy.yml', 'utf8');
const PASSING_POLICY = `version: 1
rules:
  - id: token-lifetime-48h
    token-lifetime: { max-seconds: 172800 }
  - id: no-unknown-grants
    grant-types: { allow: [client-credentials, code, implicit, saml2-bearer, password] }
`;

let emu: EmulatorHandle;

beforeAll(async () => {
  emu = await startEmulator({ scenario: 'demo' });
});
afterAll(async () => {
  await emu.close();
});

function run(policy: string, inputs: Record<string, string> = {}, auditor = 'auditor'): Promise<RunnerRun> {
  const { clientId, clientSecret } = emu.credentials(auditor);
  return runAction({
    inputs: {
      'client-id': clientId,
      'client-secret': clientSecret,
      'api-base-url': emu.url,
      policy: 'policies/oauth-policy.yml',
      'fail-on': '',
      'usage-days': '90',
      'rate-limit': '300',
      ...inputs,
    },
    files: { 'policies/oauth-policy.yml': policy },
  });
}

function withoutMaskCommands(stdout: string): string {
  return stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
}

/** Workflow commands of one kind on stdout, parsed. */
function commands(stdout: string, kind: string): Array<{ props: Record<string, string>; message: string }> {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith(`::${kind} `) || l.startsWith(`::${kind}::`))
    .map((l) => {
      const m = /^::\w+(?: ([^:]*))?::(.*)$/.exec(l) as RegExpExecArray;
      const props = Object.fromEntries(
        (m[1] ?? '')
          .split(',')
          .filter(Boolean)
          .map((kv) => kv.split('=') as [string, string]),
      );
      return { props, message: m[2] ?? '' };
    });
}

describe('the action, run as the GitHub runner runs it', () => {
  it('passes a policy the org satisfies: exit 0, a green summary, passed=true', async () => {
    const r = await run(PASSING_POLICY);
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toEqual({ findings: '0', errors: '0', warnings: '0', notices: '0', passed: 'true', 'new-findings': '0', 'resolved-findings': '0' });
    expect(r.summary).toMatch(/^## ✅ Genesys Cloud OAuth policy: all 36 clients pass/);
    expect(r.summary).toContain('<details><summary>Inventory: 36 OAuth clients</summary>');
    expect(commands(r.stdout, 'error')).toEqual([]);
  });

  // node:http2 brings tls and crypto: a fifth of the start-up, which an http/1.1 connection
  // (as here) never needs. scripts/build.ts defers undici's HTTP/2 client for it (deferHttp2).
  it('sends its first request before it loads node:http2', async () => {
    const { clientId, clientSecret } = emu.credentials();
    const probe = `import dc from 'node:diagnostics_channel';
      const sent = () => { dc.unsubscribe('undici:client:sendHeaders', sent); process.stderr.write('http2 loaded at the first request: ' + process.moduleLoadList.includes('NativeModule http2') + '\\n'); };
      dc.subscribe('undici:client:sendHeaders', sent);`;
    const r = await runAction({
      inputs: { 'client-id': clientId, 'client-secret': clientSecret, 'api-base-url': emu.url, policy: 'policies/oauth-policy.yml', 'fail-on': '' },
      files: { 'policies/oauth-policy.yml': PASSING_POLICY },
      env: { NODE_OPTIONS: `--import=data:text/javascript,${encodeURIComponent(probe)}` },
    });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain('http2 loaded at the first request: false\n');
  });

  it('fails a policy the org breaks: annotations on the policy lines, a findings table, outputs', async () => {
    const r = await run(EXAMPLE_POLICY);
    expect(r.exitCode).toBe(1);
    const errors = commands(r.stdout, 'error');
    const annotated = errors.filter((e) => e.props.file);
    // At most 10 per level (GitHub drops the rest) counting the verdict: 9 on the policy, the
    // last of them saying how many more, and the failure message.
    expect(annotated).toHaveLength(9);
    expect(errors).toHaveLength(10);
    expect(annotated.every((e) => e.props.file === 'policies/oauth-policy.yml')).toBe(true);
    // Each on the line of the rule that produced it: its `- id:` line, or `extends` for built-ins.
    const policyLines = EXAMPLE_POLICY.split('\n');
    for (const a of annotated.slice(0, 8)) {
      const line = policyLines[Number(a.props.line) - 1];
      expect(line === 'extends: [recommended]' || line === `  - id: ${a.props.title}`).toBe(true);
    }
    expect(annotated[8]?.message).toMatch(/^\d+ more errors are in the job summary/);
    expect(errors.some((e) => !e.props.file && new RegExp(`^${r.outputs.errors} findings at or above fail-on "error"`).test(e.message))).toBe(true);
    const warnings = commands(r.stdout, 'warning').filter((w) => w.props.file);
    expect(warnings.some((w) => w.props.line === '18' && w.props.title === 'browser-apps-read-only')).toBe(true);

    expect(Number(r.outputs.errors)).toBeGreaterThan(0);
    expect(Number(r.outputs.findings)).toBe(Number(r.outputs.errors) + Number(r.outputs.warnings) + Number(r.outputs.notices));
    expect(r.outputs.passed).toBe('false');
    expect(r.summary).toMatch(new RegExp(`^## ❌ Genesys Cloud OAuth policy: failed: ${r.outputs.errors} findings at or above fail-on \\(error\\)`));
    expect(r.summary).toContain('| | Client | Rule | What |');
    expect(r.summary).toMatch(
      /\| 🔴 error \| \*\*Mobile app &#40;legacy password grant&#41;\*\*<br><sub><code>[0-9a-f-]+<\/code> · password · active[^|]*\| \[<code>no-password-grant<\/code>\]\([^)]*docs\/rules\.md#no-password-grant\) \| Uses the password grant, which this rule denies. \|/,
    );
    // The demo org is built to break the example policy in every category.
    for (const category of ['Privilege escalation', 'Data access', 'Credential hygiene', 'Housekeeping']) {
      expect(r.summary).toMatch(new RegExp(`^\\| ${category} \\| \\d+ \\| \\d+ \\| \\d+ \\|$`, 'm'));
    }
    expect(r.summary).toContain('<details><summary>How to fix:');
  });

  it('honours fail-on: never passes with findings, warning fails on warnings', async () => {
    const warningsOnly = 'version: 1\nrules:\n  - id: short-tokens\n    severity: warning\n    token-lifetime: { max-seconds: 3600 }\n';
    const never = await run(warningsOnly, { 'fail-on': 'never' });
    expect([never.exitCode, never.outputs.passed]).toEqual([0, 'true']);
    expect(Number(never.outputs.warnings)).toBeGreaterThan(0);
    const byPolicy = await run(warningsOnly);
    expect([byPolicy.exitCode, byPolicy.outputs.passed]).toEqual([0, 'true']);
    const strict = await run(warningsOnly, { 'fail-on': 'warning' });
    expect([strict.exitCode, strict.outputs.passed]).toEqual([1, 'false']);
  });

  it('rejects an invalid policy with annotations at file:line:col, reading nothing from the org', async () => {
    emu.resetStats();
    const r = await run('version: 1\nrules:\n  - id: a\n    scops: { deny: [oauth] }\n  - id: b\n    severity: high\n    scopes: { deny: [x] }\n');
    expect(r.exitCode).toBe(1);
    const errors = commands(r.stdout, 'error').filter((e) => e.props.file);
    expect(errors.map((e) => [e.props.line, e.props.col, e.message])).toEqual([
      ['4', '5', 'Unknown key `scops` in `rules.0` (did you mean `scopes`?).'],
      ['6', '15', '`rules.1.severity` must be one of "error", "warning", "notice".'],
    ]);
    expect(r.outputs.passed).toBe('false');
    expect(r.summary).toContain('the policy file is invalid');
    expect(r.summary).toContain('policies/oauth-policy.yml&#58;4&#58;5&#58; Unknown key');
    // The token exchange overlaps the policy load and is stopped when the policy fails.
    expect(emu.stats.requests).toBe(0);
    expect(emu.stats.tokenRequests).toBeLessThanOrEqual(1);
  });

  it('says in one sentence when the credentials are wrong', async () => {
    const { clientId } = emu.credentials();
    const r = await runAction({
      inputs: { 'client-id': clientId, 'client-secret': 'not-the-secret-at-all', 'api-base-url': emu.url },
      files: { 'policies/oauth-policy.yml': PASSING_POLICY },
    });
    expect(r.exitCode).toBe(1);
    const [failure] = commands(r.stdout, 'error');
    expect(failure?.message).toMatch(/^Genesys Cloud rejected the OAuth client credentials \(HTTP 401: invalid_client\): check the client id and secret/);
    // `::add-mask::` is how the runner learns what to hide; it never shows that line.
    expect(r.stdout).toContain('::add-mask::not-the-secret-at-all');
    expect(withoutMaskCommands(r.stdout) + r.stderr + r.summary).not.toContain('not-the-secret-at-all');
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });

  it('names the permission the auditing client lacks', async () => {
    const r = await run(PASSING_POLICY, {}, 'auditor-no-oauth');
    expect(r.exitCode).toBe(1);
    const [failure] = commands(r.stdout, 'error');
    expect(failure?.message).toContain('lacks the permission oauth:client:view');
    expect(r.summary).toContain('oauth&#58;client&#58;view');
  });

  it('names the valid regions when the region is unknown', async () => {
    const { clientId, clientSecret } = emu.credentials();
    const r = await runAction({
      inputs: { 'client-id': clientId, 'client-secret': clientSecret, region: 'mars-north-1' },
      files: { 'policies/oauth-policy.yml': PASSING_POLICY },
    });
    expect(r.exitCode).toBe(1);
    const [failure] = commands(r.stdout, 'error');
    expect(failure?.message).toMatch(
      /^Unknown Genesys Cloud region "mars-north-1"; use one of: us-east-1 \(mypurecloud.com\), .*eusc-de-east-1 \(edee1.eusc-pure.cloud\)\.$/,
    );
  });

  it('says which input is missing', async () => {
    const r = await runAction({ inputs: { 'client-id': '', 'client-secret': 'x', 'api-base-url': emu.url }, files: {} });
    expect(r.exitCode).toBe(1);
    expect(commands(r.stdout, 'error')[0]?.message).toMatch(/^Input `client-id` is empty/);
  });

  it('says when the policy file does not exist', async () => {
    const { clientId, clientSecret } = emu.credentials();
    const r = await runAction({
      inputs: { 'client-id': clientId, 'client-secret': clientSecret, 'api-base-url': emu.url, policy: 'policies/missing.yml' },
      files: {},
    });
    expect(r.exitCode).toBe(1);
    expect(commands(r.stdout, 'error')[0]?.message).toBe('Policy file policies/missing.yml does not exist; set `policy` to the path of your policy file.');
  });
});
