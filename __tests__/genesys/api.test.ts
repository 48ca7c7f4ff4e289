// The reads, over a fake transport: how many requests they make and that they never take a
// partial answer for a whole one.
import { describe, expect, it } from '@jest/globals';
import { GenesysClient } from '../../src/genesys/client.ts';
import { GenesysError } from '../../src/genesys/errors.ts';
import { getRolesByIds, listOAuthClients } from '../../src/genesys/api.ts';
import type { HttpRequest, HttpResponse } from '../../src/genesys/transport.ts';
import { Redactor } from '../../src/redactor.ts';

const json = (body: unknown): HttpResponse => ({ status: 200, headers: {}, text: JSON.stringify(body) });

function client(answer: (url: URL) => unknown) {
  const requests: URL[] = [];
  const api = new GenesysClient({
    endpoints: { apiBaseUrl: 'https://api.example.test', tokenUrl: 'https://login.example.test/oauth/token' },
    credentials: { clientId: 'id', clientSecret: 'secret-value' },
    redactor: new Redactor(),
    transport: async (req: HttpRequest) => {
      if (req.url.endsWith('/oauth/token')) return json({ access_token: 'tok-abc', expires_in: 86399 });
      const url = new URL(req.url);
      requests.push(url);
      return json(answer(url));
    },
  });
  return { api, requests };
}

const role = (i: number) => ({ id: `role-${String(i).padStart(3, '0')}`, name: `Role ${i}` });

describe('roles by id', () => {
  it('asks for at most 100 ids a request, each role once, without user counts', async () => {
    const ids = Array.from({ length: 250 }, (_, i) => role(i).id);
    const { api, requests } = client((url) => ({ entities: url.searchParams.getAll('id').map((id) => ({ id, name: id })), pageCount: 1 }));
    const roles = await getRolesByIds(api, [...ids, ...ids.slice(0, 40)]);
    expect(roles.map((r) => r.id).sort()).toEqual(ids);
    expect(requests.map((u) => u.searchParams.getAll('id').length)).toEqual([100, 100, 50]);
    expect(requests.every((u) => u.searchParams.get('userCount') === 'false')).toBe(true);
  });

  it('fetches the remaining pages at once when the API pages a request (paged roles)', async () => {
    // The API caps the page at 40 whatever is asked, and says so with pageCount.
    const ids = Array.from({ length: 100 }, (_, i) => role(i).id);
    const { api, requests } = client((url) => {
      const page = Number(url.searchParams.get('pageNumber'));
      return { entities: ids.slice((page - 1) * 40, page * 40).map((id) => ({ id, name: id })), pageNumber: page, pageSize: 40, pageCount: 3, total: 100 };
    });
    const roles = await getRolesByIds(api, ids);
    expect(roles.map((r) => r.id)).toEqual(ids);
    expect(requests.map((u) => u.searchParams.get('pageNumber'))).toEqual(['1', '2', '3']);
    expect(requests.every((u) => u.searchParams.getAll('id').length === 100 && u.searchParams.get('pageSize') === '100')).toBe(true);
  });

  it('makes no request when no client holds a role', async () => {
    const { api, requests } = client(() => ({ entities: [] }));
    expect(await getRolesByIds(api, [])).toEqual([]);
    expect(requests).toHaveLength(0);
  });
});

describe('the client listing', () => {
  it('follows nextUri', async () => {
    const { api } = client((url) =>
      url.searchParams.get('page') === '2'
        ? { entities: [{ id: 'c', name: 'c' }], total: 3 }
        : {
            entities: [
              { id: 'a', name: 'a' },
              { id: 'b', name: 'b' },
            ],
            total: 3,
            nextUri: '/api/v2/oauth/clients?page=2',
          },
    );
    expect((await listOAuthClients(api)).map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('fails on a client listed twice, naming it, rather than keep one copy', async () => {
    const { api } = client((url) =>
      url.searchParams.get('page') === '2'
        ? {
            entities: [
              { id: 'b', name: 'b' },
              { id: 'c', name: 'c' },
            ],
            total: 3,
          }
        : {
            entities: [
              { id: 'a', name: 'a' },
              { id: 'b', name: 'b' },
            ],
            total: 3,
            nextUri: '/api/v2/oauth/clients?page=2',
          },
    );
    await expect(listOAuthClients(api)).rejects.toThrow(
      'Genesys Cloud answered GET /api/v2/oauth/clients with the same OAuth client id more than once (b); a listing that repeats entries may hide others, so run the audit again.',
    );
  });

  it('fails rather than return fewer clients than the listing counts', async () => {
    const { api } = client(() => ({
      entities: [
        { id: 'a', name: 'a' },
        { id: 'b', name: 'b' },
      ],
      total: 3,
    }));
    const err = (await listOAuthClients(api).catch((e: unknown) => e)) as GenesysError;
    expect(err).toBeInstanceOf(GenesysError);
    expect(err.message).toBe(
      'Genesys Cloud answered GET /api/v2/oauth/clients with a listing that may be incomplete: it counts 3 OAuth clients but gave 2; the listing may have changed while it was read, so run the audit again.',
    );
  });

  it('fails on a client without an id, which could not be read or reported', async () => {
    const { api } = client(() => ({ entities: [{ id: 'a', name: 'a' }, { name: 'no id' }] }));
    await expect(listOAuthClients(api)).rejects.toThrow(
      /^Genesys Cloud answered GET \/api\/v2\/oauth\/clients with an OAuth client that has no id; try again later\.$/,
    );
  });

  it('fails on a listing without entities, such as a proxy page', async () => {
    const { api } = client(() => ({ html: 'login' }));
    await expect(listOAuthClients(api)).rejects.toThrow(/without an entities list; check that the region or api-base-url points at the Platform API\.$/);
  });
});
