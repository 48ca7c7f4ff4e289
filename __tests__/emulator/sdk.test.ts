// The official JS SDK (purecloud-platform-client-v2) against the emulator: what the SDK
// sends and accepts is the contract the emulator must keep. The SDK is configured as for a
// real region (`setEnvironment`), so it derives `login.<domain>` for the token and
// `api.<domain>` for the API itself; a pre-request hook (the SDK's own extension point) maps
// those two hosts to the emulator's two loopback origins, as DNS would.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import platformClient from 'purecloud-platform-client-v2';
import { startEmulator, type EmulatorHandle } from '../../emulator/index.ts';

const DOMAIN = 'emulated.invalid';
const NOW = '2026-06-15T12:00:00Z';
let emu: EmulatorHandle;
const seen: string[] = [];
const sdk = platformClient.ApiClient.instance;

beforeAll(async () => {
  emu = await startEmulator({
    scenario: 'demo',
    params: { seed: 1 },
    loginOrigin: 'separate',
    knobs: { now: NOW, usagePollsBeforeComplete: 1, usageResultsPageSize: 40 },
  });
  sdk.setEnvironment(DOMAIN);
  // setPreHook is in the SDK (ApiClient.js) but not in its index.d.ts.
  const hooks = sdk as unknown as { setPreHook(hook: (config: { url: string }) => { url: string }): void };
  hooks.setPreHook((config) => {
    seen.push(config.url);
    config.url = config.url.replace(`https://login.${DOMAIN}`, emu.loginUrl).replace(`https://api.${DOMAIN}`, emu.url);
    return config;
  });
  const { clientId, clientSecret } = emu.credentials('auditor');
  await sdk.loginClientCredentialsGrant(clientId, clientSecret);
});
afterAll(() => emu.close());

