// The gate's pure parts: the static policy diff, the impact on findings, the loosening
// verdict; and reading the base policy from a local clone.
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { evaluate } from '../../src/evaluate/evaluate.ts';
import { newFinding } from '../../src/evaluate/findings.ts';
import { changeImpact } from '../../src/gate/impact.ts';
import { judgeLoosening, withUnexplainedSilencing } from '../../src/gate/loosening.ts';
import { diffPolicies } from '../../src/gate/policy-diff.ts';
import { readFileAtCommit } from '../../src/github/file-at-commit.ts';
import { parsePolicy } from '../../src/policy/load.ts';
import { ccClient, client, inventory } from '../helpers/inventory.ts';

const now = new Date('2026-11-24T12:00:00Z');
const policy = (text: string) => parsePolicy('p.yml', `version: 1\n${text}`);
const exception = (client: string, expires: string, rule = 'scopes') =>
  `  - { rule: ${rule}, client: "${client}", reason: accepted for a while, owner: sec, expires: ${expires} }\n`;

const BASE = `extends: [recommended]
rules:
  - id: scopes
    severity: error
    scopes: { deny: [oauth] }
  - id: described
    severity: warning
    client-description: { required: true }
exceptions:
${exception('A', '2027-01-01')}`;

describe('diffPolicies', () => {
  it('reports each kind of change and whether it loosens', () => {
    const head = `extends: [recommended]
settings: { fail-on: never, max-exception-days: 500 }
overrides: { cc-all-divisions: off, cc-bulk-analytics: error }
rules:
  - id: scopes
    severity: warning
    scopes: { deny: [oauth, "oauth:*"] }
  - id: tokens
    token-lifetime: { max-seconds: 3600 }
exceptions:
${exception('A', '2027-03-01')}${exception('B', '2027-01-01')}`;
    const changes = diffPolicies(policy(BASE), policy(head)).map((c) => [c.kind, c.loosens, c.description]);
    expect(changes).toEqual(
      expect.arrayContaining([
        ['severity-raised', false, 'Rule `cc-bulk-analytics` goes from notice to error.'],
        ['rule-tightened', false, 'Rule `scopes`: `scopes.deny` goes from [oauth] to [oauth, oauth:*] (stricter).'],
        ['severity-lowered', true, 'Rule `scopes` goes from error to warning.'],
        ['rule-added', false, 'Rule `tokens` is added.'],
        ['rule-removed', true, 'Built-in rule `cc-all-divisions` is turned off in `overrides`.'],
        ['rule-removed', true, 'Rule `described` is removed.'],
        ['exception-extended', true, 'The exception for rule `scopes` and client "A" now expires on 2027-03-01 instead of 2027-01-01.'],
        ['exception-added', true, 'The exception for rule `scopes` and client "B" is added, until 2027-01-01 (owner sec).'],
        ['setting-loosened', true, '`settings.fail-on` goes from error to never.'],
        ['setting-loosened', true, '`settings.max-exception-days` goes from 365 days to 500 days.'],
      ]),
    );
    expect(changes).toHaveLength(10);
  });

  it('orders fail-on from notice (strictest) to never', () => {
    const failOn = (v: string) => policy(`settings: { fail-on: ${v} }\n`);
    const order = ['notice', 'warning', 'error', 'never'];
    for (const [i, from] of order.entries()) {
      for (const [j, to] of order.entries()) {
        const changes = diffPolicies(failOn(from), failOn(to)).map((c) => [c.kind, c.loosens]);
        expect(changes).toEqual(i === j ? [] : [[j > i ? 'setting-loosened' : 'setting-tightened', j > i]]);
      }
    }
  });

  it('finds nothing between a policy and itself, or one that only reorders and rewords', () => {
    const reworded = BASE.replace(
      'severity: warning\n    client-description',
      'severity: warning\n    description: Say what it is for.\n    client-description',
    );
    expect(diffPolicies(policy(BASE), policy(BASE))).toEqual([]);
    expect(diffPolicies(policy(BASE), policy(reworded))).toEqual([]);
  });

  it('sees approved clients added and the clients list loosened', () => {
    const base = 'clients:\n  list:\n    - { name: A, grant-type: code }\n';
    const head = 'clients:\n  unknown: warning\n  list:\n    - { name: A, grant-type: code }\n    - { name: B, grant-type: code }\n';
    expect(diffPolicies(policy(base), policy(head)).map((c) => [c.kind, c.loosens])).toEqual([
      ['setting-loosened', true],
      ['client-approved', true],
    ]);
  });
});

