// Properties of the matching semantics, over random orgs and policies: deny wins over
// allow; an exception never hides a different rule or client; evaluation is deterministic
// and independent of the order of clients, rules and exceptions.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { evaluate } from '../../src/evaluate/evaluate.ts';
import { ClientDirectory } from '../../src/evaluate/client-refs.ts';
import { accepts } from '../../src/evaluate/exceptions.ts';
import type { Evaluation } from '../../src/evaluate/findings.ts';
import type { ClientRecord } from '../../src/inventory/types.ts';
import { parsePolicy } from '../../src/policy/load.ts';
import { ccClient, client, inventory } from '../helpers/inventory.ts';

const now = new Date('2026-11-24T12:00:00Z');
const SCOPES = ['users', 'users:readonly', 'oauth', 'oauth:readonly', 'analytics', 'analytics:readonly', 'presence', 'routing'];
const SCOPE_PATTERNS = [...SCOPES, '*', '*:readonly', 'oauth*', 'user?', 'a*'];
const PERMISSIONS = ['oauth:client:edit', 'oauth:client:view', 'routing:queue:view', 'routing:*:view', 'recording:recording:view', '*:*:*', 'admin'];
const PERMISSION_PATTERNS = [...PERMISSIONS, 'oauth:*:*', '*:client:*', 'routing:queue:*', 'recording:*:view'];
const NAMES = ['CRM Sync', 'crm sync', 'WFM', 'Wallboard', 'Desktop', 'Export'];

const subset = <T>(items: readonly T[]) => fc.subarray([...items]);
/** A policy glob as a whole-string regular expression: `*` any run, `?` one character. */
const glob = (pattern: string) =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );

const userClient = fc
  .record({ name: fc.constantFrom(...NAMES), scopes: subset(SCOPES), grant: fc.constantFrom('code', 'implicit') })
  .map(({ name, scopes, grant }) =>
    client({ name, scopes, grantType: grant as 'code', apiGrantType: grant === 'code' ? 'CODE' : 'TOKEN', description: name.length > 5 ? name : '' }),
  );
const machineClient = fc
  .record({ name: fc.constantFrom(...NAMES), perms: subset(PERMISSIONS), division: fc.constantFrom('*', 'sales', 'home') })
  .map(({ name, perms, division }) => ccClient([{ role: `Role ${perms.length}`, division, permissions: perms }], { name }));
const org = fc.array(fc.oneof(userClient, machineClient), { maxLength: 12 });

const ruleSpec = fc.oneof(
  fc
    .record({
      allow: fc.option(
        subset(SCOPE_PATTERNS).filter((a) => a.length > 0),
        { nil: undefined },
      ),
      deny: subset(SCOPE_PATTERNS).filter((d) => d.length > 0),
    })
    .map((s) => ({ scopes: clean(s) })),
  fc
    .record({
      allow: fc.option(
        subset(PERMISSION_PATTERNS).filter((a) => a.length > 0),
        { nil: undefined },
      ),
      deny: subset(PERMISSION_PATTERNS).filter((d) => d.length > 0),
    })
    .map((p) => ({ permissions: clean(p) })),
  fc.constant({ 'client-description': { required: true } }),
  fc.constant({ 'client-name': { unique: true } }),
  fc.constant({ 'grant-types': { deny: ['implicit'] } }),
);
const policyParts = fc.record({
  rules: fc.array(ruleSpec, { minLength: 1, maxLength: 6 }),
  exceptions: fc.array(
    fc.record({
      rule: fc.nat(5),
      client: fc.constantFrom(...NAMES, 'Nobody'),
      subject: fc.option(fc.constantFrom(...SCOPE_PATTERNS, ...PERMISSION_PATTERNS), { nil: undefined }),
    }),
    { maxLength: 5 },
  ),
});

type Parts = { rules: Array<Record<string, unknown>>; exceptions: Array<{ rule: number; client: string; subject?: string }> };

function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function policyYaml(parts: Parts, order: (n: number) => number[] = (n) => [...Array(n).keys()]): string {
  const rules = parts.rules.map((r, i) => ({ id: `r${i}`, ...r }));
  const seen = new Set<string>();
  const exceptions = parts.exceptions
    .map((e) => ({
      rule: `r${e.rule % rules.length}`,
      client: e.client,
      ...(e.subject && { subject: e.subject }),
      reason: 'property test exception',
      owner: 'qa',
      expires: '2027-01-01',
    }))
    .filter((e) => !seen.has(JSON.stringify([e.rule, e.client, e.subject])) && seen.add(JSON.stringify([e.rule, e.client, e.subject])));
  return stringify({ version: 1, rules: order(rules.length).map((i) => rules[i]), exceptions: order(exceptions.length).map((i) => exceptions[i]) });
}

