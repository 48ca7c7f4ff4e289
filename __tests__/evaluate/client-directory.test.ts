// Property: a directory told which references it will be asked about (it then holds only the
// clients they can name) answers every reference exactly as one holding every client does,
// asked-for or not: same clients, same order.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ClientDirectory } from '../../src/evaluate/client-refs.ts';
import type { ClientRef } from '../../src/policy/types.ts';
import { client } from '../helpers/inventory.ts';

/** Few names and ids, so that clients share them, and names that are other clients' ids. */
const word = fc.constantFrom('a', 'b', 'c', 'CRM Sync', 'crm sync');
const clients = fc.array(fc.record({ id: word, name: word }), { maxLength: 12 }).map((cs) => cs.map((c) => client(c)));
const ref: fc.Arbitrary<ClientRef> = fc.oneof(
  word.map((text) => ({ kind: 'text' as const, text })),
  word.map((id) => ({ kind: 'id' as const, id })),
);

describe('ClientDirectory', () => {
  it('answers as the full directory does, for references asked for and others', () => {
    fc.assert(
      fc.property(clients, fc.array(ref, { maxLength: 4 }), fc.array(ref, { maxLength: 4 }), (cs, asked, others) => {
        const full = new ClientDirectory(cs);
        const narrow = new ClientDirectory(cs, asked);
        // By place in the org: clients equal in every field are still told apart.
        const places = (found: readonly unknown[]) => found.map((c) => cs.indexOf(c as never));
        for (const r of [...asked, ...others]) {
          expect(places(narrow.matching(r))).toEqual(places(full.matching(r)));
          expect(narrow.resolve(r).kind).toBe(full.resolve(r).kind);
        }
      }),
      { numRuns: 300 },
    );
  });
});
