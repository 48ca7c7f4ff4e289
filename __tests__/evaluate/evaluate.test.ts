// The verdict and the order of findings; each check kind is covered in checks.test.ts.
import { describe, expect, it } from '@jest/globals';
import { evaluate, evaluateWithoutUsage, finishEvaluation } from '../../src/evaluate/evaluate.ts';
import { findingKey, passes } from '../../src/evaluate/findings.ts';
import { parsePolicy } from '../../src/policy/load.ts';
import { client, inventory } from '../helpers/inventory.ts';
import { syntheticClients } from '../render/fixtures.ts';

const now = new Date('2026-11-24T00:00:00Z');

describe('evaluate', () => {
  it('passes or fails by threshold', () => {
    const policy = parsePolicy('p.yml', 'version: 1\nrules:\n  - id: r\n    severity: warning\n    scopes: { deny: [oauth] }');
    const result = evaluate(policy, inventory([client({ scopes: ['oauth'] })]), { now });
    expect([passes(result, 'error'), passes(result, 'warning'), passes(result, 'never')]).toEqual([true, false, true]);
    expect(passes(evaluate(policy, inventory([]), { now }), 'warning')).toBe(true);
  });

  it('fails on any finding with fail-on notice, a notice included', () => {
    const policy = parsePolicy('p.yml', 'version: 1\nsettings: { fail-on: notice }\nrules:\n  - id: r\n    severity: notice\n    scopes: { deny: [oauth] }');
    expect(policy.failOn).toBe('notice');
    const result = evaluate(policy, inventory([client({ scopes: ['oauth'] })]), { now });
    expect([passes(result, 'notice'), passes(result, 'warning'), passes(result, 'error'), passes(result, 'never')]).toEqual([false, true, true, true]);
    expect(passes(evaluate(policy, inventory([client({ scopes: ['other'] })]), { now }), 'notice')).toBe(true);
  });

  it('orders findings by severity, then client, rule and subject', () => {
    const policy = parsePolicy(
      'p.yml',
      'version: 1\nrules:\n  - id: b\n    severity: notice\n    client-description: { required: true }\n  - id: a\n    scopes: { deny: ["*"] }\n',
    );
    const clients = [client({ name: 'Zed', scopes: ['users', 'oauth'], description: '' }), client({ name: 'Abe', scopes: ['users'] })];
    const rows = evaluate(policy, inventory(clients), { now }).findings.map((f) => [f.severity, f.client?.name, f.ruleId, f.subject]);
    expect(rows).toEqual([
      ['error', 'Abe', 'a', 'users'],
      ['error', 'Zed', 'a', 'oauth'],
      ['error', 'Zed', 'a', 'users'],
      ['notice', 'Zed', 'b', undefined],
    ]);
  });

  it('keys findings by rule, client and subject, so a finding can be followed across policies', () => {
    const policy = parsePolicy('p.yml', 'version: 1\nrules:\n  - id: a\n    scopes: { deny: ["*"] }\n');
    const keys = evaluate(policy, inventory([client({ id: 'c1', scopes: ['users', 'oauth'] })]), { now }).findings.map(findingKey);
    expect(new Set(keys).size).toBe(2);
    expect(keys).toContain(['a', 'c1', 'oauth'].join('\u0000'));
  });

  it('judges in two steps (most checks before usage comes, `unused` after) exactly as in one', () => {
    const policy = parsePolicy(
      'p.yml',
      `version: 1
extends: [recommended]
rules:
  - id: idle-30
    severity: notice
    unused: { max-days: 30 }
  - id: no-admin
    where: { client: ["Integration 1*"] }
    permissions: { deny: ["*:*:*"] }
clients:
  unknown: notice
  list:
    - { name: Integration 0, grant-type: client-credentials, roles: [Master Admin] }
    - { name: Gone, grant-type: code }
exceptions:
  - { rule: no-admin, client: Integration 12, reason: migrating off admin, owner: team, expires: 2026-12-31 }
`,
    );
    const days = ['2026-11-23', '2026-10-01', '2026-06-01', null];
    const read = syntheticClients(40).map((c) => ({ ...c, dateCreated: '2025-01-01T00:00:00.000Z' }));
    const withUsage = read.map((c, i) => ({ ...c, lastUsed: days[i % days.length] }));
    const usage = { days: 90, from: '2026-08-27', to: '2026-11-24' };
    for (const inv of [inventory(withUsage, usage), { ...inventory(read), usageUnreadable: 'refused' }]) {
      const whole = evaluate(policy, inv, { now });
      const staged = finishEvaluation(policy, inv, evaluateWithoutUsage(policy, read, { now }));
      expect(whole.findings.some((f) => f.ruleId === 'idle-30' || f.ruleId === 'unused-client')).toBe(true);
      expect(staged).toEqual(whole);
    }
  });

  it('refuses to finish an early evaluation of other clients', () => {
    const policy = parsePolicy('p.yml', 'version: 1\nrules:\n  - id: r\n    scopes: { deny: [oauth] }');
    const early = evaluateWithoutUsage(policy, [client({ id: 'a' })], { now });
    expect(() => finishEvaluation(policy, inventory([client({ id: 'b' })]), early)).toThrow(/other clients/);
  });
});
