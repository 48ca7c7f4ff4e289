// A test's org as the inventory the evaluator reads: roles resolved to permissions ×
// divisions, as the Genesys reader resolves them for a real org.
import { ALL_DIVISIONS, GRANT_TYPE_FROM_API, type ClientRecord, type Inventory, type PermissionGrant, type RoleGrant } from '../inventory/types.ts';
import type { PolicyProblem } from '../policy/errors.ts';
import type { SourceLocation } from '../policy/types.ts';
import type { TestCaseSpec, TestClientSpec, TestRoleGrant } from './test-file.ts';

const API_GRANT_TYPE: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(GRANT_TYPE_FROM_API).map(([api, friendly]) => [friendly, api]));
const HOME = 'Home';

export function testInventory(
  test: TestCaseSpec,
  roles: Readonly<Record<string, readonly string[]>>,
  now: Date,
  location: SourceLocation,
): { inventory: Inventory; problems: PolicyProblem[] } {
  const problems: PolicyProblem[] = [];
  const today = now.toISOString().slice(0, 10);
  const clients = test.clients.map((spec, i) =>
    testClient(spec, i, roles, today, (message) => problems.push({ location, message: `Test "${test.name}", client "${spec.name}": ${message}` })),
  );
  const days = test['usage-days'];
  if (!days && test.clients.some((c) => c['last-used']))
    problems.push({ location, message: `Test "${test.name}" gives \`last-used\` dates but no \`usage-days\`: set how many days of usage the org reports.` });
  const inventory: Inventory = { clients, fetchedAt: now.toISOString(), notices: [] };
  if (days) inventory.usage = { days, from: new Date(now.getTime() - (days - 1) * 86_400_000).toISOString().slice(0, 10), to: today };
  else for (const c of clients) delete c.lastUsed;
  return { inventory, problems };
}

function testClient(
  spec: TestClientSpec,
  index: number,
  roles: Readonly<Record<string, readonly string[]>>,
  today: string,
  problem: (m: string) => void,
): ClientRecord {
  const roleGrants: RoleGrant[] = (spec.roles ?? []).map(grantOf);
  const permissions: PermissionGrant[] = roleGrants.flatMap((g) => {
    const perms = roles[g.roleName];
    if (!perms) problem(`role "${g.roleName}" is not in the file's \`roles\`.`);
    return (perms ?? []).map((permission) => ({ permission, roleName: g.roleName, divisionId: g.divisionId, divisionName: g.divisionName }));
  });
  const created = `${spec.created ?? '2024-01-01'}T00:00:00.000Z`;
  const lastUsed = spec['last-used'];
  return {
    id: spec.id ?? `test-client-${index + 1}`,
    name: spec.name,
    description: spec.description ?? '',
    grantType: spec['grant-type'],
    apiGrantType: API_GRANT_TYPE[spec['grant-type']] ?? spec['grant-type'],
    state: spec.state ?? 'active',
    apiState: spec.state ?? 'active',
    scopes: spec.scopes ?? [],
    roleGrants,
    permissions,
    tokenLifetimeSeconds: spec['token-lifetime'] ?? 86_400,
    redirectUris: spec['redirect-uris'] ?? [],
    dateCreated: created,
    dateModified: spec.modified ? `${spec.modified}T00:00:00.000Z` : created,
    lastUsed: lastUsed === 'never' ? null : (lastUsed ?? today),
  };
}

function grantOf(entry: TestRoleGrant): RoleGrant {
  const { role, division } = typeof entry === 'string' ? { role: entry, division: HOME } : entry;
  const all = division === ALL_DIVISIONS;
  return { roleId: `role:${role}`, roleName: role, divisionId: all ? ALL_DIVISIONS : `division:${division}`, divisionName: all ? 'all divisions' : division };
}
