// Every rule check kind, with clients that pass and clients that fail.
import { describe, expect, it } from '@jest/globals';
import { evaluate } from '../../src/evaluate/evaluate.ts';
import type { ClientRecord, UsageWindow } from '../../src/inventory/types.ts';
import { parsePolicy } from '../../src/policy/load.ts';
import { ccClient, client, grants, inventory } from '../helpers/inventory.ts';

const now = new Date('2026-11-24T12:00:00Z');
const usage90: UsageWindow = { days: 90, from: '2026-08-27', to: '2026-11-24' };

/** Subjects (or messages, when a finding has no subject) of one rule's findings for the clients. */
function subjects(ruleYaml: string, clients: ClientRecord[], usage?: UsageWindow): string[] {
  const policy = parsePolicy('p.yml', `version: 1\nrules:\n  - id: r\n${ruleYaml.replace(/^/gm, '    ')}\n`);
  return evaluate(policy, inventory(clients, usage), { now }).findings.map((f) => f.subject ?? f.message);
}

type Case = [name: string, rule: string, clients: ClientRecord[], expected: string[], usage?: UsageWindow];

const cases: Case[] = [
  // grant-types
  ['grant types: allow list passes an allowed grant', 'grant-types: { allow: [code] }', [client()], []],
  ['grant types: allow list flags another grant', 'grant-types: { allow: [code] }', [client({ grantType: 'implicit', apiGrantType: 'TOKEN' })], ['implicit']],
  [
    'grant types: an unknown grant type is never allowed',
    'grant-types: { allow: [code] }',
    [client({ grantType: 'unknown', apiGrantType: 'CODE-PKCE' })],
    ['unknown'],
  ],
  ['grant types: deny list', 'grant-types: { deny: [password] }', [client({ grantType: 'password', apiGrantType: 'PASSWORD' }), client()], ['password']],
  // scopes
  ['scopes: deny glob', 'scopes: { deny: ["oauth*"] }', [client({ scopes: ['oauth:readonly', 'users'] })], ['oauth:readonly']],
  ['scopes: allow list', 'scopes: { allow: ["*:readonly"] }', [client({ scopes: ['users:readonly', 'users'] })], ['users']],
  ['scopes: deny wins over allow', 'scopes: { allow: ["*"], deny: [oauth] }', [client({ scopes: ['oauth', 'users'] })], ['oauth']],
  ['scopes: a clean client passes', 'scopes: { deny: [oauth] }', [client({ scopes: ['users:readonly'] })], []],
  // roles
  [
    'roles: deny by name glob',
    'roles: { deny: ["*Admin*"] }',
    [
      ccClient([
        { role: 'Master Admin', division: 'home' },
        { role: 'Employee', division: 'home' },
      ]),
    ],
    ['Master Admin'],
  ],
  [
    'roles: allow list',
    'roles: { allow: [WFM Integration] }',
    [
      ccClient([
        { role: 'WFM Integration', division: 'home' },
        { role: 'Employee', division: 'home' },
      ]),
    ],
    ['Employee'],
  ],
  [
    'roles: only grants in all divisions',
    'roles: { deny: ["*"], divisions: all }',
    [
      ccClient([
        { role: 'A', division: '*' },
        { role: 'B', division: 'sales' },
      ]),
    ],
    ['A'],
  ],
  [
    'roles: named divisions include all-division grants',
    'roles: { deny: ["*"], divisions: [Sales] }',
    [
      ccClient([
        { role: 'A', division: '*' },
        { role: 'B', division: 'sales' },
        { role: 'C', division: 'support' },
      ]),
    ],
    ['A', 'B'],
  ],
  // permissions
  [
    'permissions: deny by pattern',
    'permissions: { deny: ["authorization:*:*"] }',
    [ccClient([{ role: 'R', division: 'd1', permissions: ['authorization:role:edit', 'routing:queue:view'] }])],
    ['authorization:role:edit'],
  ],
  [
    'permissions: a held wildcard falls under a deny',
    'permissions: { deny: ["oauth:client:edit"] }',
    [ccClient([{ role: 'Admin', division: '*', permissions: ['*:*:*', 'routing:queue:view'] }])],
    ['*:*:*'],
  ],
  [
    'permissions: a held entity wildcard falls under a deny',
    'permissions: { deny: ["recording:recording:view"] }',
    [ccClient([{ role: 'R', division: 'd1', permissions: ['recording:*:view', 'routing:*:view'] }])],
    ['recording:*:view'],
  ],
  [
    'permissions: allow does not cover a held wildcard',
    'permissions: { allow: ["routing:*:view"] }',
    [ccClient([{ role: 'R', division: 'd1', permissions: ['routing:*:view', 'routing:queue:*', 'routing:queue:view'] }])],
    ['routing:queue:*'],
  ],
  [
    'permissions: deny wins over allow',
    'permissions: { allow: ["*:*:*"], deny: ["oauth:client:edit"] }',
    [ccClient([{ role: 'R', division: 'd1', permissions: ['oauth:client:edit', 'oauth:client:view'] }])],
    ['oauth:client:edit'],
  ],
  ['permissions: legacy flat names', 'permissions: { deny: [admin] }', [ccClient([{ role: 'Old', division: 'd1', permissions: ['admin'] }])], ['admin']],
  [
    'permissions: wildcards denied by themselves',
    'permissions: { wildcards: deny }',
    [ccClient([{ role: 'R', division: 'd1', permissions: ['routing:queue:*', 'routing:queue:view'] }])],
    ['routing:queue:*'],
  ],
  [
    'permissions: only grants in all divisions',
    'permissions: { deny: ["recording:*:*"], divisions: all }',
    [
      ccClient([{ role: 'A', division: '*', permissions: ['recording:recording:view'] }]),
      ccClient([{ role: 'B', division: 'sales', permissions: ['recording:recording:view'] }]),
    ],
    ['recording:recording:view'],
  ],
  [
    'permissions: in named divisions',
    'permissions: { deny: ["recording:*:*"], divisions: ["Col*"] }',
    [
      ccClient([{ role: 'A', division: 'collections', permissions: ['recording:recording:view'] }]),
      ccClient([{ role: 'B', division: 'sales', permissions: ['recording:recording:view'] }]),
    ],
    ['recording:recording:view'],
  ],
  [
    'permissions: one finding per permission however many roles grant it',
    'permissions: { deny: ["oauth:*:*"] }',
    [
      ccClient([
        { role: 'A', division: 'd1', permissions: ['oauth:client:edit'] },
        { role: 'B', division: '*', permissions: ['oauth:client:edit'] },
      ]),
    ],
    ['oauth:client:edit'],
  ],
  // token lifetime
  [
    'token lifetime: over the maximum',
    'token-lifetime: { max-seconds: 86400 }',
    [client({ tokenLifetimeSeconds: 172800 }), client({ tokenLifetimeSeconds: 86400 })],
    ['172800'],
  ],
  // redirect URIs
  [
    'redirect URIs: https required, loopback allowed',
    'redirect-uris: { localhost: allow, require-https: true }',
    [client({ redirectUris: ['http://app.acme.com/cb', 'https://app.acme.com/cb', 'http://localhost:8080/cb', 'http://127.0.0.1/cb'] })],
    ['http://app.acme.com/cb'],
  ],
  [
    'redirect URIs: loopback denied',
    'redirect-uris: { localhost: deny, require-https: true }',
    [client({ redirectUris: ['http://localhost:8080/cb', 'https://app.acme.com/cb'] })],
    ['http://localhost:8080/cb'],
  ],
  [
    'redirect URIs: wildcards',
    'redirect-uris: { localhost: allow, deny-wildcards: true }',
    [client({ redirectUris: ['https://*.acme.com/cb', 'https://app.acme.com/cb'] })],
    ['https://*.acme.com/cb'],
  ],
  [
    'redirect URIs: IP literals',
    'redirect-uris: { localhost: allow, deny-ip-literals: true }',
    [client({ redirectUris: ['https://203.0.113.7/cb', 'https://[2001:db8::1]/cb', 'https://app.acme.com/cb', 'http://127.0.0.1:9000/cb'] })],
    ['https://203.0.113.7/cb', 'https://[2001:db8::1]/cb'],
  ],
  [
    'redirect URIs: must match a pattern',
    'redirect-uris: { localhost: allow, must-match: "^https://app\\\\.acme\\\\.com/" }',
    [client({ redirectUris: ['https://app.acme.com/cb', 'https://evil.example/cb'] })],
    ['https://evil.example/cb'],
  ],
  [
    'redirect URIs: a value that is not a URL',
    'redirect-uris: { localhost: allow, require-https: true }',
    [client({ redirectUris: ['not a url'] })],
    ['not a url'],
  ],
  // description
  [
    'description: missing',
    'client-description: { required: true }',
    [client({ description: '  ' }), client({ description: 'Syncs WFM schedules' })],
    ['Has no description.'],
  ],
  [
    'description: too short',
    'client-description: { required: true, min-length: 10 }',
    [client({ description: 'test' })],
    ['Has a description of 4 characters; this rule asks for at least 10.'],
  ],
  [
    'description: counted in characters, a surrogate pair as one',
    'client-description: { required: true, min-length: 5 }',
    [client({ description: ' \u{1F600}\u{1F600}\u{1F600}\u{1F600} ' }), client({ description: 'ab\uD83D\uD83D\uDE00' }), client({ description: 'Ünïcødé' })],
    ['Has a description of 4 characters; this rule asks for at least 5.', 'Has a description of 4 characters; this rule asks for at least 5.'],
  ],
  // name
  [
    'name: duplicates, compared without case and spaces',
    'client-name: { unique: true }',
    [client({ name: 'CRM Sync' }), client({ name: ' crm sync' }), client({ name: 'Other' })],
    [' crm sync', 'CRM Sync'],
  ],
  [
    'name: naming convention',
    'client-name: { must-match: "^[A-Z]{2,5} - " }',
    [client({ name: 'WFM - Sync' }), client({ name: 'my test app' })],
    ['my test app'],
  ],
  // state age
  [
    'state age: disabled too long',
    'state-age: { disabled-max-days: 30 }',
    [
      client({ state: 'disabled', apiState: 'disabled', dateModified: '2026-09-01T00:00:00Z' }),
      client({ state: 'disabled', apiState: 'disabled', dateModified: '2026-11-20T00:00:00Z' }),
      client({ dateModified: '2020-01-01T00:00:00Z' }),
    ],
    ['disabled'],
  ],
  [
    'state age: inactive too long',
    'state-age: { inactive-max-days: 10 }',
    [client({ state: 'inactive', apiState: 'inactive', dateModified: '2026-10-01T00:00:00Z', dateToDelete: '2026-12-31T00:00:00Z' })],
    ['inactive'],
  ],
  // unused
  [
    'unused: never used in a window as long as the rule',
    'unused: { max-days: 90 }',
    [client({ lastUsed: null }), client({ lastUsed: '2026-11-23' })],
    ['Made no API request in the 90 days read (2026-08-27 to 2026-11-24); this rule allows 90.'],
    usage90,
  ],
  [
    'unused: last used long ago',
    'unused: { max-days: 60 }',
    [client({ lastUsed: '2026-09-01' }), client({ lastUsed: '2026-10-30' })],
    ['Made its last API request on 2026-09-01, 84 days ago; this rule allows 60.'],
    usage90,
  ],
  ['unused: young clients are not judged', 'unused: { max-days: 60 }', [client({ lastUsed: null, dateCreated: '2026-11-01T00:00:00Z' })], [], usage90],
];

