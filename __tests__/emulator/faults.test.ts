// Faults: scripted ones for exact tests (failNext), random ones from the knobs (the same
// for the same seed), latency and slow bodies, and the counters that record them.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startEmulator, type EmulatorHandle, type KnobPatch } from '../../emulator/index.ts';
import { call, tokenFor } from './helpers.ts';

let emu: EmulatorHandle;
let token: string;
beforeAll(async () => {
  emu = await startEmulator({ scenario: 'demo', params: { seed: 11 } });
  token = await tokenFor(emu);
});
afterAll(() => emu.close());
beforeEach(() => emu.resetStats());

/** Status of each request, or 'drop' when the connection was cut, or 'malformed' for a bad 200 body. */
async function outcome(handle: EmulatorHandle, path: string, auth: string): Promise<number | 'drop' | 'malformed'> {
  try {
    const answer = await call(handle, path, { token: auth });
    return answer.status === 200 && answer.json === undefined ? 'malformed' : answer.status;
  } catch {
    return 'drop';
  }
}

describe('scripted faults', () => {
  it('fails the next matching requests exactly as scripted, then recovers', async () => {
    emu.failNext('GET /api/v2/oauth/clients', [{ status: 503 }, { drop: true }, { status: 429, retryAfter: 2 }, { malformed: true }]);
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await outcome(emu, '/api/v2/oauth/clients', token));
    expect(results).toEqual([503, 'drop', 429, 'malformed', 200]);
    expect(emu.stats).toMatchObject({ serverErrors: 1, drops: 1, throttled: 1, malformed: 1 });
  });

  it('sends Retry-After with a scripted 429 and leaves other routes alone', async () => {
    emu.failNext('/api/v2/authorization/roles', [{ status: 429, retryAfter: 7 }]);
    expect((await call(emu, '/api/v2/authorization/divisions', { token })).status).toBe(200);
    const limited = await call(emu, '/api/v2/authorization/roles?userCount=false', { token });
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '7']);
  });

  it('matches routes with parameters, concrete paths and regular expressions', async () => {
    const id = emu.credentials().clientId;
    emu.failNext('GET /api/v2/oauth/clients/{id}', [{ status: 502 }]);
    emu.failNext(`/api/v2/oauth/clients/${id}`, [{ status: 504 }]);
    emu.failNext(/divisions/, [{ status: 500 }]);
    expect(await outcome(emu, `/api/v2/oauth/clients/${id}`, token)).toBe(502);
    expect(await outcome(emu, `/api/v2/oauth/clients/${id}`, token)).toBe(504);
    expect(await outcome(emu, '/api/v2/authorization/divisions?pageSize=5', token)).toBe(500);
    expect(await outcome(emu, `/api/v2/oauth/clients/${id}`, token)).toBe(200);
  });

  it('can fail the token endpoint too', async () => {
    emu.failNext('POST /oauth/token', [{ status: 503 }]);
    await expect(tokenFor(emu)).rejects.toThrow(/HTTP 503/);
    expect(await tokenFor(emu)).toEqual(expect.any(String));
  });
});

describe('random faults', () => {
  async function statusesWith(seed: number, knobs: KnobPatch, count: number): Promise<Array<number | string>> {
    const other = await startEmulator({ scenario: 'empty', params: { seed }, knobs });
    try {
      const auth = await tokenFor(other);
      const out = [];
      for (let i = 0; i < count; i++) out.push(await outcome(other, '/api/v2/oauth/scopes', auth));
      return out;
    } finally {
      await other.close();
    }
  }

  it('serves 502/503/504 at the error rate', async () => {
    const all = await statusesWith(1, { errorRate: 1 }, 12);
    expect(all.every((s) => s === 502 || s === 503 || s === 504)).toBe(true);
    expect(new Set(all).size).toBeGreaterThan(1);
  });

  it('drops and truncates at their rates', async () => {
    expect(await statusesWith(1, { dropRate: 1 }, 3)).toEqual(['drop', 'drop', 'drop']);
    expect(await statusesWith(1, { malformedRate: 1 }, 3)).toEqual(['malformed', 'malformed', 'malformed']);
  });

  it('is deterministic from the seed', async () => {
    const knobs = { errorRate: 0.3, dropRate: 0.1, malformedRate: 0.1 };
    const a = await statusesWith(42, knobs, 30);
    expect(await statusesWith(42, knobs, 30)).toEqual(a);
    expect(await statusesWith(43, knobs, 30)).not.toEqual(a);
    expect(a).toContain(200);
  });
});

describe('latency, slow bodies and stats', () => {
  it('adds latency and writes slow bodies in chunks, intact', async () => {
    emu.setKnobs({ latencyMs: 60 });
    let started = Date.now();
    await call(emu, '/api/v2/oauth/scopes', { token });
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
    emu.setKnobs({ latencyMs: 0, slowBodyMs: 40 });
    started = Date.now();
    const slow = await call(emu, '/api/v2/oauth/scopes', { token });
    emu.setKnobs({ slowBodyMs: 0 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    expect(slow.json.entities.length).toBeGreaterThan(100);
  });

  it('counts requests by route and the peak of concurrent requests', async () => {
    emu.setKnobs({ latencyMs: 80 });
    const id = emu.credentials().clientId;
    await Promise.all([
      call(emu, '/api/v2/oauth/clients', { token }),
      call(emu, `/api/v2/oauth/clients/${id}`, { token }),
      call(emu, `/api/v2/oauth/clients/${id}`, { token }),
      call(emu, '/api/v2/authorization/divisions', { token }),
      call(emu, '/api/v2/nope', { token }),
    ]);
    emu.setKnobs({ latencyMs: 0 });
    expect(emu.stats).toMatchObject({
      requests: 5,
      tokenRequests: 0,
      byRoute: { 'GET /api/v2/oauth/clients': 1, 'GET /api/v2/oauth/clients/{id}': 2, 'GET /api/v2/authorization/divisions': 1, 'GET (unmatched)': 1 },
    });
    expect(emu.stats.peakConcurrent).toBe(5);
    emu.resetStats();
    expect(emu.stats).toMatchObject({ requests: 0, byRoute: {}, peakConcurrent: 0 });
  });
});
