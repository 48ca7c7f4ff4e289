import { describe, expect, it } from '@jest/globals';
import { evaluate } from '../../src/evaluate/evaluate.ts';
import type { ClientRecord } from '../../src/inventory/types.ts';
import { parsePolicy } from '../../src/policy/load.ts';
import { client, inventory } from '../helpers/inventory.ts';

const now = new Date('2026-11-24T12:00:00Z');

function run(exceptions: string, clients: ClientRecord[], settings = '') {
  const text = [
    'version: 1',
    settings,
    'rules:',
    '  - id: no-oauth',
    '    scopes: { deny: ["oauth*"] }',
    '  - id: described',
    '    severity: notice',
    '    client-description: { required: true }',
    'exceptions:',
    exceptions,
  ].join('\n');
  return evaluate(parsePolicy('p.yml', text), inventory(clients), { now });
}

const exception = (fields: Record<string, string>) =>
  `  - ${Object.entries({ reason: 'Vendor migration in CX-123', owner: '"@acme/sec"', expires: '2027-01-31', ...fields })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n    ')}`;

describe('exceptions', () => {
  const legacy = client({ id: 'id-legacy', name: 'Legacy Reporting', scopes: ['oauth', 'oauth:readonly'], description: '' });
  const other = client({ id: 'id-other', name: 'Other', scopes: ['oauth'] });

  it('accept the findings of one rule for one client (by name), keeping them apart', () => {
    const result = run(exception({ rule: 'no-oauth', client: 'Legacy Reporting' }), [legacy, other]);
    expect(result.accepted.map((a) => [a.finding.client?.name, a.finding.subject])).toEqual([
      ['Legacy Reporting', 'oauth'],
      ['Legacy Reporting', 'oauth:readonly'],
    ]);
    expect(result.findings.map((f) => [f.ruleId, f.client?.name])).toEqual([
      ['no-oauth', 'Other'],
      ['described', 'Legacy Reporting'],
    ]);
    expect(result.counts).toEqual({ error: 1, warning: 0, notice: 1 });
  });

  it('match a client by id, and narrow to one subject', () => {
    const result = run(exception({ rule: 'no-oauth', client: 'id-legacy', subject: '"oauth:readonly"' }), [legacy]);
    expect(result.accepted.map((a) => a.finding.subject)).toEqual(['oauth:readonly']);
    expect(result.findings.filter((f) => f.ruleId === 'no-oauth').map((f) => f.subject)).toEqual(['oauth']);
  });

  it('stop applying after their expiry day and are reported on their own line', () => {
    const result = run(exception({ rule: 'no-oauth', client: 'Legacy Reporting', expires: '2026-11-23' }), [legacy]);
    expect(result.accepted).toEqual([]);
    const expired = result.findings.find((f) => f.ruleId === 'expired-exception');
    expect(expired).toMatchObject({ severity: 'warning', location: { line: 10, column: 5 } });
    expect(expired?.message).toBe(
      'Exception for rule "no-oauth" and client "Legacy Reporting" (owner @acme/sec) expired on 2026-11-23; its 2 findings are reported again. Renew it with a new reason and date, or fix the findings.',
    );
    expect(result.findings.filter((f) => f.ruleId === 'no-oauth')).toHaveLength(2);
  });

  it('overlapping exceptions are all in use, and the narrowest is shown, whatever their order', () => {
    const broad = exception({ rule: 'no-oauth', client: 'Legacy Reporting' });
    const narrow = exception({ rule: 'no-oauth', client: 'Legacy Reporting', subject: 'oauth' });
    for (const order of [`${broad}\n${narrow}`, `${narrow}\n${broad}`]) {
      const result = run(order, [legacy]);
      expect(result.findings.filter((f) => f.ruleId === 'stale-exception')).toEqual([]);
      expect(result.accepted.map((a) => [a.finding.subject, a.exception.subject?.source])).toEqual([
        ['oauth', 'oauth'],
        ['oauth:readonly', undefined],
      ]);
    }
  });

  it('still apply on their expiry day (UTC)', () => {
    expect(run(exception({ rule: 'no-oauth', client: 'Legacy Reporting', expires: '2026-11-24' }), [legacy]).accepted).toHaveLength(2);
  });

  it('are reported as stale when they accept nothing', () => {
    const result = run(exception({ rule: 'no-oauth', client: 'Gone Client' }), [legacy]);
    const stale = result.findings.find((f) => f.ruleId === 'stale-exception');
    expect(stale?.message).toContain('accepts no finding: the client is gone or compliant');
    expect(stale?.location.line).toBe(10);
  });

  it('are reported when they run further ahead than the policy allows', () => {
    const result = run(exception({ rule: 'no-oauth', client: 'Legacy Reporting', expires: '2027-12-31' }), [legacy], 'settings: { max-exception-days: 180 }');
    expect(result.accepted).toHaveLength(2);
    expect(result.findings.find((f) => f.ruleId === 'exception-too-long')?.message).toContain(
      'runs 402 days ahead (until 2027-12-31); this policy allows at most 180',
    );
  });

  it('never accept a finding of another rule or another client', () => {
    const result = run(exception({ rule: 'described', client: 'Other' }), [legacy, other]);
    expect(result.accepted).toEqual([]);
    expect(result.findings.find((f) => f.ruleId === 'described')?.client?.name).toBe('Legacy Reporting');
    expect(result.findings.some((f) => f.ruleId === 'stale-exception')).toBe(true);
  });

  it('for a skipped rule are not called stale', () => {
    const text = 'version: 1\nrules:\n  - id: idle\n    unused: { max-days: 30 }\nexceptions:\n' + exception({ rule: 'idle', client: 'X' });
    const result = evaluate(parsePolicy('p.yml', text), inventory([client()]), { now });
    expect(result.skipped.map((s) => s.ruleId)).toEqual(['idle']);
    expect(result.findings).toEqual([]);
  });
});

