// Builders for normalized inventory records in tests.
import type { ClientRecord, Inventory, PermissionGrant, RoleGrant, UsageWindow } from '../../src/inventory/types.ts';

let counter = 0;

export function client(overrides: Partial<ClientRecord> = {}): ClientRecord {
  counter += 1;
  return {
    id: `client-${counter}`,
    name: `Client ${counter}`,
    description: 'test client',
    grantType: 'code',
    apiGrantType: 'CODE',
    state: 'active',
    apiState: 'active',
    scopes: [],
    roleGrants: [],
    permissions: [],
    tokenLifetimeSeconds: 86_400,
    redirectUris: [],
    dateCreated: '2024-01-01T00:00:00.000Z',
    dateModified: '2024-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function grants(roleName: string, divisionId: string, permissions: string[]): PermissionGrant[] {
  return permissions.map((permission) => ({ permission, roleName, divisionId, divisionName: divisionName(divisionId) }));
}

export interface TestRole {
  role: string;
  /** Division id; `*` = all divisions. The division's name is the id capitalized. */
  division: string;
  permissions?: string[];
}

/** A client-credentials client holding roles, with role grants and permissions consistent. */
export function ccClient(roles: TestRole[], overrides: Partial<ClientRecord> = {}): ClientRecord {
  const roleGrants: RoleGrant[] = roles.map((r) => ({
    roleId: `role-${r.role}`,
    roleName: r.role,
    divisionId: r.division,
    divisionName: divisionName(r.division),
  }));
  const permissions = roles.flatMap((r) => grants(r.role, r.division, r.permissions ?? []));
  return client({ grantType: 'client-credentials', apiGrantType: 'CLIENT-CREDENTIALS', roleGrants, permissions, ...overrides });
}

function divisionName(id: string): string {
  return id === '*' ? 'all divisions' : id.charAt(0).toUpperCase() + id.slice(1);
}

export function inventory(clients: ClientRecord[], usage?: UsageWindow): Inventory {
  return { clients, fetchedAt: '2026-11-24T00:00:00.000Z', notices: [], ...(usage && { usage }) };
}
