// The usage query: validation of an ApiUsageOrganizationQuery / ApiUsageClientQuery body
// and the rows it yields. Rows follow the shape the Genesys developer blog on the Usage API
// shows: every dimension present, "" where not grouped; `date` only with a granularity;
// grouped by OAuth client when no groupBy is given.
import type { ApiUsageRow } from '../models.ts';
import type { Org } from '../org.ts';
import { activeDays, countUsageOn, MS_PER_DAY, usageKey, type DayCounts } from './history.ts';
import { parseInterval, type Interval } from './interval.ts';

// The SDK types these enums as plain strings; the values, from the official Java SDK's
// ApiUsageOrganizationQuery model, are kept here as data.
const GRANULARITIES = ['Day', 'Week', 'Month'] as const;
const METRICS = ['Status200', 'Status300', 'Status400', 'Status500', 'Status429', 'Requests'] as const;
const DIMENSIONS = ['OAuthClientId', 'OrganizationId', 'UserId', 'TemplateUri', 'HttpMethod'] as const;
type Granularity = (typeof GRANULARITIES)[number];
type Metric = (typeof METRICS)[number];
type Dimension = (typeof DIMENSIONS)[number];

export interface UsageQuery extends Interval {
  granularity?: Granularity;
  metrics: readonly Metric[];
  groupBy: readonly Dimension[];
}

/** A valid query, or the sentence that says what is wrong with it. */
export function parseUsageQuery(raw: unknown): UsageQuery | string {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return 'the body must be a JSON object';
  const body = raw as Record<string, unknown>;
  const unknown = Object.keys(body).filter((k) => !['interval', 'granularity', 'metrics', 'groupBy'].includes(k));
  if (unknown.length) return `unknown field ${unknown.map((k) => `"${k}"`).join(', ')}`;
  const interval = parseInterval(body.interval);
  if (typeof interval === 'string') return interval;
  if (body.granularity !== undefined && !GRANULARITIES.includes(body.granularity as Granularity)) {
    return `granularity must be one of ${GRANULARITIES.join(', ')}`;
  }
  const metrics = enumList(body.metrics, METRICS, 'metrics');
  if (typeof metrics === 'string') return metrics;
  const groupBy = enumList(body.groupBy, DIMENSIONS, 'groupBy');
  if (typeof groupBy === 'string') return groupBy;
  return {
    ...interval,
    granularity: body.granularity as Granularity | undefined,
    metrics: metrics.length ? metrics : METRICS,
    groupBy: groupBy.length ? groupBy : ['OAuthClientId'],
  };
}

function enumList<T extends string>(value: unknown, allowed: readonly T[], field: string): T[] | string {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return `${field} must be an array`;
  const bad = value.filter((v) => !allowed.includes(v as T));
  if (bad.length) return `${field} has unknown value ${bad.map((v) => JSON.stringify(v)).join(', ')}; allowed: ${allowed.join(', ')}`;
  return value as T[];
}

/** Rows for every bucket and group with requests, optionally for one client only. */
export function usageRows(org: Org, query: UsageQuery, nowMs: number, onlyClientId?: string): ApiUsageRow[] {
  const byClient = query.groupBy.includes('OAuthClientId');
  // By date, then client name and id: clients taken in that order fill each date's rows in it.
  const clients = onlyClientId ? org.clients.filter((c) => c.client.id === onlyClientId) : inRowOrder(org.clients);
  const rows = rowMaker(org, query);
  const bucketOf = bucketer(query.granularity);
  const dayTexts = new Map<number, string>();
  const day: DayCounts = { requests: 0, status200: 0, status300: 0, status400: 0, status500: 0, status429: 0 };
  // A row per bucket (and client), its metrics summed over the bucket's days as they come.
  const byBucket = new Map<number, ApiUsageRow[]>();
  for (const c of clients) {
    const days = activeDays(c.usage, org.baseDayMs, query.startMs, query.endMs);
    if (!days.length) continue;
    const key = usageKey(c.client.id);
    // Days come newest first, so a client's days of one bucket come one after another.
    let bucket = NaN;
    let row: ApiUsageRow | undefined;
    for (const dayMs of days) {
      let dayText = dayTexts.get(dayMs);
      if (dayText === undefined) dayTexts.set(dayMs, (dayText = String(dayMs)));
      if (!countUsageOn(day, key, dayText, c.usage, org.baseDayMs, dayMs, nowMs)) continue;
      const at = bucketOf(dayMs);
      const list = byBucket.get(at);
      if (!byClient) {
        if (list) rows.add(list[0] as ApiUsageRow, day);
        else byBucket.set(at, [rows.make(undefined, day, at)]);
      } else if (row && at === bucket) {
        rows.add(row, day);
      } else {
        bucket = at;
        row = rows.make(c.client, day, at);
        if (list) list.push(row);
        else byBucket.set(at, [row]);
      }
    }
  }
  const result: ApiUsageRow[] = [];
  for (const at of [...byBucket.keys()].sort((a, b) => a - b)) for (const row of byBucket.get(at) as ApiUsageRow[]) result.push(row);
  return result;
}

