// How policy entries name clients, as loaded: the compiled reference of each kind of entry,
// and the located errors for references that cannot name one client.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { demoScenario } from '../../emulator/scenarios/demo.ts';
import { clientRefKey, clientRefLabel, refWithin } from '../../src/policy/client-ref.ts';
import { compileGlob } from '../../src/policy/glob.ts';
import { PolicyError } from '../../src/policy/errors.ts';
import { parsePolicy } from '../../src/policy/load.ts';

function problemsOf(text: string): string[] {
  try {
    parsePolicy('p.yml', text);
  } catch (err) {
    if (err instanceof PolicyError) return err.problems.map((p) => `${p.location.line}:${p.location.column} ${p.message}`);
    throw err;
  }
  throw new Error('expected the policy to be rejected');
}

const RULE = 'version: 1\nrules:\n  - id: a\n    scopes: { deny: [oauth] }\n';
const exception = (client: string, rule = 'a') =>
  `exceptions:\n  - { rule: ${rule}, client: ${client}, reason: accepted for now, owner: sec, expires: 2027-01-01 }\n`;

describe('client references', () => {
  it('compile to one type for exceptions, approved clients and where.client', () => {
    const policy = parsePolicy(
      'p.yml',
      [
        'version: 1',
        'rules:',
        '  - id: a',
        '    where: { client: ["Vendor *", Vendor Portal, { id: v-1, name: Vendor One }, { id: v-2 }] }',
        '    scopes: { deny: [oauth] }',
        'clients:',
        '  list:',
        '    - { name: WFM Sync, grant-type: code }',
        '    - { id: w-2, name: WFM Two, grant-type: code }',
        '    - { id: w-3, grant-type: code }',
        'exceptions:',
        '  - { rule: a, client: Legacy, reason: accepted for now, owner: sec, expires: 2027-01-01 }',
        '  - { rule: a, client: { id: l-2, name: Legacy Two }, reason: accepted for now, owner: sec, expires: 2027-01-01 }',
        '  - { rule: a, client: { id: l-3 }, reason: accepted for now, owner: sec, expires: 2027-01-01 }',
      ].join('\n'),
    );
    expect(
      policy.rules[0]?.where.clients?.map((s) => [
        s.kind,
        s.kind === 'glob' ? s.glob.source : s.kind === 'id' ? [s.id, s.name] : s.text,
        s.location.line,
        s.location.column,
      ]),
    ).toEqual([
      ['glob', 'Vendor *', 4, 23],
      ['text', 'Vendor Portal', 4, 35],
      ['id', ['v-1', 'Vendor One'], 4, 50],
      ['id', ['v-2', undefined], 4, 81],
    ]);
    expect(policy.desired?.clients.map((c) => c.clientRef)).toEqual([
      { kind: 'text', text: 'WFM Sync' },
      { kind: 'id', id: 'w-2', name: 'WFM Two' },
      { kind: 'id', id: 'w-3' },
    ]);
    expect(policy.exceptions.map((e) => [e.clientRef, e.client])).toEqual([
      [{ kind: 'text', text: 'Legacy' }, 'Legacy'],
      [{ kind: 'id', id: 'l-2', name: 'Legacy Two' }, 'Legacy Two (id l-2)'],
      [{ kind: 'id', id: 'l-3' }, 'id l-3'],
    ]);
  });

  it('have a key that tells a pinned id from a bare string with the same text', () => {
    const keys = [
      { kind: 'text', text: 'x' },
      { kind: 'id', id: 'x' },
      { kind: 'id', id: 'x', name: 'x' },
    ].map((r) => clientRefKey(r as never));
    expect(new Set(keys).size).toBe(3);
    expect(clientRefLabel({ kind: 'id', id: 'x', name: 'X' })).toBe('X (id x)');
  });

  it('in an exception are exact: a wildcard is refused at its line', () => {
    expect(problemsOf(RULE + exception('"Vendor *"'))).toEqual([
      '6:24 An exception names one client exactly, so `*` and `?` in "Vendor *" are not wildcards: pin the client by id with `client: { id: <id>, name: <name> }`.',
    ]);
    expect(problemsOf(RULE + exception('"Who?"'))[0]).toMatch(/^6:24 An exception names one client exactly/);
  });

  it('pinned by id may carry a name with any characters, and are not confused with a bare string', () => {
    const policy = parsePolicy('p.yml', RULE + exception('{ id: abc, name: "Vendor *" }') + exception('abc').replace('exceptions:\n', ''));
    expect(policy.exceptions.map((e) => e.clientRef.kind)).toEqual(['id', 'text']);
  });

  it('of the wrong shape get one sentence at their line', () => {
    expect(problemsOf(RULE + exception('{ name: Legacy }'))).toEqual([
      '6:24 `exceptions.0.client` must be a client name, or a mapping `{ id: <client id>, name: <its name> }` (id required).',
    ]);
    expect(problemsOf('version: 1\nrules:\n  - id: a\n    where: { client: [{ id: x, owner: y }] }\n    scopes: { deny: [oauth] }\n')).toEqual([
      '4:23 `rules.0.where.client.0` must be a name or id glob, or a mapping `{ id: <client id>, name: <its name> }` (id required).',
    ]);
  });

  it('in where.client are checked like globs', () => {
    expect(problemsOf('version: 1\nrules:\n  - id: a\n    where: { client: ["[ab]*"] }\n    scopes: { deny: [oauth] }\n')).toEqual([
      '4:23 Pattern "[ab]*" uses [ ] or { }, which globs here do not support (only * and ?).',
    ]);
  });

  it('cannot be excepted away when ambiguous or renamed: the entry is what needs fixing', () => {
    expect(problemsOf(RULE + exception('Legacy', 'renamed-client'))).toEqual([
      "6:13 `renamed-client` findings say that a policy entry does not name one client; fix the entry (pin the client's id and name) instead of accepting them.",
    ]);
    expect(problemsOf(RULE + exception('Legacy', 'ambiguous-client'))[0]).toMatch(/^6:13 `ambiguous-client` findings/);
  });

  it('may not be used as rule ids', () => {
    expect(problemsOf('version: 1\nrules:\n  - id: renamed-client\n    scopes: { deny: [oauth] }\n')).toEqual([
      '3:9 Rule id `renamed-client` is reserved for findings of the policy itself; pick another id.',
    ]);
  });
});

