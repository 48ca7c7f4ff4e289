import { describe, expect, it } from '@jest/globals';
import { GenesysClient } from '../../src/genesys/client.ts';
import { GenesysError } from '../../src/genesys/errors.ts';
import { listOAuthClients } from '../../src/genesys/api.ts';
import type { HttpRequest, HttpResponse, Transport } from '../../src/genesys/transport.ts';
import { Redactor } from '../../src/redactor.ts';

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

function client(handler: Handler, redactor = new Redactor()) {
  const fake = fakeTransport(handler);
  const api = new GenesysClient({
    endpoints: { apiBaseUrl: 'https://api.example.test', tokenUrl: 'https://login.example.test/oauth/token' },
    credentials: { clientId: 'id', clientSecret: 'the-secret' },
    transport: fake.transport,
    redactor,
  });
  return { api, requests: fake.requests, redactor };
}

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
    const { api } = client((req) => (req.url.endsWith('/oauth/token') ? tokenOk(1) : json(403, { message: 'missing permission', code: 'missing.permissions' })));
    const err = await api.get('/api/v2/authorization/roles').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GenesysError);
    expect((err as GenesysError).kind).toBe('permission');
    expect((err as Error).message).toMatch(/lacks the permission authorization:role:view/);
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
      if (req.url.includes('page=2')) return json(200, { entities: [{ id: 'b', secret: 's2' }] });
      return json(200, { entities: [{ id: 'a', secret: 's1' }], nextUri: '/api/v2/oauth/clients?page=2' });
    });
    const clients = await listOAuthClients(api);
    expect(clients).toEqual([{ id: 'a' }, { id: 'b' }]);
  });
});