describe('the official JS SDK against the emulator', () => {
  it('gets its token from the login origin and calls the API origin; each refuses the other', async () => {
    expect(seen[0]).toBe(`https://login.${DOMAIN}/oauth/token`);
    expect(emu.loginUrl).not.toBe(emu.url);
    const scopes = await new platformClient.OAuthApi().getOauthScopes();
    expect(scopes.entities?.length).toBeGreaterThan(0);
    expect(seen.at(-1)).toMatch(new RegExp(`^https://api\\.${DOMAIN.replace('.', '\\.')}/api/v2/oauth/scopes`));
    const { clientId, clientSecret } = emu.credentials('auditor');
    const basic = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
    const tokenOnApi = await fetch(`${emu.url}/oauth/token`, {
      method: 'POST',
      headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    expect(tokenOnApi.status).toBe(404);
    expect((await fetch(`${emu.loginUrl}/api/v2/oauth/scopes`)).status).toBe(404);
  });

  it('filters roles by several permissions and several defaultRoleIds, as the SDK sends them', async () => {
    const api = new platformClient.AuthorizationApi();
    const byDefault = await api.getAuthorizationRoles({ defaultRoleId: ['employee', 'user'], userCount: false, pageSize: 100 });
    expect(byDefault.entities?.map((r) => r.name).sort()).toEqual(['Employee', 'User']);
    const byPermission = await api.getAuthorizationRoles({ permission: ['quality:evaluation:view', 'directory:group:view'], userCount: false, pageSize: 100 });
    const names = byPermission.entities?.map((r) => r.name) ?? [];
    // Supervisor holds the first, Employee the second; Master Admin holds both through `*`.
    expect(names).toEqual(expect.arrayContaining(['Supervisor', 'Employee', 'Master Admin']));
    expect(names).not.toContain('User');
  });

  it('adds objectCounts to divisions only when objectCount is true', async () => {
    const api = new platformClient.AuthorizationApi();
    const plain = await api.getAuthorizationDivisions({ pageSize: 100 });
    expect(plain.entities?.every((d) => d.objectCounts === undefined)).toBe(true);
    const counted = await api.getAuthorizationDivisions({ pageSize: 100, objectCount: true });
    expect(counted.entities?.length).toBe(emu.org.divisions.length);
    for (const d of counted.entities ?? []) expect(Object.values(d.objectCounts ?? { none: -1 }).every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
  });

  it('reads limits of other namespaces than platform.api, and 404 for a namespace that does not exist', async () => {
    const api = new platformClient.OrganizationApi();
    for (const namespace of ['platform.api', 'authorization', 'routing']) {
      const limits = await api.getOrganizationsLimitsNamespace(namespace);
      expect(limits.entities?.length).toBeGreaterThan(0);
      expect(limits.entities?.every((l) => l.namespace === namespace && typeof l.key === 'string' && typeof l.value === 'number')).toBe(true);
    }
    await expect(api.getOrganizationsLimitsNamespace('no.such.namespace')).rejects.toMatchObject({ status: 404 });
  });

  it('pages usage query results with cursors.after until the last page', async () => {
    const api = new platformClient.UsageApi();
    const interval = `2026-04-01T00:00:00Z/${NOW}`;
    const started = await api.postUsageQuery({ interval, granularity: 'Day', metrics: ['Requests'], groupBy: ['OAuthClientId'] });
    expect(started.executionId).toBeTruthy();
    const path = `/api/v2/usage/query/${started.executionId}/results`;
    // The SDK's method has no `after` option; its generic call sends one as the product does.
    const page = async (after?: string) =>
      (await sdk.callApi(
        path,
        'GET',
        {},
        (after ? { after } : {}) as Record<string, object>,
        {},
        {},
        null,
        ['PureCloud OAuth'],
        ['application/json'],
        ['application/json'],
      )) as platformClient.Models.ApiUsageQueryResult;
    expect((await page()).queryStatus).toBe('Running');
    const rows: platformClient.Models.ApiUsageRow[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const result = await page(after);
      expect(result.queryStatus).toBe('Complete');
      expect(result.results?.length).toBeLessThanOrEqual(40);
      rows.push(...(result.results ?? []));
      after = result.cursors?.after;
      pages++;
    } while (after && pages < 1000);
    expect(pages).toBeGreaterThan(1);
    expect(new Set(rows.map((r) => `${r.clientId} ${r.date}`)).size).toBe(rows.length);
    expect(rows.length).toBeGreaterThan(40);
    await expect(page('bm90LWEtY3Vyc29y')).rejects.toMatchObject({ status: 400 });
  });

  it('runs a usage aggregates query job and pages its entities by nextUri and after', async () => {
    const api = new platformClient.UsageApi();
    const job = await api.postUsageAggregatesQueryJobs({
      interval: `2026-04-01T00:00:00Z/${NOW}`,
      granularity: 'Day',
      metrics: ['Requests'],
      groupBy: ['OauthClientId'],
    });
    expect(job.id).toBeTruthy();
    expect((await api.getUsageAggregatesQueryJob(job.id)).queryStatus).toBe('Running');
    const entities: platformClient.Models.OrganizationPublicApiUsage[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const result = await api.getUsageAggregatesQueryJob(job.id, { pageSize: 40, ...(after && { after }) });
      expect(result.queryStatus).toBe('Succeeded');
      entities.push(...(result.entities ?? []));
      after = result.nextUri ? (new URL(result.nextUri, 'http://x').searchParams.get('after') ?? undefined) : undefined;
      pages++;
    } while (after && pages < 1000);
    expect(pages).toBeGreaterThan(1);
    expect(entities.every((e) => e.oauthClient?.id && e.date && (e.requestCount ?? 0) > 0)).toBe(true);
    const ids = new Set(emu.org.clients.map((c) => c.client.id));
    expect(entities.every((e) => ids.has(e.oauthClient?.id ?? ''))).toBe(true);
    await expect(api.postUsageAggregatesQueryJobs({ interval: 'yesterday', groupBy: ['OAuthClientId'] })).rejects.toMatchObject({ status: 400 });
  });
});