describe('approved clients (desired state)', () => {
  const policyText = (severities = '') =>
    [
      'version: 1',
      'clients:',
      severities,
      '  list:',
      '    - name: WFM Sync',
      '      grant-type: client-credentials',
      '      roles: [WFM Integration, { role: Reporting, division: "*" }]',
      '    - name: Agent Desktop',
      '      grant-type: code',
      '      scopes: [conversations, users:readonly]',
      '    - id: abc-123',
      '      name: Speech Export',
      '      grant-type: client-credentials',
      '    - name: Decommissioned',
      '      grant-type: code',
    ].join('\n');
  const wfm = client({
    name: 'WFM Sync',
    grantType: 'client-credentials',
    apiGrantType: 'CLIENT-CREDENTIALS',
    roleGrants: [
      { roleId: 'r1', roleName: 'WFM Integration', divisionId: 'd1', divisionName: 'Home' },
      { roleId: 'r2', roleName: 'Reporting', divisionId: 'd2', divisionName: 'Sales' },
      { roleId: 'r3', roleName: 'Master Admin', divisionId: '*', divisionName: 'all divisions' },
    ],
  });
  const desktop = client({ name: 'Agent Desktop', scopes: ['conversations', 'oauth'] });
  const renamed = client({ id: 'abc-123', name: 'Speech Export v2', grantType: 'client-credentials', apiGrantType: 'CLIENT-CREDENTIALS' });
  const stranger = client({ name: 'Shadow IT', grantType: 'implicit', apiGrantType: 'TOKEN' });

  it('reports unlisted, missing and drifted clients at the right lines', () => {
    const result = evaluate(parsePolicy('p.yml', policyText()), inventory([wfm, desktop, renamed, stranger]), { now });
    const rows = result.findings.map((f) => [f.ruleId, f.severity, f.client?.name, f.subject, f.location.line]);
    expect(rows).toEqual([
      ['client-drift', 'error', 'Agent Desktop', '+scope:oauth', 8],
      ['client-drift', 'error', 'Agent Desktop', '-scope:users:readonly', 8],
      ['unknown-client', 'error', 'Shadow IT', undefined, 2],
      ['renamed-client', 'error', 'Speech Export v2', 'name', 11],
      ['client-drift', 'error', 'WFM Sync', '+role:Master Admin in all divisions', 5],
      ['client-drift', 'error', 'WFM Sync', '+role:Reporting in Sales', 5],
      ['client-drift', 'error', 'WFM Sync', '-role:Reporting in all divisions', 5],
      ['missing-client', 'warning', 'Decommissioned', undefined, 14],
    ]);
    expect(result.findings.find((f) => f.subject === '+role:Master Admin in all divisions')?.message).toBe(
      'Holds role "Master Admin" in all divisions, which its approved entry does not list.',
    );
  });

  it('takes its severities from the policy, and `off` silences a kind (not a rename: the entry itself is out of date)', () => {
    const result = evaluate(
      parsePolicy('p.yml', policyText('  unknown: warning\n  drift: off\n  missing: notice')),
      inventory([wfm, desktop, renamed, stranger]),
      { now },
    );
    expect(result.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['renamed-client', 'error'],
      ['unknown-client', 'warning'],
      ['missing-client', 'notice'],
    ]);
  });

  it('accepts an exception for an unlisted client', () => {
    const text = `${policyText()}\nexceptions:\n${exception({ rule: 'unknown-client', client: 'Shadow IT' })}`;
    const result = evaluate(parsePolicy('p.yml', text), inventory([stranger]), { now });
    expect(result.accepted.map((a) => a.finding.ruleId)).toEqual(['unknown-client']);
  });
});
