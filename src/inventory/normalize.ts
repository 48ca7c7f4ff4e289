// Raw API objects → normalized client records.
import type { AuthzDivision, DomainOrganizationRole, OAuthClient } from '../genesys/models.ts';
import { ALL_DIVISIONS, CLIENT_STATES, GRANT_TYPE_FROM_API, type ClientRecord, type ClientState, type PermissionGrant, type RoleGrant } from './types.ts';
import { rolePermissions } from './permissions.ts';
import { letAnswersIn } from '../let-answers-in.ts';

/**
 * Marks grants from the deprecated `roleIds`, which apply in the org's home division, when
 * the home division could not be read; otherwise they carry its real id and name.
 */
export const HOME_DIVISION = 'home';

/** The platform applies 24 h when `accessTokenValiditySeconds` is omitted. */
export const DEFAULT_TOKEN_LIFETIME_SECONDS = 86_400;

export interface Directory {
  roles: ReadonlyMap<string, DomainOrganizationRole>;
  divisions: ReadonlyMap<string, AuthzDivision>;
  /** The org's home division, read when some client holds roles only through `roleIds`. */
  home?: AuthzDivision;
}

export function buildDirectory(roles: DomainOrganizationRole[], divisions: AuthzDivision[], home?: AuthzDivision): Directory {
  const all = home?.id ? [...divisions, home] : divisions;
  return {
    roles: new Map(roles.filter((r) => r.id).map((r) => [r.id as string, r])),
    divisions: new Map(all.filter((d) => d.id).map((d) => [d.id as string, d])),
    ...(home?.id && { home }),
  };
}

/** Role ids a client holds only through the deprecated `roleIds` (none when it has `roleDivisions`). */
export function legacyRoleIds(raw: OAuthClient): string[] {
  return raw.roleDivisions?.length ? [] : [...(raw.roleIds ?? [])];
}

export function normalizeClient(raw: OAuthClient, directory: Directory): ClientRecord {
  const apiGrantType = raw.authorizedGrantType ?? '';
  const apiState = raw.state ?? 'active';
  const roleGrants = roleGrantsOf(raw, directory);
  return {
    id: raw.id ?? '',
    name: raw.name ?? '',
    description: raw.description ?? '',
    grantType: GRANT_TYPE_FROM_API[apiGrantType] ?? 'unknown',
    apiGrantType,
    state: (CLIENT_STATES as readonly string[]).includes(apiState) ? (apiState as ClientState) : 'unknown',
    apiState,
    scopes: [...(raw.scope ?? [])].sort(),
    roleGrants,
    permissions: permissionsOf(roleGrants, directory),
    tokenLifetimeSeconds: raw.accessTokenValiditySeconds ?? DEFAULT_TOKEN_LIFETIME_SECONDS,
    redirectUris: [...(raw.registeredRedirectUri ?? [])],
    dateCreated: raw.dateCreated,
    dateModified: raw.dateModified,
    dateToDelete: raw.dateToDelete,
    createdBy: raw.createdBy?.name ?? raw.createdBy?.id,
    modifiedBy: raw.modifiedBy?.name ?? raw.modifiedBy?.id,
  };
}

/** Clients normalized between two turns for answers: a slice takes a few milliseconds even cold, so that no poll waits longer. */
export const NORMALIZED_AT_ONCE = 100;

/**
 * Every client, in order, a slice at a time: a large org's twenty thousand records take a
 * few hundred milliseconds, which in one go held back the usage query's polls (its longest
 * chain of requests) while the server waited.
 */
export async function normalizeAll(clients: readonly OAuthClient[], directory: Directory): Promise<ClientRecord[]> {
  const records: ClientRecord[] = [];
  for (let i = 0; i < clients.length; i++) {
    if (i > 0 && i % NORMALIZED_AT_ONCE === 0) await letAnswersIn();
    records.push(normalizeClient(clients[i] as OAuthClient, directory));
  }
  return records;
}

function roleGrantsOf(raw: OAuthClient, directory: Directory): RoleGrant[] {
  // roleIds is deprecated; older clients may carry only it, which means the home division.
  const home = directory.home?.id ?? HOME_DIVISION;
  const grants = raw.roleDivisions?.length
    ? raw.roleDivisions.map((rd) => ({ roleId: rd.roleId ?? '', divisionId: rd.divisionId ?? '' }))
    : legacyRoleIds(raw).map((roleId) => ({ roleId, divisionId: home }));
  return grants.map(({ roleId, divisionId }) => ({
    roleId,
    roleName: directory.roles.get(roleId)?.name ?? `unknown role ${roleId}`,
    divisionId,
    divisionName: divisionName(divisionId, directory),
  }));
}

function permissionsOf(grants: RoleGrant[], directory: Directory): PermissionGrant[] {
  const shared = sharedGrants(directory);
  return grants.flatMap((grant) => {
    const key = `${grant.roleId}\u0000${grant.divisionId}`;
    let permissions = shared.get(key);
    if (!permissions) {
      const role = directory.roles.get(grant.roleId);
      permissions = role
        ? rolePermissions(role).map((permission) => ({ permission, roleName: grant.roleName, divisionId: grant.divisionId, divisionName: grant.divisionName }))
        : [];
      shared.set(key, permissions);
    }
    return permissions;
  });
}

/**
 * The permission grants of each role in each division, made once per directory: thousands
 * of clients hold the same few roles, and one object per client, role and permission made a
 * large org's inventory millions of objects.
 */
const grantsByDirectory = new WeakMap<Directory, Map<string, PermissionGrant[]>>();

function sharedGrants(directory: Directory): Map<string, PermissionGrant[]> {
  let shared = grantsByDirectory.get(directory);
  if (!shared) grantsByDirectory.set(directory, (shared = new Map()));
  return shared;
}

function divisionName(divisionId: string, directory: Directory): string {
  if (divisionId === ALL_DIVISIONS) return 'all divisions';
  if (divisionId === HOME_DIVISION) return 'home division';
  return directory.divisions.get(divisionId)?.name ?? `unknown division ${divisionId}`;
}
