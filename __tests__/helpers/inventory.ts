// Builders for normalized inventory records in tests.
import type { ClientRecord, Inventory, PermissionGrant } from '../../src/inventory/types.ts';

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
    ...overrides,
  };
}

export function grants(roleName: string, divisionId: string, permissions: string[]): PermissionGrant[] {
  return permissions.map((permission) => ({ permission, roleName, divisionId, divisionName: divisionId === '*' ? 'all divisions' : divisionId }));
}

export function inventory(clients: ClientRecord[]): Inventory {
  return { clients, fetchedAt: '2026-11-24T00:00:00.000Z', notices: [] };
}
