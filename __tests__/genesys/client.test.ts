import { describe, expect, it } from '@jest/globals';
import { GenesysClient } from '../../src/genesys/client.ts';
import { GenesysError } from '../../src/genesys/errors.ts';
import { listOAuthClients } from '../../src/genesys/api.ts';
import type { HttpRequest, HttpResponse, Transport } from '../../src/genesys/transport.ts';
import { Redactor } from '../../src/redactor.ts';
import { ExitCode } from '../../src/errors.ts';
import { FakeClock } from '../helpers/fake-clock.ts';

type Handler = (req: HttpRequest) => HttpResponse;

function fakeTransport(handler: Handler): { transport: Transport; requests: HttpRequest[] } {
  const requests: HttpRequest[] = [];
  return {
    requests,
    transport: async (req) => {
      requests.push(req);
      return handler(req);
    },
  };
}

const json = (status: number, body: unknown): HttpResponse => ({ status, headers: {}, text: JSON.stringify(body) });
const tokenOk = (n: number) => json(200, { access_token: `token-${n}`, token_type: 'bearer', expires_in: 86399 });

function client(handler: Handler, redactor = new Redactor(), clock?: FakeClock) {
  const fake = fakeTransport(handler);
  const api = new GenesysClient({
    endpoints: { apiBaseUrl: 'https://api.example.test', tokenUrl: 'https://login.example.test/oauth/token' },
    credentials: { clientId: 'id', clientSecret: 'the-secret' },
    transport: fake.transport,
    redactor,
    clock,
    random: () => 0.5,
  });
  return { api, requests: fake.requests, redactor };
}

const isToken = (req: HttpRequest) => req.url.endsWith('/oauth/token');

