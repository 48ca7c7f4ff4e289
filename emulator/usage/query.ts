// The usage query: validation of an ApiUsageOrganizationQuery / ApiUsageClientQuery body
// and the rows it yields. Rows follow the shape the Genesys developer blog on the Usage API
// shows: every dimension present, "" where not grouped; `date` only with a granularity;
// grouped by OAuth client when no groupBy is given.
import type { ApiUsageRow } from '../models.ts';
import type { Org } from '../org.ts';
import { activeDays, MS_PER_DAY, usageOn, type DayCounts } from './history.ts';
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
  const clients = onlyClientId ? org.clients.filter((c) => c.client.id === onlyClientId) : org.clients;
  const groups: Array<{ client?: { id: string; name: string }; buckets: Map<number, DayCounts> }> = [];
  const everyone = new Map<number, DayCounts>();
  for (const c of clients) {
    const buckets = byClient ? new Map<number, DayCounts>() : everyone;
    for (const day of activeDays(c.usage, org.baseDayMs, query.startMs, query.endMs)) {
      const counts = usageOn(c.client.id, c.usage, org.baseDayMs, day, nowMs);
      if (!counts) continue;
      const bucket = query.granularity ? bucketStart(day, query.granularity) : NO_DATE;
      const total = buckets.get(bucket);
      if (total) add(total, counts);
      else buckets.set(bucket, { ...counts });
    }
    if (byClient && buckets.size) groups.push({ client: c.client, buckets });
  }
  if (!byClient && everyone.size) groups.push({ buckets: everyone });
  // By date, then client name and id: groups sorted once, then a stable sort on the date.
  groups.sort((a, b) => compare(a.client?.name, b.client?.name) || compare(a.client?.id, b.client?.id));
  const entries = groups.flatMap((g) => [...g.buckets].map(([bucket, counts]) => ({ bucket, client: g.client, counts })));
  entries.sort((a, b) => a.bucket - b.bucket);
  const dates = new Map<number, string>();
  const dateText = (ms: number) => dates.get(ms) ?? dates.set(ms, new Date(ms).toISOString().replace('.000Z', 'Z')).get(ms);
  return entries.map(({ bucket, client, counts }) => ({
    ...baseRow(org, query, client),
    ...metricFields(counts, query.metrics),
    ...(bucket !== NO_DATE && { date: dateText(bucket) }),
  }));
}

/** The bucket of a query without granularity: totals over the interval, no `date`. */
const NO_DATE = -1;

function baseRow(org: Org, query: UsageQuery, client: { id: string; name: string } | undefined): ApiUsageRow {
  return {
    clientId: client?.id ?? '',
    clientName: client?.name ?? '',
    organizationId: query.groupBy.includes('OrganizationId') ? org.id : '',
    // Client-credentials traffic has no user; templates and methods are not modelled.
    userId: '',
    templateUri: '',
    httpMethod: '',
  };
}

function metricFields(c: DayCounts, metrics: readonly Metric[]): Partial<ApiUsageRow> {
  const all: Record<Metric, [keyof DayCounts, number]> = {
    Status200: ['status200', c.status200],
    Status300: ['status300', c.status300],
    Status400: ['status400', c.status400],
    Status500: ['status500', c.status500],
    Status429: ['status429', c.status429],
    Requests: ['requests', c.requests],
  };
  return Object.fromEntries(metrics.map((m) => all[m]));
}

/** Monday of the ISO week, or the first of the month, in UTC. */
function bucketStart(dayMs: number, granularity: Granularity): number {
  const d = new Date(dayMs);
  if (granularity === 'Week') return dayMs - ((d.getUTCDay() + 6) % 7) * MS_PER_DAY;
  if (granularity === 'Month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  return dayMs;
}

function add(total: DayCounts, day: DayCounts): void {
  for (const key of Object.keys(total) as Array<keyof DayCounts>) total[key] += day[key];
}

/** Plain code-unit order: fast on hundreds of thousands of rows, and the same everywhere. */
function compare(a = '', b = ''): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
