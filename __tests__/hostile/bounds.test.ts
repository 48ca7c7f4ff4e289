// Every read is bounded: a body trickled or endless, pages or cursors without end, and the
// whole read, each with a limit a real org never meets and a sentence when it is hit.
import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MockAgent } from 'undici';
import { GenesysClient } from '../../src/genesys/client.ts';
import { GenesysError } from '../../src/genesys/errors.ts';
import { getRolesByIds, listOAuthClients } from '../../src/genesys/api.ts';
import { MAX_PAGES_PER_LISTING } from '../../src/genesys/listing.ts';
import { MAX_USAGE_PAGES, queryLastUse } from '../../src/genesys/usage.ts';
import { undiciTransport, type HttpRequest, type HttpResponse, type Transport } from '../../src/genesys/transport.ts';
import { Redactor } from '../../src/redactor.ts';
import { FakeClock } from '../helpers/fake-clock.ts';

const json = (status: number, body: unknown): HttpResponse => ({ status, headers: {}, text: JSON.stringify(body) });
const QUICK = { maxTotalMs: 60_000, baseDelayMs: 10, maxDelayMs: 100, maxRetryAfterMs: 1000 };

function client(transport: Transport, extra: { clock?: FakeClock; readDeadlineMs?: number; maxReadBytes?: number } = {}) {
  const requests: HttpRequest[] = [];
  const api = new GenesysClient({
    endpoints: { apiBaseUrl: 'https://api.example.test', tokenUrl: 'https://login.example.test/oauth/token' },
    credentials: { clientId: 'id', clientSecret: 'secret-value' },
    redactor: new Redactor(),
    clock: extra.clock ?? new FakeClock(),
    random: () => 0.5,
    retry: QUICK,
    rateLimitPerMinute: 1_000_000,
    readDeadlineMs: extra.readDeadlineMs,
    maxReadBytes: extra.maxReadBytes,
    transport: async (req) => {
      if (req.url.endsWith('/oauth/token')) return json(200, { access_token: 'tok-abc', expires_in: 86399 });
      requests.push(req);
      return transport(req);
    },
  });
  return { api, requests };
}

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  server = undefined;
});

/** A loopback server whose every answer is written by `write`; resolves its URL. */
async function serve(write: (res: import('node:http').ServerResponse) => void): Promise<{ url: string; closed: Promise<void> }> {
  let markClosed: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (markClosed = resolve));
  server = createServer((req, res) => {
    res.on('close', markClosed);
    write(res);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, closed };
}

describe('one exchange', () => {
  it('a body trickled a byte at a time hits the wall-clock deadline (not an idle timer), then the connection is dropped', async () => {
    const { url, closed } = await serve((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(timer));
    });
    const err = (await undiciTransport({ deadlineMs: 1000, timeoutMs: 10_000 })({ method: 'GET', url: `${url}/api/v2/oauth/clients`, headers: {} }).catch(
      (e: unknown) => e,
    )) as GenesysError;
    expect(err).toBeInstanceOf(GenesysError);
    expect([err.kind, err.reason, err.transient]).toEqual(['network', 'timeout', true]);
    expect(err.message).toMatch(/^Genesys Cloud did not complete GET \/api\/v2\/oauth\/clients within 1 s at 127\.0\.0\.1:\d+; try again later\.$/);
    await closed;
  });

  it('an endless body is cut off at the size cap, and the connection dropped', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const { url, closed } = await serve((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const pump = () => {
        while (res.write(chunk));
      };
      res.on('drain', pump);
      pump();
    });
    const err = (await undiciTransport({ maxBodyBytes: 1024 * 1024 })({ method: 'GET', url: `${url}/api/v2/oauth/clients`, headers: {} }).catch(
      (e: unknown) => e,
    )) as GenesysError;
    expect(err).toBeInstanceOf(GenesysError);
    expect(err.kind).toBe('malformed');
    expect(err.message).toBe(
      "Genesys Cloud answered GET /api/v2/oauth/clients with a body over 1 MiB, far more than any org's answer; the API or a proxy in front of it is misbehaving, try again later.",
    );
    await closed;
  });

  it('a body declared over the size cap is refused at its headers, without waiting for its bytes', async () => {
    const { url, closed } = await serve((res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(2 * 1024 * 1024) });
      res.write('{');
    });
    const err = (await undiciTransport({ maxBodyBytes: 1024 * 1024, deadlineMs: 60_000 })({
      method: 'GET',
      url: `${url}/api/v2/oauth/clients`,
      headers: {},
    }).catch((e: unknown) => e)) as GenesysError;
    expect(err).toBeInstanceOf(GenesysError);
    expect(err.message).toBe(
      "Genesys Cloud answered GET /api/v2/oauth/clients with a body over 1 MiB, far more than any org's answer; the API or a proxy in front of it is misbehaving, try again later.",
    );
    await closed;
  });

  it('a DNS answer of "try again" (EAI_AGAIN) is retried like other transient failures', async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    const pool = agent.get('https://api.example.test');
    const eaiAgain = () =>
      pool
        .intercept({ path: '/api/v2/x', method: 'GET' })
        .replyWithError(Object.assign(new Error('getaddrinfo EAI_AGAIN api.example.test'), { code: 'EAI_AGAIN' }));
    eaiAgain();
    const transport = undiciTransport({ dispatcher: agent });
    const first = (await transport({ method: 'GET', url: 'https://api.example.test/api/v2/x', headers: {} }).catch((e: unknown) => e)) as GenesysError;
    expect([first.kind, first.transient]).toEqual(['network', true]);
    expect(first.message).toBe(
      'Could not reach Genesys Cloud at api.example.test (GET /api/v2/x): the host name api.example.test could not be resolved for now (EAI_AGAIN); try again later.',
    );
    eaiAgain();
    pool.intercept({ path: '/api/v2/x', method: 'GET' }).reply(200, { ok: true });
    const { api, requests } = client(transport);
    await expect(api.get('/api/v2/x')).resolves.toEqual({ ok: true });
    expect(requests).toHaveLength(2);
    await agent.close();
  });

  it.each([
    [502, 2],
    [505, 2],
    [599, 2],
    [501, 1],
  ])('HTTP %i is tried %i time(s): every 5xx but 501 is retried, as the SDKs do', async (status, attempts) => {
    let n = 0;
    const { api, requests } = client(async () => (n++ === 0 ? json(status, { message: 'x' }) : json(200, { ok: true })));
    const result = await api.get('/api/v2/x').catch((e: unknown) => e);
    expect(requests).toHaveLength(attempts);
    if (status === 501) expect((result as GenesysError).message).toMatch(/HTTP 501/);
    else expect(result).toEqual({ ok: true });
  });
});

