// What an OAuth client may do: the permissions of the roles it holds (flat `permissions`
// and `permissionPolicies` alike), with `*` honoured in any part. Divisions do not matter
// for the org-wide reads the emulator serves.
import type { DomainOrganizationRole } from './models.ts';
import type { Org } from './org.ts';

export function permissionsOfRole(role: DomainOrganizationRole): string[] {
  const fromPolicies = (role.permissionPolicies ?? []).flatMap((p) => (p.actionSet ?? []).map((action) => `${p.domain}:${p.entityName}:${action}`));
  return [...new Set([...(role.permissions ?? []), ...fromPolicies])];
}

/** Every permission the client's roles grant; roles that no longer exist grant nothing. */
export function clientPermissions(org: Org, clientId: string): string[] {
  const client = org.clientsById.get(clientId)?.client;
  if (!client) return [];
  const roleIds = [...(client.roleDivisions ?? []).map((rd) => rd.roleId ?? ''), ...(client.roleIds ?? [])];
  return [...new Set(roleIds.flatMap((id) => (org.rolesById.has(id) ? permissionsOfRole(org.rolesById.get(id) as DomainOrganizationRole) : [])))];
}

/** Whether `held` (which may contain `*` parts) grants `needed`. */
export function grantsPermission(held: string, needed: string): boolean {
  if (held === '*' || held === needed) return true;
  const h = held.split(':');
  const n = needed.split(':');
  return h.length === n.length && h.every((part, i) => part === '*' || part === n[i]);
}

export function holdsAny(held: readonly string[], anyOf: readonly string[]): boolean {
  return anyOf.some((needed) => held.some((h) => grantsPermission(h, needed)));
}
