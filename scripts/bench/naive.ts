// The naive baseline: how the public tutorials read an org's OAuth clients, written as they
// do over plain fetch, to measure ourselves against. Everything is sequential; a fixed sleep
// separates listing pages and usage polls; every client is read again by id; every role a
// client holds is looked up on its own (no cache, default `userCount`); usage is queried
// client by client; a 429 is answered by sleeping Retry-After. It reaches the same facts as
// our audit (clients, grant types, scopes, roles and divisions by name, last use), so the
// harness can check that both saw the same org.
import { setTimeout as sleep } from 'node:timers/promises';
import type { ClientFacts, Grant } from './facts.ts';
import type { Exchange } from './timeline.ts';

export interface NaiveOptions {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  /** The tutorials' fixed sleep between pages and between usage polls. */
  pauseMs: number;
  /** Days of usage to read per client; 0 = none. */
  usageDays: number;
  /** "Now" for the usage window (epoch ms). */
  nowMs: () => number;
  /** Stop before the next client once performance.now() passes this. */
  deadline?: number;
  /** Called after every exchange, for the timeline. */
  observe?: (exchange: Exchange) => void;
}

export interface NaiveResult {
  clients: ClientFacts[];
  /** Clients in the listing; fewer were read when the deadline stopped the run. */
  listed: number;
  complete: boolean;
}

interface Page<T> {
  entities?: T[];
  nextUri?: string;
  pageCount?: number;
}

interface ApiClient {
  id: string;
  authorizedGrantType?: string;
  state?: string;
  scope?: string[];
  roleDivisions?: Array<{ roleId?: string; divisionId?: string }>;
  roleIds?: string[];
}

const MS_PER_DAY = 86_400_000;

export async function naiveInventory(opts: NaiveOptions): Promise<NaiveResult> {
  const http = new NaiveHttp(opts);
  await http.login();
  const listed: ApiClient[] = [];
  let uri: string | undefined = '/api/v2/oauth/clients';
  while (uri) {
    const page: Page<ApiClient> = await http.get<Page<ApiClient>>(uri);
    listed.push(...(page.entities ?? []));
    uri = page.nextUri;
    if (uri) await sleep(opts.pauseMs);
  }
  const divisionNames = new Map<string, string>();
  for (let n = 1, pages = 1; n <= pages; n++) {
    if (n > 1) await sleep(opts.pauseMs);
    const page = await http.get<Page<{ id: string; name: string }>>(`/api/v2/authorization/divisions?pageNumber=${n}`);
    for (const d of page.entities ?? []) divisionNames.set(d.id, d.name);
    pages = page.pageCount ?? 1;
  }
  await http.get('/api/v2/oauth/scopes');
  const clients: ClientFacts[] = [];
  for (const entry of listed) {
    if (opts.deadline !== undefined && performance.now() > opts.deadline) return { clients, listed: listed.length, complete: false };
    const client = await http.get<ApiClient>(`/api/v2/oauth/clients/${entry.id}`);
    const grants: Grant[] = [];
    for (const { roleId, divisionId } of heldRoles(client)) {
      const roles = await http.get<Page<{ name: string }>>(`/api/v2/authorization/roles?id=${roleId}`);
      grants.push({ roleId, roleName: roles.entities?.[0]?.name, divisionId, divisionName: divisionNames.get(divisionId) });
    }
    clients.push({
      id: client.id,
      grantType: client.authorizedGrantType ?? '',
      state: client.state ?? 'active',
      scopes: client.scope ?? [],
      grants,
      ...(opts.usageDays > 0 && { lastUsed: await lastUsed(http, client.id, opts) }),
    });
  }
  return { clients, listed: listed.length, complete: true };
}

function heldRoles(client: ApiClient): Array<{ roleId: string; divisionId: string }> {
  if (client.roleDivisions?.length) return client.roleDivisions.map((rd) => ({ roleId: rd.roleId ?? '', divisionId: rd.divisionId ?? '' }));
  return (client.roleIds ?? []).map((roleId) => ({ roleId, divisionId: 'home' }));
}

/** One usage query for one client, polled with the fixed sleep until it completes. */
async function lastUsed(http: NaiveHttp, clientId: string, opts: NaiveOptions): Promise<string | null> {
  const now = opts.nowMs();
  const start = Math.floor(now / MS_PER_DAY) * MS_PER_DAY - (opts.usageDays - 1) * MS_PER_DAY;
  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const query = { interval: `${iso(start)}/${iso(now)}`, granularity: 'Day', metrics: ['Requests'] };
  const execution = await http.post<{ resultsUri: string }>(`/api/v2/oauth/clients/${clientId}/usage/query`, query);
  for (;;) {
    const result = await http.get<{ queryStatus?: string; results?: Array<{ date?: string; requests?: number }> }>(execution.resultsUri);
    if (result.queryStatus === 'Complete') {
      const days = (result.results ?? []).filter((r) => (r.requests ?? 0) > 0 && r.date).map((r) => (r.date as string).slice(0, 10));
      return days.sort().at(-1) ?? null;
    }
    if (result.queryStatus === 'Failed') throw new Error(`usage query for ${clientId} failed`);
    await sleep(opts.pauseMs);
  }
}

class NaiveHttp {
  private readonly opts: NaiveOptions;
  private token = '';

  constructor(opts: NaiveOptions) {
    this.opts = opts;
  }

  async login(): Promise<void> {
    const basic = Buffer.from(`${this.opts.clientId}:${this.opts.clientSecret}`).toString('base64');
    const body = await this.send('POST', '/oauth/token', { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' }, 'grant_type=client_credentials');
    this.token = (JSON.parse(body) as { access_token: string }).access_token;
  }

  async get<T>(path: string): Promise<T> {
    return JSON.parse(await this.send('GET', path, { authorization: `Bearer ${this.token}` })) as T;
  }

  async post<T>(path: string, json: unknown): Promise<T> {
    return JSON.parse(await this.send('POST', path, { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' }, JSON.stringify(json))) as T;
  }

  /** One request; on 429 sleeps Retry-After (seconds, real time) and sends it again. */
  private async send(method: string, path: string, headers: Record<string, string>, body?: string): Promise<string> {
    for (;;) {
      const start = performance.now();
      const res = await fetch(new URL(path, this.opts.baseUrl), { method, headers, body });
      const text = await res.text();
      this.opts.observe?.({ start, end: performance.now(), method, path, status: res.status, bytes: text.length });
      if (res.status === 429) {
        await sleep(Number(res.headers.get('retry-after') ?? '1') * 1000);
        continue;
      }
      if (!res.ok) throw new Error(`${method} ${path} answered HTTP ${res.status}: ${text.slice(0, 200)}`);
      return text;
    }
  }
}
