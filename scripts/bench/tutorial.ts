// The tutorial-style loop, as public how-tos write it over plain fetch: log in, list the
// clients (0.2 s between pages), read a client by id when the listing leaves out its grant
// type, then look its roles up by id, one request per client; sequential; on a 429 sleep
// Retry-After. No usage. Its own process, so that its start-up and memory are its own.
//   node scripts/bench/tutorial.ts '<BaselineJob as JSON>'
import { setTimeout as sleep } from 'node:timers/promises';
import { armDeadline, finish, message, readJob } from './baseline-job.ts';

interface Page<T> {
  entities?: T[];
  nextUri?: string;
}

interface Client {
  id: string;
  authorizedGrantType?: string;
  roleDivisions?: Array<{ roleId?: string }>;
  roleIds?: string[];
}

const PAGE_PAUSE_MS = 200;
const IDS_PER_REQUEST = 100;

const job = readJob();
let listed = 0;
let reached = 0;
armDeadline(job, () => ({ listed, reached }));
let token = '';

async function call<T>(method: string, path: string, headers: Record<string, string>, body?: string): Promise<T> {
  for (;;) {
    const res = await fetch(new URL(path, job.url), { method, headers, body });
    const text = await res.text();
    if (res.status === 429) {
      await sleep(Number(res.headers.get('retry-after') ?? '1') * 1000);
      continue;
    }
    if (!res.ok) throw new Error(`${method} ${path.split('?')[0]} answered HTTP ${res.status}`);
    return JSON.parse(text) as T;
  }
}

const get = <T>(path: string) => call<T>('GET', path, { authorization: `Bearer ${token}` });

try {
  const basic = Buffer.from(`${job.clientId}:${job.clientSecret}`).toString('base64');
  token = (
    await call<{ access_token: string }>(
      'POST',
      '/oauth/token',
      { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      'grant_type=client_credentials',
    )
  ).access_token;
  const clients: Client[] = [];
  for (let uri: string | undefined = '/api/v2/oauth/clients'; uri;) {
    const page: Page<Client> = await get<Page<Client>>(uri);
    clients.push(...(page.entities ?? []));
    uri = page.nextUri;
    if (uri) await sleep(PAGE_PAUSE_MS);
  }
  listed = clients.length;
  for (const listedClient of clients) {
    const client = listedClient.authorizedGrantType === undefined ? await get<Client>(`/api/v2/oauth/clients/${listedClient.id}`) : listedClient;
    const roleIds = [...new Set([...(client.roleDivisions ?? []).map((rd) => rd.roleId ?? ''), ...(client.roleIds ?? [])].filter(Boolean))];
    for (let i = 0; i < roleIds.length; i += IDS_PER_REQUEST) {
      const ids = roleIds.slice(i, i + IDS_PER_REQUEST).map((id) => `id=${encodeURIComponent(id)}`);
      await get<Page<{ name: string }>>(`/api/v2/authorization/roles?${ids.join('&')}`);
    }
    reached++;
  }
  finish({ listed, reached, complete: true });
} catch (err) {
  finish({ listed, reached, complete: false, error: message(err) });
}