describe('GenesysClient', () => {
  it('gets one token and reuses it', async () => {
    let tokens = 0;
    const { api, requests } = client((req) => (req.url.endsWith('/oauth/token') ? tokenOk(++tokens) : json(200, { entities: [] })));
    await api.get('/api/v2/oauth/clients');
    await api.get('/api/v2/oauth/clients');
    expect(tokens).toBe(1);
    expect(requests[0]).toMatchObject({ method: 'POST', body: 'grant_type=client_credentials' });
    expect(requests[0]?.headers.authorization).toBe(`Basic ${Buffer.from('id:the-secret').toString('base64')}`);
    expect(requests[1]?.headers.authorization).toBe('Bearer token-1');
  });

  it('on a 401 takes one fresh token and retries once', async () => {
    let tokens = 0;
    const { api } = client((req) => {
      if (req.url.endsWith('/oauth/token')) return tokenOk(++tokens);
      return req.headers.authorization === 'Bearer token-1' ? json(401, { message: 'expired', code: 'bad.credentials' }) : json(200, { ok: 1 });
    });
    await expect(api.get('/api/v2/x')).resolves.toEqual({ ok: 1 });
    expect(tokens).toBe(2);
  });

  it('names the missing permission on a 403', async () => {
    const { api } = client((req) =>
      req.url.endsWith('/oauth/token') ? tokenOk(1) : json(403, { message: 'missing permission', code: 'missing.permissions' }),
    );
    const err = await api.get('/api/v2/authorization/roles').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GenesysError);
    expect((err as GenesysError).kind).toBe('permission');
    expect((err as Error).message).toMatch(/lacks the permission authorization:role:view/);
  });

  it('says in the same sentence which role grants the missing permission', async () => {
    const denied = (message: string) => client((req) => (isToken(req) ? tokenOk(1) : json(403, { message, code: 'missing.any.permissions' })));
    const roles = await denied('You must have at least one of the following permissions assigned: [authorization:role:view]')
      .api.get('/api/v2/authorization/roles')
      .catch((e: unknown) => e);
    expect((roles as Error).message).toBe(
      'Genesys Cloud refused GET /api/v2/authorization/roles (HTTP 403) because the auditing OAuth client lacks the permission authorization:role:view: ' +
        'assign it a role that holds authorization:role:view, ideally a custom role with exactly oauth:client:view, authorization:role:view and usage:organization:view' +
        ' — "You must have at least one of the following permissions assigned: [authorization:role:view]".',
    );
    // The org usage query takes either permission, as the SDK docs say.
    const usage = await denied('nope')
      .api.post('/api/v2/usage/query', {})
      .catch((e: unknown) => e);
    expect((usage as Error).message).toContain(
      'lacks the permission oauth:client:view or usage:organization:view: assign it a role that holds one of them, ideally a custom role',
    );
    // A route this tool does not know: the permissions the platform's message lists.
    const other = await denied('You must have at least one of the following permissions assigned: [a:b:view, c:d:view]')
      .api.get('/api/v2/other')
      .catch((e: unknown) => e);
    expect((other as Error).message).toContain('lacks the permission a:b:view or c:d:view: assign it a role that holds one of them');
  });

  it('says the credentials were rejected, without the secret', async () => {
    const { api } = client(() => json(401, { error: 'invalid_client', description: 'client not found the-secret' }));
    const err = (await api.get('/api/v2/oauth/clients').catch((e: unknown) => e)) as GenesysError;
    expect(err.kind).toBe('credentials');
    expect(err.message).toMatch(/^Genesys Cloud rejected the OAuth client credentials \(HTTP 401: invalid_client\)/);
    expect(err.message).not.toContain('the-secret');
  });

  it('turns a body that is not JSON into a clear error', async () => {
    const { api } = client((req) => (req.url.endsWith('/oauth/token') ? tokenOk(1) : { status: 200, headers: {}, text: '{"entities": [' }));
    await expect(api.get('/api/v2/oauth/clients')).rejects.toThrow(/GET \/api\/v2\/oauth\/clients with a body that is not valid JSON/);
  });

  it('registers the secret and the token with the redactor', async () => {
    const redactor = new Redactor();
    const { api } = client((req) => (req.url.endsWith('/oauth/token') ? tokenOk(7) : json(200, {})), redactor);
    await api.get('/api/v2/x');
    expect(redactor.redact('the-secret and token-7')).toBe('*** and ***');
  });

  it('follows nextUri and drops secrets from listed clients', async () => {
    const { api } = client((req) => {
      if (req.url.endsWith('/oauth/token')) return tokenOk(1);
      if (req.url.includes('page=2')) return json(200, { entities: [{ id: 'b', name: 'B', secret: 's2' }] });
      return json(200, { entities: [{ id: 'a', name: 'A', secret: 's1' }], nextUri: '/api/v2/oauth/clients?page=2' });
    });
    const clients = await listOAuthClients(api);
    expect(clients).toEqual([
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
    ]);
  });

  it('renews the token shortly before expires_in, not on every request', async () => {
    const clock = new FakeClock(0);
    let tokens = 0;
    const { api } = client((req) => (isToken(req) ? json(200, { access_token: `tok-${++tokens}`, expires_in: 100 }) : json(200, {})), new Redactor(), clock);
    await api.get('/api/v2/x');
    clock.time = 89_000; // a tenth of a 100 s lifetime before expiry is the renewal point
    await api.get('/api/v2/x');
    expect(tokens).toBe(1);
    clock.time = 90_500;
    await api.get('/api/v2/x');
    expect(tokens).toBe(2);
    expect(api.stats.tokenRequests).toBe(2);
  });

  it('uses a token with no lifetime left once, rather than renew it in a loop', async () => {
    let tokens = 0;
    const { api } = client(
      (req) => (isToken(req) ? json(200, { access_token: `tok-${++tokens}`, expires_in: 0 }) : json(200, { ok: 1 })),
      new Redactor(),
      new FakeClock(0),
    );
    await expect(api.get('/api/v2/x')).resolves.toEqual({ ok: 1 });
    expect(tokens).toBe(1);
  });

  it('takes exactly one fresh token when many requests in flight meet a 401 at once', async () => {
    let tokens = 0;
    const { api } = client((req) => {
      if (isToken(req)) return tokenOk(++tokens);
      return req.headers.authorization === 'Bearer token-1' ? json(401, { code: 'bad.credentials' }) : json(200, { ok: 1 });
    });
    await api.get('/api/v2/x');
    const results = await Promise.all(Array.from({ length: 10 }, () => api.get('/api/v2/x')));
    expect(results).toEqual(Array.from({ length: 10 }, () => ({ ok: 1 })));
    expect(tokens).toBe(2);
  });

  it('fails in one sentence when the fresh token is rejected too', async () => {
    let tokens = 0;
    const { api, requests } = client((req) =>
      isToken(req) ? tokenOk(++tokens) : json(401, { message: 'Invalid login credentials.', code: 'bad.credentials' }),
    );
    const err = (await api.get('/api/v2/oauth/clients').catch((e: unknown) => e)) as GenesysError;
    expect([err.kind, err.exitCode]).toEqual(['credentials', ExitCode.Access]);
    expect(err.message).toBe(
      'Genesys Cloud rejected the access token for GET /api/v2/oauth/clients even after a fresh token — "Invalid login credentials."; check that the OAuth client is still active.',
    );
    expect(requests.filter((r) => !isToken(r))).toHaveLength(2);
    expect(tokens).toBe(2);
  });

  it('waits Retry-After when the token endpoint answers 429', async () => {
    const clock = new FakeClock(0);
    let tokenCalls = 0;
    const { api } = client(
      (req) => (isToken(req) ? (++tokenCalls === 1 ? { status: 429, headers: { 'retry-after': '4' }, text: '{}' } : tokenOk(1)) : json(200, { ok: 1 })),
      new Redactor(),
      clock,
    );
    await expect(api.get('/api/v2/x')).resolves.toEqual({ ok: 1 });
    expect(clock.sleeps).toEqual([4000]);
    expect(api.stats.tokenRequests).toBe(2);
  });

  it('drops every secret field on arrival, at any depth, and masks its value should it show up elsewhere', async () => {
    const redactor = new Redactor();
    const { api } = client(
      (req) => (isToken(req) ? tokenOk(1) : json(200, { entities: [{ id: 'a', secret: 'leaked-secret-1', nested: { secret: 'leaked-secret-2', keep: 1 } }] })),
      redactor,
    );
    const body = await api.get<unknown>('/api/v2/oauth/clients');
    expect(body).toEqual({ entities: [{ id: 'a', nested: { keep: 1 } }] });
    expect(JSON.stringify(body)).not.toContain('leaked-secret');
    expect(redactor.redact('leaked-secret-1 leaked-secret-2')).toBe('*** ***');
  });
});

