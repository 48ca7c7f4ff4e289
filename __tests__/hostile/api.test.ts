// The audit against an API that lies: every case ends in the whole org or in one sentence
// and a non-zero exit, the token never leaves the API origin, and nothing runs unbounded.
import { afterEach, describe, expect, it } from '@jest/globals';
import { demoOrg, send, startFakeGenesys, startRecorder, wholeListing, type FakeServer, type Override } from './fake-genesys.ts';
import { oneSentence, PASSING_POLICY, runCli, UNUSED_POLICY } from './run.ts';

const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function fake(override?: Override): Promise<FakeServer> {
  const server = await startFakeGenesys({ override });
  servers.push(server);
  return server;
}

async function recorder(): Promise<FakeServer> {
  const server = await startRecorder();
  servers.push(server);
  return server;
}

const org = demoOrg();
const LISTING = '/api/v2/oauth/clients';
/** Overrides the client listing with `body`. */
const listing =
  (body: unknown): Override =>
  (url, _req, res) =>
    url.pathname === LISTING && send(res, 200, body);

describe('the token stays on the API origin', () => {
  it('passes on the whole org when nothing lies (the baseline of every case below)', async () => {
    const api = await fake();
    const run = await runCli(api);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain('14 OAuth clients');
  });

  it.each([
    ['an absolute URI to another port', (other: string) => `${other}/api/v2/oauth/clients?pageNumber=2`],
    ['a scheme-relative URI', (other: string) => `${other.replace('http:', '')}/api/v2/oauth/clients?pageNumber=2`],
    ['another scheme on the same host and port', (_other: string, self: string) => `${self.replace('http:', 'https:')}/api/v2/oauth/clients?pageNumber=2`],
    ['userinfo on the same origin', (_other: string, self: string) => `${self.replace('http://', 'http://someone:pw@')}/api/v2/oauth/clients?pageNumber=2`],
  ])('a nextUri with %s is an error naming it, never a request', async (_name, link) => {
    const other = await recorder();
    const lying = await fake(
      (url, req, res) =>
        url.pathname === LISTING &&
        send(res, 200, { ...wholeListing(org.clients.slice(0, 7)), total: 14, nextUri: link(other.url, `http://${req.headers.host}`) }),
    );
    const run = await runCli(lying);
    expect(run.code).toBe(3);
    expect(oneSentence(run)).toMatch(
      /^error: Genesys Cloud answered with a link to \S+, outside the configured API origin http:\/\/127\.0\.0\.1:\d+; the access token is only sent to that origin, so the audit stopped instead of following it\.$/,
    );
    expect(other.requests).toEqual([]);
    expect(lying.requests.filter((r) => r.includes('pageNumber=2'))).toEqual([]);
  });

  it('does not follow a redirect to another origin', async () => {
    const other = await recorder();
    const api = await fake((url, _req, res) => url.pathname === LISTING && send(res, 302, '', { location: `${other.url}/api/v2/oauth/clients` }));
    const run = await runCli(api);
    expect(run.code).toBe(3);
    expect(oneSentence(run)).toMatch(/with a redirect \(HTTP 302\), which this tool does not follow/);
    expect(other.requests).toEqual([]);
  });
});

