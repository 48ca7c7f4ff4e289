// Normalizing a large org's clients: the same records as one by one, made a slice at a time
// so that answers and poll timers due meanwhile run in between.
import { describe, expect, it } from '@jest/globals';
import type { OAuthClient } from '../../src/genesys/models.ts';
import { buildDirectory, normalizeAll, normalizeClient, NORMALIZED_AT_ONCE } from '../../src/inventory/normalize.ts';
import { rolePermissions } from '../../src/inventory/permissions.ts';

const directory = buildDirectory(
  [{ id: 'r1', name: 'Auditor', permissionPolicies: [{ domain: 'oauth', entityName: 'client', actionSet: ['view'] }] }],
  [{ id: 'd1', name: 'Support' }],
);

function clients(n: number): OAuthClient[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    name: `client ${i}`,
    authorizedGrantType: 'CLIENT-CREDENTIALS',
    roleDivisions: [{ roleId: 'r1', divisionId: i % 2 ? 'd1' : '*' }],
  }));
}

/** How many turns of the event loop pass before `work` settles. */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ value: T; turns: number }> {
  let turns = 0;
  let done = false;
  const tick = () => {
    if (done) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  const value = await work();
  done = true;
  return { value, turns };
}

describe('normalizeAll', () => {
  it('gives the records normalizeClient gives, in order', async () => {
    const raw = clients(2 * NORMALIZED_AT_ONCE + 7);
    expect(await normalizeAll(raw, directory)).toEqual(raw.map((c) => normalizeClient(c, directory)));
  });

  it('lets the event loop turn between slices of a large org', async () => {
    const { value, turns } = await turnsDuring(() => normalizeAll(clients(3 * NORMALIZED_AT_ONCE), directory));
    expect(value).toHaveLength(3 * NORMALIZED_AT_ONCE);
    // A turn after each full slice but the last: work done in one go would let none in.
    expect(turns).toBeGreaterThanOrEqual(2);
  });

  it('keeps a small org in one go', async () => {
    const { value, turns } = await turnsDuring(() => normalizeAll(clients(NORMALIZED_AT_ONCE), directory));
    expect(value).toHaveLength(NORMALIZED_AT_ONCE);
    expect(turns).toBe(0);
  });
});

describe('rolePermissions', () => {
  const role = {
    id: 'r2',
    name: 'Mixed',
    permissionPolicies: [
      { domain: 'routing', entityName: 'queue', actionSet: ['view', 'edit'] },
      { domain: 'analytics', entityName: '*', actionSet: [] },
      { domain: 'routing', entityName: 'queue', actionSet: ['view'] },
    ],
    permissions: ['admin', 'routing:queue:edit'],
  };

  it('lists the permissions a role states, distinct and sorted, wildcards as stated', () => {
    expect(rolePermissions(role)).toEqual(['admin', 'analytics:*:*', 'routing:queue:edit', 'routing:queue:view']);
  });

  it('works a role out once, for every division it is held in', () => {
    expect(rolePermissions(role)).toBe(rolePermissions(role));
    const dir = buildDirectory(
      [role],
      [
        { id: 'd1', name: 'Support' },
        { id: 'd2', name: 'Sales' },
      ],
    );
    const record = normalizeClient(
      { id: 'c', name: 'c', authorizedGrantType: 'CLIENT-CREDENTIALS', roleDivisions: ['d1', 'd2', '*'].map((divisionId) => ({ roleId: 'r2', divisionId })) },
      dir,
    );
    const byDivision = (name: string) => record.permissions.filter((p) => p.divisionName === name).map((p) => p.permission);
    for (const division of ['Support', 'Sales', 'all divisions']) expect(byDivision(division)).toEqual(rolePermissions(role));
  });
});
