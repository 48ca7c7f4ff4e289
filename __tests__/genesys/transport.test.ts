// The undici transport over real sockets: each way the network can fail becomes one typed
// error that names the host and the request, says what happened and what to do, and tells
// the client whether trying again may help.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GenesysError } from '../../src/genesys/errors.ts';
import { networkReason, pathOf, undiciTransport } from '../../src/genesys/transport.ts';
import { getEventListeners } from 'node:events';

let server: Server;
let port = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/reset') req.socket.destroy();
    else if (req.url === '/silent')
      return; // never answers
    else res.end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function failure(url: string, timeoutMs = 2000): Promise<GenesysError> {
  const err = await undiciTransport({ timeoutMs })({ method: 'GET', url, headers: {} }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(GenesysError);
  return err as GenesysError;
}

describe('network failures', () => {
  it('a refused connection: worth another try, with what to check', async () => {
    const err = await failure('http://127.0.0.1:9/api/v2/oauth/clients');
    expect([err.kind, err.reason, err.transient]).toEqual(['network', 'refused', true]);
    expect(err.message).toBe(
      'Could not reach Genesys Cloud at 127.0.0.1:9 (GET /api/v2/oauth/clients): the connection was refused; check the region or api-base-url and that the host is up.',
    );
  });

  it('a host name that does not resolve: final, pointing at the region', async () => {
    const err = await failure('https://api.no-such-region.invalid/api/v2/oauth/clients');
    expect([err.reason, err.transient]).toEqual(['dns', false]);
    expect(err.message).toMatch(
      /^Could not reach Genesys Cloud at api\.no-such-region\.invalid \(GET \/api\/v2\/oauth\/clients\): the host name api\.no-such-region\.invalid does not resolve; check the region or api-base-url\.$/,
    );
  });

  it('TLS that fails: final, saying what to check', async () => {
    const err = await failure(`https://127.0.0.1:${port}/x`);
    expect([err.reason, err.transient]).toEqual(['tls', false]);
    expect(err.message).toMatch(/: TLS failed \(ERR_SSL_[A-Z_]+\); check that the host speaks TLS where the URL says https\.$/);
  });

  it('a connection reset: worth another try', async () => {
    const err = await failure(`http://127.0.0.1:${port}/reset`);
    expect([err.reason, err.transient]).toEqual(['reset', true]);
    expect(err.message).toMatch(/: the connection was reset; try again later\.$/);
  });

  it('a server that never answers: a timeout, worth another try', async () => {
    const err = await failure(`http://127.0.0.1:${port}/silent`, 200);
    expect([err.reason, err.transient]).toEqual(['timeout', true]);
    expect(err.message).toMatch(/: the request timed out; try again later\.$/);
  });

  it('maps the error codes of Node and undici', () => {
    expect(
      [
        'ENOTFOUND',
        'EAI_AGAIN',
        'ECONNREFUSED',
        'ECONNRESET',
        'EPIPE',
        'UND_ERR_SOCKET',
        'ETIMEDOUT',
        'UND_ERR_CONNECT_TIMEOUT',
        'CERT_HAS_EXPIRED',
        'ERR_TLS_CERT_ALTNAME_INVALID',
        'EWHAT',
      ].map(networkReason),
    ).toEqual(['dns', 'dns', 'refused', 'reset', 'reset', 'reset', 'timeout', 'timeout', 'tls', 'tls', 'other']);
  });
});

describe('the caller stopping an exchange', () => {
  it('aborts one in flight at once, as the caller, not as a deadline', async () => {
    const caller = new AbortController();
    const pending = undiciTransport({ timeoutMs: 10_000, deadlineMs: 10_000 })({
      method: 'GET',
      url: `http://127.0.0.1:${port}/silent`,
      headers: {},
      signal: caller.signal,
    });
    setTimeout(() => caller.abort(new Error('the run stopped')), 50);
    const err = (await pending.catch((e: unknown) => e)) as GenesysError;
    expect(err).toBeInstanceOf(GenesysError);
    expect(err.message).not.toMatch(/did not complete/);
  });

  it('sends nothing when the caller has already stopped', async () => {
    const caller = new AbortController();
    caller.abort(new Error('the run stopped'));
    const err = await undiciTransport()({ method: 'GET', url: `http://127.0.0.1:${port}/ok`, headers: {}, signal: caller.signal }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GenesysError);
  });

  it("adds one listener to the caller's signal however many exchanges it starts", async () => {
    const caller = new AbortController();
    const transport = undiciTransport();
    for (let i = 0; i < 3; i++) await transport({ method: 'GET', url: `http://127.0.0.1:${port}/ok`, headers: {}, signal: caller.signal });
    expect(getEventListeners(caller.signal, 'abort')).toHaveLength(1);
  });

  it('aborts every exchange in flight under the caller, and only those', async () => {
    const caller = new AbortController();
    const other = new AbortController();
    const transport = undiciTransport({ timeoutMs: 10_000, deadlineMs: 10_000 });
    const silent = (signal: AbortSignal) => transport({ method: 'GET', url: `http://127.0.0.1:${port}/silent`, headers: {}, signal }).catch((e: unknown) => e);
    const mine = [silent(caller.signal), silent(caller.signal)];
    const theirs = silent(other.signal);
    setTimeout(() => caller.abort(new Error('the run stopped')), 50);
    for (const err of await Promise.all(mine)) expect(err).toBeInstanceOf(GenesysError);
    const still = await Promise.race([theirs, new Promise((resolve) => setTimeout(() => resolve('still waiting'), 200))]);
    expect(still).toBe('still waiting');
    other.abort(new Error('done'));
    expect(await theirs).toBeInstanceOf(GenesysError);
  });
});

describe('pathOf', () => {
  it('names a request by its path, from a URL or a path as the API gives it', () => {
    expect(pathOf('https://api.mypurecloud.com/api/v2/oauth/clients?pageSize=100')).toBe('/api/v2/oauth/clients');
    expect(pathOf('/api/v2/oauth/clients?pageNumber=2')).toBe('/api/v2/oauth/clients?pageNumber=2');
    expect(pathOf('not a url')).toBe('not a url');
  });
});
