// The run state: what a scheduled run remembers, how it is kept in an issue body, and what
// a hostile or broken body can (not) do to the next run's baseline.
import { describe, expect, it } from '@jest/globals';
import { gzipSync } from 'node:zlib';
import { compareRuns, type Baseline } from '../../src/drift/compare.ts';
import { buildState, findingFingerprint, type RunState } from '../../src/drift/state.ts';
import { decodeState, encodeState, STATE_BUDGET_CHARS, stateKey } from '../../src/drift/state-codec.ts';
import { newFinding, type Finding } from '../../src/evaluate/findings.ts';
import { ccClient, client } from '../helpers/inventory.ts';

const KEY = 'api.example.test|policies/oauth-policy.yml';
const secret = stateKey('the-client-secret');
const loc = { file: 'policies/oauth-policy.yml', line: 3, column: 1 };

function finding(ruleId: string, c: { id: string; name: string }, subject?: string, severity: Finding['severity'] = 'error'): Finding {
  return newFinding(ruleId, severity, 'm', loc, undefined, undefined, { id: c.id, name: c.name, grantType: 'code' }, subject || undefined);
}

function stateOf(findings: Finding[], clients = [client({ id: 'a', name: 'A' })]): RunState {
  return buildState({ key: KEY, at: '2026-11-30T06:17:00.000Z', passed: findings.length === 0, findings, clients });
}

function ok(state: RunState): Baseline {
  return { kind: 'ok', state };
}

describe('the state block', () => {
  it('round-trips through an issue body, among other text', () => {
    const state = stateOf([finding('no-admin', { id: 'a', name: 'A' })]);
    const { block, cut } = encodeState(state, secret);
    expect(cut).toBeUndefined();
    expect(decodeState(`# Title\n\nsome text\n\n${block}\ntrailing`, KEY, secret)).toEqual({ kind: 'ok', state });
  });

  it('holds no secret and no scope or permission names, only digests and the names the summary shows', () => {
    const c = ccClient([{ role: 'Master Admin', division: '*', permissions: ['*:*:*'] }], { id: 'cc', name: 'Robot', scopes: ['admin'] });
    const state = stateOf([finding('no-admin', c, 'Master Admin')], [c]);
    const json = JSON.stringify(state);
    expect(json).not.toContain('*:*:*');
    expect(json).not.toContain('Master Admin');
    expect(json).not.toContain('the-client-secret');
    expect(encodeState(state, secret).block).not.toContain('the-client-secret');
  });

  it('is ignored with a reason when edited by hand, unsigned, foreign, of another version or damaged', () => {
    const state = stateOf([finding('no-admin', { id: 'a', name: 'A' })]);
    const { block } = encodeState(state, secret);
    const forged = encodeState({ ...state, findings: [] }, stateKey('another secret')).block;
    expect(decodeState(forged, KEY, secret)).toMatchObject({ kind: 'ignored', reason: expect.stringMatching(/signature does not match/) });
    expect(decodeState(encodeState(state, undefined).block, KEY, secret)).toMatchObject({ kind: 'ignored', reason: expect.stringMatching(/not signed/) });
    expect(decodeState(block, 'api.other.test|policies/oauth-policy.yml', secret)).toMatchObject({
      kind: 'ignored',
      reason: expect.stringMatching(/another org/),
    });
    expect(decodeState(block.replace(' v1 ', ' v9 '), KEY, secret)).toMatchObject({ kind: 'ignored', reason: expect.stringMatching(/version 9/) });
    expect(decodeState('<!-- genesys-oauth-policy-state broken -->', KEY, secret)).toMatchObject({ kind: 'ignored', reason: expect.stringMatching(/damaged/) });
    expect(decodeState('no state here', KEY, secret)).toEqual({ kind: 'none' });
  });

  it('refuses a body that would inflate without bound, and a well-signed state of the wrong shape', () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20)).toString('base64');
    const body = `<!-- genesys-oauth-policy-state v1 sig=unsigned\n${bomb.match(/.{1,100}/g)?.join('\n')}\n-->`;
    expect(decodeState(body, KEY, undefined)).toMatchObject({ kind: 'ignored', reason: expect.stringMatching(/larger than 8 MiB/) });
    const wrong = { ...stateOf([]), findings: [{ fp: 1 }] } as unknown as RunState;
    expect(decodeState(encodeState(wrong, secret).block, KEY, secret)).toMatchObject({ kind: 'ignored', reason: expect.stringMatching(/findings\[0\]/) });
  });

  it('fits the budget for 20,000 clients: drops the client list first, then findings, and says so', () => {
    const clients = Array.from({ length: 20_000 }, (_, i) => client({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, name: `Client ${i}` }));
    const few = encodeState(
      stateOf(
        clients.slice(0, 50).map((c) => finding('r', c)),
        clients,
      ),
      secret,
    );
    expect(few.block.length).toBeLessThanOrEqual(STATE_BUDGET_CHARS);
    expect(few.cut).toMatch(/20000 clients' access digests/);
    expect(decodeState(few.block, KEY, secret)).toMatchObject({ kind: 'ok', state: { findings: expect.any(Array) } });
    const many = encodeState(
      stateOf(
        clients.flatMap((c) => [finding('r1', c), finding('r2', c)]),
        clients,
      ),
      secret,
    );
    expect(many.block.length).toBeLessThanOrEqual(STATE_BUDGET_CHARS);
    expect(many.cut).toMatch(/of 40000 findings/);
    const decoded = decodeState(many.block, KEY, secret);
    expect(decoded.kind === 'ok' && decoded.state.partial).toBe(true);
  });
});