describe('the example policy', () => {
  it('pins its exceptions by id, to clients of the demo org bearing those names', () => {
    const policy = parsePolicy('policies/oauth-policy.yml', readFileSync('policies/oauth-policy.yml', 'utf8'));
    const org = demoScenario({ now: Date.parse('2026-11-24T00:00:00Z') });
    const names = new Map(org.clients.map((c) => [c.client.id, c.client.name]));
    expect(policy.exceptions.length).toBeGreaterThan(0);
    for (const e of policy.exceptions) {
      expect(e.clientRef.kind).toBe('id');
      if (e.clientRef.kind === 'id') expect([e.clientRef.id, names.get(e.clientRef.id)]).toEqual([e.clientRef.id, e.clientRef.name]);
    }
  });
});

describe('refWithin (for the gate: does a changed reference reach more clients?)', () => {
  const id = (v: string, name?: string) => ({ kind: 'id' as const, id: v, ...(name && { name }) });
  const text = (v: string) => ({ kind: 'text' as const, text: v });
  const glob = (v: string) => ({ kind: 'glob' as const, glob: compileGlob(v) });

  it.each([
    ['a pinned id within a bare string of that id', id('x'), text('x'), true],
    ['a bare string never within a pinned id: it also matches names', text('x'), id('x'), false],
    ['a pinned id within itself, whatever its name says', id('x', 'Old'), id('x', 'New'), true],
    ['another id', id('y'), id('x'), false],
    ['another name', text('B'), text('A'), false],
    ['a name within a glob that matches it', text('Vendor A'), glob('Vendor *'), true],
    ['an id within a glob that matches it', id('3f2a-1'), glob('3f2a*'), true],
    ['a glob never within a name or an id', glob('Vendor *'), text('Vendor *'), false],
    ['a glob within the same glob only', glob('Vendor *'), glob('Vendor *'), true],
    ['a glob not within another glob (undecided counts as not)', glob('Vendor A*'), glob('Vendor *'), false],
  ] as const)('%s', (_what, narrow, wide, expected) => {
    expect(refWithin(narrow, wide)).toBe(expected);
  });
});
