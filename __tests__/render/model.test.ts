// The report model: findings folded per client × rule, rows folded when one client's rules
// report the same items, clients in risk order, and structural checks named.
import { describe, expect, it } from '@jest/globals';
import { newFinding, type Finding } from '../../src/evaluate/findings.ts';
import { buildReport, reportedRules } from '../../src/render/model.ts';
import { ccClient, client } from '../helpers/inventory.ts';
import { judged, POLICY_TEXT, syntheticClients } from './fixtures.ts';

describe('the report model', () => {
  it('folds the items of one client × rule and the rules that report the same items', () => {
    const admin = ccClient([{ role: 'Master Admin', division: '*', permissions: ['*:*:*'] }], { id: 'admin', name: 'Admin' });
    const m = buildReport(judged([admin]));
    const hits = m.hits.filter((h) => h.client?.id === 'admin');
    expect(new Set(hits.map((h) => h.rule.id)).size).toBe(hits.length);
    const errorRows = m.groups[0]?.rows.filter((r) => r[0].severity === 'error') ?? [];
    expect(errorRows).toHaveLength(1);
    expect(errorRows[0]?.map((h) => h.rule.id)).toEqual(
      expect.arrayContaining(['cc-can-edit-roles-or-grants', 'cc-can-manage-oauth-clients', 'cc-can-manage-sso', 'cc-can-take-over-accounts']),
    );
    // A row's hits agree on items and holders.
    for (const h of errorRows[0] ?? []) {
      expect(h.items).toEqual(['*:*:*']);
      expect(h.holders).toEqual(['Master Admin (all divisions)']);
    }
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
    expect(rows.map((r) => [r.map((h) => h.rule.id), r[0].items])).toEqual([
      [['deny-apart'], ['x', 'y']],
      [['deny-joined'], ['x\u0000y']],
    ]);
    // A client with many hits is folded by key, not by comparing each pair: the same rows.
    const many = Array.from(
      { length: 40 },
      (_, i) => `  - id: also-${String(i).padStart(2, '0')}\n    severity: warning\n    scopes:\n      deny: ["x", "y"]\n`,
    );
    const crowded = buildReport(judged([client({ id: 'app2', name: 'App 2', scopes: ['x\u0000y', 'x', 'y'] })], policy + many.join(''))).groups[0]?.rows ?? [];
    expect(crowded.map((r) => [r.length, r[0].items])).toEqual([
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

  it('folds a client × rule the same wherever its findings sit in the list', () => {
    // Sorted findings keep a hit's findings together (one run each); interleaved, every
    // finding joins a hit opened earlier: the same hits, items, holders and rows.
    const admin = ccClient(
      [
        { role: 'Master Admin', division: '*', permissions: ['*:*:*', 'authorization:role:edit'] },
        { role: 'Master Admin', division: 'sales', permissions: ['authorization:role:edit', 'oauth:client:edit'] },
      ],
      { id: 'admin', name: 'Admin' },
    );
    const input = judged([admin, ...syntheticClients(12)]);
    const sorted = input.evaluation.findings;
    const byClient = new Map<string, Finding[]>();
    for (const f of sorted) byClient.set(f.client?.id ?? '', [...(byClient.get(f.client?.id ?? '') ?? []), f]);
    const lists = [...byClient.values()];
    const interleaved: Finding[] = [];
    for (let i = 0; interleaved.length < sorted.length; i++) for (const list of lists) if (list[i]) interleaved.push(list[i] as Finding);
    expect(sorted.some((f, i) => f.client?.id === sorted[i + 1]?.client?.id && f.ruleId === sorted[i + 1]?.ruleId)).toBe(true);
    const apart = buildReport({ ...input, evaluation: { ...input.evaluation, findings: interleaved } });
    const together = buildReport(input);
    // Holders are read after the fold: compared as the renderers see them.
    const plain = (m: typeof together) =>
      m.groups.map((g) => g.rows.map((r) => r.map((h) => [h.client?.id, h.rule.id, h.severity, h.items, h.holders, h.message, h.location, h.findings])));
    expect(plain(apart)).toEqual(plain(together));
    expect(apart.hits.map((h) => h.holders)).toEqual(together.hits.map((h) => h.holders));
    const adminHits = together.hits.filter((h) => h.client?.id === 'admin' && h.items.length > 1);
    expect(adminHits.length).toBeGreaterThan(0);
    // Each item's roles, in the record's order, distinct across the items.
    const roles = (items: readonly string[]) => [
      ...new Set(items.flatMap((i) => admin.permissions.filter((p) => p.permission === i).map((p) => `${p.roleName} (${p.divisionName})`))),
    ];
    for (const h of adminHits) expect(h.holders).toEqual(roles(h.items));
    expect(adminHits.some((h) => h.holders.length > 1)).toBe(true);
  });

  it('keeps one hit per rule and line for a client with many, however its findings are ordered', () => {
    // 40 lines of one check for one client: past a few hits they are found by line, not scanned.
    const app = client({ id: 'app', name: 'App' });
    const input = judged([app]);
    const at = (line: number) => ({ file: 'policies/oauth-policy.yml', line, column: 3 });
    const lines = Array.from({ length: 40 }, (_, i) => i + 1);
    const finding = (line: number, subject: string) =>
      newFinding(
        'expired-exception',
        'warning',
        `Line ${line}: ${subject}`,
        at(line),
        'housekeeping',
        undefined,
        { id: 'app', name: 'App', grantType: 'code' },
        subject,
      );
    const findings = [...lines.map((l) => finding(l, 'a')), ...lines.map((l) => finding(l, 'b')), ...lines.map((l) => finding(l, 'a'))];
    const m = buildReport({ ...input, evaluation: { ...input.evaluation, findings } });
    expect(m.hits.map((h) => [h.location.line, h.items, h.findings.length])).toEqual(lines.map((l) => [l, ['a', 'b'], 3]));
  });

  it('counts the findings that decide the run: all of them, or the new ones', () => {
    const input = judged(syntheticClients(8), POLICY_TEXT, 'warning');
    const all = input.evaluation.findings;
    const atLeastWarning = (findings: readonly Finding[]) => findings.filter((f) => f.severity !== 'notice').length;
    expect(atLeastWarning(all)).toBeGreaterThan(3);
    expect(buildReport(input).failing).toBe(atLeastWarning(all));
    expect(buildReport({ ...input, decisive: all }).failing).toBe(atLeastWarning(all));
    const newOnes = all.slice(0, 3);
    expect(buildReport({ ...input, decisive: newOnes }).failing).toBe(atLeastWarning(newOnes));
    expect(buildReport({ ...input, failOn: 'never' }).failing).toBe(0);
  });
});
