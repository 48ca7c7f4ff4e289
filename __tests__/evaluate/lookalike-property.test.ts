// Property: adding a client that copies an existing client's name (or is named like an
// existing client's id) never reduces the findings of any client, whatever the policy's
// exceptions, approved clients and `where.client` items say, by name or by id: the existing
// clients keep theirs, and the look-alike inherits no exception or approval (it has at least
// the findings it would have under a name nobody uses).
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { evaluate } from '../../src/evaluate/evaluate.ts';
import type { Evaluation } from '../../src/evaluate/findings.ts';
import type { ClientRecord } from '../../src/inventory/types.ts';
import { parsePolicy } from '../../src/policy/load.ts';
import { ccClient, client, inventory } from '../helpers/inventory.ts';

const now = new Date('2026-11-24T12:00:00Z');
const NAMES = ['CRM Sync', 'crm sync', 'WFM', 'Wallboard', 'Desktop'];
const SCOPES = ['users', 'oauth', 'analytics:readonly', 'routing'];
const PERMISSIONS = ['oauth:client:edit', 'routing:queue:view', 'admin'];

/** A client of the org, by its position; ids are `c<position>` so references can name them. */
const clientSpec = fc.record({
  name: fc.constantFrom(...NAMES),
  machine: fc.boolean(),
  scopes: fc.subarray(SCOPES),
  perms: fc.subarray(PERMISSIONS),
  grant: fc.constantFrom('code', 'password'),
});
type ClientSpec = typeof clientSpec extends fc.Arbitrary<infer T> ? T : never;

function build(spec: ClientSpec, id: string, name = spec.name): ClientRecord {
  if (spec.machine) return ccClient([{ role: 'Integration', division: '*', permissions: spec.perms }], { id, name });
  return client({ id, name, scopes: spec.scopes, grantType: spec.grant as 'code', apiGrantType: spec.grant.toUpperCase() });
}

/** How an entry names a client: a bare name, a bare id, or a pin (with the right or a stale name). */
const ref = fc.oneof(
  fc.constantFrom(...NAMES, 'Nobody').map((n) => n as unknown),
  fc.nat(7).map((i) => `c${i}` as unknown),
  fc
    .record({ id: fc.nat(7).map((i) => `c${i}`), name: fc.option(fc.constantFrom(...NAMES), { nil: undefined }) })
    .map((r) => (r.name ? r : { id: r.id }) as unknown),
);
const selector = fc.oneof(ref, fc.constantFrom('CRM*', '*', 'c?', 'W*'));

const policy = fc.record({
  rules: fc.array(
    fc.record({
      where: fc.option(fc.array(selector, { minLength: 1, maxLength: 3 }), { nil: undefined }),
      check: fc.constantFrom<Record<string, unknown>>(
        { scopes: { deny: ['oauth', 'routing'] } },
        { permissions: { deny: ['oauth:client:edit', 'admin'] } },
        { 'grant-types': { deny: ['password'] } },
        { 'client-name': { unique: true } },
      ),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  approved: fc.option(
    fc.uniqueArray(fc.record({ ref, scopes: fc.option(fc.subarray(SCOPES), { nil: undefined }) }), { maxLength: 5, selector: (a) => JSON.stringify(a.ref) }),
    { nil: undefined },
  ),
  exceptions: fc.uniqueArray(fc.record({ rule: fc.nat(3), ref, subject: fc.option(fc.constantFrom('oauth', 'admin', 'password'), { nil: undefined }) }), {
    maxLength: 5,
    selector: (e) => JSON.stringify(e),
  }),
});
type PolicyParts = typeof policy extends fc.Arbitrary<infer T> ? T : never;

function policyYaml(p: PolicyParts): string {
  const rules = p.rules.map((r, i) => ({ id: `r${i}`, ...(r.where && { where: { client: r.where } }), ...r.check }));
  const approved = p.approved?.map((a) => {
    const named = typeof a.ref === 'string' ? { name: a.ref } : (a.ref as { id: string; name?: string });
    return { ...named, 'grant-type': 'code', ...(a.scopes && { scopes: a.scopes }) };
  });
  const seen = new Set<string>();
  const exceptions = p.exceptions
    .map((e) => ({
      rule: `r${e.rule % rules.length}`,
      client: e.ref,
      ...(e.subject && { subject: e.subject }),
      reason: 'accepted for the property',
      owner: 'qa',
      expires: '2027-01-01',
    }))
    .filter((e) => {
      const key = JSON.stringify([e.rule, e.client, e.subject]);
      return !seen.has(key) && Boolean(seen.add(key));
    });
  const approvedIds = new Set<string>();
  const list = (approved ?? []).filter((a) => {
    const key = 'id' in a && a.id ? `id:${a.id}` : `name:${(a as { name: string }).name}`;
    return !approvedIds.has(key) && Boolean(approvedIds.add(key));
  });
  return stringify({ version: 1, rules, ...(approved && { clients: { list } }), exceptions });
}

/** Each client's unaccepted findings, as rule + subject. */
function byClient(e: Evaluation): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of e.findings) {
    if (!f.client) continue;
    const set = out.get(f.client.id) ?? new Set<string>();
    set.add(`${f.ruleId} ${f.subject ?? ''}`);
    out.set(f.client.id, set);
  }
  return out;
}

describe('a look-alike client', () => {
  it('never reduces the findings of any existing client', () => {
    fc.assert(
      fc.property(fc.array(clientSpec, { minLength: 1, maxLength: 6 }), policy, fc.nat(), clientSpec, fc.boolean(), (specs, parts, pick, extra, copyId) => {
        const clients = specs.map((s, i) => build(s, `c${i}`));
        const target = clients[pick % clients.length]!;
        const lookalike = build(extra, 'lookalike', copyId ? target.id : target.name);
        const yaml = policyYaml(parts);
        const stranger = { ...lookalike, name: 'A name nobody uses' };
        const before = byClient(evaluate(parsePolicy('p.yml', yaml), inventory(clients), { now }));
        const asStranger = byClient(evaluate(parsePolicy('p.yml', yaml), inventory([...clients, stranger]), { now }));
        const result = evaluate(parsePolicy('p.yml', yaml), inventory([...clients, lookalike]), { now });
        const after = byClient(result);
        const lost = (was: Map<string, Set<string>>, id: string) => [...(was.get(id) ?? [])].filter((k) => !after.get(id)?.has(k));
        for (const c of clients) expect({ client: c.id, lost: lost(before, c.id) }).toEqual({ client: c.id, lost: [] });
        expect(lost(asStranger, 'lookalike')).toEqual([]);
        expect(result.accepted.filter((a) => a.finding.client?.id === 'lookalike')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
