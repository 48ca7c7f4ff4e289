// A role's permissions as `domain:entity:action` strings. Roles state them as permission
// policies (domain, entityName, actionSet) that may hold `*` wildcards, which the API
// sometimes returns expanded; both forms are kept as stated so that rules see wildcards.
import type { DomainOrganizationRole } from '../genesys/models.ts';

export function rolePermissions(role: DomainOrganizationRole): string[] {
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
