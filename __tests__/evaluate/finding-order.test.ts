// Property: sortFindings puts findings in exactly the order of a stable sort by
// compareFindings, whatever they hold: clients that share a name or an id, clients equal but
// not the same object, findings without a client or subject, equal findings.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { sortFindings } from '../../src/evaluate/finding-order.ts';
import { compareFindings, newFinding, type Finding, type FindingClient } from '../../src/evaluate/findings.ts';

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
  .map(toFinding);

/** Few rules, clients and severities: long runs equal in all three, which are sorted on their own (by subject). */
const crowdedFinding = fc
  .record({
    ruleId: fc.constantFrom('a', 'b'),
    severity: fc.constantFrom('warning' as const, 'notice' as const),
    message: fc.constantFrom('Holds x.', 'Holds y.'),
    line: fc.nat(1),
    client: fc.constantFrom(clients[0]!, clients[2]!),
    subject: fc.option(fc.constantFrom('oauth', 'oauth:client:edit', 'users', ''), { nil: undefined }),
  })
  .map(toFinding);

function toFinding(f: {
  ruleId: string;
  severity: Finding['severity'];
  message: string;
  line: number;
  client: FindingClient | undefined;
  subject: string | undefined;
}) {
  return newFinding(f.ruleId, f.severity, f.message, { file: 'p.yml', line: f.line, column: 1 }, undefined, undefined, f.client, f.subject);
}

function sortsLikeCompareFindings(findings: Finding[]): void {
  const expected = [...findings].sort(compareFindings);
  const sorted = sortFindings([...findings]);
  expect(sorted.length).toBe(expected.length);
  sorted.forEach((f, i) => expect(f).toBe(expected[i]));
}

describe('sortFindings', () => {
  it('orders findings as a stable sort by compareFindings does', () => {
    fc.assert(fc.property(fc.array(finding, { maxLength: 60 }), sortsLikeCompareFindings), { numRuns: 300 });
  });

  it('does so for long runs of one severity, client and rule', () => {
    fc.assert(fc.property(fc.array(crowdedFinding, { minLength: 40, maxLength: 200 }), sortsLikeCompareFindings), { numRuns: 100 });
  });
});
