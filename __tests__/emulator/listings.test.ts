// Listings as the platform pages and filters them: OAuth clients (one response by default,
// nextUri pages on demand, legacy entities, secrets never), roles and divisions (page
// numbers, id and other filters), scopes and limits.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OAUTH_SCOPES } from '../../src/catalog/oauth-scopes.ts';
import { startEmulator, type EmulatorHandle } from '../../emulator/index.ts';
import { createOrg } from '../../emulator/org.ts';
import { call, tokenFor } from './helpers.ts';

let emu: EmulatorHandle;
let token: string;
beforeAll(async () => {
  emu = await startEmulator({ scenario: 'large', params: { seed: 5, clients: 60, roles: 45, divisions: 12 }, knobs: { userCountLatencyMsPerRole: 0 } });
  token = await tokenFor(emu);
});
afterAll(() => emu.close());

async function withKnobs<T>(knobs: Parameters<EmulatorHandle['setKnobs']>[0], body: () => Promise<T>): Promise<T> {
  const before = { ...emu.knobs };
  emu.setKnobs(knobs);
  try {
    return await body();
  } finally {
    emu.setKnobs(before);
  }
}

describe('OAuth clients', () => {
  it('returns every client in one consistent response, without secrets', async () => {
    const { json } = await call(emu, '/api/v2/oauth/clients', { token });
    const total = emu.org.clients.length;
    expect(json).toMatchObject({
      pageSize: total,
      pageNumber: 1,
      total,
      pageCount: 1,
      selfUri: '/api/v2/oauth/clients',
      firstUri: '/api/v2/oauth/clients',
      lastUri: '/api/v2/oauth/clients',
    });
    expect(json.nextUri).toBeUndefined();
    expect(json.entities).toHaveLength(total);
    expect(json.entities.every((c: object) => !('secret' in c) && 'authorizedGrantType' in c)).toBe(true);
  });

  it('lists the org served now: another org set, then the first again', async () => {
    const first = emu.org;
    const { clientsById: _c, rolesById: _r, ...parts } = first;
    const fewer = first.clients.filter((c, i) => i % 2 === 0 || Object.values(first.auditors).some((a) => a.clientId === c.client.id));
    const ids = async () => (await call(emu, '/api/v2/oauth/clients', { token })).json.entities.map((c: { id: string }) => c.id);
    const before = await ids();
    emu.setOrg(createOrg({ ...parts, clients: fewer }));
    try {
      expect(await ids()).toEqual(fewer.map((c) => c.client.id));
    } finally {
      emu.setOrg(first);
    }
    expect(await ids()).toEqual(before);
    expect(before).toEqual(first.clients.map((c) => c.client.id));
  });

  it('gets one client by id, and answers 404 not.found for an unknown one', async () => {
    const entry = emu.org.clients[7];
    const one = await call(emu, `/api/v2/oauth/clients/${entry?.client.id}`, { token });
    expect(one.json).toEqual(entry?.client);
    const missing = await call(emu, '/api/v2/oauth/clients/00000000-0000-4000-8000-000000000000', { token });
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ code: 'not.found', status: 404 });
  });

  it('leaks secrets only when asked to, so consumers can prove they drop them', async () => {
    const { json } = await withKnobs({ leakSecrets: true }, () => call(emu, '/api/v2/oauth/clients', { token }));
    const withSecret = json.entities.filter((c: { secret?: string }) => c.secret);
    expect(withSecret.length).toBeGreaterThan(0);
    expect(withSecret[0].secret).toBe(emu.org.clientsById.get(withSecret[0].id)?.secret);
  });

  it('serves legacy entities without authorizedGrantType, while GET by id still has it', async () => {
    await withKnobs({ legacyListing: true }, async () => {
      const { json } = await call(emu, '/api/v2/oauth/clients', { token });
      expect(json.entities.some((c: object) => 'authorizedGrantType' in c)).toBe(false);
      expect((await call(emu, `/api/v2/oauth/clients/${json.entities[0].id}`, { token })).json.authorizedGrantType).toBeDefined();
    });
  });

  it('pages the listing with nextUri when the clientsPageSize knob is set', async () => {
    const seen: string[] = [];
    const pages = await withKnobs({ clientsPageSize: 25 }, async () => {
      const uris: string[] = [];
      let uri: string | undefined = '/api/v2/oauth/clients';
      while (uri) {
        uris.push(uri);
        const { json }: { json: { entities: Array<{ id: string }>; nextUri?: string; pageCount: number } } = await call(emu, uri, { token });
        seen.push(...json.entities.map((c) => c.id));
        uri = json.nextUri;
      }
      return uris;
    });
    // 60 clients and the 4 auditors: three pages.
    expect(pages).toEqual(['/api/v2/oauth/clients', '/api/v2/oauth/clients?pageSize=25&pageNumber=2', '/api/v2/oauth/clients?pageSize=25&pageNumber=3']);
    expect(new Set(seen).size).toBe(emu.org.clients.length);
  });
});

