// A policy entry binds to one client: a look-alike (a second client copying the name of an
// excepted, approved or selected client) never inherits an exception or an approval, never
// escapes a rule, and makes the run fail with an error naming every id.
import { describe, expect, it } from '@jest/globals';
import { evaluate } from '../../src/evaluate/evaluate.ts';
import { passes, type Evaluation } from '../../src/evaluate/findings.ts';
import type { ClientRecord } from '../../src/inventory/types.ts';
import { parsePolicy } from '../../src/policy/load.ts';
import { client, inventory } from '../helpers/inventory.ts';

const now = new Date('2026-11-24T12:00:00Z');
const password = { grantType: 'password' as const, apiGrantType: 'PASSWORD', scopes: ['users', 'oauth'] };

function run(policy: string, clients: ClientRecord[]): Evaluation {
  return evaluate(parsePolicy('p.yml', `version: 1\n${policy}`), inventory(clients), { now });
}

const RULES = 'rules:\n  - id: no-password\n    grant-types: { deny: [password] }\n';
const exceptionFor = (ref: string) =>
  `exceptions:\n  - { rule: no-password, client: ${ref}, reason: Legacy login until CX-42, owner: sec, expires: 2027-01-31 }\n`;
const ids = (e: Evaluation, ruleId: string) => e.findings.filter((f) => f.ruleId === ruleId).map((f) => f.client?.id);

describe('an exception', () => {
  const original = client({ id: 'id-orig', name: 'Password App', ...password });
  const copy = client({ id: 'id-copy', name: 'Password App', ...password });

  it('by name accepts the one client bearing it', () => {
    const result = run(RULES + exceptionFor('Password App'), [original]);
    expect(result.accepted.map((a) => a.finding.client?.id)).toEqual(['id-orig']);
    expect(passes(result, 'error')).toBe(true);
  });

  it('by name accepts nothing once a second client copies the name: the run fails and names both ids', () => {
    const result = run(RULES + exceptionFor('Password App'), [original, copy]);
    expect(result.accepted).toEqual([]);
    expect(ids(result, 'no-password').sort()).toEqual(['id-copy', 'id-orig']);
    const [ambiguous, ...more] = result.findings.filter((f) => f.ruleId === 'ambiguous-client');
    expect(more).toEqual([]);
    expect(ambiguous).toMatchObject({ severity: 'error', location: { line: 6 } });
    expect(ambiguous?.message).toBe(
      'Exception for rule "no-password" names "Password App", which 2 clients match: "Password App" (id id-copy), "Password App" (id id-orig). It accepts no finding of any of them. Pin the one you mean by its id (client: { id: …, name: … }).',
    );
    expect(result.findings.map((f) => f.ruleId)).not.toContain('stale-exception');
    expect(passes(result, 'error')).toBe(false);
  });

  it('pinned by id accepts its client only, whatever other clients are named', () => {
    const result = run(RULES + exceptionFor('{ id: id-orig, name: Password App }'), [original, copy]);
    expect(result.accepted.map((a) => a.finding.client?.id)).toEqual(['id-orig']);
    expect(ids(result, 'no-password')).toEqual(['id-copy']);
    expect(ids(result, 'ambiguous-client')).toEqual([]);
  });

  it("by a bare string accepts nothing when one client is named like another one's id", () => {
    const impostor = client({ id: 'id-impostor', name: 'id-orig', ...password });
    const result = run(RULES + exceptionFor('id-orig'), [original, impostor]);
    expect(result.accepted).toEqual([]);
    expect(result.findings.find((f) => f.ruleId === 'ambiguous-client')?.message).toContain('"Password App" (id id-orig)');
  });

  it('pinned by an id two clients report (a broken or lying API) accepts neither, with an error', () => {
    const twin = client({ id: 'id-orig', name: 'Other', ...password });
    const result = run(RULES + exceptionFor('{ id: id-orig, name: Password App }'), [original, twin]);
    expect(result.accepted).toEqual([]);
    expect(result.findings.find((f) => f.ruleId === 'ambiguous-client')?.message).toContain('"Other" (id id-orig), "Password App" (id id-orig)');
  });

  it('does not spread to names that differ in case, spaces or look-alike letters', () => {
    const variants = ['password app', 'Password App ', ' Password App', 'Pаssword App' /* Cyrillic а */, 'Password\u00a0App'].map((name, i) =>
      client({ id: `v${i}`, name, ...password }),
    );
    const result = run(RULES + exceptionFor('Password App'), [original, ...variants]);
    expect(result.accepted.map((a) => a.finding.client?.id)).toEqual(['id-orig']);
    expect(ids(result, 'no-password').sort()).toEqual(['v0', 'v1', 'v2', 'v3', 'v4']);
  });

  it('pinned by id with a name the client no longer has still applies, and the rename is reported', () => {
    const renamed = client({ id: 'id-orig', name: 'Password App (old)', ...password });
    const result = run(RULES + exceptionFor('{ id: id-orig, name: Password App }'), [renamed]);
    expect(result.accepted.map((a) => a.finding.client?.id)).toEqual(['id-orig']);
    const finding = result.findings.find((f) => f.ruleId === 'renamed-client');
    expect(finding).toMatchObject({ severity: 'error', subject: 'name', client: { id: 'id-orig', name: 'Password App (old)' } });
    expect(finding?.message).toBe(
      'Exception for rule "no-password" pins id id-orig as "Password App", but that client is now named "Password App (old)". The id still decides; update the name so the policy says which client it means.',
    );
  });

  it('for a client not in the org (a missing approved client) still matches it by name', () => {
    const policy =
      'clients:\n  list:\n    - { name: Planned, grant-type: code }\nexceptions:\n  - { rule: missing-client, client: Planned, reason: Goes live in January, owner: sec, expires: 2027-01-31 }\n';
    const result = run(policy, []);
    expect(result.accepted.map((a) => a.finding.ruleId)).toEqual(['missing-client']);
  });
});