describe('a partial listing never passes', () => {
  const two = org.clients.slice(0, 2);
  const next = (n: number) => `/api/v2/oauth/clients?pageNumber=${n}`;
  it.each([
    ['pageCount 7 and no nextUri', [{ entities: two, pageNumber: 1, pageCount: 7 }], 'a listing that may be incomplete: it counts 7 pages but 1 was read'],
    ['a total given as a string', [{ entities: two, total: '14' }], 'a listing that may be incomplete: it counts 14 OAuth clients but gave 2'],
    [
      'a lastUri of page 7 and no total',
      [{ entities: two, lastUri: '/api/v2/oauth/clients?pageSize=2&pageNumber=7' }],
      'a listing that may be incomplete: its lastUri names page 7 but the listing ended at page 1',
    ],
    [
      'pages that disagree on the total',
      [
        { entities: two, total: 2, nextUri: next(2) },
        { entities: [], total: 14 },
      ],
      'a listing that may be incomplete: its pages give different totals (2, 14)',
    ],
    [
      'a page that calls itself another page',
      [
        { entities: two, nextUri: next(2) },
        { entities: [], pageNumber: 7 },
      ],
      'a listing that may be incomplete: page 2 says it is page 7',
    ],
    [
      'a nextUri that leads back',
      [
        { entities: two, nextUri: next(2) },
        { entities: [], nextUri: '/api/v2/oauth/clients' },
      ],
      'a paging loop: page 2 points back to an earlier page; try again later.',
    ],
  ])('%s: exit 3 with the numbers seen', async (_name, pages, numbers) => {
    const api = await fake((url, _req, res) => url.pathname === LISTING && send(res, 200, pages[Number(url.searchParams.get('pageNumber') ?? 1) - 1] ?? {}));
    const run = await runCli(api);
    expect(run.code).toBe(3);
    const sentence = oneSentence(run);
    expect(sentence.startsWith(`error: Genesys Cloud answered GET /api/v2/oauth/clients with ${numbers}`)).toBe(true);
    if (numbers.startsWith('a listing')) expect(sentence.endsWith('; the listing may have changed while it was read, so run the audit again.')).toBe(true);
    expect(run.stdout).toBe('');
  });

  it('a total that is not a number is a wrong shape, named', async () => {
    const run = await runCli(await fake(listing({ entities: two, total: 'fourteen' })));
    expect(run.code).toBe(3);
    expect(oneSentence(run)).toMatch(
      /^error: Genesys Cloud answered GET \/api\/v2\/oauth\/clients with a body where total is not a number \(it is a string\); /,
    );
  });

  it('a client listed twice fails naming it, although the copy hides a Master Admin grant', async () => {
    const admin = org.clients[12];
    const copy = { ...admin, roleDivisions: [] };
    const run = await runCli(await fake(listing(wholeListing([...org.clients, copy]))));
    expect(run.code).toBe(3);
    expect(oneSentence(run)).toBe(
      `error: Genesys Cloud answered GET /api/v2/oauth/clients with the same OAuth client id more than once (${admin?.id}); a listing that repeats entries may hide others, so run the audit again.`,
    );
  });

  it('a role listed twice fails naming it', async () => {
    const run = await runCli(
      await fake(
        (url, _req, res) =>
          url.pathname === '/api/v2/authorization/roles' &&
          send(res, 200, { entities: [org.roles[0], org.roles[0], org.roles[1]], pageCount: 1, pageNumber: 1 }),
      ),
    );
    expect(run.code).toBe(3);
    expect(oneSentence(run)).toMatch(/^error: Genesys Cloud answered GET \/api\/v2\/authorization\/roles with the same role id more than once \(r-admin\)/);
  });

  it('a role listing that claims endless pages fails before asking for them', async () => {
    const api = await fake(
      (url, _req, res) => url.pathname === '/api/v2/authorization/roles' && send(res, 200, { entities: org.roles, pageCount: 1_000_000, pageNumber: 1 }),
    );
    const run = await runCli(api);
    expect(run.code).toBe(3);
    expect(oneSentence(run)).toMatch(/with 1000000 pages for 2 role ids at 2 a page \(at most 1\)/);
    expect(api.requests.filter((r) => r.startsWith('GET /api/v2/authorization/roles'))).toHaveLength(1);
  });
});