function run(yaml: string, clients: ClientRecord[]): Evaluation {
  return evaluate(parsePolicy('p.yml', yaml), inventory(clients), { now });
}

/** Findings without their policy line, which moves when rules are reordered. */
function comparable(e: Evaluation) {
  const f = (x: Evaluation['findings'][number]) => [x.ruleId, x.client?.id, x.subject, x.message, x.severity];
  return { findings: e.findings.map(f).sort(), accepted: e.accepted.map((a) => f(a.finding)).sort(), counts: e.counts };
}

describe('evaluation properties', () => {
  it('deny wins over allow: a scope or permission matching a deny pattern is always a finding', () => {
    // How many denied permissions were checked: the property must not pass on scopes alone.
    let permissionsChecked = 0;
    fc.assert(
      fc.property(org, policyParts, (clients, parts) => {
        const result = run(policyYaml({ ...parts, exceptions: [] }), clients);
        parts.rules.forEach((rule, i) => {
          const { scopes, permissions } = rule as { scopes?: { deny?: string[] }; permissions?: { deny?: string[] } };
          // Scopes: a glob over the whole name. Permissions: a glob per part, and a held `*`
          // part (of a domain:entity:action) grants everything there, so every deny overlaps it.
          const deniedScope = (scope: string) => (scopes?.deny ?? []).some((p) => glob(p).test(scope));
          const deniedPermission = (held: string) =>
            (permissions?.deny ?? []).some((p) => {
              const [hp, pp] = [held.split(':'), p.split(':')];
              return hp.length === pp.length && pp.every((part, k) => (hp.length > 1 && hp[k] === '*') || glob(part).test(hp[k] as string));
            });
          for (const c of clients) {
            const deniedPermissions = [...new Set(c.permissions.map((g) => g.permission).filter(deniedPermission))];
            permissionsChecked += deniedPermissions.length;
            for (const subject of [...c.scopes.filter(deniedScope), ...deniedPermissions]) {
              const hit = result.findings.find((f) => f.ruleId === `r${i}` && f.client?.id === c.id && f.subject === subject);
              expect([subject, hit?.message]).toEqual([subject, expect.stringContaining('which this rule denies')]);
            }
          }
        });
      }),
      { numRuns: 150 },
    );
    expect(permissionsChecked).toBeGreaterThan(0);
  });

  it('an exception never hides a finding of another rule or another client, and hides nothing else', () => {
    fc.assert(
      fc.property(org, policyParts, (clients, parts) => {
        const withExceptions = run(policyYaml(parts), clients);
        const without = run(policyYaml({ ...parts, exceptions: [] }), clients);
        for (const { finding, exception } of withExceptions.accepted) {
          expect(finding.ruleId).toBe(exception.ruleId);
          expect([finding.client?.name, finding.client?.id]).toContain(exception.client);
          expect(accepts(exception, finding, new ClientDirectory(clients).resolve(exception.clientRef))).toBe(true);
        }
        // Rule findings are partitioned: each is either still reported or accepted, never lost.
        const ruleFindings = (e: Evaluation) => e.findings.filter((f) => /^r\d+$/.test(f.ruleId));
        expect(ruleFindings(withExceptions).length + withExceptions.accepted.length).toBe(ruleFindings(without).length);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic and independent of the order of clients, rules and exceptions', () => {
    fc.assert(
      fc.property(org, policyParts, fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), (clients, parts, random) => {
        const shuffle = <T>(items: T[]) =>
          items
            .map((item) => ({ item, key: random.next().value as number }))
            .sort((a, b) => a.key - b.key)
            .map((x) => x.item);
        const first = run(policyYaml(parts), clients);
        const again = run(policyYaml(parts), clients);
        expect(again).toEqual(first);
        const reordered = run(
          policyYaml(parts, (n) => shuffle([...Array(n).keys()])),
          shuffle([...clients]),
        );
        expect(comparable(reordered)).toEqual(comparable(first));
      }),
      { numRuns: 150 },
    );
  });
});
