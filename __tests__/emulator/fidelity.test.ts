// Every response body the emulator serves, for every scenario and endpoint, validated
// against the official models extracted from the Genesys Go SDK. Skipped, with a note, where
// ../shared/reference is absent (a user's clone).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type EmulatorHandle, type ScenarioName } from '../../emulator/index.ts';
import { call, REFERENCE_DIR, referenceSchema, tokenFor, type Answer } from './helpers.ts';
import { modelChecker } from './models.ts';

const schema = referenceSchema();
if (!schema) console.log(`Skipping the emulator fidelity tests: the Genesys models are not at ${REFERENCE_DIR} (../shared/reference is only on developer machines and CI).`);
const describeWithModels = schema ? describe : describe.skip;
const check = schema ? modelChecker(schema) : () => ['no reference'];

function valid(model: string, answer: Answer): void {
  expect({ status: answer.status, problems: check(model, answer.json) }).toEqual({ status: answer.status, problems: [] });
}

const SCENARIOS: Array<[ScenarioName, Record<string, number>]> = [
  ['demo', {}],
  ['hostile', {}],
  ['empty', {}],
  ['large', { clients: 120, roles: 40, divisions: 8 }],
];

describeWithModels.each(SCENARIOS)('fidelity of the %s scenario', (scenario, params) => {
  let emu: EmulatorHandle;
  let token: string;
  beforeAll(async () => {
    emu = await startEmulator({ scenario, params: { seed: 7, ...params }, knobs: { userCountLatencyMsPerRole: 0 } });
    token = await tokenFor(emu);
  });
  afterAll(() => emu.close());

  it('serves OAuth clients as OAuthClientEntityListing and OAuthClient, in every listing mode', async () => {
    const listing = await call(emu, '/api/v2/oauth/clients', { token });
    valid('Oauthcliententitylisting', listing);
    for (const client of listing.json.entities.slice(0, 12)) valid('Oauthclient', await call(emu, `/api/v2/oauth/clients/${client.id}`, { token }));
    emu.setKnobs({ clientsPageSize: 2, legacyListing: true, leakSecrets: true });
    try {
      const paged = await call(emu, '/api/v2/oauth/clients', { token });
      valid('Oauthcliententitylisting', paged);
      valid('Oauthcliententitylisting', await call(emu, paged.json.nextUri, { token }));
      valid('Oauthclient', await call(emu, `/api/v2/oauth/clients/${listing.json.entities[0].id}`, { token }));
    } finally {
      emu.setKnobs({ clientsPageSize: 0, legacyListing: false, leakSecrets: false });
    }
  });

  it('serves roles and divisions as their entity listings', async () => {
    const roles = await call(emu, '/api/v2/authorization/roles?pageSize=10', { token });
    valid('Organizationroleentitylisting', roles);
    valid('Organizationroleentitylisting', await call(emu, roles.json.nextUri ?? roles.json.selfUri, { token }));
    valid('Organizationroleentitylisting', await call(emu, `/api/v2/authorization/roles?userCount=false&${roles.json.entities.map((r: { id: string }) => `id=${r.id}`).join('&')}`, { token }));
    valid('Authzdivisionentitylisting', await call(emu, '/api/v2/authorization/divisions?pageSize=3&pageNumber=2', { token }));
    valid('Authzdivisionentitylisting', await call(emu, '/api/v2/authorization/divisions', { token }));
    const home = await call(emu, '/api/v2/authorization/divisions/home', { token });
    valid('Authzdivision', home);
    expect(home.json.homeDivision).toBe(true);
  });

  it('serves the scope catalog and the limits', async () => {
    const scopes = await call(emu, '/api/v2/oauth/scopes', { token });
    valid('Oauthscopelisting', scopes);
    valid('Oauthscope', await call(emu, `/api/v2/oauth/scopes/${encodeURIComponent(scopes.json.entities[1].id)}`, { token }));
    const limits = await call(emu, '/api/v2/organizations/limits/namespaces/platform.api', { token });
    expect(Object.keys(limits.json)).toEqual(['entities']);
    for (const limit of limits.json.entities) expect(check('Limit', limit)).toEqual([]);
  });

  it('serves usage queries, org-wide and per client, while running and when complete', async () => {
    const now = new Date(emu.now()).toISOString();
    const monthAgo = new Date(emu.now() - 30 * 86_400_000).toISOString();
    const started = await call(emu, '/api/v2/usage/query', { token, body: { interval: `${monthAgo}/${now}`, granularity: 'Day', metrics: ['Requests', 'Status200'], groupBy: ['OAuthClientId'] } });
    valid('Usageexecutionresult', started);
    valid('Apiusagequeryresult', await call(emu, started.json.resultsUri, { token }));
    valid('Apiusagequeryresult', await call(emu, started.json.resultsUri, { token }));
    const totals = await call(emu, '/api/v2/usage/query', { token, body: { interval: `2024-01/${now.slice(0, 7)}` } });
    await call(emu, totals.json.resultsUri, { token });
    valid('Apiusagequeryresult', await call(emu, totals.json.resultsUri, { token }));
    const clientId = emu.credentials('auditor').clientId;
    const perClient = await call(emu, `/api/v2/oauth/clients/${clientId}/usage/query`, { token, body: { interval: `2025-01-01/${now.slice(0, 10)}`, granularity: 'Week' } });
    valid('Usageexecutionresult', perClient);
    const summary = await call(emu, `/api/v2/oauth/clients/${clientId}/usage/summary?days=30`, { token });
    valid('Usageexecutionresult', summary);
    await call(emu, summary.json.resultsUri, { token });
    valid('Apiusagequeryresult', await call(emu, summary.json.resultsUri, { token }));
  });

  it('answers every error with an ErrorBody', async () => {
    valid('Errorbody', await call(emu, '/api/v2/oauth/clients'));
    valid('Errorbody', await call(emu, '/api/v2/oauth/clients', { token: 'expired-or-unknown' }));
    valid('Errorbody', await call(emu, '/api/v2/oauth/clients', { token: await tokenFor(emu, 'auditor-no-oauth') }));
    valid('Errorbody', await call(emu, '/api/v2/oauth/clients/00000000-0000-4000-8000-000000000000', { token }));
    valid('Errorbody', await call(emu, '/api/v2/not/a/route', { token }));
    valid('Errorbody', await call(emu, '/api/v2/authorization/roles?pageSize=100000', { token }));
    valid('Errorbody', await call(emu, `/api/v2/authorization/divisions?${Array.from({ length: 101 }, (_, i) => `id=d${i}`).join('&')}`, { token }));
    valid('Errorbody', await call(emu, '/api/v2/usage/query', { token, body: { interval: 'yesterday' } }));
    valid('Errorbody', await call(emu, '/api/v2/usage/query', { token, body: 'x', headers: { 'content-type': 'text/plain' } }));
    emu.failNext('GET /api/v2/authorization/divisions', [{ status: 429, retryAfter: 3 }, { status: 503 }, { status: 502 }, { status: 504 }]);
    for (let i = 0; i < 4; i++) valid('Errorbody', await call(emu, '/api/v2/authorization/divisions', { token }));
    emu.setKnobs({ hostileErrors: true });
    try {
      valid('Errorbody', await call(emu, '/api/v2/oauth/clients', { token: await tokenFor(emu, 'auditor-no-oauth') }));
    } finally {
      emu.setKnobs({ hostileErrors: false });
    }
  });
});
