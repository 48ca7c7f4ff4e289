// A small Genesys Cloud API on loopback, answering like the real one for a 14-client org,
// with any route overridable to lie; and a second origin that records whatever reaches it.
// Each test states its hostile behaviour next to its assertion.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AuthzDivision, DomainOrganizationRole, OAuthClient } from '../../src/genesys/models.ts';

export const TOKEN = 'fake-access-token-0123456789';
export const CREDENTIALS = { clientId: 'auditor-id', clientSecret: 'auditor-secret-value' };

export interface FakeOrg {
  clients: OAuthClient[];
  roles: DomainOrganizationRole[];
  divisions: AuthzDivision[];
}

/** 12 user-facing clients, a Master Admin client-credentials client and a read-only one. */
export function demoOrg(): FakeOrg {
  const clients: OAuthClient[] = Array.from({ length: 12 }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name: `App ${i}`,
    authorizedGrantType: 'CODE',
    scope: ['users:readonly'],
    registeredRedirectUri: [`https://app${i}.example.com/cb`],
    state: 'active',
    dateCreated: '2024-01-01T00:00:00Z',
    dateModified: '2024-01-01T00:00:00Z',
  }));
  clients.push(
    {
      id: 'cc000000-0000-4000-8000-000000000001',
      name: 'Integration admin',
      authorizedGrantType: 'CLIENT-CREDENTIALS',
      roleDivisions: [{ roleId: 'r-admin', divisionId: '*' }],
      state: 'active',
    },
    {
      id: 'cc000000-0000-4000-8000-000000000002',
      name: 'Reporting',
      authorizedGrantType: 'CLIENT-CREDENTIALS',
      roleDivisions: [{ roleId: 'r-read', divisionId: 'd-1' }],
      state: 'active',
    },
  );
  return {
    clients,
    roles: [
      { id: 'r-admin', name: 'Master Admin', permissionPolicies: [{ domain: '*', entityName: '*', actionSet: ['*'] }] },
      { id: 'r-read', name: 'Reporting Read Only', permissionPolicies: [{ domain: 'analytics', entityName: 'conversationDetail', actionSet: ['view'] }] },
    ],
    divisions: [{ id: 'd-1', name: 'Home', homeDivision: true }],
  };
}

/** Returns true when it answered the request itself. */
export type Override = (url: URL, req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface FakeServer {
  url: string;
  /** Method and path+query of every request. */
  requests: string[];
  /** Authorization headers seen. */
  authorizations: string[];
  close(): Promise<void>;
}

export function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): true {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
  return true;
}

export async function startFakeGenesys(opts: { org?: FakeOrg; override?: Override } = {}): Promise<FakeServer> {
  const org = opts.org ?? demoOrg();
  return listen(async (url, req, res) => {
    if (opts.override && (await opts.override(url, req, res))) return;
    answer(org, url, req, res);
  });
}

/** A second origin: answers 200 `{}` and records everything that reaches it. */
export function startRecorder(): Promise<FakeServer> {
  return listen((_url, _req, res) => void send(res, 200, { entities: [] }));
}

function answer(org: FakeOrg, url: URL, req: IncomingMessage, res: ServerResponse): void {
  const { status, body } = respond(org, req.method ?? 'GET', url, req.headers.authorization);
  send(res, status, body);
}

/** The real API's answer for this org, as status and body. */
export function respond(org: FakeOrg, method: string, url: URL, authorization: string | undefined): { status: number; body: unknown } {
  const path = url.pathname;
  const ok = (body: unknown) => ({ status: 200, body });
  if (method === 'POST' && path === '/oauth/token') return ok({ access_token: TOKEN, token_type: 'bearer', expires_in: 86399 });
  if (authorization !== `Bearer ${TOKEN}`) return { status: 401, body: { message: 'Invalid login credentials.', code: 'bad.credentials', status: 401 } };
  const notFound = { status: 404, body: { message: 'Not found', code: 'not.found', status: 404 } };
  if (path === '/api/v2/oauth/clients') return ok(wholeListing(org.clients, path));
  const client = /^\/api\/v2\/oauth\/clients\/([^/]+)$/.exec(path);
  if (client) {
    const found = org.clients.find((c) => c.id === client[1]);
    return found ? ok(found) : notFound;
  }
  if (path === '/api/v2/authorization/roles') return ok(byIds(org.roles, url));
  if (path === '/api/v2/authorization/divisions/home') return ok(org.divisions.find((d) => d.homeDivision));
  if (path === '/api/v2/authorization/divisions') return ok(byIds(org.divisions, url));
  if (path === '/api/v2/oauth/scopes') return ok({ entities: [{ id: 'users:readonly' }, { id: 'admin' }], total: 2 });
  if (path === '/api/v2/organizations/limits/namespaces/platform.api')
    return ok({ entities: [{ key: 'client.credentials.token.rate.per.minute', namespace: 'platform.api', value: 100_000 }] });
  if (method === 'POST' && path === '/api/v2/usage/query')
    return { status: 202, body: { executionId: 'exec-1', resultsUri: '/api/v2/usage/query/exec-1/results' } };
  if (path === '/api/v2/usage/query/exec-1/results') {
    const rows = org.clients.map((c) => ({ clientId: c.id, date: `${new Date().toISOString().slice(0, 10)}T00:00:00Z`, requests: 3 }));
    return ok({ queryStatus: 'Complete', results: rows });
  }
  return notFound;
}

/** The OAuth client listing as the platform writes it: every client on one page. */
export function wholeListing<T>(entities: T[], path = '/api/v2/oauth/clients') {
  return { entities, pageSize: entities.length, pageNumber: 1, total: entities.length, firstUri: path, selfUri: path, lastUri: path, pageCount: 1 };
}

function byIds<T extends { id?: string }>(all: T[], url: URL) {
  const ids = new Set(url.searchParams.getAll('id'));
  const entities = all.filter((e) => ids.has(e.id ?? ''));
  const pageSize = Number(url.searchParams.get('pageSize') ?? 25);
  return { entities, pageSize, pageNumber: 1, total: entities.length, pageCount: entities.length ? 1 : 0 };
}

function listen(handle: (url: URL, req: IncomingMessage, res: ServerResponse) => void | Promise<void>): Promise<FakeServer> {
  const requests: string[] = [];
  const authorizations: string[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    if (req.headers.authorization) authorizations.push(req.headers.authorization);
    req.resume();
    req.on('end', () => {
      Promise.resolve(handle(url, req, res)).catch(() => res.destroy());
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        requests,
        authorizations,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