describe('rule checks', () => {
  // A rest parameter: with a fixed arity longer than a row, jest would wait for `done`.
  it.each(cases)('%s', (...[, rule, clients, expected, usage]: Case) => {
    expect(subjects(rule, clients, usage).sort()).toEqual([...expected].sort());
  });

  it('a `where` selects clients by grant type, state and name or id glob', () => {
    const a = client({ name: 'Vendor A', scopes: ['oauth'] });
    const b = client({ name: 'Internal', scopes: ['oauth'] });
    const c = client({ name: 'Vendor C', scopes: ['oauth'], state: 'disabled', apiState: 'disabled' });
    const d = client({ id: 'vendor-d', name: 'D', scopes: ['oauth'], grantType: 'implicit', apiGrantType: 'TOKEN' });
    const found = subjects('where: { client: ["Vendor*", "vendor-*"], state: [active], grant-type: [code] }\nscopes: { deny: [oauth] }', [a, b, c, d]);
    expect(found).toEqual(['oauth']);
    expect(subjects('where: { client: ["vendor-*"] }\nscopes: { deny: [oauth] }', [a, b, c, d])).toEqual(['oauth']);
  });

  it('names the roles and divisions a permission comes through', () => {
    const policy = parsePolicy('p.yml', 'version: 1\nrules:\n  - id: r\n    permissions: { deny: ["oauth:client:*"] }\n');
    const c = ccClient([
      { role: 'Integrator', division: '*', permissions: ['oauth:client:edit'] },
      { role: 'Ops', division: 'sales', permissions: ['oauth:client:edit'] },
    ]);
    const [finding] = evaluate(policy, inventory([c]), { now }).findings;
    expect(finding?.message).toBe(
      'Holds permission "oauth:client:edit" through roles "Integrator" (all divisions), "Ops" (Sales), which this rule denies ("oauth:client:*").',
    );
  });

  it.each([
    ['first', ['everywhere', 'in-sales']],
    ['last', ['in-sales', 'everywhere']],
  ])("names only the grants in the rule's divisions, before or after those outside them (the rule for every division %s)", (_, order) => {
    const rules = {
      everywhere: '  - id: everywhere\n    permissions: { deny: ["oauth:*:*"] }\n',
      'in-sales': '  - id: in-sales\n    permissions: { deny: ["oauth:*:*"], divisions: ["Sal*"] }\n',
    };
    const policy = parsePolicy('p.yml', `version: 1\nrules:\n${order.map((id) => rules[id as keyof typeof rules]).join('')}`);
    const c = ccClient([
      { role: 'Reader', division: 'collections', permissions: ['oauth:client:view', 'oauth:client:edit'] },
      { role: 'Ops', division: 'sales', permissions: ['oauth:client:edit', 'oauth:client:view'] },
      { role: 'Audit', division: 'collections', permissions: ['oauth:client:edit'] },
      { role: 'Admin', division: 'salesEast', permissions: ['oauth:client:delete'] },
    ]);
    const messages = (ruleId: string) =>
      evaluate(policy, inventory([c]), { now })
        .findings.filter((f) => f.ruleId === ruleId)
        .map((f) => f.message.replace(', which this rule denies ("oauth:*:*").', ''));
    expect(messages('everywhere')).toEqual([
      'Holds permission "oauth:client:delete" through role "Admin" (SalesEast)',
      'Holds permission "oauth:client:edit" through roles "Reader" (Collections), "Ops" (Sales), "Audit" (Collections)',
      'Holds permission "oauth:client:view" through roles "Reader" (Collections), "Ops" (Sales)',
    ]);
    expect(messages('in-sales')).toEqual([
      'Holds permission "oauth:client:delete" through role "Admin" (SalesEast)',
      'Holds permission "oauth:client:edit" through role "Ops" (Sales)',
      'Holds permission "oauth:client:view" through role "Ops" (Sales)',
    ]);
  });

  it('reports an unused rule as skipped, never as passed, when usage was not read or is too short', () => {
    const policy = parsePolicy('p.yml', 'version: 1\nrules:\n  - id: r\n    unused: { max-days: 120 }\n');
    const never = client({ lastUsed: null });
    expect(evaluate(policy, inventory([client()]), { now }).skipped).toEqual([
      { ruleId: 'r', location: { file: 'p.yml', line: 3, column: 5 }, reason: expect.stringContaining('usage was not read') },
    ]);
    const short = evaluate(policy, inventory([never], usage90), { now });
    expect(short.findings).toEqual([]);
    expect(short.skipped[0]?.reason).toContain('usage was read for 90 days, fewer than the 120 days this rule needs');
  });

  it('gives findings the rule severity, category, fix and policy line', () => {
    const policy = parsePolicy(
      'p.yml',
      'version: 1\nrules:\n  - id: r\n    severity: notice\n    category: housekeeping\n    fix: Write one.\n    client-description: { required: true }\n',
    );
    const [finding] = evaluate(policy, inventory([client({ id: 'x', name: 'X', description: '' })]), { now }).findings;
    expect(finding).toEqual({
      ruleId: 'r',
      severity: 'notice',
      category: 'housekeeping',
      fix: 'Write one.',
      message: 'Has no description.',
      location: { file: 'p.yml', line: 3, column: 5 },
      client: { id: 'x', name: 'X', grantType: 'code' },
    });
  });
});

describe('grants helper', () => {
  it('builds consistent permission grants', () => {
    expect(grants('R', '*', ['a:b:c'])).toEqual([{ permission: 'a:b:c', roleName: 'R', divisionId: '*', divisionName: 'all divisions' }]);
  });
});
