// A hit's holders: the roles (and divisions) through which a client holds a permission, as
// one index of each client's grants would list them, whatever the order clients are asked in.
import { describe, expect, it } from '@jest/globals';
import type { PermissionGrant } from '../../src/inventory/types.ts';
import { holderLabel, HolderTable } from '../../src/render/holders.ts';
import { grants } from '../helpers/inventory.ts';

/** What holders must be: each grant of the permission's label, distinct, in the record's order. */
function expected(record: readonly PermissionGrant[], permission: string): string[] {
  return [...new Set(record.filter((g) => g.permission === permission).map(holderLabel))];
}

const PERMISSIONS = ['a:b:view', 'a:b:edit', '*:*:*', 'c:d:add', 'unheld:x:y'];

describe('holders', () => {
  const regular = [
    ...grants('Admin', '*', ['a:b:view', '*:*:*']),
    ...grants('Reader', 'sales', ['a:b:view', 'c:d:add']),
    ...grants('Admin', 'sales', ['a:b:edit']),
  ];
  // "Admin (all divisions)" again after another role: listed once, where the permission first comes.
  const returning = [
    ...grants('Reader', 'sales', ['a:b:edit']),
    ...grants('Admin', '*', ['a:b:view']),
    ...grants('Editor', 'home', ['a:b:view', 'a:b:edit']),
    ...grants('Admin', '*', ['a:b:edit', 'a:b:view']),
  ];
  // More roles than a mask holds.
  const crowded = Array.from({ length: 12 }, (_, i) => grants(`Role ${i}`, i % 2 ? '*' : 'home', i % 3 ? ['a:b:view', 'c:d:add'] : ['a:b:edit'])).flat();
  const records = { regular, returning, crowded };

  it('lists the roles of each permission in the record order, shared between lookups', () => {
    const table = new HolderTable();
    for (const [name, record] of Object.entries(records)) {
      const holdings = table.holdings(record);
      for (const p of PERMISSIONS) expect([name, p, holdings.of(p)]).toEqual([name, p, expected(record, p)]);
      expect(holdings.of('a:b:view')).toBe(holdings.of('a:b:view'));
    }
    expect(holderLabel(regular[0] as PermissionGrant)).toBe('Admin (all divisions)');
  });

  it('answers for each client when lookups of several clients interleave', () => {
    const table = new HolderTable();
    const other = grants('Other', '*', ['a:b:view', 'c:d:add']);
    const a = table.holdings(regular);
    const b = table.holdings(other);
    const c = table.holdings(grants('Third', 'home', ['*:*:*']));
    for (let round = 0; round < 2; round++)
      for (const p of PERMISSIONS) {
        expect(a.of(p)).toEqual(expected(regular, p));
        expect(b.of(p)).toEqual(expected(other, p));
        expect(c.of(p)).toEqual(p === '*:*:*' ? ['Third (Home)'] : []);
      }
  });

  it('lists the roles of several items: those of each item, in the order of the items, once', () => {
    const table = new HolderTable();
    const union = (record: readonly PermissionGrant[], items: readonly string[]) => [...new Set(items.flatMap((i) => expected(record, i)))];
    const lists = [['c:d:add', 'a:b:view'], ['a:b:edit', 'unheld:x:y', '*:*:*', 'a:b:view'], ['unheld:x:y'], ['a:b:view', 'c:d:add', 'a:b:edit']];
    for (const record of Object.values(records)) {
      const holdings = table.holdings(record);
      for (const items of lists) expect(holdings.holdersOf(items)).toEqual(union(record, items));
    }
  });
});
