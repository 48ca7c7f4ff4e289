// The usage API: an org query that runs, then completes with a row per client per UTC day
// of use; totals and weekly buckets; validation; and the per-client variants. The
// emulator's clock is fixed so that days are exact.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type EmulatorHandle } from '../../emulator/index.ts';
import { createOrg } from '../../emulator/org.ts';
import { call, tokenFor, type Answer } from './helpers.ts';

const NOW = '2026-06-15T12:00:00Z';
const DAY = 86_400_000;
let emu: EmulatorHandle;
let token: string;
beforeAll(async () => {
  emu = await startEmulator({ scenario: 'demo', params: { seed: 1 }, knobs: { now: NOW, usagePollsBeforeComplete: 0 } });
  token = await tokenFor(emu);
});
afterAll(() => emu.close());

const daysBefore = (days: number) => new Date(Date.parse(NOW) - days * DAY).toISOString().slice(0, 10);
const clientId = (name: string) => emu.org.clients.find((c) => c.client.name === name)?.client.id as string;

interface Row {
  clientId: string;
  clientName: string;
  organizationId: string;
  requests: number;
  date?: string;
}

async function rows(body: unknown): Promise<Row[]> {
  const started = await call(emu, '/api/v2/usage/query', { token, body });
  expect(started.status).toBe(200);
  const done = await call(emu, started.json.resultsUri, { token });
  expect(done.json.queryStatus).toBe('Complete');
  return done.json.results;
}

const lastDays = (days: number, extra: object = {}) => ({
  interval: `${daysBefore(days - 1)}T00:00:00Z/${NOW}`,
  granularity: 'Day',
  groupBy: ['OAuthClientId'],
  metrics: ['Requests'],
  ...extra,
});

