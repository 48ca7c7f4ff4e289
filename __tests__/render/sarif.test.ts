// SARIF for code scanning: valid by Microsoft's SARIF Multitool with GitHub's ingestion
// rules, one result per client × rule on the policy line, and fingerprints that follow an
// alert across runs of one org but never match another org's.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RULE_NHI } from '../../src/policy/packs/nhi.ts';
import { buildReport } from '../../src/render/model.ts';
import { orgRef } from '../../src/render/org.ts';
import { FINGERPRINT_KEY, renderSarif } from '../../src/render/sarif.ts';
import { HOSTILE_TEXT } from '../../emulator/scenarios/hostile-text.ts';
import { client } from '../helpers/inventory.ts';
import { auditScenario, judged, syntheticClients } from './fixtures.ts';

const MULTITOOL = path.resolve('node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');
const dir = mkdtempSync(path.join(tmpdir(), 'sarif-'));

interface SarifLog {
  runs: Array<{
    automationDetails: { id: string };
    tool: {
      driver: {
        rules: Array<{
          id: string;
          helpUri?: string;
          help: { text: string; markdown: string };
          fullDescription: { text: string };
          properties: Record<string, unknown>;
        }>;
      };
    };
    results: Array<{
      ruleId: string;
      level: string;
      message: { text: string };
      partialFingerprints: Record<string, string>;
      locations: Array<{ physicalLocation: { region: { startLine: number } } }>;
    }>;
  }>;
}

