// Property: sortFindings puts findings in exactly the order of a stable sort by
// compareFindings, whatever they hold: clients that share a name or an id, clients equal but
// not the same object, findings without a client or subject, equal findings.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { sortFindings } from '../../src/evaluate/finding-order.ts';
import { compareFindings, newFinding, type FindingClient } from '../../src/evaluate/findings.ts';

const clients: FindingClient[] = [
  { id: 'c1', name: 'CRM Sync', grantType: 'code' },
  { id: 'c2', name: 'CRM Sync', grantType: 'code' },
  { id: 'c1', name: 'CRM Sync', grantType: 'code' },
  { id: 'c3', name: 'crm sync', grantType: 'client-credentials' },
  { id: 'CRM Sync', name: 'c1', grantType: 'unknown' },
  { id: '', name: '', grantType: 'unknown' },
  { id: 'c4', name: '', grantType: 'password' },
];

const finding = fc
  .record({
    ruleId: fc.constantFrom('a', 'b', 'B', 'expired-exception', ''),
    severity: fc.constantFrom('error' as const, 'warning' as const, 'notice' as const),
    message: fc.constantFrom('Holds x.', 'Holds y.', ''),
    line: fc.nat(3),
    client: fc.option(fc.constantFrom(...clients), { nil: undefined }),
    subject: fc.option(fc.constantFrom('oauth', 'oauth:client:edit', ''), { nil: undefined }),
  })
  .map(({ ruleId, severity, message, line, client, subject }) =>
    newFinding(ruleId, severity, message, { file: 'p.yml', line, column: 1 }, undefined, undefined, client, subject),
  );

describe('sortFindings', () => {
  it('orders findings as a stable sort by compareFindings does', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 60 }), (findings) => {
        const expected = [...findings].sort(compareFindings);
        const sorted = sortFindings([...findings]);
        expect(sorted.length).toBe(expected.length);
        sorted.forEach((f, i) => expect(f).toBe(expected[i]));
      }),
      { numRuns: 300 },
    );
  });
});