describe('organization usage query', () => {
  it('answers Running for the first polls, then Complete with the rows', async () => {
    emu.setKnobs({ usagePollsBeforeComplete: 2 });
    const started = await call(emu, '/api/v2/usage/query', { token, body: lastDays(7) });
    const polls: Answer[] = [];
    for (let i = 0; i < 3; i++) polls.push(await call(emu, started.json.resultsUri, { token }));
    emu.setKnobs({ usagePollsBeforeComplete: 0 });
    expect(started.json).toEqual({ executionId: expect.any(String), resultsUri: `/api/v2/usage/query/${started.json.executionId}/results` });
    expect(polls.map((p) => p.json.queryStatus)).toEqual(['Running', 'Running', 'Complete']);
    expect(polls[0]?.json).toEqual({ queryStatus: 'Running' });
    expect(polls[2]?.json.results.length).toBeGreaterThan(0);
  });

  it('gives one row per client per UTC day with requests, today included', async () => {
    const result = await rows(lastDays(90));
    const auditor = result.filter((r) => r.clientId === emu.credentials().clientId);
    // The auditor has run daily for the last 30 days, today included (partly).
    expect(auditor.map((r) => r.date)).toEqual(Array.from({ length: 31 }, (_, i) => `${daysBefore(30 - i)}T00:00:00Z`));
    expect(Object.keys(auditor[0] as object).sort()).toEqual([
      'clientId',
      'clientName',
      'date',
      'httpMethod',
      'organizationId',
      'requests',
      'templateUri',
      'userId',
    ]);
    expect(auditor[0]).toMatchObject({ clientName: 'OAuth policy audit (GitHub Actions)', organizationId: '', requests: expect.any(Number) });
    const partner = result.filter((r) => r.clientId === clientId('Partner app - QA')).map((r) => r.date?.slice(0, 10));
    expect(partner.at(-1)).toBe(daysBefore(45));
    expect(partner.at(-2)).toBe(daysBefore(48));
    expect(result.some((r) => r.clientId === clientId('test - delete me'))).toBe(false);
    expect(result.some((r) => r.clientId === clientId('Power BI KPIs'))).toBe(false);
  });

  it('finds clients unused for months in a longer window', async () => {
    const result = await rows(lastDays(200));
    const powerBi = result.filter((r) => r.clientId === clientId('Power BI KPIs'));
    expect(powerBi.at(-1)?.date).toBe(`${daysBefore(130)}T00:00:00Z`);
  });

  it('sums the interval per client without a granularity, and buckets weeks from Monday', async () => {
    const daily = await rows(lastDays(60, { metrics: undefined }));
    const totals = await rows({ interval: `${daysBefore(59)}T00:00:00Z/${NOW}` });
    const id = clientId('WFM Sync');
    const total = totals.find((r) => r.clientId === id);
    expect(total?.date).toBeUndefined();
    expect(total?.requests).toBe(daily.filter((r) => r.clientId === id).reduce((n, r) => n + r.requests, 0));
    const weekly = await rows(lastDays(60, { granularity: 'Week' }));
    expect(weekly.every((r) => new Date(r.date as string).getUTCDay() === 1)).toBe(true);
  });

  it('aggregates across clients when not grouped by client', async () => {
    const result = await rows(lastDays(3, { groupBy: ['OrganizationId'] }));
    expect(result).toHaveLength(3);
    expect(result.every((r) => r.clientId === '' && r.organizationId === emu.org.id)).toBe(true);
  });

  it('answers as of the POST: an org and a clock changed before the results are read change nothing', async () => {
    const body = lastDays(20, { metrics: undefined });
    const expected = await rows(body);
    const started = await call(emu, '/api/v2/usage/query', { token, body });
    const org = emu.org;
    const { clientsById: _c, rolesById: _r, ...parts } = org;
    emu.setOrg(createOrg({ ...parts, clients: org.clients.filter((c) => c.client.name !== 'WFM Sync') }));
    emu.setKnobs({ now: Date.parse(NOW) + 6 * 3_600_000 }); // today's counts grow
    try {
      const done = await call(emu, started.json.resultsUri, { token });
      expect(done.json.results).toEqual(expected);
      expect((await rows(body)).some((r) => r.clientId === clientId('WFM Sync'))).toBe(false);
    } finally {
      emu.setOrg(org);
      emu.setKnobs({ now: NOW });
    }
  });

  it('answers 400 bad.request for a query it cannot run, and 415 for a body that is not JSON', async () => {
    const bad = [
      {},
      { interval: `${daysBefore(1)}/${daysBefore(10)}` },
      { interval: 'last week' },
      lastDays(7, { granularity: 'Hour' }),
      lastDays(7, { metrics: ['Bogus'] }),
      lastDays(7, { groupBy: ['OauthClientId'] }),
      lastDays(7, { pageSize: 10 }),
      '{"interval":',
    ];
    for (const body of bad) {
      const answer = await call(emu, '/api/v2/usage/query', { token, body });
      expect([JSON.stringify(body), answer.status, answer.json.code]).toEqual([JSON.stringify(body), 400, 'bad.request']);
    }
    expect(
      (await call(emu, '/api/v2/usage/query', { token, body: 'interval=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status,
    ).toBe(415);
    expect((await call(emu, '/api/v2/usage/query/no-such-execution/results', { token })).status).toBe(404);
  });
});

describe('per-client usage', () => {
  it('queries one client, polls its own results URI, and keeps executions apart', async () => {
    const id = clientId('WFM Sync');
    const started = await call(emu, `/api/v2/oauth/clients/${id}/usage/query`, { token, body: lastDays(10) });
    expect(started.json.resultsUri).toBe(`/api/v2/oauth/clients/${id}/usage/query/results/${started.json.executionId}`);
    const done = await call(emu, started.json.resultsUri, { token });
    expect(done.json.results.length).toBe(10);
    expect(done.json.results.every((r: Row) => r.clientId === id)).toBe(true);
    expect((await call(emu, `/api/v2/usage/query/${started.json.executionId}/results`, { token })).status).toBe(404);
    expect((await call(emu, `/api/v2/oauth/clients/${clientId('Wallboard service')}/usage/query/results/${started.json.executionId}`, { token })).status).toBe(
      404,
    );
  });

  it('summarises the last days (default 7) as an execution to poll', async () => {
    const id = emu.credentials().clientId;
    const summary = await call(emu, `/api/v2/oauth/clients/${id}/usage/summary`, { token });
    const done = await call(emu, summary.json.resultsUri, { token });
    expect(done.json.results).toHaveLength(1);
    expect(done.json.results[0]).toMatchObject({ clientId: id, requests: expect.any(Number), status200: expect.any(Number), status429: expect.any(Number) });
    expect((await call(emu, `/api/v2/oauth/clients/${id}/usage/summary?days=soon`, { token })).status).toBe(400);
    expect((await call(emu, '/api/v2/oauth/clients/unknown-client/usage/summary', { token })).status).toBe(404);
  });

  it('keeps history on absolute days when the clock moves on', async () => {
    emu.setKnobs({ now: Date.parse(NOW) + 10 * DAY });
    token = await tokenFor(emu); // the old one expired on the way
    const later = await rows({ interval: `${daysBefore(40)}T00:00:00Z/${new Date(emu.now()).toISOString()}`, granularity: 'Day', metrics: ['Requests'] });
    emu.setKnobs({ now: NOW });
    const auditor = later.filter((r) => r.clientId === emu.credentials().clientId);
    expect(auditor.at(-1)?.date).toBe(`${daysBefore(0)}T00:00:00Z`);
  });
});
