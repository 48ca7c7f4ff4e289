// Every response body the emulator serves, for every scenario and endpoint, validated
// against the official SDK's response models (see models.ts for where the schema comes from).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type EmulatorHandle, type ScenarioName } from '../../emulator/index.ts';
import { call, tokenFor, type Answer } from './helpers.ts';
import { modelChecker, modelsSchemas } from './models.ts';

const check = modelChecker(modelsSchemas());

function valid(model: string, answer: Answer): void {
  expect({ status: answer.status, problems: check(model, answer.json) }).toEqual({ status: answer.status, problems: [] });
}

const SCENARIOS: Array<[ScenarioName, Record<string, number>]> = [
  ['demo', {}],
  ['hostile', {}],
  ['empty', {}],
  ['large', { clients: 120, roles: 40, divisions: 8 }],
];

describe.each(SCENARIOS)('fidelity of the %s scenario', (scenario, params) => {
  let emu: EmulatorHandle;
  let token: string;
  beforeAll(async () => {
    emu = await startEmulator({ scenario, params: { seed: 7, ...params }, knobs: { userCountLatencyMsPerRole: 0 } });
    token = await tokenFor(emu);
  });
  afterAll(() => emu.close());

  it('serves OAuth clients as OAuthClientEntityListing and OAuthClient, in every listing mode', async () => {
    const listing = await call(emu, '/api/v2/oauth/clients', { token });
    valid('OAuthClientEntityListing', listing);
    for (const client of listing.json.entities.slice(0, 12)) valid('OAuthClient', await call(emu, `/api/v2/oauth/clients/${client.id}`, { token }));
    emu.setKnobs({ clientsPageSize: 2, legacyListing: true, leakSecrets: true });
    try {
      // The legacy listing omits authorizedGrantType, as older SDKs' OAuthClientListing did;
      // the current model requires it, so it is checked as absent and the rest as the model.
      const legacy = (answer: Answer): Answer => {
        expect(answer.json.entities.filter((c: object) => 'authorizedGrantType' in c)).toEqual([]);
        return { ...answer, json: { ...answer.json, entities: answer.json.entities.map((c: object) => ({ ...c, authorizedGrantType: 'CODE' })) } };
      };
      const paged = await call(emu, '/api/v2/oauth/clients', { token });
      valid('OAuthClientEntityListing', legacy(paged));
      valid('OAuthClientEntityListing', legacy(await call(emu, paged.json.nextUri, { token })));
      valid('OAuthClient', await call(emu, `/api/v2/oauth/clients/${listing.json.entities[0].id}`, { token }));
    } finally {
      emu.setKnobs({ clientsPageSize: 0, legacyListing: false, leakSecrets: false });
    }
  });

  it('serves roles and divisions as their entity listings', async () => {
    const roles = await call(emu, '/api/v2/authorization/roles?pageSize=10', { token });
    valid('OrganizationRoleEntityListing', roles);
    valid('OrganizationRoleEntityListing', await call(emu, roles.json.nextUri ?? roles.json.selfUri, { token }));
    valid(
      'OrganizationRoleEntityListing',
      await call(emu, `/api/v2/authorization/roles?userCount=false&${roles.json.entities.map((r: { id: string }) => `id=${r.id}`).join('&')}`, { token }),
    );
    valid('AuthzDivisionEntityListing', await call(emu, '/api/v2/authorization/divisions?pageSize=3&pageNumber=2', { token }));
    valid('AuthzDivisionEntityListing', await call(emu, '/api/v2/authorization/divisions', { token }));
    valid('AuthzDivisionEntityListing', await call(emu, '/api/v2/authorization/divisions?objectCount=true', { token }));
    const home = await call(emu, '/api/v2/authorization/divisions/home', { token });
    valid('AuthzDivision', home);
    expect(home.json.homeDivision).toBe(true);
  });

  it('serves the scope catalog and the limits', async () => {
    const scopes = await call(emu, '/api/v2/oauth/scopes', { token });
    valid('OAuthScopeListing', scopes);
    valid('OAuthScope', await call(emu, `/api/v2/oauth/scopes/${encodeURIComponent(scopes.json.entities[1].id)}`, { token }));
    for (const namespace of ['platform.api', 'authorization', 'notifications']) {
      valid('LimitsEntityListing', await call(emu, `/api/v2/organizations/limits/namespaces/${namespace}`, { token }));
      valid('LimitsEntityListing', await call(emu, `/api/v2/organizations/limits/namespaces/${namespace}/defaults`, { token }));
    }
  });

  it('serves usage queries, org-wide and per client, while running and when complete', async () => {
    const now = new Date(emu.now()).toISOString();
    const monthAgo = new Date(emu.now() - 30 * 86_400_000).toISOString();
    const started = await call(emu, '/api/v2/usage/query', {
      token,
      body: { interval: `${monthAgo}/${now}`, granularity: 'Day', metrics: ['Requests', 'Status200'], groupBy: ['OAuthClientId'] },
    });
    valid('UsageExecutionResult', started);
    valid('ApiUsageQueryResult', await call(emu, started.json.resultsUri, { token }));
    valid('ApiUsageQueryResult', await call(emu, started.json.resultsUri, { token }));
    const totals = await call(emu, '/api/v2/usage/query', { token, body: { interval: `2024-01/${now.slice(0, 7)}` } });
    await call(emu, totals.json.resultsUri, { token });
    valid('ApiUsageQueryResult', await call(emu, totals.json.resultsUri, { token }));
    emu.setKnobs({ usageResultsPageSize: 2 });
    try {
      const paged = await call(emu, '/api/v2/usage/query', { token, body: { interval: `${monthAgo}/${now}`, granularity: 'Day', groupBy: ['OAuthClientId'] } });
      await call(emu, paged.json.resultsUri, { token });
      const first = await call(emu, paged.json.resultsUri, { token });
      valid('ApiUsageQueryResult', first);
      if (first.json.cursors)
        valid('ApiUsageQueryResult', await call(emu, `${paged.json.resultsUri}?after=${encodeURIComponent(first.json.cursors.after)}`, { token }));
    } finally {
      emu.setKnobs({ usageResultsPageSize: 0 });
    }
    const clientId = emu.credentials('auditor').clientId;
    const perClient = await call(emu, `/api/v2/oauth/clients/${clientId}/usage/query`, {
      token,
      body: { interval: `2025-01-01/${now.slice(0, 10)}`, granularity: 'Week' },
    });
    valid('UsageExecutionResult', perClient);
    const summary = await call(emu, `/api/v2/oauth/clients/${clientId}/usage/summary?days=30`, { token });
    valid('UsageExecutionResult', summary);
    await call(emu, summary.json.resultsUri, { token });
    valid('ApiUsageQueryResult', await call(emu, summary.json.resultsUri, { token }));
  });

  it('serves usage aggregates query jobs, running and then a page at a time', async () => {
    const now = new Date(emu.now()).toISOString();
    const monthAgo = new Date(emu.now() - 30 * 86_400_000).toISOString();
    const job = await call(emu, '/api/v2/usage/aggregates/query/jobs', {
      token,
      body: { interval: `${monthAgo}/${now}`, granularity: 'Day', metrics: ['Requests', 'Status200'], groupBy: ['OauthClientId'] },
    });
    valid('OrganizationUsageQueryResponse', job);
    valid('OrganizationPublicApiUsageResultsResponse', await call(emu, job.json.resultsUri, { token }));
    const page = await call(emu, `${job.json.resultsUri}?pageSize=2`, { token });
    valid('OrganizationPublicApiUsageResultsResponse', page);
    if (page.json.nextUri) valid('OrganizationPublicApiUsageResultsResponse', await call(emu, page.json.nextUri, { token }));
  });

  it('answers every error with an ErrorBody', async () => {
    valid('ErrorBody', await call(emu, '/api/v2/oauth/clients'));
    valid('ErrorBody', await call(emu, '/api/v2/oauth/clients', { token: 'expired-or-unknown' }));
    valid('ErrorBody', await call(emu, '/api/v2/oauth/clients', { token: await tokenFor(emu, 'auditor-no-oauth') }));
    valid('ErrorBody', await call(emu, '/api/v2/oauth/clients/00000000-0000-4000-8000-000000000000', { token }));
    valid('ErrorBody', await call(emu, '/api/v2/not/a/route', { token }));
    valid('ErrorBody', await call(emu, '/api/v2/authorization/roles?pageSize=100000', { token }));
    valid('ErrorBody', await call(emu, `/api/v2/authorization/divisions?${Array.from({ length: 101 }, (_, i) => `id=d${i}`).join('&')}`, { token }));
    valid('ErrorBody', await call(emu, '/api/v2/usage/query', { token, body: { interval: 'yesterday' } }));
    valid('ErrorBody', await call(emu, '/api/v2/usage/aggregates/query/jobs', { token, body: { interval: 'yesterday' } }));
    valid('ErrorBody', await call(emu, '/api/v2/organizations/limits/namespaces/no.such.namespace', { token }));
    valid('ErrorBody', await call(emu, '/api/v2/usage/query', { token, body: 'x', headers: { 'content-type': 'text/plain' } }));
    emu.failNext('GET /api/v2/authorization/divisions', [{ status: 429, retryAfter: 3 }, { status: 503 }, { status: 502 }, { status: 504 }]);
    for (let i = 0; i < 4; i++) valid('ErrorBody', await call(emu, '/api/v2/authorization/divisions', { token }));
    emu.setKnobs({ hostileErrors: true });
    try {
      valid('ErrorBody', await call(emu, '/api/v2/oauth/clients', { token: await tokenFor(emu, 'auditor-no-oauth') }));
    } finally {
      emu.setKnobs({ hostileErrors: false });
    }
  });
});
