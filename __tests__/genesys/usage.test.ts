// Last use from the organization usage query, over a fake transport and a virtual clock:
// UTC days, polling with backoff, result pages, and clear failures.
import { describe, expect, it } from '@jest/globals';
import { GenesysClient } from '../../src/genesys/client.ts';
import { queryLastUse, usageInterval } from '../../src/genesys/usage.ts';
import type { HttpRequest, HttpResponse } from '../../src/genesys/transport.ts';
import { Redactor } from '../../src/redactor.ts';
import { FakeClock } from '../helpers/fake-clock.ts';

const NOW = Date.parse('2026-03-05T10:30:00.000Z');
const json = (body: unknown): HttpResponse => ({ status: 200, headers: {}, text: JSON.stringify(body) });

/** A usage API whose results answer from `polls` in order. */
/** `pollDelayMs`: how long each poll takes to be answered (e.g. queued on the rate budget). */
function usageApi(polls: unknown[], pollDelayMs = 0) {
  const clock = new FakeClock(NOW);
  const requests: HttpRequest[] = [];
  const api = new GenesysClient({
    endpoints: { apiBaseUrl: 'https://api.example.test', tokenUrl: 'https://login.example.test/oauth/token' },
    credentials: { clientId: 'id', clientSecret: 'secret-value' },
    redactor: new Redactor(),
    clock,
    transport: async (req) => {
      if (req.url.endsWith('/oauth/token')) return json({ access_token: 'tok-abc', expires_in: 86399 });
      requests.push(req);
      if (req.method === 'POST') return json({ executionId: 'exec-1', resultsUri: '/api/v2/usage/query/exec-1/results' });
      clock.time += pollDelayMs;
      return json(polls.shift());
    },
  });
  return { api, clock, requests };
}

