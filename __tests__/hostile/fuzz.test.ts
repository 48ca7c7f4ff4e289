// Randomly mutated API answers (types changed, fields dropped, nulls, duplicated or missing
// entities, paging signals that contradict each other): the read ends in the whole org or
// in one typed error with one sentence — never a crash, never a pass on part of the org.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { GenesysClient } from '../../src/genesys/client.ts';
import { ExitCode, UserError } from '../../src/errors.ts';
import { fetchInventory } from '../../src/inventory/fetch.ts';
import type { HttpResponse, Transport } from '../../src/genesys/transport.ts';
import { Redactor } from '../../src/redactor.ts';
import { FakeClock } from '../helpers/fake-clock.ts';
import { CREDENTIALS, demoOrg, respond } from './fake-genesys.ts';

const ROUTES = {
  clients: /^\/api\/v2\/oauth\/clients$/,
  client: /^\/api\/v2\/oauth\/clients\/[^/]+$/,
  roles: /^\/api\/v2\/authorization\/roles$/,
  divisions: /^\/api\/v2\/authorization\/divisions$/,
  home: /^\/api\/v2\/authorization\/divisions\/home$/,
  scopes: /^\/api\/v2\/oauth\/scopes$/,
  limits: /^\/api\/v2\/organizations\/limits\//,
  usagePost: /^\/api\/v2\/usage\/query$/,
  usageResults: /^\/api\/v2\/usage\/query\/[^/]+\/results$/,
} as const;
type Route = keyof typeof ROUTES;

type Kind = 'retype' | 'drop' | 'null' | 'duplicate-entity' | 'drop-entity' | 'paging-lie';
interface Mutation {
  route: Route;
  kind: Kind;
  /** Picks the field (or entity) to change. */
  at: number;
  /** Picks the new value. */
  value: number;
}

const org = demoOrg();
const orgIds = org.clients.map((c) => c.id as string).sort();
const roleNames = new Map(org.roles.map((r) => [r.id as string, r.name as string]));

/** Every path into a JSON value (objects and arrays included), root excluded. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (!value || typeof value !== 'object') return [];
  const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k])]);
}

function parentOf(body: unknown, path: Array<string | number>): Record<string | number, unknown> | undefined {
  let node = body as Record<string | number, unknown> | undefined;
  for (const key of path.slice(0, -1)) node = node?.[key] as Record<string | number, unknown> | undefined;
  return node && typeof node === 'object' ? node : undefined;
}

const OTHER_TYPE: ReadonlyArray<(v: unknown, n: number) => unknown> = [
  (v, n) => (typeof v === 'string' ? n : String(n)),
  (v) => (Array.isArray(v) ? 'a list once' : [v]),
  (v) => (typeof v === 'object' && v !== null ? true : { value: v }),
];

const LIES: ReadonlyArray<(n: number) => Record<string, unknown>> = [
  (n) => ({ total: n % 30 }),
  (n) => ({ total: String(n % 30) }),
  (n) => ({ pageCount: n % 9 }),
  (n) => ({ pageNumber: n % 9 }),
  (n) => ({ lastUri: `/api/v2/oauth/clients?pageNumber=${n % 9}` }),
  (n) => ({ nextUri: `/api/v2/oauth/clients?pageNumber=${n % 9}` }),
  (n) => ({ cursors: { after: `c${n % 3}` } }),
];

/** The body with the mutation applied (a deep copy). One mutation per route, so that no two lies can agree. */
function mutate(body: unknown, m: Mutation): unknown {
  const copy = structuredClone(body) as Record<string, unknown>;
  if (!copy || typeof copy !== 'object') return copy;
  const entities = Array.isArray(copy.entities) ? (copy.entities as unknown[]) : Array.isArray(copy.results) ? (copy.results as unknown[]) : undefined;
  switch (m.kind) {
    case 'duplicate-entity':
      if (entities?.length) entities.push(structuredClone(entities[m.at % entities.length]));
      return copy;
    case 'drop-entity':
      // The paging signals stay those of the whole listing: the lie is the missing entity.
      if (entities?.length) entities.splice(m.at % entities.length, 1);
      return copy;
    case 'paging-lie':
      return { ...copy, ...LIES[m.value % LIES.length]?.(m.at) };
    default: {
      const all = paths(copy);
      const path = all[m.at % Math.max(1, all.length)];
      const parent = path && parentOf(copy, path);
      if (!path || !parent) return m.kind === 'null' ? null : copy;
      const key = path[path.length - 1] as string | number;
      if (m.kind === 'drop') {
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
      } else if (m.kind === 'null') parent[key] = null;
      else parent[key] = OTHER_TYPE[m.value % OTHER_TYPE.length]?.(parent[key], m.value);
      return copy;
    }
  }
}