/** Each clients array in row order (name, then id; org order where both are the same), sorted once. */
const rowOrders = new WeakMap<Org['clients'], Org['clients']>();

function inRowOrder(clients: Org['clients']): Org['clients'] {
  let sorted = rowOrders.get(clients);
  if (!sorted) rowOrders.set(clients, (sorted = [...clients].sort((a, b) => compare(a.client.name, b.client.name) || compare(a.client.id, b.client.id))));
  return sorted;
}

/** The bucket of a query without granularity: totals over the interval, no `date`. */
const NO_DATE = -1;

/** The row field of each metric. */
const METRIC_FIELDS: Readonly<Record<Metric, keyof DayCounts>> = {
  Status200: 'status200',
  Status300: 'status300',
  Status400: 'status400',
  Status500: 'status500',
  Status429: 'status429',
  Requests: 'requests',
};

/**
 * Makes a query's rows: every dimension ("" where not grouped), then the metrics in the
 * order asked (a metric asked twice, once), then `date` when bucketed by date; and adds a
 * day's counts to a row's metrics.
 */
function rowMaker(org: Org, query: UsageQuery) {
  const organizationId = query.groupBy.includes('OrganizationId') ? org.id : '';
  const fields = [...new Set(query.metrics.map((m) => METRIC_FIELDS[m]))];
  const dates = new Map<number, string>();
  return {
    make(client: { id: string; name: string } | undefined, counts: DayCounts, bucket: number): ApiUsageRow {
      // Client-credentials traffic has no user; templates and methods are not modelled.
      const row: ApiUsageRow = { clientId: client?.id ?? '', clientName: client?.name ?? '', organizationId, userId: '', templateUri: '', httpMethod: '' };
      for (const field of fields) row[field] = counts[field];
      if (bucket !== NO_DATE) {
        let date = dates.get(bucket);
        if (date === undefined) dates.set(bucket, (date = new Date(bucket).toISOString().replace('.000Z', 'Z')));
        row.date = date;
      }
      return row;
    },
    add(row: ApiUsageRow, counts: DayCounts): void {
      for (const field of fields) row[field] = (row[field] as number) + counts[field];
    },
  };
}

/** The bucket of a day: itself by Day, the Monday of its ISO week, the first of its month, or NO_DATE. */
function bucketer(granularity: Granularity | undefined): (dayMs: number) => number {
  if (!granularity) return () => NO_DATE;
  if (granularity === 'Day') return (dayMs) => dayMs;
  const starts = new Map<number, number>();
  return (dayMs) => {
    let start = starts.get(dayMs);
    if (start === undefined) starts.set(dayMs, (start = bucketStart(dayMs, granularity)));
    return start;
  };
}

/** Monday of the ISO week, or the first of the month, in UTC. */
function bucketStart(dayMs: number, granularity: Granularity): number {
  const d = new Date(dayMs);
  if (granularity === 'Week') return dayMs - ((d.getUTCDay() + 6) % 7) * MS_PER_DAY;
  if (granularity === 'Month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  return dayMs;
}

/** Plain code-unit order: fast on tens of thousands of clients, and the same everywhere. */
function compare(a = '', b = ''): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