describe('comparing runs', () => {
  const a = { id: 'a', name: 'A' };
  const b = { id: 'b', name: 'B' };

  it('without a baseline, every finding is new (fail closed)', () => {
    const findings = [finding('r', a)];
    const drift = compareRuns({ kind: 'none', reason: 'first run' }, findings, []);
    expect(drift.newFindings).toEqual(findings);
    expect(drift.newClients).toBeUndefined();
  });

  it('splits findings into new, resolved and unchanged by rule, client id and subject', () => {
    const before = stateOf([finding('r', a, 'x'), finding('r', b, 'x')]);
    const now = [finding('r', a, 'x'), finding('r', a, 'y'), finding('q', b)];
    const drift = compareRuns(ok(before), now, []);
    expect(drift.newFindings.map(findingFingerprint)).toEqual([findingFingerprint(now[1] as Finding), findingFingerprint(now[2] as Finding)]);
    expect(drift.resolved.map((f) => [f.rule, f.clientId])).toEqual([['r', 'b']]);
    expect(drift.unchanged).toBe(1);
  });

  it('a renamed client keeps its findings (ids decide), a look-alike with the same name does not inherit them', () => {
    const before = stateOf([finding('r', a)]);
    expect(compareRuns(ok(before), [finding('r', { id: 'a', name: 'Renamed' })], []).newFindings).toHaveLength(0);
    expect(compareRuns(ok(before), [finding('r', { id: 'a2', name: 'A' })], []).newFindings).toHaveLength(1);
  });

  it('names new clients and clients whose access grew or changed', () => {
    const narrow = ccClient([{ role: 'Viewer', division: 'home', permissions: ['routing:queue:view'] }], { id: 'cc', name: 'Robot' });
    const wide = ccClient(
      [
        { role: 'Viewer', division: 'home', permissions: ['routing:queue:view'] },
        { role: 'Admin', division: '*', permissions: ['*:*:*'] },
      ],
      { id: 'cc', name: 'Robot' },
    );
    const swapped = ccClient([{ role: 'Editor', division: 'home', permissions: ['routing:queue:edit'] }], { id: 'cc', name: 'Robot' });
    const other = client({ id: 'new', name: 'Newcomer' });
    const before = stateOf([], [narrow]);
    const grew = compareRuns(ok(before), [], [wide, other]);
    expect(grew.newClients).toEqual([{ id: 'new', name: 'Newcomer' }]);
    expect(grew.accessChanged).toEqual([{ id: 'cc', name: 'Robot', itemsBefore: 3, itemsAfter: 5, grew: true }]);
    expect(compareRuns(ok(before), [], [swapped]).accessChanged).toEqual([expect.objectContaining({ grew: false })]);
    expect(compareRuns(ok(before), [], [narrow]).accessChanged).toEqual([]);
  });
});