function transport(mutations: readonly Mutation[]): Transport {
  return async (req) => {
    const url = new URL(req.url);
    const { status, body } = respond(org, req.method, url, req.headers.authorization);
    const route = (Object.keys(ROUTES) as Route[]).find((r) => ROUTES[r].test(url.pathname) && (r !== 'usagePost' || req.method === 'POST'));
    const m = mutations.find((x) => x.route === route);
    const answer: HttpResponse = { status, headers: {}, text: JSON.stringify(m && status < 300 ? mutate(body, m) : body) ?? '' };
    return answer;
  };
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  route: fc.constantFrom(...(Object.keys(ROUTES) as Route[])),
  kind: fc.constantFrom<Kind>('retype', 'drop', 'null', 'duplicate-entity', 'drop-entity', 'paging-lie'),
  at: fc.nat({ max: 10_000 }),
  value: fc.nat({ max: 10_000 }),
});

describe('fuzzed API answers', () => {
  it('end in the whole org or in one sentence, never a crash or a pass on part of the org', async () => {
    let completed = 0;
    let failed = 0;
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(mutationArb, { minLength: 1, maxLength: 3, selector: (m) => m.route }), async (mutations) => {
        const clock = new FakeClock(Date.parse('2026-06-01T00:00:00Z'));
        const api = new GenesysClient({
          endpoints: { apiBaseUrl: 'https://api.example.test', tokenUrl: 'https://login.example.test/oauth/token' },
          credentials: CREDENTIALS,
          redactor: new Redactor(),
          clock,
          random: () => 0.5,
          transport: transport(mutations),
        });
        const outcome = await fetchInventory(api, { clock, usageDays: 30, readOrgLimit: true, usageMaxWaitMs: 10_000 }).then(
          (inventory) => ({ inventory }),
          (error: unknown) => ({ error }),
        );
        if ('error' in outcome) {
          failed++;
          // A typed error (the CLI's exit 2, 3 or 4) with one sentence: no stack, no line break.
          expect(outcome.error).toBeInstanceOf(UserError);
          expect((outcome.error as UserError).exitCode).toBe(ExitCode.Api);
          const message = (outcome.error as Error).message;
          expect(message).not.toMatch(/\n/);
          expect(message.length).toBeLessThan(600);
          expect(message).toMatch(/[.!?]$/);
          return;
        }
        completed++;
        // The whole org: every client, each once, and every role it holds resolved.
        expect(outcome.inventory.clients.map((c) => c.id).sort()).toEqual(orgIds);
        for (const c of outcome.inventory.clients) {
          for (const g of c.roleGrants) if (roleNames.has(g.roleId)) expect(g.roleName).toBe(roleNames.get(g.roleId));
        }
      }),
      { numRuns: 400, seed: 20261201, endOnFailure: true },
    );
    // Both outcomes occur: the mutations are neither all harmless nor all fatal.
    expect(completed).toBeGreaterThan(0);
    expect(failed).toBeGreaterThan(0);
  });
});
