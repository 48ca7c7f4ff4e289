// GET /api/v2/authorization/roles: paged, filtered by repeatable `id` (≤100), `name`,
// repeatable `permission` (roles that grant any of them, wildcards honoured) and repeatable
// `defaultRoleId` (the SDK sends arrays as repeated parameters), sorted by
// `sortBy` (name by default). `userCount` defaults to true, as on the platform, and then
// each role carries its user count and the page is slow (knob userCountLatencyMsPerRole).
// GET /api/v2/authorization/roles/{roleId}: one role, as the SDK's getAuthorizationRole
// reads it (`userCount` off unless asked for).
import type { DomainOrganizationRole } from '../models.ts';
import type { Route } from '../router.ts';
import { notFound } from '../errors.ts';
import { pageListing, parsePageRequest } from '../paging.ts';
import { holdsAny, permissionsOfRole } from '../permissions.ts';
import { idFilter, isResult, matchesName, repeated } from './filters.ts';

const PATH = '/api/v2/authorization/roles';

export const roleRoutes: Route[] = [
  {
    method: 'GET',
    path: PATH,
    permissions: () => ['authorization:role:view'],
    handle: ({ state, query }) => {
      const page = parsePageRequest(query, state.knobs.maxPageSize);
      if (isResult(page)) return page;
      const ids = idFilter(query);
      if (isResult(ids)) return ids;
      const permissions = repeated(query, 'permission');
      const defaultRoleIds = repeated(query, 'defaultRoleId');
      const roles = state.org.roles.filter(
        (r) =>
          (!ids || ids.has(r.id ?? '')) &&
          matchesName(query, r.name) &&
          (!permissions.length || holdsAny(permissionsOfRole(r), permissions)) &&
          (!defaultRoleIds.length || defaultRoleIds.includes(r.defaultRoleId ?? '')),
      );
      const withCount = query.get('userCount') !== 'false';
      const listing = pageListing(sortRoles(roles, query.get('sortBy')), page, PATH, query);
      const entities = listing.entities.map((r) => (withCount ? r : withoutUserCount(r)));
      return { status: 200, body: { ...listing, entities }, delayMs: withCount ? entities.length * state.knobs.userCountLatencyMsPerRole : 0 };
    },
  },
  {
    method: 'GET',
    path: `${PATH}/{roleId}`,
    permissions: () => ['authorization:role:view'],
    handle: ({ state, params, query }) => {
      const role = state.org.rolesById.get(params.roleId ?? '');
      if (!role) return notFound();
      const withCount = query.get('userCount') === 'true';
      return { status: 200, body: withCount ? role : withoutUserCount(role), delayMs: withCount ? state.knobs.userCountLatencyMsPerRole : 0 };
    },
  },
];

/** By name unless `sortBy=id`; other values are ignored rather than refused (**unverified**). */
function sortRoles(roles: DomainOrganizationRole[], sortBy: string | null): DomainOrganizationRole[] {
  const key = sortBy === 'id' ? (r: DomainOrganizationRole) => r.id ?? '' : (r: DomainOrganizationRole) => (r.name ?? '').toLowerCase();
  return [...roles].sort((a, b) => key(a).localeCompare(key(b)) || (a.id ?? '').localeCompare(b.id ?? ''));
}

function withoutUserCount(role: DomainOrganizationRole): DomainOrganizationRole {
  const { userCount: _userCount, ...rest } = role;
  return rest;
}