describe('diffPolicies judges rule bodies, exceptions and approved clients by direction', () => {
  const rule = (body: string) => `rules:\n  - id: r\n${body}`;
  const exc = (fields: string) => `exceptions:\n  - { rule: r, reason: accepted for a while, owner: sec, ${fields} }\n`;
  const loosens = (base: string, head: string) => diffPolicies(policy(base), policy(head)).some((c) => c.loosens);
  it.each([
    ['token-lifetime 8 h → 48 h', rule('    token-lifetime: { max-seconds: 28800 }\n'), rule('    token-lifetime: { max-seconds: 172800 }\n'), true],
    ['token-lifetime 48 h → 8 h', rule('    token-lifetime: { max-seconds: 172800 }\n'), rule('    token-lifetime: { max-seconds: 28800 }\n'), false],
    [
      'routing:*:edit dropped from a deny list',
      rule('    permissions: { deny: ["routing:*:edit", "oauth:client:edit"] }\n'),
      rule('    permissions: { deny: ["oauth:client:edit"] }\n'),
      true,
    ],
    ['a deny entry narrowed', rule('    permissions: { deny: ["routing:*:edit"] }\n'), rule('    permissions: { deny: ["routing:queue:edit"] }\n'), true],
    ['a deny entry widened', rule('    permissions: { deny: ["routing:queue:edit"] }\n'), rule('    permissions: { deny: ["routing:*:*"] }\n'), false],
    ['deny lists reordered', rule('    scopes: { deny: [a, b] }\n'), rule('    scopes: { deny: [b, a] }\n'), false],
    ['a must-match replaced', rule('    client-name: { must-match: "^[A-Z]" }\n'), rule('    client-name: { must-match: "^[A-Z][a-z]" }\n'), true],
    [
      'a where.client glob replaced',
      rule('    where: { client: ["CRM*"] }\n    scopes: { deny: [a] }\n'),
      rule('    where: { client: ["ERP*"] }\n    scopes: { deny: [a] }\n'),
      true,
    ],
    [
      'a where.client glob widened',
      rule('    where: { client: ["CRM Sync"] }\n    scopes: { deny: [a] }\n'),
      rule('    where: { client: ["CRM*"] }\n    scopes: { deny: [a] }\n'),
      false,
    ],
    ['where added', rule('    scopes: { deny: [a] }\n'), rule('    where: { state: [active] }\n    scopes: { deny: [a] }\n'), true],
    ['divisions any → all', rule('    roles: { deny: [Admin] }\n'), rule('    roles: { deny: [Admin], divisions: all }\n'), true],
    [
      'localhost deny → allow',
      rule('    redirect-uris: { localhost: deny, require-https: true }\n'),
      rule('    redirect-uris: { localhost: allow, require-https: true }\n'),
      true,
    ],
    [
      'an exception subject widened',
      `${rule('    scopes: { deny: ["*"] }\n')}${exc('client: A, subject: "oauth", expires: 2027-01-01')}`,
      `${rule('    scopes: { deny: ["*"] }\n')}${exc('client: A, subject: "oauth*", expires: 2027-01-01')}`,
      true,
    ],
    [
      'an exception subject narrowed',
      `${rule('    scopes: { deny: ["*"] }\n')}${exc('client: A, subject: "oauth*", expires: 2027-01-01')}`,
      `${rule('    scopes: { deny: ["*"] }\n')}${exc('client: A, subject: "oauth:x", expires: 2027-01-01')}`,
      false,
    ],
    [
      'an exception moved to another client',
      `${rule('    scopes: { deny: ["*"] }\n')}${exc('client: A, expires: 2027-01-01')}`,
      `${rule('    scopes: { deny: ["*"] }\n')}${exc('client: B, expires: 2027-01-01')}`,
      true,
    ],
    ['a new rule with its own exception', '', `${rule('    scopes: { deny: ["*"] }\n')}${exc('client: A, expires: 2027-01-01')}`, false],
    [
      'an approved client that may be another entry unlisted',
      'clients:\n  list:\n    - { id: x1, grant-type: code }\n    - { name: A, grant-type: code }\n',
      'clients:\n  list:\n    - { id: x1, grant-type: code }\n',
      true,
    ],
    [
      'an approved client unlisted',
      'clients:\n  list:\n    - { name: B, grant-type: code }\n    - { name: A, grant-type: code }\n',
      'clients:\n  list:\n    - { name: B, grant-type: code }\n',
      false,
    ],
    [
      'approved scopes changed',
      'clients:\n  list:\n    - { name: A, grant-type: code, scopes: [a, b] }\n',
      'clients:\n  list:\n    - { name: A, grant-type: code, scopes: [a] }\n',
      true,
    ],
  ])('%s', (_what, base, head, expected) => {
    expect(loosens(base, head)).toBe(expected);
  });
});

