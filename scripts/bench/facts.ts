// What an audit learned about each client, in one canonical line, so that the harness can
// check that our audit and the naive baseline reached the same org: the same clients, grant
// types, states and scopes, the same roles and divisions resolved by name, the same last use.
import type { Inventory } from '../../src/inventory/types.ts';

export interface Grant {
  roleId: string;
  /** Undefined when the role could not be read. */
  roleName: string | undefined;
  divisionId: string;
  divisionName: string | undefined;
}

export interface ClientFacts {
  id: string;
  grantType: string;
  state: string;
  scopes: readonly string[];
  grants: readonly Grant[];
  /** Absent when usage was not read. */
  lastUsed?: string | null;
}

/** Client id → canonical line. */
export type FactSheet = Record<string, string>;

export function factSheet(clients: readonly ClientFacts[]): FactSheet {
  return Object.fromEntries(clients.map((c) => [c.id, factLine(c)]));
}

function factLine(c: ClientFacts): string {
  // `*` (all divisions) and `home` (legacy roleIds) are markers, not divisions with names.
  const grants = c.grants.map((g) => `${g.roleId}=${g.roleName ?? '?'}@${g.divisionId}${g.divisionId === '*' || g.divisionId === 'home' ? '' : `=${g.divisionName ?? '?'}`}`);
  return [c.grantType, c.state, [...c.scopes].sort().join(','), grants.sort().join(','), c.lastUsed === undefined ? '-' : (c.lastUsed ?? 'never')].join(' | ');
}

/** Our inventory's facts (names of roles that could not be read become unknown). */
export function inventoryFacts(inventory: Inventory): ClientFacts[] {
  return inventory.clients.map((c) => ({
    id: c.id,
    grantType: c.apiGrantType,
    state: c.apiState,
    scopes: c.scopes,
    grants: c.roleGrants.map((g) => ({
      roleId: g.roleId,
      roleName: g.roleName.startsWith('unknown role ') ? undefined : g.roleName,
      divisionId: g.divisionId,
      divisionName: g.divisionName.startsWith('unknown division ') ? undefined : g.divisionName,
    })),
    ...(c.lastUsed !== undefined && { lastUsed: c.lastUsed }),
  }));
}

/**
 * Why two fact sheets disagree, or undefined when they agree. A baseline stopped early
 * (`partial`) must agree on every client it reached.
 */
export function factsDiffer(ours: FactSheet, theirs: FactSheet, partial: boolean): string | undefined {
  const ourIds = Object.keys(ours);
  const theirIds = Object.keys(theirs);
  const missing = ourIds.filter((id) => !(id in theirs));
  const extra = theirIds.filter((id) => !(id in ours));
  if (extra.length) return `the baseline saw ${extra.length} clients our audit did not, e.g. ${extra[0]}`;
  if (!partial && missing.length) return `the baseline missed ${missing.length} clients our audit saw, e.g. ${missing[0]}`;
  const differing = theirIds.find((id) => theirs[id] !== ours[id]);
  return differing ? `client ${differing} differs:\n  ours:     ${ours[differing]}\n  baseline: ${theirs[differing]}` : undefined;
}
