// A role's permissions as `domain:entity:action` strings. Roles state them as permission
// policies (domain, entityName, actionSet) that may hold `*` wildcards, which the API
// sometimes returns expanded; both forms are kept as stated so that rules see wildcards.
import type { DomainOrganizationRole } from '../genesys/models.ts';

/**
 * Worked out once per role read: clients hold a role in many divisions (a large org's 300
 * roles come in 10,000 role × division grants), and each grant asks again.
 */
const permissionsOfRole = new WeakMap<DomainOrganizationRole, readonly string[]>();

/** The role's permissions, distinct and sorted; shared, never to be changed. */
export function rolePermissions(role: DomainOrganizationRole): readonly string[] {
  let permissions = permissionsOfRole.get(role);
  if (!permissions) permissionsOfRole.set(role, (permissions = statedPermissions(role)));
  return permissions;
}

function statedPermissions(role: DomainOrganizationRole): string[] {
  const out = new Set<string>();
  for (const policy of role.permissionPolicies ?? []) {
    const domain = policy.domain || '*';
    const entity = policy.entityName || '*';
    const actions = policy.actionSet?.length ? policy.actionSet : ['*'];
    for (const action of actions) out.add(`${domain}:${entity}:${action}`);
  }
  // `permissions` holds legacy flat names (e.g. `admin`) and sometimes the same triples.
  for (const p of role.permissions ?? []) out.add(p);
  return [...out].sort();
}
