// runPullRequestGate in process, with @actions/core replaced by a recorder: a broken gate
// decision in src/ fails here without rebuilding dist/. The GitHub API is the fake server,
// Genesys Cloud the emulator; the event is what readRunEvent makes of a real payload.
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../emulator/server.ts';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.ts';
import { SUMMARY_BUDGET_BYTES, utf8Bytes } from '../../src/render/budget.ts';

interface Recorded {
  outputs: Record<string, string>;
  failed?: string;
  log: string[];
  summary: string;
}
const rec: Recorded = { outputs: {}, log: [], summary: '' };
const say = (level: string) => (message: unknown) => void rec.log.push(`${level}: ${String(message instanceof Error ? message.message : message)}`);
const summary = {
  addRaw(text: string) {
    rec.summary += text;
    return summary;
  },
  async write() {
    return summary;
  },
};
jest.unstable_mockModule('@actions/core', () => ({
  setOutput: (name: string, value: unknown) => void (rec.outputs[name] = String(value)),
  setFailed: (message: string) => void (rec.failed = message),
  setSecret: () => undefined,
  info: say('info'),
  notice: say('notice'),
  warning: say('warning'),
  error: say('error'),
  debug: () => undefined,
  summary,
}));
const { runPullRequestGate } = await import('../../src/action/gate-run.ts');
const { readActionInputs } = await import('../../src/action/inputs.ts');
const { readRunEvent } = await import('../../src/github/event.ts');
const { Redactor } = await import('../../src/redactor.ts');

const PATH = 'policies/oauth-policy.yml';
const BASE_SHA = '1'.repeat(40);
const HEAD_SHA = '2'.repeat(40);
const BASE = `version: 1
rules:
  - id: token-lifetime
    severity: warning
    token-lifetime: { max-seconds: 86400 }
  - id: no-routing-edit
    permissions: { deny: ["routing:*:edit", "oauth:client:edit"] }
`;

let emu: EmulatorHandle;
let github: FakeGitHub;
beforeAll(async () => {
  emu = await startEmulator({ scenario: 'demo' });
  github = await startFakeGitHub();
  process.env.GITHUB_STEP_SUMMARY = '/dev/null';
});
afterAll(async () => {
  await emu.close();
  await github.close();
});
beforeEach(() => {
  github.files.clear();
  github.labels.clear();
  github.files.set(`${BASE_SHA}:${PATH}`, BASE);
});

async function gate(
  head: string,
  opts: { credentials?: boolean; labels?: string[]; inputs?: Record<string, string>; org?: EmulatorHandle; files?: Record<string, string> } = {},
): Promise<Recorded> {
  Object.assign(rec, { outputs: {}, failed: undefined, log: [], summary: '' });
  const workspace = mkdtempSync(path.join(tmpdir(), 'gate-'));
  mkdirSync(path.join(workspace, 'policies'));
  writeFileSync(path.join(workspace, PATH), head);
  for (const [file, text] of Object.entries(opts.files ?? {})) {
    mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
    writeFileSync(path.join(workspace, file), text);
  }
  const eventFile = path.join(workspace, '..', `${path.basename(workspace)}-event.json`);
  const repo = { full_name: 'acme/genesys-policy', fork: false };
  writeFileSync(
    eventFile,
    JSON.stringify({
      action: 'synchronize',
      number: 7,
      pull_request: {
        number: 7,
        labels: (opts.labels ?? []).map((name) => ({ name })),
        base: { sha: BASE_SHA, ref: 'main', repo },
        head: { sha: HEAD_SHA, ref: 'x', repo },
      },
      repository: repo,
    }),
  );
  const org = opts.org ?? emu;
  const { clientId, clientSecret } = org.credentials();
  const values: Record<string, string> = {
    'github-token': 'ghs_test',
    'api-base-url': org.url,
    ...(opts.credentials === false ? {} : { 'client-id': clientId, 'client-secret': clientSecret }),
    ...opts.inputs,
  };
  const inputs = readActionInputs((name) => values[name] ?? '', workspace);
  const event = await readRunEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile, GITHUB_REPOSITORY: 'acme/genesys-policy' });
  if (!event.pullRequest) throw new Error('no pull request in the event');
  await runPullRequestGate({ inputs, event, pr: event.pullRequest, workspace, redactor: new Redactor(), githubApiUrl: github.url, now: () => new Date() });
  return rec;
}

