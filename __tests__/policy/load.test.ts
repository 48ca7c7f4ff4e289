import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadPolicyFile, parsePolicy } from '../../src/policy/load.ts';
import { evaluate } from '../../src/evaluate/evaluate.ts';
import { client, inventory } from '../helpers/inventory.ts';
import { PolicyError } from '../../src/policy/errors.ts';

function problemsOf(text: string): string[] {
  try {
    parsePolicy('p.yml', text);
  } catch (err) {
    if (err instanceof PolicyError) return err.problems.map((p) => `${p.location.line}:${p.location.column} ${p.message}`);
    throw err;
  }
  throw new Error('expected the policy to be rejected');
}

function warningsOf(text: string): string[] {
  return parsePolicy('p.yml', text).warnings.map((p) => `${p.location.line}:${p.location.column} ${p.message}`);
}

const rule = (body: string) => `version: 1\nrules:\n  - id: a\n${body}`;
const exception = (fields: string) => `version: 1\nrules:\n  - id: a\n    scopes: { deny: [oauth] }\nexceptions:\n  - ${fields}`;

describe('parsePolicy', () => {
  it('loads rules with their source lines and defaults', () => {
    const policy = parsePolicy(
      'p.yml',
      ['version: 1', 'rules:', '  - id: a', '    scopes: { deny: [oauth] }', '  - id: b', '    severity: warning', '    grant-types: { allow: [code] }'].join(
        '\n',
      ),
    );
    expect(policy.rules.map((r) => [r.id, r.severity, r.location.line, r.location.column, r.origin])).toEqual([
      ['a', 'error', 3, 5, 'policy'],
      ['b', 'warning', 5, 5, 'policy'],
    ]);
    expect(policy.failOn).toBeUndefined();
    expect(policy.maxExceptionDays).toBe(365);
  });

  it.each(readdirSync('policies').filter((f) => /\.ya?ml$/.test(f)))('loads the example policy policies/%s without warnings', (file) => {
    const policy = parsePolicy(`policies/${file}`, readFileSync(`policies/${file}`, 'utf8'));
    expect(policy.rules.length).toBeGreaterThan(3);
    expect(policy.warnings).toEqual([]);
  });

  it('puts built-in rules at the extends line, or at their override, and drops those turned off', () => {
    const policy = parsePolicy('p.yml', 'version: 1\nextends:\n  - recommended\noverrides:\n  cc-all-divisions: error\n  client-description: off\n');
    const allDivisions = policy.rules.find((r) => r.id === 'cc-all-divisions');
    expect(allDivisions).toMatchObject({ severity: 'error', origin: 'recommended', location: { line: 5, column: 3 } });
    expect(policy.rules.find((r) => r.id === 'no-implicit-grant')?.location.line).toBe(3);
    expect(policy.rules.some((r) => r.id === 'client-description')).toBe(false);
    expect(policy.disabledRules).toEqual(['client-description']);
  });

  it('compiles exceptions and approved clients with their lines', () => {
    const policy = parsePolicy(
      'p.yml',
      [
        'version: 1',
        'extends: [recommended]',
        'clients:',
        '  list:',
        '    - name: WFM Sync',
        '      grant-type: client-credentials',
        '      roles: [WFM Integration, { role: Reporting, division: Sales }]',
        'exceptions:',
        '  - rule: no-implicit-grant',
        '    client: Legacy Wallboard',
        '    reason: Vendor migration tracked in CX-123',
        '    owner: "@acme/security"',
        '    expires: 2027-03-31',
      ].join('\n'),
    );
    expect(policy.desired?.clients[0]).toMatchObject({
      name: 'WFM Sync',
      roles: [{ role: 'WFM Integration' }, { role: 'Reporting', division: 'Sales' }],
      location: { line: 5 },
    });
    expect(policy.desired).toMatchObject({ unknown: 'error', missing: 'warning', drift: 'error' });
    expect(policy.exceptions[0]).toMatchObject({
      ruleId: 'no-implicit-grant',
      client: 'Legacy Wallboard',
      expires: '2027-03-31',
      location: { line: 9, column: 5 },
    });
  });

  describe('rejects bad input with file:line:column and one sentence', () => {
    it.each([
      ['malformed YAML', 'version: 1\nrules: [\n', /^3:1 Invalid YAML/],
      ['a duplicate key', 'version: 1\nversion: 1\n', /^2:1 This key appears twice/],
      ['an unknown top-level key, with a suggestion', 'version: 1\nrulez: []\n', /^2:1 Unknown key `rulez` in the policy \(did you mean `rules`\?\)/],
      ['an unknown key in a rule, with a suggestion', rule('    scops: { deny: [x] }\n'), /^4:5 Unknown key `scops` in `rules.0` \(did you mean `scopes`\?\)/],
      [
        'an unknown key without a close match, listing the allowed ones',
        rule('    frobnicate: 1\n'),
        /^4:5 Unknown key `frobnicate` in `rules.0`; allowed keys: `id`, `description`/,
      ],
      ['a wrong version', 'version: 2\n', /^1:10 `version` must be 1\./],
      ['a missing version', 'rules: []\n', /^1:1 The policy is missing the required key `version`/],
      ['an unknown pack', 'version: 1\nextends: [recomended]\n', /^2:11 `extends.0` must be one of "recommended" \(did you mean `recommended`\?\)/],
      ['a bad severity', rule('    severity: high\n    scopes: { deny: [x] }\n'), /^4:15 `rules.0.severity` must be one of "error", "warning", "notice"/],
      [
        'a misspelt grant type',
        rule('    grant-types: { allow: [implict] }\n'),
        /^4:28 `rules.0.grant-types.allow.0` must be one of .* \(did you mean `implicit`\?\)/,
      ],
      ['a wrong type', 'version: 1\nrules: {}\n', /^2:8 `rules` must be a list/],
      [
        'a string where a number belongs',
        rule('    token-lifetime: { max-seconds: "1 day" }\n'),
        /^4:36 `rules.0.token-lifetime.max-seconds` must be an integer/,
      ],
      ['a number out of range', rule('    token-lifetime: { max-seconds: 999999 }\n'), /^4:36 `rules.0.token-lifetime.max-seconds` must be at most 172800/],
      ['a bad rule id', 'version: 1\nrules:\n  - id: No Admin\n    scopes: { deny: [x] }\n', /^3:9 `rules.0.id` must be lower-case words joined by hyphens/],
      ['a rule that checks nothing', rule(''), /^3:5 Rule `a` checks nothing: add one of `grant-types`/],
      ['a role check without allow or deny', rule('    roles: { divisions: all }\n'), /^4:12 `roles` needs `allow` or `deny`/],
      [
        'a bad division scope',
        rule('    roles: { deny: [x], divisions: 5 }\n'),
        /^4:36 `rules.0.roles.divisions` must be `any`, `all` or a list of division name globs/,
      ],
      [
        'a bad permission pattern',
        rule('    permissions: { deny: ["oauth:client"] }\n'),
        /^4:27 Permission pattern "oauth:client" must be domain:entity:action/,
      ],
      ['an invalid glob', rule('    scopes: { deny: ["users:[rw]"] }\n'), /^4:22 Pattern "users:\[rw\]" uses \[ \] or \{ \}, which globs here do not support/],
      ['a negated glob', rule('    roles: { deny: ["!Employee"] }\n'), /^4:21 Pattern "!Employee" starts with !, which is not negation here/],
      [
        'an invalid regex',
        rule('    redirect-uris: { localhost: allow, must-match: "https://(" }\n'),
        /^4:52 `redirect-uris.must-match` is not a regular expression this tool can run in linear time \(RE2 syntax\): missing closing \)\.$/,
      ],
      [
        'redirect-uris without a stance on localhost',
        rule('    redirect-uris: { require-https: true }\n'),
        /^4:20 `rules.0.redirect-uris` is missing the required key `localhost`/,
      ],
      ['redirect-uris with only a stance', rule('    redirect-uris: { localhost: deny }\n'), /^4:20 `rules.0.redirect-uris` must set at least 2 keys/],
      [
        'a repeated list item',
        rule('    grant-types: { deny: [implicit, implicit] }\n'),
        /^4:37 `rules.0.grant-types.deny` lists the same value twice \(items 1 and 2\)/,
      ],
      ['an empty where', rule('    where: {}\n    scopes: { deny: [x] }\n'), /^4:12 `rules.0.where` must set at least one of its keys/],
      [
        'an unknown override',
        'version: 1\nextends: [recommended]\noverrides:\n  cc-all-division: off\n',
        /^4:3 `overrides` names `cc-all-division`, which is not a rule of the packs in `extends` \(did you mean `cc-all-divisions`\?\)/,
      ],
      [
        'overrides without extends',
        'version: 1\noverrides:\n  cc-all-divisions: off\n',
        /^3:3 `overrides` names `cc-all-divisions`, which is not a rule of the packs in `extends`; `overrides` change built-in rules: add `extends: \[recommended\]`/,
      ],
      [
        'a bad override value',
        'version: 1\nextends: [recommended]\noverrides:\n  cc-all-divisions: disabled\n',
        /^4:21 `overrides.cc-all-divisions` must be one of "error", "warning", "notice", "off"/,
      ],
      [
        'a rule id of a built-in rule',
        'version: 1\nextends: [recommended]\nrules:\n  - id: no-implicit-grant\n    scopes: { deny: [x] }\n',
        /^4:9 Rule id `no-implicit-grant` is a built-in rule; change its severity with `overrides/,
      ],
      ['a reserved rule id', rule('    scopes: { deny: [x] }\n').replace('id: a', 'id: stale-exception'), /^3:9 Rule id `stale-exception` is reserved/],
      [
        'an exception naming an unknown rule',
        exception('rule: b\n    client: x\n    reason: a good reason\n    owner: me\n    expires: 2027-01-01\n'),
        /^6:11 Exception names rule `b`, which this policy does not have/,
      ],
      [
        'an exception naming a misspelt rule',
        exception('rule: aa\n    client: x\n    reason: a good reason\n    owner: me\n    expires: 2027-01-01\n'),
        /\(did you mean `a`\?\)/,
      ],
      [
        'an exception without a reason',
        exception('rule: a\n    client: x\n    owner: me\n    expires: 2027-01-01\n'),
        /^6:5 `exceptions.0` is missing the required key `reason`/,
      ],
      [
        'an exception with a token reason',
        exception('rule: a\n    client: x\n    reason: ok\n    owner: me\n    expires: 2027-01-01\n'),
        /^8:13 `exceptions.0.reason` must be at least 10 characters long/,
      ],
      [
        'an exception with an impossible date',
        exception('rule: a\n    client: x\n    reason: a good reason\n    owner: me\n    expires: 2027-02-30\n'),
        /^10:14 `exceptions.0.expires` must be a date written YYYY-MM-DD/,
      ],
      [
        'an exception for a desired-state finding without a client list',
        exception('rule: unknown-client\n    client: x\n    reason: a good reason\n    owner: me\n    expires: 2027-01-01\n'),
        /^6:11 `unknown-client` findings come from the `clients` list, which this policy does not have/,
      ],
      [
        'an approved client with neither name nor id',
        'version: 1\nclients:\n  list:\n    - grant-type: code\n',
        /^4:7 An approved client needs a `name` or an `id`/,
      ],
      [
        'a badly shaped approved role',
        'version: 1\nclients:\n  list:\n    - name: a\n      grant-type: client-credentials\n      roles: [{ role: b }]\n',
        /^6:15 `clients.list.0.roles.0` must be a role name or a mapping/,
      ],
      ['an empty file', '', /^1:1 The policy file is empty/],
    ])('%s', (_name, text, expected) => {
      expect(problemsOf(text)).toContainEqual(expect.stringMatching(expected));
    });
  });

  it('rejects duplicate rule ids, pointing at the second', () => {
    const problems = problemsOf('version: 1\nrules:\n  - id: a\n    scopes: { deny: [x] }\n  - id: a\n    scopes: { deny: [y] }\n');
    expect(problems).toEqual(['5:9 Rule id `a` is already used by the rule at line 3; ids must be unique.']);
  });

  it('rejects duplicate exceptions and duplicate approved clients, pointing at the second', () => {
    const e = 'rule: a\n    client: x\n    reason: a good reason\n    owner: me\n    expires: 2027-01-01\n';
    expect(problemsOf(exception(`${e}  - ${e}`))).toEqual(['11:5 The same exception is already at line 6; keep one.']);
    expect(problemsOf('version: 1\nclients:\n  list:\n    - { name: a, grant-type: code }\n    - { name: a, grant-type: code }\n')).toEqual([
      '5:7 This client is already listed at line 4; list each client once.',
    ]);
  });

  it('reports every problem at once, in line order', () => {
    const problems = problemsOf('version: 1\nrules:\n  - id: a\n    severity: high\n  - id: b\n    scops: {}\n');
    expect(problems.length).toBeGreaterThanOrEqual(2);
    const lines = problems.map((p) => Number(p.split(':')[0]));
    expect(lines).toEqual([...lines].sort((x, y) => x - y));
  });

  describe('warns, without failing, about', () => {
    it('scope names the catalog does not know, with a suggestion', () => {
      expect(warningsOf(rule('    scopes: { deny: [userz, "foo*", "users:*"] }\n'))).toEqual([
        '4:22 Scope `userz` is not in the Genesys Cloud scope catalog (did you mean `users`?).',
        '4:29 Scope pattern `foo*` matches no scope in the Genesys Cloud scope catalog.',
      ]);
    });

    it('unknown scopes in approved clients', () => {
      expect(warningsOf('version: 1\nclients:\n  list:\n    - { name: a, grant-type: code, scopes: [conversation] }\n')).toEqual([
        '4:45 Scope `conversation` is not in the Genesys Cloud scope catalog (did you mean `conversations`?).',
      ]);
    });

    it('checks that can never apply to the clients the rule selects', () => {
      expect(warningsOf(rule('    where: { grant-type: [client-credentials] }\n    scopes: { deny: [oauth] }\n'))).toEqual([
        '5:13 `scopes` in rule `a` never applies: client-credentials clients act through roles, not scopes.',
      ]);
      expect(warningsOf(rule('    where: { grant-type: [code] }\n    permissions: { deny: ["*:*:*"] }\n'))).toEqual([
        '5:18 `permissions` in rule `a` never applies: only client-credentials clients hold roles and their permissions.',
      ]);
    });

    it('an exception for a rule turned off', () => {
      const text =
        'version: 1\nextends: [recommended]\noverrides: { client-description: off }\nexceptions:\n  - rule: client-description\n    client: x\n    reason: a good reason\n    owner: me\n    expires: 2027-01-01\n';
      expect(warningsOf(text)).toEqual(['5:11 Rule `client-description` is turned off in `overrides`, so this exception never applies.']);
    });
  });
});

describe('hostile policies', () => {
  it('rejects an alias bomb at its first alias, as a policy problem (exit 2), without expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [prev, name] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
      ['f', 'g'],
    ])
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    const err = (() => {
      try {
        parsePolicy('p.yml', `version: 1\n${levels.join('\n')}\n`);
      } catch (e) {
        return e as PolicyError;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(PolicyError);
    expect(err?.exitCode).toBe(2);
    expect(err?.message).toBe('p.yml:3:8: Invalid YAML: its aliases expand to more than 100 copies (an alias bomb); write the values out instead.');
  });

  it('rejects an alias without an anchor at its position', () => {
    expect(problemsOf('version: 1\nrules: *nope\n')).toEqual(['2:8 Invalid YAML: the alias *nope names no anchor defined before it.']);
  });

  it('rejects a file that is not UTF-8, at the line and column of the first bad byte', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'policy-'));
    const file = path.join(dir, 'p.yml');
    writeFileSync(file, Buffer.concat([Buffer.from('version: 1\nrules:\n  - id: caf'), Buffer.from([0xe9]), Buffer.from('\n    scopes: { deny: [x] }\n')]));
    const err = (await loadPolicyFile(file, 'p.yml').catch((e: unknown) => e)) as PolicyError;
    expect(err).toBeInstanceOf(PolicyError);
    expect(err.message).toBe('p.yml:3:12: The policy file is not UTF-8 text: byte 0xe9 at offset 29 is not valid UTF-8; save the file as UTF-8.');
    writeFileSync(file, Buffer.from('\ufeffversion: 1\nrules:\n  - id: a\n    description: café\n    scopes: { deny: [x] }\n'));
    expect((await loadPolicyFile(file, 'p.yml')).rules.map((r) => r.description)).toEqual(['café']);
  });

  it('reports schema problems, impossible dates and duplicate ids in one pass', () => {
    const text = [
      'version: 1',
      'rules:',
      '  - id: a',
      '    severity: high',
      '    scopes: { deny: [x] }',
      '  - id: a',
      '    scopes: { deny: [y] }',
      'exceptions:',
      '  - rule: a',
      '    client: x',
      '    reason: a good reason',
      '    owner: me',
      '    expires: 2027-02-30',
      '',
    ].join('\n');
    expect(problemsOf(text)).toEqual([
      expect.stringMatching(/^4:15 `rules.0.severity` must be one of/),
      '6:9 Rule id `a` is already used by the rule at line 3; ids must be unique.',
      expect.stringMatching(/^13:14 `exceptions.0.expires` must be a date written YYYY-MM-DD/),
    ]);
  });

  it('runs a catastrophic must-match pattern in linear time against a hostile name', () => {
    const policy = parsePolicy('p.yml', 'version: 1\nrules:\n  - id: names\n    client-name: { must-match: "^(a+)+$" }\n');
    const org = inventory([client({ name: `${'a'.repeat(50_000)}!` }), client({ name: 'aaaa' })]);
    const findings = evaluate(policy, org, { now: new Date('2026-01-01T00:00:00Z') }).findings;
    expect(findings.map((f) => f.client?.name.length)).toEqual([50_001]);
  });

  it.each([
    [
      'a lookahead',
      '^(?=admin).*',
      /`client-name.must-match` is not a regular expression this tool can run in linear time \(RE2 syntax\): invalid or unsupported Perl syntax at character 2 \(`\(\?=`\); lookahead, lookbehind/,
    ],
    ['a backreference', '^(a)\\\\1$', /invalid escape sequence at character 5 \(`\\1`\); backreferences are not supported/],
  ])('rejects %s with its position', (_name, pattern, expected) => {
    const problems = problemsOf(`version: 1\nrules:\n  - id: a\n    client-name: { must-match: "${pattern}" }\n`);
    expect(problems).toEqual([expect.stringMatching(/^4:32 /)]);
    expect(problems[0]).toMatch(expected);
  });
});
