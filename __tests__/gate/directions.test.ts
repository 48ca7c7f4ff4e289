// The direction table: the docs show it verbatim, it names every construct of the schema,
// and the comparisons behind it order the simple cases right and call the rest loosening.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { clientMatchNarrowsOrEqual, globCovers, permissionCovers } from '../../src/gate/coverage.ts';
import { compileClientRef, compileClientSelector } from '../../src/policy/client-ref.ts';
import { CHECK_DIRECTIONS, COMPILED_FIELDS, directionRows, directionTableMarkdown, WHERE_DIRECTIONS } from '../../src/gate/directions.ts';
import { parsePolicy } from '../../src/policy/load.ts';
import { compilePermissionPattern } from '../../src/policy/permission-pattern.ts';

type SchemaNode = { properties?: Record<string, SchemaNode>; $ref?: string; items?: SchemaNode };
const schema = JSON.parse(readFileSync('policies/oauth-policy.schema.json', 'utf8')) as SchemaNode & { definitions: Record<string, SchemaNode> };
const keys = (node: SchemaNode | undefined) => Object.keys(node?.properties ?? {});

/** Every construct of the schema, as the table names it. */
function schemaConstructs(): string[] {
  const d = schema.definitions;
  // `settings` is only its keys; lists are named by their items.
  const out = keys(schema)
    .filter((k) => k !== 'settings')
    .map((k) => `\`${k === 'rules' || k === 'exceptions' ? `${k}[]` : k}\``);
  for (const [k, v] of Object.entries(d.rule?.properties ?? {})) {
    if (k === 'where' || k === 'id') continue;
    out.push(`\`${k}\``, ...keys(v).map((p) => `\`${k}.${p}\``));
  }
  out.push(...keys(d.where).map((k) => `\`where.${k}\``));
  out.push(...keys(schema.properties?.settings).map((k) => `\`settings.${k}\``));
  out.push(...keys(d.clients).map((k) => `\`clients.${k}\``));
  out.push(...keys(d.desiredClient).map((k) => `\`clients.list[].${k}\``));
  out.push(...keys(d.exception).map((k) => `\`exceptions[].${k}\``));
  return out;
}

describe('the direction table', () => {
  it('is in docs/policy.md verbatim', () => {
    expect(readFileSync('docs/policy.md', 'utf8')).toContain(`${directionTableMarkdown()}\n`);
  });

  it('names every construct of the schema (a new key needs a row)', () => {
    const rows = directionRows().map(([construct]) => construct);
    const missing = schemaConstructs().filter((c) => !rows.some((r) => r.includes(c)));
    expect(missing).toEqual([]);
  });

  it('has a direction for every parameter of every check kind and every where key', () => {
    // The compiler already demands it (the tables are typed by RuleChecks); this keeps the YAML names honest.
    const rule = schema.definitions.rule?.properties ?? {};
    for (const check of Object.values(CHECK_DIRECTIONS)) {
      const params = Object.values(check.params as Record<string, { yaml: string }>).map((p) => p.yaml);
      expect(keys(rule[check.yaml]).filter((k) => k !== 'required')).toEqual(expect.arrayContaining(params));
      expect(params).toEqual(expect.arrayContaining(keys(rule[check.yaml]).filter((k) => k !== 'required')));
    }
    expect(
      Object.values(WHERE_DIRECTIONS)
        .map((w) => w.yaml)
        .sort(),
    ).toEqual(keys(schema.definitions.where).sort());
  });
});

