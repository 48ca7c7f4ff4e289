import { describe, expect, it } from '@jest/globals';
import { GenesysClient } from '../../src/genesys/client.ts';
import { GenesysError } from '../../src/genesys/errors.ts';
import { DEFAULT_RETRY, backoffMs, parseRetryAfter } from '../../src/genesys/retry.ts';
import type { HttpRequest, HttpResponse } from '../../src/genesys/transport.ts';
import { Redactor } from '../../src/redactor.ts';
import { FakeClock } from '../helpers/fake-clock.ts';

const json = (status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse => ({ status, headers, text: JSON.stringify(body) });

/** A client whose API answers come from `script` in order (the token always succeeds). */
function scripted(script: Array<HttpResponse | Error>) {
  const clock = new FakeClock();
  const calls: HttpRequest[] = [];
  const api = new GenesysClient({
    endpoints: { apiBaseUrl: 'https://api.example.test', tokenUrl: 'https://login.example.test/oauth/token' },
    credentials: { clientId: 'id', clientSecret: 'secret-value' },
    redactor: new Redactor(),
    clock,
    random: () => 0.5,
    transport: async (req) => {
      if (req.url.endsWith('/oauth/token')) return json(200, { access_token: 'tok-abc', expires_in: 86399 });
      calls.push(req);
      const next = script.shift() ?? json(200, { ok: true });
      if (next instanceof Error) throw next;
      return next;
    },
  });
  return { api, clock, calls };
}

function networkError(code: string, transient: boolean) {
  return new GenesysError('network', `Could not reach Genesys Cloud at api.example.test (GET /x): ${code}.`, { transient });
}

const refused = () =>
  new GenesysError(
    'network',
    'Could not reach Genesys Cloud at api.example.test (GET /x): the connection was refused; check the region or api-base-url and that the host is up.',
    { transient: true, reason: 'refused' },
  );

describe('retries', () => {
  it('waits Retry-After on a 429 and then succeeds', async () => {
    const { api, clock } = scripted([json(429, { code: 'too.many.requests.retry.after' }, { 'retry-after': '3' })]);
    await expect(api.get('/api/v2/oauth/clients')).resolves.toEqual({ ok: true });
    expect(clock.sleeps).toEqual([3000]);
    expect(api.stats.throttled).toBe(1);
  });

  it('gives up on a 429 storm beyond the retry budget, saying why', async () => {
    const storm = Array.from({ length: 200 }, () => json(429, {}, { 'retry-after': '30' }));
    const { api } = scripted(storm);
    const err = (await api.get('/api/v2/oauth/clients').catch((e: unknown) => e)) as GenesysError;
    expect(err.kind).toBe('rate-limited');
    expect(err.message).toMatch(/kept rate-limiting GET \/api\/v2\/oauth\/clients \(HTTP 429, Retry-After 30 s\) beyond the 180 s retry budget/);
  });

  it('refuses a Retry-After longer than the SDK limit at once', async () => {
    const { api, clock } = scripted([json(429, {}, { 'retry-after': '600' })]);
    await expect(api.get('/api/v2/x')).rejects.toThrow(/Retry-After 600 s/);
    expect(clock.sleeps).toEqual([]);
  });

  it('retries 502/503/504 with growing backoff', async () => {
    const { api, clock } = scripted([json(503, {}), json(502, {}), json(504, {})]);
    await expect(api.get('/api/v2/x')).resolves.toEqual({ ok: true });
    expect(clock.sleeps).toEqual([375, 750, 1500]);
  });

  it('does not retry 501 or 4xx', async () => {
    const { api, calls } = scripted([json(501, { message: 'nope' })]);
    await expect(api.get('/api/v2/x')).rejects.toThrow(/HTTP 501/);
    expect(calls).toHaveLength(1);
  });

  it('fails after a bounded time of 5xx, naming the request', async () => {
    const { api } = scripted(Array.from({ length: 100 }, () => json(503, { message: 'Service Unavailable' })));
    await expect(api.get('/api/v2/authorization/roles')).rejects.toThrow(
      /^Genesys Cloud failed GET \/api\/v2\/authorization\/roles with HTTP 503 after \d+ attempts — "Service Unavailable"; try again later\.$/,
    );
  });

  it('retries a dropped connection', async () => {
    const { api, calls } = scripted([networkError('the connection was reset', true)]);
    await expect(api.get('/api/v2/x')).resolves.toEqual({ ok: true });
    expect(calls).toHaveLength(2);
  });

  it('gives a host that never answered a few quick attempts, then fails in seconds', async () => {
    const { api, calls, clock } = scripted(Array.from({ length: 50 }, refused));
    const started = clock.now();
    const err = (await api.get('/api/v2/x').catch((e: unknown) => e)) as GenesysError;
    expect(err.message).toMatch(
      /^Could not reach Genesys Cloud at api\.example\.test \(GET \/x\): the connection was refused; check the region or api-base-url and that the host is up \(3 attempts in 0\.\d s\)\.$/,
    );
    expect(calls).toHaveLength(3);
    expect(clock.now() - started).toBeLessThan(2000);
  });

  it('keeps the whole budget for refusals and resets once the host has answered', async () => {
    const { api, calls, clock } = scripted([json(200, { first: true }), ...Array.from({ length: 8 }, refused), networkError('the connection was reset', true)]);
    await api.get('/api/v2/x');
    const started = clock.now();
    await expect(api.get('/api/v2/x')).resolves.toEqual({ ok: true });
    expect(calls).toHaveLength(11);
    expect(clock.now() - started).toBeGreaterThan(10_000);
  });

  it('holds other requests to a rate-limited route until Retry-After, so one 429 is not many', async () => {
    // Real time: the route answers 429 for one second after its first request.
    let blockedUntil = 0;
    let throttledOnce: () => void = () => undefined;
    const firstThrottled = new Promise<void>((resolve) => (throttledOnce = resolve));
    const api = new GenesysClient({
      endpoints: { apiBaseUrl: 'https://api.example.test', tokenUrl: 'https://login.example.test/oauth/token' },
      credentials: { clientId: 'id', clientSecret: 'secret-value' },
      redactor: new Redactor(),
      transport: async (req) => {
        if (req.url.endsWith('/oauth/token')) return json(200, { access_token: 'tok-abc', expires_in: 86399 });
        if (blockedUntil === 0) blockedUntil = Date.now() + 1000;
        if (Date.now() >= blockedUntil) return json(200, { ok: true });
        throttledOnce();
        return json(429, {}, { 'retry-after': '1' });
      },
    });
    const first = api.get('/api/v2/authorization/roles');
    await firstThrottled;
    await new Promise((resolve) => setImmediate(resolve)); // the client reads the 429
    await Promise.all([first, ...Array.from({ length: 5 }, () => api.get('/api/v2/authorization/roles'))]);
    expect(api.stats.throttled).toBe(1);
  });

  it('does not retry a host that does not resolve', async () => {
    const { api, calls } = scripted([networkError('the host name does not resolve', false)]);
    await expect(api.get('/api/v2/x')).rejects.toThrow(/does not resolve/);
    expect(calls).toHaveLength(1);
  });

  it('retries a truncated body, then calls it malformed', async () => {
    const cut = { status: 200, headers: {}, text: '{"entities": [' };
    const ok = scripted([cut]);
    await expect(ok.api.get('/api/v2/x')).resolves.toEqual({ ok: true });
    const bad = scripted([cut, cut, cut]);
    await expect(bad.api.get('/api/v2/x')).rejects.toThrow(/not valid JSON \(3 attempts\)/);
  });
});

describe('retry helpers', () => {
  it('parses Retry-After seconds and dates', () => {
    expect(parseRetryAfter('2', 0)).toBe(2000);
    expect(parseRetryAfter(['1.5'], 0)).toBe(1500);
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:10 GMT', 4000)).toBe(6000);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
  });

  it('caps the backoff', () => {
    expect(backoffMs(DEFAULT_RETRY, 30, () => 0.999)).toBeLessThanOrEqual(DEFAULT_RETRY.maxDelayMs);
  });
});