describe('usage', () => {
  it('counts whole UTC days back from today, today (maybe incomplete) included', () => {
    expect(usageInterval(1, NOW)).toEqual({
      from: '2026-03-05',
      to: '2026-03-05',
      interval: '2026-03-05T00:00:00Z/2026-03-05T10:30:00Z',
      startMs: Date.parse('2026-03-05T00:00:00Z'),
      endMs: NOW,
    });
    expect(usageInterval(90, NOW)).toMatchObject({ from: '2025-12-06', to: '2026-03-05' });
  });

  it('asks once for every client, grouped by OAuth client id, and polls with a growing pause', async () => {
    const rows = [
      { clientId: 'a', date: '2026-03-01T00:00:00Z', requests: 4 },
      { clientId: 'a', date: '2026-03-04T00:00:00Z', requests: 2 },
      { clientId: 'b', date: '2026-02-01T00:00:00Z', requests: 0 },
    ];
    const { api, clock, requests } = usageApi([{ queryStatus: 'Running' }, { queryStatus: 'Running' }, { queryStatus: 'Complete', results: rows }]);
    const result = await queryLastUse(api, 30, { clock, maxWaitMs: 60_000 });
    expect(JSON.parse(requests[0]?.body ?? '')).toEqual({
      interval: '2026-02-04T00:00:00Z/2026-03-05T10:30:00Z',
      granularity: 'Day',
      metrics: ['Requests'],
      groupBy: ['OAuthClientId'],
    });
    expect(requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      'POST /api/v2/usage/query',
      ...Array.from({ length: 3 }, () => 'GET /api/v2/usage/query/exec-1/results'),
    ]);
    expect(clock.sleeps).toEqual([10, 20]);
    expect(result).toEqual({ from: '2026-02-04', to: '2026-03-05', lastUsed: new Map([['a', '2026-03-04']]) });
  });

  it('asks a large org for its window in spans of whole days, each small enough, and merges them', async () => {
    // 30 days of 20,000 clients could be 600,000 rows: spans of 5 days (100,000 rows) each.
    const day = (d: string) => ({ queryStatus: 'Complete', results: [{ clientId: 'a', date: `${d}T00:00:00Z`, requests: 1 }] });
    const { api, clock, requests } = usageApi([
      day('2026-02-05'),
      day('2026-02-12'),
      { queryStatus: 'Complete', results: [{ clientId: 'b', date: '2026-02-15T00:00:00Z', requests: 3 }] },
      day('2026-02-20'),
      day('2026-02-26'),
      { queryStatus: 'Complete', results: [{ clientId: 'a', date: '2026-03-04T00:00:00Z', requests: 0 }] },
    ]);
    const result = await queryLastUse(api, 30, { clock, maxWaitMs: 60_000 }, Promise.resolve(20_000));
    const posted = requests.filter((r) => r.method === 'POST').map((r) => (JSON.parse(r.body ?? '') as { interval: string }).interval);
    // The whole window first (posted before the count was known, then left unread), then the spans.
    expect(posted).toEqual([
      '2026-02-04T00:00:00Z/2026-03-05T10:30:00Z',
      '2026-02-04T00:00:00Z/2026-02-09T00:00:00Z',
      '2026-02-09T00:00:00Z/2026-02-14T00:00:00Z',
      '2026-02-14T00:00:00Z/2026-02-19T00:00:00Z',
      '2026-02-19T00:00:00Z/2026-02-24T00:00:00Z',
      '2026-02-24T00:00:00Z/2026-03-01T00:00:00Z',
      '2026-03-01T00:00:00Z/2026-03-05T10:30:00Z',
    ]);
    expect(requests.filter((r) => r.method === 'GET')).toHaveLength(6);
    expect(result).toEqual({
      from: '2026-02-04',
      to: '2026-03-05',
      lastUsed: new Map([
        ['a', '2026-02-26'],
        ['b', '2026-02-15'],
      ]),
    });
  });

  it('does not count the time its polls wait on the rate budget as the query being slow', async () => {
    // Each poll is answered 200 s after it is asked (queued behind a legacy listing's detail
    // reads): 120 s of waiting allowed, yet only 10 ms of it was the query's.
    const { api, clock, requests } = usageApi([{ queryStatus: 'Running' }, { queryStatus: 'Complete', results: [] }], 200_000);
    await expect(queryLastUse(api, 7, { clock, maxWaitMs: 120_000 })).resolves.toMatchObject({ lastUsed: new Map() });
    expect(requests.filter((r) => r.method === 'GET')).toHaveLength(2);
  });

  it('follows result pages by cursor', async () => {
    const { api, clock, requests } = usageApi([
      { queryStatus: 'Complete', results: [{ clientId: 'a', date: '2026-03-02T00:00:00Z', requests: 1 }], cursors: { after: 'page-2' } },
      { queryStatus: 'Complete', results: [{ clientId: 'b', date: '2026-03-03T00:00:00Z', requests: 1 }] },
    ]);
    const result = await queryLastUse(api, 7, { clock, maxWaitMs: 60_000 });
    expect([...result.lastUsed]).toEqual([
      ['a', '2026-03-02'],
      ['b', '2026-03-03'],
    ]);
    expect(new URL(requests[2]?.url ?? '').searchParams.get('after')).toBe('page-2');
  });

  it('fails clearly when the query fails or never completes', async () => {
    await expect(queryLastUse(usageApi([{ queryStatus: 'Failed' }]).api, 7, { clock: new FakeClock(NOW), maxWaitMs: 60_000 })).rejects.toThrow(
      'The Genesys Cloud usage query exec-1 ended with status Failed; try again later.',
    );
    const running = usageApi(Array.from({ length: 100 }, () => ({ queryStatus: 'Running' })));
    await expect(queryLastUse(running.api, 7, { clock: running.clock, maxWaitMs: 20_000 })).rejects.toThrow(
      'The Genesys Cloud usage query exec-1 did not complete within 20 s; try again later.',
    );
  });
});