describe('a wrong shape is one sentence naming the field', () => {
  it.each([
    ['null in entities', (clients: unknown[]) => clients.map((c, i) => (i === 3 ? null : c)), 'entities[3] is not an object (it is null)'],
    [
      'a roleDivisions that is not a list',
      (clients: unknown[]) => clients.map((c, i) => (i === 12 ? { ...(c as object), roleDivisions: 'r-admin' } : c)),
      'entities[12].roleDivisions is not a list (it is a string)',
    ],
    [
      'a role grant without its division',
      (clients: unknown[]) => clients.map((c, i) => (i === 12 ? { ...(c as object), roleDivisions: [{ roleId: 'r-admin' }] } : c)),
      'entities[12].roleDivisions[0] has no divisionId',
    ],
    [
      'a name that is a number',
      (clients: unknown[]) => clients.map((c, i) => (i === 0 ? { ...(c as object), name: 7 } : c)),
      'entities[0].name is not a string (it is a number)',
    ],
  ])('%s', async (_name, mutate, field) => {
    const run = await runCli(await fake(listing(wholeListing(mutate(org.clients)))));
    expect(run.code).toBe(3);
    expect(oneSentence(run)).toBe(
      `error: Genesys Cloud answered GET /api/v2/oauth/clients with a body where ${field}; the API or a proxy in front of it sent something the OAuthClientEntityListing model does not allow, try again later.`,
    );
  });
});

describe('usage that cannot be read', () => {
  const usage =
    (status: number): Override =>
    (url, req, res) =>
      req.method === 'POST' && url.pathname === '/api/v2/usage/query' && send(res, status, { message: 'nope', status });

  it.each([
    [404, 'Not evaluated: Genesys Cloud has no organization usage query at this API (HTTP 404).'],
    [403, 'Not evaluated: Genesys Cloud refused the organization usage query (HTTP 403)'],
  ])('HTTP %i: the audit completes and each unused rule is an error finding "not evaluated" (exit 1)', async (status, message) => {
    const run = await runCli(await fake(usage(status)), `${UNUSED_POLICY}  - id: tokens\n    token-lifetime: { max-seconds: 172800 }\n`);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('14 OAuth clients');
    expect(run.stdout).toContain(message);
  });

  it('a policy without unused rules never asks for usage, and passes', async () => {
    const api = await fake(usage(404));
    const run = await runCli(api, PASSING_POLICY);
    expect(run.code).toBe(0);
    expect(api.requests.filter((r) => r.includes('/usage'))).toEqual([]);
  });

  it('a results cursor that repeats fails after one repeat, not forever', async () => {
    const api = await fake(
      (url, _req, res) =>
        url.pathname === '/api/v2/usage/query/exec-1/results' && send(res, 200, { queryStatus: 'Complete', results: [], cursors: { after: 'same' } }),
    );
    const run = await runCli(api, UNUSED_POLICY);
    expect(run.code).toBe(3);
    expect(oneSentence(run)).toBe(
      'error: Genesys Cloud answered the usage query with a results cursor it had already given (page 2); the API is paging in circles, try again later.',
    );
    expect(api.requests.filter((r) => r.startsWith('GET /api/v2/usage/query/exec-1/results'))).toHaveLength(2);
  });
});

describe('the policy', () => {
  it('an alias bomb exits 2 with its position', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [p, n] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
      ['f', 'g'],
      ['g', 'h'],
    ])
      levels.push(`${n}: &${n} [${Array(9).fill(`*${p}`).join(', ')}]`);
    const api = await fake();
    const run = await runCli(api, `version: 1\n${levels.join('\n')}\n`);
    expect(run.code).toBe(2);
    expect(oneSentence(run)).toBe(
      'error: policy.yml:3:8: Invalid YAML: its aliases expand to more than 100 copies (an alias bomb); write the values out instead.',
    );
    // Nothing is read from the org: only the token exchange that overlapped the policy load.
    expect(api.requests.filter((r) => r !== 'POST /oauth/token')).toEqual([]);
  });

  it('a catastrophic must-match regex against a hostile name finishes', async () => {
    const clients = [
      ...org.clients,
      { id: 'ffffffff-0000-4000-8000-000000000001', name: `${'a'.repeat(30_000)}!`, authorizedGrantType: 'CODE', state: 'active' },
    ];
    const run = await runCli(
      await fake(listing(wholeListing(clients))),
      'version: 1\nrules:\n  - id: names\n    client-name: { must-match: "^(a+)+$|^App|^Integration|^Reporting" }\n',
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/names/);
  });
});
