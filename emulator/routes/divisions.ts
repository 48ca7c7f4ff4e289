// GET /api/v2/authorization/divisions: paged, filtered by repeatable `id` (≤100) and
// `name`, with `objectCounts` only when `objectCount=true` (the SDK's option, default
// false); and GET /api/v2/authorization/divisions/home, the org's home division "without
// object counts". Both need no permission, only a valid token (official SDK docs).
import type { AuthzDivision } from '../models.ts';
import { hashUnit } from '../random.ts';
import type { Route } from '../router.ts';
import { pageListing, parsePageRequest } from '../paging.ts';
import { idFilter, isResult, matchesName } from './filters.ts';
import { notFound } from '../errors.ts';

const PATH = '/api/v2/authorization/divisions';

export const divisionRoutes: Route[] = [
  {
    method: 'GET',
    path: PATH,
    permissions: () => [],
    handle: ({ state, query }) => {
      const page = parsePageRequest(query, state.knobs.maxPageSize);
      if (isResult(page)) return page;
      const ids = idFilter(query);
      if (isResult(ids)) return ids;
      const withCounts = query.get('objectCount') === 'true';
      const divisions = state.org.divisions.filter((d) => (!ids || ids.has(d.id ?? '')) && matchesName(query, d.name));
      return {
        status: 200,
        body: pageListing(
          divisions.map((d) => (withCounts ? withObjectCounts(d) : withoutObjectCounts(d))),
          page,
          PATH,
          query,
        ),
      };
    },
  },
  {
    method: 'GET',
    path: `${PATH}/home`,
    permissions: () => [],
    handle: ({ state }) => {
      const home = state.org.divisions.find((d) => d.homeDivision);
      if (!home) return notFound();
      return { status: 200, body: withoutObjectCounts(home) };
    },
  },
];

function withoutObjectCounts(division: AuthzDivision): AuthzDivision {
  const { objectCounts: _objectCounts, ...rest } = division;
  return rest;
}

/** The org's counts, or stable made-up ones per object type (the emulator has no users or queues). */
function withObjectCounts(division: AuthzDivision): AuthzDivision {
  const made = (type: string) => Math.floor(hashUnit(`${division.id}:${type}`) * 50);
  return { ...division, objectCounts: division.objectCounts ?? { USER: made('USER'), QUEUE: made('QUEUE') } };
}
