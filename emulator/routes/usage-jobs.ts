// The usage aggregates query jobs, the job-style successor of the usage query:
// POST /api/v2/usage/aggregates/query/jobs (OrganizationPublicApiUsageQueryRequest) →
// OrganizationUsageQueryResponse {id, resultsUri}, status 202 as the platform's other query
// jobs answer (**unverified** for this one); then
// GET /api/v2/usage/aggregates/query/jobs/{jobId}?pageSize&after →
// OrganizationPublicApiUsageResultsResponse: `queryStatus` Running until done, then
// Succeeded with `entities` a page at a time (pageSize up to 1,000), the next page named by
// `nextUri` with an `after` cursor. It spells the dimension `OauthClientId`, and needs
// usage:organization:view. Models are the official SDK's own.
import type platformClient from 'purecloud-platform-client-v2';
import type { ApiUsageRow } from '../models.ts';
import type { RequestContext, Result } from '../context.ts';
import { badRequest, notFound } from '../errors.ts';
import { withJsonBody } from './json-body.ts';
import type { Route } from '../router.ts';
import { parseUsageQuery, usageRows } from '../usage/query.ts';

type QueryRequest = platformClient.Models.OrganizationPublicApiUsageQueryRequest;
type QueryResponse = platformClient.Models.OrganizationUsageQueryResponse;
type ResultsResponse = platformClient.Models.OrganizationPublicApiUsageResultsResponse;
type UsageEntity = platformClient.Models.OrganizationPublicApiUsage;

const PATH = '/api/v2/usage/aggregates/query/jobs';
const MAX_PAGE_SIZE = 1000;
/** The platform's default page size is **unverified**. */
const DEFAULT_PAGE_SIZE = 100;
/** The job API's dimensions, spelled its way, and the usage query's names for them. */
const DIMENSIONS: Readonly<Record<string, string>> = { OauthClientId: 'OAuthClientId', UserId: 'UserId', TemplateUri: 'TemplateUri', HttpMethod: 'HttpMethod' };
const FIELDS: ReadonlySet<string> = new Set([
  'interval',
  'granularity',
  'sortBy',
  'metrics',
  'templateUris',
  'httpMethods',
  'platforms',
  'groupBy',
  'userIds',
  'oauthClientIds',
] satisfies Array<keyof QueryRequest>);

export const usageJobRoutes: Route[] = [
  { method: 'POST', path: PATH, permissions: () => ['usage:organization:view'], handle: submit },
  { method: 'GET', path: `${PATH}/{jobId}`, permissions: () => ['usage:organization:view'], handle: poll },
];

function submit(ctx: RequestContext): Result {
  return withJsonBody(ctx, (raw) => {
    const rows = jobRows(ctx, raw);
    if (typeof rows === 'string') return badRequest(`Invalid usage query: ${rows}.`);
    const id = ctx.state.usage.submit('job', rows);
    const body: QueryResponse = { id, resultsUri: `${PATH}/${id}`, selfUri: `${PATH}/${id}` };
    return { status: 202, body };
  });
}

/** How to compute the rows the job yields, or what is wrong with the request. */
function jobRows(ctx: RequestContext, raw: unknown): (() => ApiUsageRow[]) | string {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return 'the body must be a JSON object';
  const body = raw as Record<string, unknown>;
  const unknown = Object.keys(body).filter((k) => !FIELDS.has(k));
  if (unknown.length) return `unknown field ${unknown.map((k) => `"${k}"`).join(', ')}`;
  const groupBy = body.groupBy ?? ['OauthClientId'];
  if (!Array.isArray(groupBy) || groupBy.some((d) => typeof d !== 'string' || !Object.hasOwn(DIMENSIONS, d))) {
    return `groupBy must list values of ${Object.keys(DIMENSIONS).join(', ')}`;
  }
  const query = parseUsageQuery({
    interval: body.interval,
    granularity: body.granularity,
    metrics: body.metrics,
    groupBy: groupBy.map((d: string) => DIMENSIONS[d]),
  });
  if (typeof query === 'string') return query;
  const onlyClients = body.oauthClientIds;
  if (onlyClients !== undefined && !(Array.isArray(onlyClients) && onlyClients.every((c) => typeof c === 'string')))
    return 'oauthClientIds must be an array of client ids';
  // Client-credentials traffic has no user, template or platform the emulator models: a
  // filter on any of them matches nothing.
  const unmodelled = (['userIds', 'templateUris', 'httpMethods', 'platforms'] as const).some(
    (k) => Array.isArray(body[k]) && (body[k] as unknown[]).length > 0,
  );
  if (unmodelled) return () => [];
  const { org } = ctx.state;
  const now = ctx.state.clock.now();
  return () => {
    const rows = usageRows(org, query, now);
    return onlyClients ? rows.filter((r) => (onlyClients as string[]).includes(r.clientId ?? '')) : rows;
  };
}

function poll(ctx: RequestContext): Result {
  const jobId = ctx.params.jobId ?? '';
  const pageSizeText = ctx.query.get('pageSize') ?? String(DEFAULT_PAGE_SIZE);
  const pageSize = /^\d{1,4}$/.test(pageSizeText) ? Number(pageSizeText) : 0;
  if (pageSize < 1 || pageSize > MAX_PAGE_SIZE)
    return badRequest('The page size [{pageSize}] is not valid: it must be a whole number from 1 to {max}.', {
      pageSize: pageSizeText,
      max: String(MAX_PAGE_SIZE),
    });
  const after = ctx.query.get('after') ?? undefined;
  const result = ctx.state.usage.poll('job', jobId, { pollsBeforeComplete: ctx.state.knobs.usagePollsBeforeComplete, pageSize, after });
  if (!result) return notFound();
  const selfUri = `${PATH}/${jobId}`;
  if (!result.done) return { status: 200, body: { queryStatus: 'Running', selfUri } satisfies ResultsResponse };
  if ('badCursor' in result) return badRequest('The cursor [{after}] is not valid for this job.', { after: after ?? '' });
  const next = result.after && `${selfUri}?${new URLSearchParams({ pageSize: String(pageSize), after: result.after }).toString()}`;
  const body: ResultsResponse = { queryStatus: 'Succeeded', entities: result.rows.map(toEntity), ...(next && { nextUri: next }), selfUri };
  return { status: 200, body };
}

function toEntity(row: ApiUsageRow): UsageEntity {
  const { clientId, clientName, templateUri, httpMethod, date, requests, status200, status300, status400, status429, status500 } = row;
  return {
    ...(date && { date }),
    ...(templateUri && { templateUri }),
    ...(httpMethod && { httpMethod }),
    ...(requests !== undefined && { requestCount: requests }),
    ...(status200 !== undefined && { status200 }),
    ...(status300 !== undefined && { status300 }),
    ...(status400 !== undefined && { status400 }),
    ...(status429 !== undefined && { status429 }),
    ...(status500 !== undefined && { status500 }),
    ...(clientId && { oauthClient: { id: clientId, name: clientName ?? '', selfUri: `/api/v2/oauth/clients/${clientId}` } }),
  };
}
