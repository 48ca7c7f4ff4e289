// The usage API: the organization query (POST /api/v2/usage/query, then poll
// /api/v2/usage/query/{executionId}/results, paged by knob usageResultsPageSize with
// `cursors.after` and an `after` parameter) and the per-client variants naive tools use
// (one query or summary per client). Permissions per the official SDK docs: ANY of
// oauth:client:view and usage:organization:view for the org query, ANY of oauth:client:view
// and usage:client:view per client.
import type { ApiUsageQueryResult } from '../models.ts';
import type { RequestContext, Result } from '../context.ts';
import type { Route } from '../router.ts';
import { badRequest, notFound } from '../errors.ts';
import { withJsonBody } from './json-body.ts';
import { MS_PER_DAY, utcDay } from '../usage/history.ts';
import { parseUsageQuery, usageRows, type UsageQuery } from '../usage/query.ts';

const CLIENT_PERMISSIONS = ['oauth:client:view', 'usage:client:view'] as const;

export const usageRoutes: Route[] = [
  {
    method: 'POST',
    path: '/api/v2/usage/query',
    permissions: (state) => (state.knobs.usageRequiresUsagePermission ? ['usage:organization:view'] : ['oauth:client:view', 'usage:organization:view']),
    handle: (ctx) => submit(ctx, undefined, (id) => `/api/v2/usage/query/${id}/results`),
  },
  {
    method: 'GET',
    path: '/api/v2/usage/query/{executionId}/results',
    permissions: (state) => (state.knobs.usageRequiresUsagePermission ? ['usage:organization:view'] : ['oauth:client:view', 'usage:organization:view']),
    handle: (ctx) => poll(ctx, undefined),
  },
  {
    method: 'POST',
    path: '/api/v2/oauth/clients/{clientId}/usage/query',
    permissions: () => CLIENT_PERMISSIONS,
    handle: (ctx) => withClient(ctx, (clientId) => submit(ctx, clientId, (id) => clientResultsUri(clientId, id))),
  },
  {
    method: 'GET',
    path: '/api/v2/oauth/clients/{clientId}/usage/summary',
    permissions: () => CLIENT_PERMISSIONS,
    handle: (ctx) => withClient(ctx, (clientId) => summary(ctx, clientId)),
  },
  {
    method: 'GET',
    path: '/api/v2/oauth/clients/{clientId}/usage/query/results/{executionId}',
    permissions: () => CLIENT_PERMISSIONS,
    handle: (ctx) => withClient(ctx, (clientId) => poll(ctx, clientId)),
  },
];

function submit(ctx: RequestContext, clientId: string | undefined, resultsUri: (executionId: string) => string): Result {
  return withJsonBody(ctx, (raw) => {
    const query = parseUsageQuery(raw);
    if (typeof query === 'string') return badRequest(`Invalid usage query: ${query}.`);
    return started(ctx, query, clientId, resultsUri);
  });
}

/** GET …/usage/summary?days=N (default 7): the same execution as a query over the last N days. */
function summary(ctx: RequestContext, clientId: string): Result {
  const days = ctx.query.get('days') ?? '7';
  if (!/^\d{1,4}$/.test(days) || Number(days) < 1) return badRequest('days must be a whole number of days from 1, got [{days}].', { days });
  const now = ctx.state.clock.now();
  const query: UsageQuery = {
    startMs: utcDay(now) - (Number(days) - 1) * MS_PER_DAY,
    endMs: now,
    metrics: ['Requests', 'Status200', 'Status300', 'Status400', 'Status500', 'Status429'],
    groupBy: ['OAuthClientId'],
  };
  return started(ctx, query, clientId, (id) => clientResultsUri(clientId, id));
}

function started(ctx: RequestContext, query: UsageQuery, clientId: string | undefined, resultsUri: (executionId: string) => string): Result {
  const { org } = ctx.state;
  const now = ctx.state.clock.now();
  const executionId = ctx.state.usage.submit('query', () => usageRows(org, query, now, clientId), clientId);
  return { status: 200, body: { executionId, resultsUri: resultsUri(executionId) } };
}

function poll(ctx: RequestContext, clientId: string | undefined): Result {
  const { knobs } = ctx.state;
  const after = ctx.query.get('after') ?? undefined;
  const result = ctx.state.usage.poll('query', ctx.params.executionId ?? '', {
    pollsBeforeComplete: knobs.usagePollsBeforeComplete,
    clientId,
    pageSize: knobs.usageResultsPageSize,
    after,
  });
  if (!result) return notFound();
  if (!result.done) return { status: 200, body: { queryStatus: 'Running' } satisfies ApiUsageQueryResult };
  if ('badCursor' in result) return badRequest('The cursor [{after}] is not valid for this query.', { after: after ?? '' });
  const body: ApiUsageQueryResult = { results: result.rows, queryStatus: 'Complete', ...(result.after && { cursors: { after: result.after } }) };
  return { status: 200, body };
}

function withClient(ctx: RequestContext, then: (clientId: string) => Result): Result {
  const clientId = ctx.params.clientId ?? '';
  return ctx.state.org.clientsById.has(clientId) ? then(clientId) : notFound();
}

function clientResultsUri(clientId: string, executionId: string): string {
  return `/api/v2/oauth/clients/${clientId}/usage/query/results/${executionId}`;
}