describe('an approved client', () => {
  const original = client({ id: 'id-orig', name: 'WFM Sync', scopes: ['users'] });
  const copy = client({ id: 'id-copy', name: 'WFM Sync', scopes: ['users', 'oauth'] });
  const list = (entry: string) => `clients:\n  list:\n    - ${entry}\n`;

  it('by name approves no client once a second one copies it: both are unknown and the error names both ids', () => {
    const result = run(list('{ name: WFM Sync, grant-type: code, scopes: [users] }'), [original, copy]);
    expect(ids(result, 'unknown-client').sort()).toEqual(['id-copy', 'id-orig']);
    expect(result.findings.find((f) => f.ruleId === 'unknown-client')?.message).toBe(
      'Is not approved: the approved entry "WFM Sync" at line 4 also names other clients, so it approves none of them (code grant, active).',
    );
    const ambiguous = result.findings.find((f) => f.ruleId === 'ambiguous-client');
    expect(ambiguous?.message).toContain('"WFM Sync" (id id-copy), "WFM Sync" (id id-orig)');
    expect(ambiguous?.message).toContain('Pin the one you mean by its id (id: … with its name: …).');
    // Each is still compared with the entry: the copy's extra scope is not lost.
    expect(result.findings.filter((f) => f.ruleId === 'client-drift').map((f) => [f.client?.id, f.subject])).toEqual([['id-copy', '+scope:oauth']]);
    expect(passes(result, 'error')).toBe(false);
  });

  it('fails the run even when unknown clients are only noticed', () => {
    const result = run('clients:\n  unknown: off\n  drift: off\n  list:\n    - { name: WFM Sync, grant-type: code }\n', [original, copy]);
    expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([['ambiguous-client', 'error']]);
  });

  it('pinned by id approves its client and leaves the copy unknown', () => {
    const result = run(list('{ id: id-orig, name: WFM Sync, grant-type: code, scopes: [users] }'), [original, copy]);
    expect(result.findings.map((f) => [f.ruleId, f.client?.id])).toEqual([['unknown-client', 'id-copy']]);
  });

  it('pinned by id whose name changed is reported as renamed, and still approved', () => {
    const renamed = client({ id: 'id-orig', name: 'WFM Sync 2', scopes: ['users'] });
    const result = run(list('{ id: id-orig, name: WFM Sync, grant-type: code, scopes: [users] }'), [renamed]);
    expect(result.findings.map((f) => [f.ruleId, f.client?.id, f.subject])).toEqual([['renamed-client', 'id-orig', 'name']]);
    expect(result.findings[0]?.message).toContain('pins id id-orig as "WFM Sync", but that client is now named "WFM Sync 2"');
  });
});

describe('a where.client item', () => {
  const original = client({ id: 'id-orig', name: 'Vendor Portal', scopes: ['oauth'] });
  const copy = client({ id: 'id-copy', name: 'Vendor Portal', scopes: ['oauth'] });
  const rule = (selector: string) => `rules:\n  - id: vendor-no-oauth\n    where: { client: [${selector}] }\n    scopes: { deny: [oauth] }\n`;

  it('naming one client checks every client it matches, and the error names both ids', () => {
    const result = run(rule('Vendor Portal'), [original, copy]);
    expect(ids(result, 'vendor-no-oauth').sort()).toEqual(['id-copy', 'id-orig']);
    const ambiguous = result.findings.find((f) => f.ruleId === 'ambiguous-client');
    expect(ambiguous).toMatchObject({ severity: 'error', location: { line: 4, column: 23 } });
    expect(ambiguous?.message).toBe(
      'Rule "vendor-no-oauth" (where.client) names "Vendor Portal", which 2 clients match: "Vendor Portal" (id id-copy), "Vendor Portal" (id id-orig). The rule checks every one of them. Pin the one you mean by its id ({ id: …, name: … }).',
    );
  });

  it('a glob selects by pattern: clients sharing a name are all checked, without an error of its own', () => {
    const result = run(rule('"Vendor *"'), [original, copy]);
    expect(ids(result, 'vendor-no-oauth').sort()).toEqual(['id-copy', 'id-orig']);
    expect(ids(result, 'ambiguous-client')).toEqual([]);
  });

  it('pinned by id selects that client only, and reports a rename', () => {
    const result = run(rule('{ id: id-orig, name: Vendor Portal v1 }'), [original, copy]);
    expect(result.findings.map((f) => [f.ruleId, f.client?.id])).toEqual([
      ['renamed-client', 'id-orig'],
      ['vendor-no-oauth', 'id-orig'],
    ]);
  });
});

describe('findings and accepted findings carry the client id', () => {
  it('so that the pin can be copied from any of them', () => {
    const a = client({ id: 'id-a', name: 'A', ...password });
    const result = run(RULES + exceptionFor('A'), [a, client({ id: 'id-b', name: 'B', ...password })]);
    expect(result.accepted.map((x) => x.finding.client)).toEqual([{ id: 'id-a', name: 'A', grantType: 'password' }]);
    expect(result.findings.map((f) => f.client?.id)).toEqual(['id-b']);
  });
});
