// Per-token rate limits answered like today's platform (429, Retry-After, the
// too.many.requests.retry.after body, no inin-ratelimit-* headers unless asked), lower
// per-route limits, and the token endpoint's own budget. Short windows keep it fast.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import { startEmulator, type EmulatorHandle } from '../../emulator/index.ts';
import { call, requestToken, tokenFor } from './helpers.ts';

let emu: EmulatorHandle;
beforeAll(async () => {
  emu = await startEmulator({ scenario: 'empty', knobs: { rateLimitPerMinute: 5, rateLimitWindowMs: 2000 } });
});
afterAll(() => emu.close());
beforeEach(() => {
  emu.setKnobs({ rateLimitPerMinute: 5, rateLimitWindowMs: 2000, endpointLimits: {}, rateLimitHeaders: false, tokenRateLimitPerMinute: 300 });
  emu.resetRateLimits();
  emu.resetStats();
});

async function statuses(token: string, path: string, count: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push((await call(emu, path, { token })).status);
  return out;
}

describe('per-token rate limit', () => {
  it('answers 429 with Retry-After and the platform body once the budget is spent', async () => {
    const token = await tokenFor(emu);
    expect(await statuses(token, '/api/v2/oauth/scopes', 5)).toEqual([200, 200, 200, 200, 200]);
    const limited = await call(emu, '/api/v2/authorization/divisions', { token });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(limited.json).toEqual({
      message: 'Rate limit exceeded the maximum. Retry the request in [2] seconds',
      code: 'too.many.requests.retry.after',
      status: 429,
      contextId: limited.headers.get('ININ-Correlation-Id'),
      details: [],
      errors: [],
    });
    expect([...limited.headers.keys()].filter((h) => h.startsWith('inin-ratelimit'))).toEqual([]);
    expect(emu.stats.throttled).toBe(1);
  });

  it('counts per token: another token has its own budget', async () => {
    const first = await tokenFor(emu);
    await statuses(first, '/api/v2/oauth/scopes', 5);
    expect((await call(emu, '/api/v2/oauth/scopes', { token: await tokenFor(emu) })).status).toBe(200);
  });

  it('slides: a slot frees up when the oldest request leaves the window', async () => {
    emu.setKnobs({ rateLimitPerMinute: 2, rateLimitWindowMs: 300 });
    const token = await tokenFor(emu);
    expect(await statuses(token, '/api/v2/oauth/scopes', 3)).toEqual([200, 200, 429]);
    await sleep(320);
    expect(await statuses(token, '/api/v2/oauth/scopes', 1)).toEqual([200]);
  });

  it('serves the old inin-ratelimit-* headers only when asked', async () => {
    emu.setKnobs({ rateLimitHeaders: true });
    const token = await tokenFor(emu);
    const answer = await call(emu, '/api/v2/oauth/scopes', { token });
    expect(answer.headers.get('inin-ratelimit-allowed')).toBe('5');
    expect(answer.headers.get('inin-ratelimit-count')).toBe('1');
    expect(answer.headers.get('inin-ratelimit-reset')).toBe('2');
  });
});

describe('per-route limits and the token endpoint', () => {
  it('applies a lower limit to one route only', async () => {
    emu.setKnobs({ endpointLimits: { 'GET /api/v2/authorization/divisions': 2 } });
    const token = await tokenFor(emu);
    expect(await statuses(token, '/api/v2/authorization/divisions', 3)).toEqual([200, 200, 429]);
    expect(await statuses(token, '/api/v2/oauth/scopes', 2)).toEqual([200, 200]);
  });

  it('gives the token endpoint its own budget, not counted against the API', async () => {
    emu.setKnobs({ tokenRateLimitPerMinute: 3 });
    const { clientId, clientSecret } = emu.credentials();
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await requestToken(emu, clientId, clientSecret));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
    expect(answers[3]?.headers.get('retry-after')).toBe('2');
    expect(await statuses(answers[0]?.json.access_token, '/api/v2/oauth/scopes', 5)).toEqual([200, 200, 200, 200, 200]);
    expect(emu.stats).toMatchObject({ tokenRequests: 4, requests: 5 });
  });
});