describe('roles', () => {
  it('pages by number with links that agree with the totals', async () => {
    const total = emu.org.roles.length;
    const first = (await call(emu, '/api/v2/authorization/roles?pageSize=10&userCount=false', { token })).json;
    expect(first).toMatchObject({ pageSize: 10, pageNumber: 1, total, pageCount: Math.ceil(total / 10) });
    expect(first.previousUri).toBeUndefined();
    expect(first.nextUri).toBe('/api/v2/authorization/roles?pageSize=10&pageNumber=2&userCount=false');
    expect(first.lastUri).toBe(`/api/v2/authorization/roles?pageSize=10&pageNumber=${first.pageCount}&userCount=false`);
    const last = (await call(emu, first.lastUri, { token })).json;
    expect(last.nextUri).toBeUndefined();
    expect(last.previousUri).toBe(`/api/v2/authorization/roles?pageSize=10&pageNumber=${first.pageCount - 1}&userCount=false`);
    expect(last.entities).toHaveLength(total - (first.pageCount - 1) * 10);
  });

  it('fetches exactly the roles asked for by id, at most 100 ids a request', async () => {
    const wanted = emu.org.roles.slice(3, 8).map((r) => r.id as string);
    const { json } = await call(emu, `/api/v2/authorization/roles?pageSize=100&${wanted.map((id) => `id=${id}`).join('&')}&id=unknown-role`, { token });
    expect(json.entities.map((r: { id: string }) => r.id).sort()).toEqual([...wanted].sort());
    expect(json.total).toBe(5);
    const tooMany = await call(emu, `/api/v2/authorization/roles?${Array.from({ length: 101 }, (_, i) => `id=r${i}`).join('&')}`, { token });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json).toMatchObject({ code: 'bad.request', message: 'Too many ids: [101] were given, the maximum is 100.' });
  });

  it('refuses a page size over the maximum knob with a clear 400', async () => {
    const answer = await call(emu, '/api/v2/authorization/roles?pageSize=501', { token });
    expect(answer.status).toBe(400);
    expect(answer.json.message).toBe('The page size [501] is not valid: it must be a whole number from 1 to 500.');
    await withKnobs({ maxPageSize: 1000 }, async () => expect((await call(emu, '/api/v2/authorization/roles?pageSize=501', { token })).status).toBe(200));
  });

  it('adds userCount by default, and is slower for it', async () => {
    const withCount = (await call(emu, '/api/v2/authorization/roles?pageSize=20', { token })).json;
    expect(withCount.entities.every((r: object) => 'userCount' in r)).toBe(true);
    const without = (await call(emu, '/api/v2/authorization/roles?pageSize=20&userCount=false', { token })).json;
    expect(without.entities.some((r: object) => 'userCount' in r)).toBe(false);
    const started = Date.now();
    await withKnobs({ userCountLatencyMsPerRole: 10 }, () => call(emu, '/api/v2/authorization/roles?pageSize=20', { token }));
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('filters by permission (wildcards honoured) and by name', async () => {
    const { json } = await call(emu, '/api/v2/authorization/roles?pageSize=500&userCount=false&permission=oauth:client:edit', { token });
    const names = json.entities.map((r: { name: string }) => r.name);
    expect(names).toEqual(expect.arrayContaining(['Master Admin', 'Admin']));
    expect(names).not.toContain('Employee');
    const byName = (await call(emu, '/api/v2/authorization/roles?name=master&userCount=false', { token })).json;
    expect(byName.entities.map((r: { name: string }) => r.name)).toEqual(['Master Admin']);
  });

  it('gets one role by id, as the SDK reads it (userCount only when asked), and 404 for an unknown one', async () => {
    const role = emu.org.roles[3];
    const one = (await call(emu, `/api/v2/authorization/roles/${role?.id}`, { token })).json;
    expect(one).toMatchObject({ id: role?.id, name: role?.name });
    expect(one.userCount).toBeUndefined();
    expect((await call(emu, `/api/v2/authorization/roles/${role?.id}?userCount=true`, { token })).json.userCount).toBe(role?.userCount);
    expect((await call(emu, '/api/v2/authorization/roles/00000000-0000-4000-8000-000000000000', { token })).status).toBe(404);
  });
});

describe('divisions, scopes and limits', () => {
  it('lists divisions with exactly one home division, by page and by id', async () => {
    const all = (await call(emu, '/api/v2/authorization/divisions?pageSize=100', { token })).json;
    expect(all.total).toBe(12);
    expect(all.entities.filter((d: { homeDivision: boolean }) => d.homeDivision)).toHaveLength(1);
    const two = all.entities.slice(0, 2).map((d: { id: string }) => d.id);
    const some = (await call(emu, `/api/v2/authorization/divisions?id=${two[0]}&id=${two[1]}`, { token })).json;
    expect(some.entities.map((d: { id: string }) => d.id)).toEqual(two);
  });

  it('serves the home division on its own, without object counts, to any valid token', async () => {
    const home = emu.org.divisions.find((d) => d.homeDivision);
    const answer = await call(emu, '/api/v2/authorization/divisions/home', { token: await tokenFor(emu, 'auditor-no-roles') });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ id: home?.id, name: home?.name, description: home?.description, homeDivision: true, selfUri: home?.selfUri });
  });

  it('serves the scope catalog', async () => {
    const { json } = await call(emu, '/api/v2/oauth/scopes', { token });
    expect(json.total).toBe(OAUTH_SCOPES.length);
    expect(json.entities.map((s: { id: string }) => s.id)).toEqual(OAUTH_SCOPES.map((s) => s.name));
    expect(json.entities[0]).toEqual({
      id: OAUTH_SCOPES[0]?.name,
      description: OAUTH_SCOPES[0]?.description,
      selfUri: `/api/v2/oauth/scopes/${OAUTH_SCOPES[0]?.name}`,
    });
  });

  it('reports the configured per-token rate limit', async () => {
    const read = async () =>
      (await call(emu, '/api/v2/organizations/limits/namespaces/platform.api', { token })).json.entities.find(
        (l: { key: string }) => l.key === 'client.credentials.token.rate.per.minute',
      );
    expect(await read()).toEqual({ key: 'client.credentials.token.rate.per.minute', namespace: 'platform.api', value: 300 });
    expect(await withKnobs({ rateLimitPerMinute: 1200 }, read)).toMatchObject({ value: 1200 });
    expect((await call(emu, '/api/v2/organizations/limits/namespaces/routing', { token })).status).toBe(200);
    expect((await call(emu, '/api/v2/organizations/limits/namespaces/no.such.namespace', { token })).status).toBe(404);
  });

  it('answers 404 for unknown routes and for known paths with another method', async () => {
    expect((await call(emu, '/api/v2/users', { token })).status).toBe(404);
    expect((await call(emu, '/api/v2/oauth/clients', { token, body: { name: 'x' } })).status).toBe(404);
  });
});