describe('a body nested without end', () => {
  it.each([200_000, 2_000, 6_000, 20_000])('%i levels deep: one sentence, not a stack overflow', async (depth) => {
    const node = `${'{"terms":['.repeat(depth)}{}${']}'.repeat(depth)}`;
    // The name ends in an escaped backslash: the quote after it does end the string.
    const text = `{"entities":[{"id":"r","name":"R\\\\","permissionPolicies":[{"domain":"a","resourceConditionNode":${node}}]}],"pageCount":1}`;
    const { api } = client(async () => ({ status: 200, headers: {}, text }));
    const err = (await getRolesByIds(api, ['r']).catch((e: unknown) => e)) as GenesysError;
    expect(err).toBeInstanceOf(GenesysError);
    expect(err.message).toMatch(/^Genesys Cloud answered GET \/api\/v2\/authorization\/roles with a body nested too deeply to check; /);
  });
});

describe('brackets inside strings', () => {
  it('do not count as nesting, whatever escapes come before the closing quote', async () => {
    // Each name is a string of 1,000 brackets with escaped quotes and backslashes in it.
    const names = ['[{'.repeat(500), `\\"${'['.repeat(1000)}`, `\\\\${'{'.repeat(1000)}\\\\`];
    const text = `{"entities":[${names.map((n, i) => `{"id":"r${i}","name":"${n}"}`).join(',')}],"pageCount":1}`;
    const { api } = client(async () => ({ status: 200, headers: {}, text }));
    const roles = await getRolesByIds(api, ['r0', 'r1', 'r2']);
    expect(roles.map((r) => r.name)).toEqual(names.map((n) => JSON.parse(`"${n}"`) as string));
  });
});

describe('a whole read', () => {
  it(`stops a listing of empty pages with ever new nextUris at ${MAX_PAGES_PER_LISTING} pages`, async () => {
    let page = 0;
    const { api, requests } = client(async () => json(200, { entities: [], nextUri: `/api/v2/oauth/clients?cursor=${++page}` }));
    const err = (await listOAuthClients(api).catch((e: unknown) => e)) as GenesysError;
    expect(err.message).toBe(
      `Genesys Cloud answered GET /api/v2/oauth/clients with more than ${MAX_PAGES_PER_LISTING} pages, far more than any org holds; the API or a proxy is paging without end, try again later.`,
    );
    expect(requests).toHaveLength(MAX_PAGES_PER_LISTING);
  });

  it(`stops usage results with ever new cursors at ${MAX_USAGE_PAGES} pages`, async () => {
    let page = 0;
    const clock = new FakeClock();
    const { api, requests } = client(
      async (req) =>
        req.method === 'POST' ? json(202, { executionId: 'e' }) : json(200, { queryStatus: 'Complete', results: [], cursors: { after: `c${++page}` } }),
      { clock },
    );
    const err = (await queryLastUse(api, 30, { clock, maxWaitMs: 10_000 }).catch((e: unknown) => e)) as GenesysError;
    expect(err.message).toMatch(new RegExp(`^Genesys Cloud answered the usage query with more than ${MAX_USAGE_PAGES} result pages`));
    expect(requests).toHaveLength(1 + MAX_USAGE_PAGES);
  });

  it('stops when the answers add up to more than the read may hold, each below the body cap', async () => {
    let page = 0;
    const padding = 'x'.repeat(100_000);
    const { api, requests } = client(async () => json(200, { entities: [], padding, nextUri: `/api/v2/oauth/clients?cursor=${++page}` }), {
      maxReadBytes: 1024 * 1024,
    });
    const err = (await listOAuthClients(api).catch((e: unknown) => e)) as GenesysError;
    expect(err.message).toBe(
      'Genesys Cloud sent more than 1 MiB in all while the org was read, far more than any org holds; the API or a proxy in front of it is misbehaving, try again later.',
    );
    expect(requests).toHaveLength(11);
  });

  it('stops at the read deadline, whatever each request takes', async () => {
    const clock = new FakeClock();
    let page = 0;
    // Each answer takes 20 s of the (virtual) clock: slow, but never slow enough for a per-request limit.
    const { api, requests } = client(
      async () => {
        clock.time += 20_000;
        return json(200, { entities: [{ id: `c${++page}` }], nextUri: `/api/v2/oauth/clients?cursor=${page}` });
      },
      { clock, readDeadlineMs: 10 * 60_000 },
    );
    const err = (await listOAuthClients(api).catch((e: unknown) => e)) as GenesysError;
    expect(err.message).toBe(
      'Reading the org from Genesys Cloud took longer than 10 min, the limit of one run, far beyond what any org needs; the API is answering too slowly, try again later.',
    );
    expect(requests).toHaveLength(31);
  });
});
