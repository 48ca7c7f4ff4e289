// GET /api/v2/authorization/divisions: paged, filtered by repeatable `id` (≤100) and
// `name`; and GET /api/v2/authorization/divisions/home, the org's home division "without
// object counts". Both need no permission, only a valid token (official SDK docs).
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
      const divisions = state.org.divisions.filter((d) => (!ids || ids.has(d.id ?? '')) && matchesName(query, d.name));
      return { status: 200, body: pageListing(divisions, page, PATH, query) };
    },
  },
  {
    method: 'GET',
    path: `${PATH}/home`,
    permissions: () => [],
    handle: ({ state }) => {
      const home = state.org.divisions.find((d) => d.homeDivision);
      if (!home) return notFound();
      const { objectCounts: _objectCounts, ...division } = home;
      return { status: 200, body: division };
    },
  },
];
