// The JSON report: every document the action or the CLI writes validates against the
// committed schema, and the CLI's --format json is the same document as the report file.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { HOSTILE_TEXT } from '../../emulator/scenarios/hostile-text.ts';
import { renderJson, REPORT_SCHEMA_VERSION } from '../../src/render/json.ts';
import { buildReport } from '../../src/render/model.ts';
import { orgRef } from '../../src/render/org.ts';
import { ccClient, client } from '../helpers/inventory.ts';
import { auditScenario, judged, syntheticClients } from './fixtures.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const schema = JSON.parse(readFileSync('schemas/report.schema.json', 'utf8')) as object;
const ajv = addFormats(new Ajv({ allErrors: true, strict: true }));
const validate = ajv.compile(schema);

function expectValid(text: string): Record<string, unknown> {
  const doc = JSON.parse(text) as Record<string, unknown>;
  const ok = validate(doc);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
  return doc;
}

describe('the JSON report', () => {
  it('of the demo org validates against schemas/report.schema.json', async () => {
    const { result, apiBaseUrl, clientId } = await auditScenario('demo');
    const doc = expectValid(renderJson(buildReport(result, { org: orgRef(apiBaseUrl, clientId) }), { toolVersion: '1.0.0' }));
    expect(doc.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect((doc.inventory as unknown[]).length).toBe(36);
    expect((doc.verdict as { failing: number }).failing).toBe(result.evaluation.counts.error);
  });

  it('validates with hostile text, no usage, no org, and clients of every kind', () => {
    const clients = [
      ...HOSTILE_TEXT.map((name, i) => client({ name, id: `h-${i}`, description: name, scopes: [name] })),
      ccClient([{ role: 'Admin', division: '*', permissions: ['*:*:*'] }], { lastUsed: null }),
      client({ grantType: 'unknown', apiGrantType: 'NEW-GRANT', state: 'unknown', apiState: 'weird', lastUsed: '2026-11-01' }),
      ...syntheticClients(8),
    ];
    expectValid(renderJson(buildReport(judged(clients))));
  });

  it('is rejected by the schema when a field goes missing (the schema is not a rubber stamp)', () => {
    const doc = JSON.parse(renderJson(buildReport(judged(syntheticClients(4))))) as Record<string, unknown>;
    delete (doc.verdict as Record<string, unknown>).failing;
    expect(validate(doc)).toBe(false);
  });
});
