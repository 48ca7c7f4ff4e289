import { describe, expect, it } from '@jest/globals';
import { evaluate } from '../../src/evaluate/evaluate.ts';
import { passes } from '../../src/evaluate/findings.ts';
import { parsePolicy } from '../../src/policy/load.ts';
import { client, grants, inventory } from '../helpers/inventory.ts';

const now = new Date('2026-11-24T00:00:00Z');

function findingsOf(policyYaml: string, clients = [client()]) {
  const policy = parsePolicy('p.yml', `version: 1\nrules:\n${policyYaml}`);
  return evaluate(policy, inventory(clients), { now }).findings;
}

describe('evaluate', () => {
  const cases: Array<[string, string, ReturnType<typeof client>, string[]]> = [
    ['scope deny glob', '  - id: r\n    scopes: { deny: ["oauth*"] }', client({ scopes: ['oauth:readonly', 'users'] }), ['oauth:readonly']],
    ['scope allow list', '  - id: r\n    scopes: { allow: ["*:readonly"] }', client({ scopes: ['users:readonly', 'users'] }), ['users']],
    ['deny wins over allow', '  - id: r\n    scopes: { allow: ["*"], deny: [oauth] }', client({ scopes: ['oauth', 'users'] }), ['oauth']],
    ['grant types', '  - id: r\n    grant-types: { allow: [code] }', client({ grantType: 'implicit', apiGrantType: 'TOKEN' }), ['implicit']],
    ['unknown grant type is never allowed', '  - id: r\n    grant-types: { allow: [code] }', client({ grantType: 'unknown', apiGrantType: 'CODE-PKCE' }), ['unknown']],
    [
      'permission deny hits a held wildcard',
      '  - id: r\n    permissions: { deny: ["oauth:client:edit"] }',
      client({ grantType: 'client-credentials', permissions: grants('Admin', '*', ['*:*:*', 'routing:queue:view']) }),
      ['*:*:*'],
    ],
    [
      'permission deny by pattern',
      '  - id: r\n    permissions: { deny: ["authorization:*:*"] }',
      client({ grantType: 'client-credentials', permissions: grants('R', 'd1', ['authorization:role:edit', 'routing:queue:view']) }),
      ['authorization:role:edit'],
    ],
    [
      'permission allow does not cover a held wildcard',
      '  - id: r\n    permissions: { allow: ["routing:*:view"] }',
      client({ grantType: 'client-credentials', permissions: grants('R', 'd1', ['routing:*:view', 'routing:queue:*', 'routing:queue:view']) }),
      ['routing:queue:*'],
    ],
    ['legacy flat permission', '  - id: r\n    permissions: { deny: [admin] }', client({ grantType: 'client-credentials', permissions: grants('Old', 'd1', ['admin']) }), ['admin']],
  ];

  it.each(cases)('%s', (_name, rule, c, subjects) => {
    expect(findingsOf(rule, [c]).map((f) => f.subject)).toEqual(subjects);
  });

  it('applies only where the conditions hold', () => {
    const rule = '  - id: r\n    where: { grant-type: [code], client: ["CRM *"], state: [active] }\n    scopes: { deny: [oauth] }';
    const clients = [
      client({ name: 'CRM sync', scopes: ['oauth'] }),
      client({ name: 'CRM old', state: 'disabled', apiState: 'disabled', scopes: ['oauth'] }),
      client({ name: 'Other', scopes: ['oauth'] }),
      client({ name: 'CRM implicit', grantType: 'implicit', scopes: ['oauth'] }),
    ];
    expect(findingsOf(rule, clients).map((f) => f.client?.name)).toEqual(['CRM sync']);
  });

  it('points every finding at its rule line and carries severity', () => {
    const [f] = findingsOf('  - id: r\n    severity: warning\n    scopes: { deny: [oauth] }', [client({ scopes: ['oauth'] })]);
    expect(f).toMatchObject({ ruleId: 'r', severity: 'warning', location: { file: 'p.yml', line: 3, column: 5 } });
  });

  it('passes or fails by threshold', () => {
    const policy = parsePolicy('p.yml', 'version: 1\nrules:\n  - id: r\n    severity: warning\n    scopes: { deny: [oauth] }');
    const result = evaluate(policy, inventory([client({ scopes: ['oauth'] })]), { now });
    expect([passes(result, 'error'), passes(result, 'warning'), passes(result, 'never')]).toEqual([true, false, true]);
  });
});
