// Last use of every OAuth client from one organization-wide usage query grouped by OAuth
// client: one POST and a few polls, instead of a query per client. Usage is counted in
// UTC days and the latest day may still be incomplete.
import type { GenesysClient } from './client.ts';
import type { Clock } from './clock.ts';
import type { ApiUsageOrganizationQuery, ApiUsageQueryResult, UsageExecutionResult } from './models.ts';
import { GenesysError } from './errors.ts';
import { read } from './api.ts';
import { checkShape } from './shape.ts';
import { sanitizeText } from '../text.ts';
import { usageSpans } from './usage-spans.ts';
import { inParallel } from './in-parallel.ts';

export interface UsageResult {
  /** First and last UTC day of the window (YYYY-MM-DD). */
  from: string;
  to: string;
  /** Client id → last UTC day with requests. Clients without requests are absent. */
  lastUsed: Map<string, string>;
}

export interface UsagePolling {
  /** Tells the time (the client's own clock does the waiting). */
  clock: Clock;
  /** Give up once the pauses between polls would pass this long (time queued on our own rate budget is not the query's). */
  maxWaitMs: number;
}

const DAY_MS = 86_400_000;
/** Result pages of one usage query: a 90-day window of a large org fits in a handful. */
export const MAX_USAGE_PAGES = 1000;
const FIRST_POLL_PAUSE_MS = 10;
const MAX_POLL_PAUSE_MS = 5000;

export function usageInterval(days: number, now: number): { from: string; to: string; interval: string; startMs: number; endMs: number } {
  const end = new Date(now);
  const startMs = Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate()) - (days - 1) * DAY_MS;
  return { from: new Date(startMs).toISOString().slice(0, 10), to: end.toISOString().slice(0, 10), interval: isoInterval(startMs, now), startMs, endMs: now };
}

function isoInterval(startMs: number, endMs: number): string {
  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `${iso(startMs)}/${iso(endMs)}`;
}

/**
 * Last use of every client over the last `days`. `clients` (the org's client count, from the
 * listing) decides whether the window is asked for at once or in spans (usage-spans.ts); the
 * whole window is posted before it is known, so that a small org's usage, the audit's
 * longest chain of requests, does not wait for the listing. A large org leaves it unread.
 * Nothing is read before `mayRead` settles (a rate-bound run's binding requests first).
 */
export async function queryLastUse(
  api: GenesysClient,
  days: number,
  polling: UsagePolling,
  clients: Promise<number> = Promise.resolve(0),
  mayRead: Promise<void> = Promise.resolve(),
): Promise<UsageResult> {
  const { from, to, startMs, endMs } = usageInterval(days, polling.clock.now());
  const whole = submit(api, startMs, endMs);
  // Handled now, awaited below: a failure that comes while the listing is read is not lost.
  whole.catch(() => undefined);
  const spans = usageSpans(startMs, endMs, await clients);
  await mayRead;
  const latest = new Map<string, string>();
  if (spans.length === 1) await collect(api, await whole, polling, latest);
  else await inParallel(spans, SPANS_AT_ONCE, async (span) => collect(api, await submit(api, span.startMs, span.endMs), polling, latest));
  // Cut to the day once per client, not once per row (a large org's usage is a million rows).
  for (const [clientId, date] of latest) latest.set(clientId, date.slice(0, 10));
  return { from, to, lastUsed: latest };
}

/** Spans read at once: a few answers in memory together, not the whole window's. */
const SPANS_AT_ONCE = 4;

/**
 * About how many requests the usage query makes for `clients` over `days` once the whole
 * window is posted: a poll or two for the window, else a post and two polls a span.
 */
export function usageRequestsAbout(days: number, clients: number): number {
  const spans = usageSpans(0, days * DAY_MS, clients).length;
  return spans === 1 ? 2 : spans * 3;
}

/** Posts the query for one interval: its execution id. */
async function submit(api: GenesysClient, startMs: number, endMs: number): Promise<string> {
  const query: ApiUsageOrganizationQuery = { interval: isoInterval(startMs, endMs), granularity: 'Day', metrics: ['Requests'], groupBy: ['OAuthClientId'] };
  const execution = checkShape<UsageExecutionResult>('UsageExecutionResult', await api.post<unknown>('/api/v2/usage/query', query), 'POST /api/v2/usage/query');
  if (!execution.executionId) throw new GenesysError('malformed', 'Genesys Cloud answered POST /api/v2/usage/query without an executionId; try again later.');
  return execution.executionId;
}

/**
 * Reads every result page of one execution into `latest` (client id → the latest date with
 * requests, as the API wrote it: ISO dates order by their day first).
 */
async function collect(api: GenesysClient, executionId: string, polling: UsagePolling, latest: Map<string, string>): Promise<void> {
  const cursors = new Set<string>();
  let after: string | undefined;
  do {
    const page = await pollResults(api, executionId, after, polling);
    for (const row of page.results ?? []) {
      if (!row.clientId || !row.date || !(row.requests ?? 0)) continue;
      const seen = latest.get(row.clientId);
      if (seen === undefined || seen < row.date) latest.set(row.clientId, row.date);
    }
    after = page.cursors?.after || undefined;
    // A cursor seen before would page in circles; pages without end would never finish.
    if (after !== undefined && cursors.has(after)) {
      throw new GenesysError(
        'malformed',
        `Genesys Cloud answered the usage query with a results cursor it had already given (page ${cursors.size + 1}); the API is paging in circles, try again later.`,
      );
    }
    if (after !== undefined && cursors.size + 1 >= MAX_USAGE_PAGES) {
      throw new GenesysError(
        'malformed',
        `Genesys Cloud answered the usage query with more than ${MAX_USAGE_PAGES} result pages, far more than any org's usage; the API is paging without end, try again later.`,
      );
    }
    if (after !== undefined) cursors.add(after);
  } while (after);
}

/**
 * Polls with a growing pause (10 ms, 20 ms, 40 ms, … up to 5 s) until the query completes.
 * The usage query is the audit's longest chain of requests, so a first pause any longer is
 * time the whole run waits idle; a slow query still costs only a poll per doubling.
 */
async function pollResults(api: GenesysClient, executionId: string, after: string | undefined, polling: UsagePolling): Promise<ApiUsageQueryResult> {
  // The wait is the pauses between polls: a poll queued behind the rest of the read on our own
  // rate budget (a legacy listing's thousand detail reads) is not the query being slow.
  let paused = 0;
  const path = `/api/v2/usage/query/${encodeURIComponent(executionId)}/results`;
  const shown = sanitizeText(executionId, 60);
  for (let attempt = 0; ; attempt++) {
    const result = await read<ApiUsageQueryResult>(api, 'ApiUsageQueryResult', path, after ? { after } : {});
    const status = (result.queryStatus ?? '').toLowerCase();
    if (status === 'complete' || status === 'succeeded') return result;
    if (status === 'failed' || status === 'cancelled') {
      throw new GenesysError(
        'server',
        `The Genesys Cloud usage query ${shown} ended with status ${sanitizeText(result.queryStatus ?? '', 40)}; try again later.`,
        { reason: 'usage-query' },
      );
    }
    const pause = Math.min(MAX_POLL_PAUSE_MS, FIRST_POLL_PAUSE_MS * 2 ** attempt);
    if (paused + pause > polling.maxWaitMs) {
      throw new GenesysError(
        'server',
        `The Genesys Cloud usage query ${shown} did not complete within ${Math.round(polling.maxWaitMs / 1000)} s; try again later.`,
        { reason: 'timeout' },
      );
    }
    await api.sleep(pause);
    paused += pause;
  }
}