describe('changeImpact', () => {
  const org = inventory([
    client({ id: 'a', name: 'A', scopes: ['oauth'], description: '' }),
    client({ id: 'b', name: 'B', scopes: ['oauth'] }),
    ccClient([{ role: 'Admin', division: '*', permissions: ['*:*:*'] }], { id: 'c', name: 'C' }),
  ]);
  const side = (text: string) => {
    const p = policy(text);
    return { policy: p, evaluation: evaluate(p, org, { now }) };
  };

  it('sorts every finding that changes into added, silenced (and how), resolved, or re-graded', () => {
    const base = side(`rules:
  - id: scopes
    scopes: { deny: [oauth] }
  - id: described
    client-description: { required: true }
  - id: admins
    severity: warning
    roles: { deny: [Admin] }
exceptions:
${exception('Gone client', '2027-01-01')}`);
    const head = side(`rules:
  - id: scopes
    scopes: { deny: [oauth] }
  - id: admins
    severity: notice
    roles: { deny: [Admin] }
  - id: no-wildcards
    permissions: { wildcards: deny }
exceptions:
${exception('B', '2027-01-01')}`);
    const impact = changeImpact(base, head);
    const rows = (fs: Array<{ ruleId: string; client?: { name: string } }>) => fs.map((f) => `${f.ruleId}/${f.client?.name ?? '-'}`);
    expect(rows(impact.added)).toEqual(['no-wildcards/C']);
    expect(impact.silenced.map((s) => [`${s.finding.ruleId}/${s.finding.client?.name}`, s.reason.kind])).toEqual([
      ['described/A', 'rule-removed'],
      ['scopes/B', 'exception'],
    ]);
    expect(rows(impact.resolved)).toEqual(['stale-exception/-']);
    expect(impact.severityLowered.map((c) => [c.before.severity, c.after.severity])).toEqual([['warning', 'notice']]);
    expect(impact.severityRaised).toEqual([]);
  });

  it('calls a finding that a narrower rule no longer reports loosened, and a newly approved client approved', () => {
    const base = side('rules:\n  - id: scopes\n    scopes: { deny: ["oauth*"] }\nclients:\n  list:\n    - { name: A, grant-type: code }\n');
    const head = side(
      'rules:\n  - id: scopes\n    where: { client: [A] }\n    scopes: { deny: ["oauth*"] }\nclients:\n  list:\n    - { name: A, grant-type: code }\n    - { name: B, grant-type: code }\n',
    );
    expect(changeImpact(base, head).silenced.map((s) => [s.finding.ruleId, s.finding.client?.name, s.reason.kind])).toEqual([
      ['scopes', 'B', 'rule-loosened'],
      ['unknown-client', 'B', 'client-approved'],
    ]);
  });
});

describe('judgeLoosening', () => {
  const base = policy(BASE);
  const extended = policy(BASE.replace('2027-01-01', '2027-02-01'));
  const changes = diffPolicies(base, extended);

  it('needs the label for a loosening change in require-label mode, and not with it', () => {
    expect(judgeLoosening(changes, 'require-label', 'ok', [])).toMatchObject({ loosens: true, acknowledged: false, blocks: true });
    expect(judgeLoosening(changes, 'require-label', 'ok', ['ok'])).toMatchObject({ loosens: true, acknowledged: true, blocks: false });
    expect(judgeLoosening(changes, 'warn', 'ok', [])).toMatchObject({ loosens: true, blocks: false });
  });

  it('decides from the changes alone: an extended exception loosens although the org shows nothing', () => {
    const none = { added: [], silenced: [], resolved: [], severityLowered: [], severityRaised: [] };
    expect(judgeLoosening(withUnexplainedSilencing(changes, none), 'require-label', 'ok', []).reasons).toEqual([
      'The exception for rule `scopes` and client "A" now expires on 2027-02-01 instead of 2027-01-01',
    ]);
    expect(judgeLoosening([], 'require-label', 'ok', [])).toMatchObject({ loosens: false, blocks: false });
  });

  it('fails closed when the org shows a silenced finding no change explains', () => {
    const finding = newFinding(
      'scopes',
      'error',
      'x',
      { file: 'p.yml', line: 1, column: 1 },
      undefined,
      undefined,
      { id: 'b', name: 'B', grantType: 'code' },
      undefined,
    );
    const impact = { added: [], silenced: [{ finding, reason: { kind: 'rule-loosened' as const } }], resolved: [], severityLowered: [], severityRaised: [] };
    const all = withUnexplainedSilencing([], impact);
    expect(all.map((c) => [c.kind, c.loosens])).toEqual([['findings-silenced', true]]);
    expect(judgeLoosening(all, 'require-label', 'ok', [])).toMatchObject({ loosens: true, blocks: true });
  });
});

describe('readFileAtCommit', () => {
  it('reads the base file from the local clone when it has the commit, with no API', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'git-'));
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, '-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { encoding: 'utf8' }).trim();
    git('init', '-q');
    mkdirSync(path.join(dir, 'policies'));
    writeFileSync(path.join(dir, 'policies/p.yml'), 'version: 1\n');
    git('add', '.');
    git('commit', '-qm', 'base');
    const base = git('rev-parse', 'HEAD');
    writeFileSync(path.join(dir, 'policies/p.yml'), 'version: 1\nrules: []\n');
    git('commit', '-qam', 'head');
    const repo = { owner: 'o', repo: 'r' };
    expect(await readFileAtCommit({ workspace: dir, path: 'policies/p.yml', sha: base, repo })).toEqual({ text: 'version: 1\n', from: 'git' });
    expect(await readFileAtCommit({ workspace: dir, path: 'policies/other.yml', sha: base, repo })).toEqual({ text: undefined, from: 'git' });
    await expect(readFileAtCommit({ workspace: dir, path: 'policies/p.yml', sha: 'f'.repeat(40), repo })).rejects.toThrow(
      /is not in the local clone and no GitHub token/,
    );
  });
});
