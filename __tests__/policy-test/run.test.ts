// Policy unit tests: a right expectation passes, a wrong one fails, a broken rule is caught,
// and a malformed test file is a located error, never a silent pass.
import { describe, expect, it } from '@jest/globals';
import { PolicyError } from '../../src/policy/errors.ts';
import { parsePolicy } from '../../src/policy/load.ts';
import { parsePolicyTestFile } from '../../src/policy-test/load.ts';
import { runPolicyTests } from '../../src/policy-test/run.ts';
import { renderPolicyTests } from '../../src/render/policy-test.ts';

const now = new Date('2026-12-01T12:00:00Z');

const POLICY = `version: 1
rules:
  - id: no-role-admin
    severity: error
    where: { grant-type: [client-credentials] }
    permissions:
      deny: ["authorization:role:edit"]
  - id: no-password
    severity: warning
    grant-types: { deny: [password] }
  - id: unused-90
    severity: notice
    unused: { max-days: 90 }
`;

const TESTS = `roles:
  Role Admin: ["authorization:role:*"]
  Queue Viewer: ["routing:queue:view"]
tests:
  - name: a client that can edit roles is an error
    clients:
      - { name: Terraform, grant-type: client-credentials, roles: [Role Admin] }
      - { name: Reporter, grant-type: client-credentials, roles: [{ role: Queue Viewer, division: "*" }] }
    expect:
      - { rule: no-role-admin, client: Terraform, severity: error }
  - name: password grant is a warning
    rules: [no-password]
    clients:
      - { name: Legacy, id: legacy-1, grant-type: password }
    expect:
      - { rule: no-password, client: legacy-1 }
  - name: clean org
    clients:
      - { name: Web, grant-type: code }
    expect: none
`;

function run(policyText: string, testsText: string) {
  const policy = parsePolicy('policy.yml', policyText);
  const file = parsePolicyTestFile('policy.test.yml', testsText);
  return { policy, result: runPolicyTests(policy, file, now) };
}

describe('policy tests', () => {
  it('pass when the findings are the expected ones, and report which rules no test exercises', () => {
    const { policy, result } = run(POLICY, TESTS);
    expect(result.outcomes.map((o) => [o.name, o.passed])).toEqual([
      ['a client that can edit roles is an error', true],
      ['password grant is a warning', true],
      ['clean org', true],
    ]);
    expect(result.covered).toEqual(['no-password', 'no-role-admin']);
    const text = renderPolicyTests(
      [result],
      policy.rules.map((r) => r.id),
    );
    expect(text).toMatch(/Coverage: 2 of 3 rules/);
    expect(text).toMatch(/Not exercised: unused-90\./);
    expect(text.trimEnd().split('\n').at(-1)).toBe('3 passed, 0 failed');
  });

  it('catch a broken rule: the expected finding is missing', () => {
    const broken = POLICY.replace('authorization:role:edit', 'authorization:grant:edit');
    const { result } = run(broken, TESTS);
    const first = result.outcomes[0]!;
    expect(first.passed).toBe(false);
    expect(first.missing).toEqual([
      { expected: { rule: 'no-role-admin', client: 'Terraform', severity: 'error' }, location: expect.objectContaining({ line: 10 }) },
    ]);
    expect(result.covered).not.toContain('no-role-admin');
  });

  it('fail on a wrong expectation: wrong severity, wrong client, a finding nobody expected', () => {
    const wrong = TESTS.replace(
      '{ rule: no-role-admin, client: Terraform, severity: error }',
      '{ rule: no-role-admin, client: Terraform, severity: warning }',
    ).replace('expect: none', 'expect: none\n    rules: [no-role-admin]');
    const { result } = run(POLICY, wrong);
    expect(result.outcomes[0]).toMatchObject({ passed: false, unexpected: [expect.objectContaining({ ruleId: 'no-role-admin' })] });
    const unexpected = run(POLICY, TESTS.replace('- { name: Web, grant-type: code }', '- { name: Web, grant-type: password }'));
    expect(unexpected.result.outcomes[2]).toMatchObject({
      passed: false,
      unexpected: [expect.objectContaining({ ruleId: 'no-password', client: expect.objectContaining({ name: 'Web' }) })],
    });
    const text = renderPolicyTests([unexpected.result], ['no-password']);
    expect(text).toMatch(/FAIL clean org \(line \d+\)\n\s+unexpected: no-password on "Web"/);
    expect(text.trimEnd().split('\n').at(-1)).toBe('2 passed, 1 failed');
  });

  it('test unused rules with usage-days and last-used dates', () => {
    const tests = `tests:
  - name: idle client
    usage-days: 120
    clients:
      - { name: Idle, grant-type: code, last-used: never }
      - { name: Busy, grant-type: code, last-used: 2026-11-30 }
    expect: [{ rule: unused-90, client: Idle }]
`;
    expect(run(POLICY, tests).result.outcomes[0]).toMatchObject({ passed: true });
  });

  it('report a test that names an unknown rule, client or role as failed, with the reason', () => {
    const tests = `roles: {}
tests:
  - name: typos
    clients: [{ name: A, grant-type: client-credentials, roles: [Ghost] }]
    expect: [{ rule: no-such-rule, client: B }]
`;
    const o = run(POLICY, tests).result.outcomes[0]!;
    expect(o.passed).toBe(false);
    expect(o.problems.map((p) => p.message)).toEqual([
      'Test "typos", client "A": role "Ghost" is not in the file\'s `roles`.',
      'Test "typos" names rule `no-such-rule`, which the policy does not have.',
      'Test "typos" expects a finding for client "B", which is not among its clients.',
    ]);
  });

  it('reject a malformed test file with every problem at its line', () => {
    const bad = `tests:
  - name: x
    clients: [{ name: A, grant-type: pasword }]
    expect: nothing
    extra: 1
`;
    let err: unknown;
    try {
      parsePolicyTestFile('t.yml', bad);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PolicyError);
    const problems = (err as PolicyError).problems.map((p) => `${p.location.line}: ${p.message}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^3: `tests.0.clients.0.grant-type`/),
        expect.stringMatching(/^4: `tests.0.expect` must be `none` or a list/),
        expect.stringMatching(/^5: Unknown key `extra`/),
      ]),
    );
  });
});