describe('typed errors: one actionable sentence each, exit code 4 to fix access and 3 to retry, never a secret', () => {
  const NOT_FOUND = { message: 'The requested resource was not found.', code: 'not.found' };
  it.each<[string, Handler, string, RegExp]>([
    [
      'credentials rejected',
      () => json(401, { error: 'invalid_client' }),
      'credentials',
      /^Genesys Cloud rejected the OAuth client credentials \(HTTP 401: invalid_client\): check the client id and secret/,
    ],
    [
      'permission missing',
      (r) => (isToken(r) ? tokenOk(1) : json(403, {})),
      'permission',
      /lacks the permission oauth:client:view: assign it a role that holds oauth:client:view, ideally a custom role/,
    ],
    [
      'not found',
      (r) => (isToken(r) ? tokenOk(1) : json(404, NOT_FOUND)),
      'not-found',
      /^Genesys Cloud found nothing at GET \/api\/v2\/oauth\/clients \(HTTP 404\) — "The requested resource was not found\."; check that the region or api-base-url points at the org's Platform API\.$/,
    ],
    [
      'rate limited beyond the budget',
      (r) => (isToken(r) ? tokenOk(1) : { status: 429, headers: { 'retry-after': '600' }, text: '{}' }),
      'rate-limited',
      /^Genesys Cloud kept rate-limiting GET \/api\/v2\/oauth\/clients \(HTTP 429, Retry-After 600 s\) beyond the 180 s retry budget; .*try again later\.$/,
    ],
    [
      'a server error',
      (r) => (isToken(r) ? tokenOk(1) : json(501, { message: 'Not Implemented' })),
      'server',
      /^Genesys Cloud failed GET \/api\/v2\/oauth\/clients with HTTP 501 — "Not Implemented"; try again later\.$/,
    ],
    [
      'a request the API does not accept',
      (r) => (isToken(r) ? tokenOk(1) : json(400, { message: 'bad page size' })),
      'server',
      /^Genesys Cloud answered HTTP 400 to GET \/api\/v2\/oauth\/clients — "bad page size"; this tool sent a request the API does not accept, please report it\.$/,
    ],
    [
      'malformed JSON',
      (r) => (isToken(r) ? tokenOk(1) : { status: 200, headers: {}, text: '<html>proxy login</html>' }),
      'malformed',
      /^Genesys Cloud answered GET \/api\/v2\/oauth\/clients with a body that is not valid JSON \(3 attempts\); if api-base-url points at a proxy/,
    ],
    [
      'a token endpoint that is not Genesys Cloud',
      () => ({ status: 200, headers: {}, text: 'hello' }),
      'malformed',
      /^The Genesys Cloud token endpoint answered with a body that is not JSON; check that the region or api-base-url points at Genesys Cloud\.$/,
    ],
  ])('%s', async (_name, handler, kind, message) => {
    const { api } = client(handler, new Redactor(), new FakeClock());
    const err = (await api.get('/api/v2/oauth/clients').catch((e: unknown) => e)) as GenesysError;
    expect(err).toBeInstanceOf(GenesysError);
    expect([err.kind, err.exitCode]).toEqual([kind, kind === 'credentials' || kind === 'permission' ? ExitCode.Access : ExitCode.Api]);
    expect(err.message).toMatch(message);
    expect(err.message).not.toMatch(/\n|the-secret|token-1/);
  });
});