/** Errors the Multitool reports for a SARIF file under the SARIF and GitHub rule sets. */
function validate(sarif: string, name: string): Array<{ ruleId: string; text: string }> {
  const file = path.join(dir, `${name}.sarif`);
  const out = path.join(dir, `${name}.validation.sarif`);
  writeFileSync(file, sarif);
  const run = spawnSync(MULTITOOL, ['validate', file, '--rule-kind', 'Gh;Sarif', '-o', out], {
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(run.status).toBe(0);
  const report = JSON.parse(readFileSync(out, 'utf8')) as { runs: Array<{ results?: Array<{ ruleId: string; level?: string; message: { text?: string } }> }> };
  return (report.runs[0]?.results ?? []).filter((r) => r.level === 'error').map((r) => ({ ruleId: r.ruleId, text: r.message.text ?? '' }));
}

describe('SARIF', () => {
  it("of the demo org passes the SARIF Multitool with GitHub's rules: zero errors", async () => {
    const { result, apiBaseUrl, clientId } = await auditScenario('demo');
    const model = buildReport(result, { org: orgRef(apiBaseUrl, clientId) });
    const sarif = renderSarif(model, { toolVersion: '1.2.3' });
    expect(validate(sarif, 'demo')).toEqual([]);
    const log = JSON.parse(sarif) as SarifLog;
    const run = log.runs[0];
    if (!run) throw new Error('no run');
    // One result per client × rule, on the rule's own line or its extends line.
    expect(run.results).toHaveLength(model.hits.length);
    const keys = run.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(new Set(keys).size).toBe(keys.length);
    const custom = run.results.find((r) => r.ruleId === 'integrations-in-named-divisions');
    expect(custom?.locations[0]?.physicalLocation.region.startLine).toBe(28);
    const rule = run.tool.driver.rules.find((r) => r.id === 'cc-can-take-over-accounts');
    expect(rule?.helpUri).toMatch(/docs\/rules\.md#cc-can-take-over-accounts$/);
    expect(rule?.properties['security-severity']).toBe('8.0');
    expect(rule?.help.markdown).toContain('**Fix.**');
    expect(run.automationDetails.id).toMatch(/^genesys-oauth-policy\/127\.0\.0\.1:\d+-[0-9a-f]{16}\/$/);
  });

  it('keeps fingerprints across two audits of the demo org, and shares none with another org', async () => {
    // Two emulator runs of one org (same clients, same auditing client); the region host is fixed
    // because each emulator listens on a new port.
    const fingerprints = async (scenario: 'demo' | 'hostile') => {
      const { result, clientId } = await auditScenario(scenario);
      const log = JSON.parse(renderSarif(buildReport(result, { org: orgRef('https://api.mypurecloud.ie', clientId) }))) as SarifLog;
      return new Set(log.runs[0]?.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]));
    };
    const first = await fingerprints('demo');
    const second = await fingerprints('demo');
    expect(first.size).toBeGreaterThan(50);
    expect([...second]).toEqual([...first]);
    const other = await fingerprints('hostile');
    expect(other.size).toBeGreaterThan(0);
    for (const f of other) expect(first.has(f)).toBe(false);
  });

  it('keeps fingerprints across runs of one org and never shares them across orgs', () => {
    const input = judged(syntheticClients(8));
    const fingerprints = (apiBaseUrl: string, auditor: string) =>
      (JSON.parse(renderSarif(buildReport(input, { org: orgRef(apiBaseUrl, auditor) }))) as SarifLog).runs[0]?.results.map(
        (r) => r.partialFingerprints[FINGERPRINT_KEY],
      ) ?? [];
    const first = fingerprints('https://api.mypurecloud.ie', 'auditor-a');
    const again = fingerprints('https://api.mypurecloud.ie', 'auditor-a');
    expect(first.length).toBeGreaterThan(0);
    expect(again).toEqual(first);
    const otherOrg = fingerprints('https://api.mypurecloud.ie', 'auditor-b');
    const otherRegion = fingerprints('https://api.mypurecloud.com', 'auditor-a');
    for (const other of [otherOrg, otherRegion]) for (const f of other) expect(first).not.toContain(f);
  });

  it("tags each built-in rule with its OWASP NHI risks (from src/policy/packs/nhi.ts), and the policy's own rules with none", () => {
    const log = JSON.parse(renderSarif(buildReport(judged(syntheticClients(8)), { org: orgRef('https://api.mypurecloud.ie', 'a') }))) as SarifLog;
    const rules = new Map(log.runs[0]?.tool.driver.rules.map((r) => [r.id, r]));
    expect(rules.get('cc-can-manage-integrations')?.properties.tags).toEqual([
      'security',
      'privilege-escalation',
      'built-in',
      'owasp-nhi',
      'NHI5:2025',
      'NHI3:2025',
    ]);
    expect(rules.get('cc-can-manage-integrations')?.help.markdown).toContain(
      '**OWASP Non-Human Identities Top 10.** NHI5:2025 Overprivileged NHI; NHI3:2025 Vulnerable Third-Party NHI',
    );
    expect(rules.get('no-implicit-grant')?.properties.tags).toEqual(['security', 'credential-hygiene', 'built-in', 'owasp-nhi', 'NHI4:2025']);
    const own = rules.get('read-only-apps')?.properties.tags as string[];
    expect(own).toEqual(['security', 'policy']);
    for (const r of rules.values()) {
      const tags = r.properties.tags as string[];
      const expected = RULE_NHI[r.id] && tags.includes('built-in') ? ['owasp-nhi', ...RULE_NHI[r.id]!.nhi.map((n) => `${n}:2025`)] : [];
      expect([r.id, tags.filter((t) => t === 'owasp-nhi' || /^NHI\d+:2025$/.test(t))]).toEqual([r.id, expected]);
    }
  });

  it('makes no link or mention from client text in messages, and stays valid', () => {
    const clients = HOSTILE_TEXT.concat(['www.evil.example', 'admin@evil.example', 'https://evil.example']).map((name, i) =>
      client({ name, id: `app-${i}`, scopes: ['conversations'], redirectUris: [`http://${name.slice(0, 40)}/cb`], description: '' }),
    );
    const sarif = renderSarif(buildReport(judged(clients), { org: orgRef('https://api.mypurecloud.com', 'a') }), { toolVersion: '1.2.3' });
    expect(validate(sarif, 'hostile')).toEqual([]);
    for (const r of (JSON.parse(sarif) as SarifLog).runs[0]?.results ?? []) {
      // eslint-disable-next-line no-control-regex -- no control character may reach a message
      expect(r.message.text).not.toMatch(/@[A-Za-z0-9]|www\.[a-z]|[a-z]:\/\/|[\u0000-\u001f]/i);
    }
  });
});