describe('the compiled policy', () => {
  it('carries no field the diff has not placed (at run time too, not only in the types)', () => {
    const policy = parsePolicy(
      'p.yml',
      `version: 1
extends: [recommended]
settings: { fail-on: warning, max-exception-days: 90 }
rules:
  - id: r
    description: d
    category: data-access
    fix: f
    where: { grant-type: [code], client: [A], state: [active] }
    scopes: { deny: [oauth] }
clients:
  list:
    - { id: x1, name: A, grant-type: code, scopes: [users], owner: me, description: an app }
exceptions:
  - { rule: r, client: A, subject: oauth, reason: accepted for a while, owner: sec, expires: 2027-01-01 }
`,
    );
    const placed = (fields: object, value: object) => expect(Object.keys(value).filter((k) => !(k in fields))).toEqual([]);
    placed(COMPILED_FIELDS.policy, policy);
    for (const rule of policy.rules) placed(COMPILED_FIELDS.rule, rule);
    placed(COMPILED_FIELDS.desiredState, policy.desired ?? {});
    for (const c of policy.desired?.clients ?? []) placed(COMPILED_FIELDS.desiredClient, c);
    for (const e of policy.exceptions) placed(COMPILED_FIELDS.exception, e);
    for (const rule of policy.rules) {
      placed(WHERE_DIRECTIONS, rule.where);
      placed(CHECK_DIRECTIONS, rule.checks);
      for (const [kind, check] of Object.entries(rule.checks)) placed(CHECK_DIRECTIONS[kind as keyof typeof CHECK_DIRECTIONS].params, check as object);
    }
  });
});

describe('coverage of patterns', () => {
  it('proves the simple cases and nothing else', () => {
    expect(globCovers('*', 'anything*')).toBe(true);
    expect(globCovers('oauth*', 'oauth:client')).toBe(true);
    expect(globCovers('oauth*', 'oauth:*')).toBe(true);
    expect(globCovers('user?', 'users')).toBe(true);
    expect(globCovers('oauth:*', 'oauth*')).toBe(false);
    expect(globCovers('*:readonly', 'users:*')).toBe(false);
    expect(globCovers('a*b', 'a*b*')).toBe(false);
    expect(globCovers('a?*', 'ab*')).toBe(false);
    const p = compilePermissionPattern;
    expect(permissionCovers(p('routing:*:*'), p('routing:queue:edit'))).toBe(true);
    expect(permissionCovers(p('routing:queue:*'), p('routing:*:edit'))).toBe(false);
    expect(permissionCovers(p('*'), p('routing:queue:edit'))).toBe(false);
  });

  it('calls a client matcher narrower only when it provably is', () => {
    const at = { file: 'p.yml', line: 1, column: 1 };
    const sel = (...specs: Array<string | { id: string; name?: string }>) => specs.map((s) => compileClientSelector(s, at));
    const text = (t: string) => compileClientRef(t);
    const id = (i: string, name?: string) => compileClientRef(name === undefined ? { id: i } : { id: i, name });
    expect(clientMatchNarrowsOrEqual(undefined, sel('A'))).toBe(true);
    expect(clientMatchNarrowsOrEqual(sel('A'), undefined)).toBe(false);
    expect(clientMatchNarrowsOrEqual(sel('CRM*'), sel('CRM Sync', 'CRM*'))).toBe(true);
    expect(clientMatchNarrowsOrEqual(sel('CRM Sync'), sel('CRM*'))).toBe(false);
    expect(clientMatchNarrowsOrEqual(sel('CRM*'), sel('CRM S*'))).toBe(true);
    expect(clientMatchNarrowsOrEqual(text('CRM Sync'), text('CRM Sync'))).toBe(true);
    expect(clientMatchNarrowsOrEqual(text('CRM*'), text('CRM Sync'))).toBe(false); // an exception's client is exact
    expect(clientMatchNarrowsOrEqual(sel('CRM*'), text('CRM Sync'))).toBe(true);
    // Pinned ids: the id decides; a name beside it only labels it.
    expect(clientMatchNarrowsOrEqual(id('c-1', 'CRM Sync'), id('c-1', 'CRM Sync (renamed)'))).toBe(true);
    expect(clientMatchNarrowsOrEqual(id('c-1', 'CRM Sync'), text('CRM Sync'))).toBe(false); // id → bare name loosens
    expect(clientMatchNarrowsOrEqual(id('c-1'), id('c-2'))).toBe(false);
    expect(clientMatchNarrowsOrEqual(text('CRM Sync'), id('c-1', 'CRM Sync'))).toBe(false); // not provable from the policies alone
    expect(clientMatchNarrowsOrEqual(sel({ id: 'c-1' }, 'Other'), sel({ id: 'c-1' }))).toBe(true);
    expect(clientMatchNarrowsOrEqual(sel({ id: 'c-1' }), sel({ id: 'c-1' }, 'Other'))).toBe(false);
  });
});
