// The report model: findings folded per client × rule, rows folded when one client's rules
// report the same items, clients in risk order, and structural checks named.
import { describe, expect, it } from '@jest/globals';
import { buildReport, reportedRules } from '../../src/render/model.ts';
import { ccClient, client } from '../helpers/inventory.ts';
import { judged, POLICY_TEXT } from './fixtures.ts';

describe('the report model', () => {
  it('folds the items of one client × rule and the rules that report the same items', () => {
    const admin = ccClient([{ role: 'Master Admin', division: '*', permissions: ['*:*:*'] }], { id: 'admin', name: 'Admin' });
    const m = buildReport(judged([admin]));
    const hits = m.hits.filter((h) => h.client?.id === 'admin');
    expect(new Set(hits.map((h) => h.rule.id)).size).toBe(hits.length);
    const errorRows = m.groups[0]?.rows.filter((r) => r.severity === 'error') ?? [];
    expect(errorRows).toHaveLength(1);
    expect(errorRows[0]?.rules.map((r) => r.id)).toEqual(
      expect.arrayContaining(['cc-can-edit-roles-or-grants', 'cc-can-manage-oauth-clients', 'cc-can-manage-sso', 'cc-can-take-over-accounts']),
    );
    expect(errorRows[0]?.items).toEqual(['*:*:*']);
    expect(errorRows[0]?.holders).toEqual(['Master Admin (all divisions)']);
  });

  it('never folds two rules into one row when their items differ, whatever characters the API put in them', () => {
    // Joined with a separator, ["x\u0000y"] and ["x", "y"] would be one key and one row.
    const app = client({ id: 'app', name: 'App', scopes: ['x\u0000y', 'x', 'y'] });
    const policy = `version: 1
rules:
  - id: deny-joined
    severity: warning
    scopes:
      deny: ["x\u0000y"]
  - id: deny-apart
    severity: warning
    scopes:
      deny: ["x", "y"]
`;
    const rows = buildReport(judged([app], policy)).groups[0]?.rows ?? [];
    expect(rows.map((r) => [r.rules.map((rule) => rule.id), r.items])).toEqual([
      [['deny-apart'], ['x', 'y']],
      [['deny-joined'], ['x\u0000y']],
    ]);
    // A client with many hits is folded by key, not by comparing each pair: the same rows.
    const many = Array.from(
      { length: 40 },
      (_, i) => `  - id: also-${String(i).padStart(2, '0')}\n    severity: warning\n    scopes:\n      deny: ["x", "y"]\n`,
    );
    const crowded = buildReport(judged([client({ id: 'app2', name: 'App 2', scopes: ['x\u0000y', 'x', 'y'] })], policy + many.join(''))).groups[0]?.rows ?? [];
    expect(crowded.map((r) => [r.rules.length, r.items])).toEqual([
      [41, ['x', 'y']],
      [1, ['x\u0000y']],
    ]);
  });

  it('orders clients by severity, then admin-equivalent, all divisions, active, recent use', () => {
    const clients = [
      ccClient([{ role: 'Reader', division: 'sales', permissions: ['recording:recording:view'] }], { id: 'reader', name: 'a reader', lastUsed: '2026-11-20' }),
      ccClient([{ role: 'Reader', division: '*', permissions: ['recording:recording:view'] }], {
        id: 'everywhere',
        name: 'b everywhere',
        lastUsed: '2026-11-01',
      }),
      ccClient([{ role: 'Reader', division: 'sales', permissions: ['recording:recording:view'] }], {
        id: 'disabled',
        name: 'c disabled',
        state: 'disabled',
        apiState: 'disabled',
      }),
      ccClient([{ role: 'Reader', division: 'sales', permissions: ['recording:recording:view'] }], { id: 'recent', name: 'd recent', lastUsed: '2026-11-23' }),
      ccClient([{ role: 'Admin', division: 'sales', permissions: ['authorization:role:edit'] }], { id: 'admin', name: 'e admin' }),
    ];
    const ids = buildReport(judged(clients)).groups.map((g) => g.client?.id);
    expect(ids).toEqual(['admin', 'everywhere', 'recent', 'reader', 'disabled']);
  });

  it('names checks outside rules (approved clients, exceptions) and counts what fails the run', () => {
    const policy = `${POLICY_TEXT}clients:\n  unknown: error\n  list:\n    - name: Listed\n      grant-type: code\n`;
    const m = buildReport(judged([client({ name: 'Listed', scopes: [] }), client({ name: 'Stranger', id: 'stranger' })], policy, 'warning'));
    const unknown = m.hits.find((h) => h.rule.id === 'unknown-client');
    expect(unknown?.client?.id).toBe('stranger');
    expect(unknown?.rule.description).toBe('Every client of the org is listed among the approved clients.');
    expect(m.failing).toBe(m.counts.error + m.counts.warning);
    // Every rule id a result names is described: the JSON report and SARIF list these.
    expect(reportedRules(m).map((r) => r.id)).toContain('unknown-client');
    expect(m.rules.map((r) => r.id)).not.toContain('unknown-client');
  });
});