describe('runPullRequestGate (in process)', () => {
  it('fails a deny list that shrinks, with and without credentials, and the verdict, outputs and list agree', async () => {
    const head = BASE.replace(', "oauth:client:edit"', '');
    for (const credentials of [true, false]) {
      const r = await gate(head, { credentials, inputs: { 'without-credentials': 'pass' } });
      expect(r.failed).toMatch(/the change loosens the policy and the pull request does not have the label/);
      expect(r.outputs).toMatchObject({ loosens: 'true', passed: 'false' });
      expect(r.summary).toMatch(/^## 🔍 OAuth policy change: ❌ loosens the policy \(needs the label\) · /);
      expect(r.summary).toContain('This change loosens the policy');
      expect(r.summary).toMatch(/- ⚠️ Rule &#96;no-routing-edit&#96;&#58; &#96;permissions.deny&#96;/);
    }
  });

  it("reads the base policy's pack files at the base commit, and judges a pack's rules like the policy's", async () => {
    const PACK = 'policies/packs/acme.yml';
    const policy = 'version: 1\nextends: [./packs/acme.yml]\n';
    const pack = `version: 1\nrules:\n${BASE.split('rules:\n')[1]}`;
    github.files.set(`${BASE_SHA}:${PATH}`, policy);
    github.files.set(`${BASE_SHA}:${PACK}`, pack);
    const same = await gate(policy, { files: { [PACK]: pack }, inputs: { 'fail-on': 'never' } });
    expect(same.outputs).toMatchObject({ loosens: 'false' });
    const shrunk = await gate(policy, { files: { [PACK]: pack.replace(', "oauth:client:edit"', '') } });
    expect(shrunk.outputs).toMatchObject({ loosens: 'true', passed: 'false' });
    expect(shrunk.summary).toMatch(/- ⚠️ Rule &#96;no-routing-edit&#96;&#58; &#96;permissions.deny&#96;/);
    // A base whose pack file is gone cannot be compared with: that counts as loosening, never as a pass.
    github.files.delete(`${BASE_SHA}:${PACK}`);
    const baseless = await gate(policy, { files: { [PACK]: pack }, inputs: { 'fail-on': 'never' } });
    expect(baseless.outputs).toMatchObject({ loosens: 'true' });
  });

  it('passes a tightening change and says it does not loosen', async () => {
    const r = await gate(BASE.replace('max-seconds: 86400', 'max-seconds: 3600'), { inputs: { 'fail-on': 'never' } });
    expect(r.failed).toBeUndefined();
    expect(r.outputs).toMatchObject({ loosens: 'false', passed: 'true' });
    expect(r.summary).toContain('> ✅ This change does not loosen the policy.');
    expect(r.summary).toContain('&#40;stricter&#41;');
  });

  it('reads the label through the API, so a re-run after labelling passes', async () => {
    const head = BASE.replace('max-seconds: 86400', 'max-seconds: 172800');
    github.labels.set(7, []);
    const never = { inputs: { 'fail-on': 'never' } };
    expect((await gate(head, never)).failed).toMatch(/does not have the label/);
    github.labels.set(7, ['oauth-policy/accept-loosening']);
    const r = await gate(head, never);
    expect(r.failed).toBeUndefined();
    expect(r.outputs).toMatchObject({ loosens: 'true', passed: 'true' });
    expect(r.summary).toMatch(/^## 🔍 OAuth policy change: ⚠️ loosens the policy \(acknowledged\) · the head policy passes\n/);
  });

  it('fails closed on an invalid base: loosening, the head evaluated on its own, no "skipped" wording', async () => {
    github.files.set(`${BASE_SHA}:${PATH}`, 'version: 1\nrules: {');
    const r = await gate(BASE, { inputs: { 'fail-on': 'never' } });
    expect(r.failed).toMatch(/the change loosens the policy/);
    expect(r.outputs).toMatchObject({ loosens: 'true', silenced: '' });
    expect(r.summary).toContain('The base policy is invalid');
    expect(r.summary).not.toMatch(/skipped/i);
    expect(r.summary).toContain('Genesys Cloud OAuth policy: passed');
  });

  it('fails closed on a base it cannot read', async () => {
    github.files.clear();
    const r = await gate(BASE, { inputs: { 'github-token': '' }, credentials: false });
    expect(r.failed).toMatch(/the change loosens the policy/);
    expect(r.summary).toContain('The base policy could not be read');
  });

  it('keeps the whole summary, gate report and audit together, within one UTF-8 byte budget', async () => {
    const large = await startEmulator({ scenario: 'large', params: { clients: 1500 } });
    try {
      github.files.set(
        `${BASE_SHA}:${PATH}`,
        'version: 1\nrules:\n  - id: anything\n    where: { client: [nobody] }\n    token-lifetime: { max-seconds: 300 }\n',
      );
      const head = `version: 1
rules:
  - id: allow-nothing
    permissions: { allow: ["nothing:at:all"] }
  - id: described-at-length
    client-description: { required: true, min-length: 500 }
  - id: anything
    token-lifetime: { max-seconds: 300 }
`;
      const r = await gate(head, { org: large, inputs: { 'usage-days': '0', 'fail-on': 'never' } });
      expect(utf8Bytes(r.summary)).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES);
      expect(r.summary).toMatch(/^## 🔍 OAuth policy change: ✅ does not loosen the policy/);
      expect(r.summary).toContain('## ✅ Genesys Cloud OAuth policy');
      expect(r.summary).toMatch(/### ➕ Added by this change \(\d{4,}\)[^]*_…and \d+ more \(not shown: too long\)\._/);
    } finally {
      await large.close();
    }
  });

  it('does not call a new policy file loosening', async () => {
    github.files.clear();
    const r = await gate(
      `${BASE}exceptions:\n  - { rule: token-lifetime, client: Recording archiver, reason: archive jobs, owner: sec, expires: 2027-01-31 }\n`,
      { inputs: { 'fail-on': 'never' } },
    );
    expect(r.outputs.loosens).toBe('false');
    expect(r.summary).toContain('The policy file is new in this pull request');
  });
});
