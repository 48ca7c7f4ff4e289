// A fake GitHub REST API on loopback (GITHUB_API_URL) with just the routes the gate uses.
// Tests read its state: files by commit, comments created and edited, requests received.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: Array<{ name: string }>;
  assignees: Array<{ login: string }>;
  user: { login: string; type: 'Bot' | 'User' };
}

export interface FakeGitHub {
  url: string;
  /** Issues by number (the tracking issue's routes). */
  issues: Map<number, FakeIssue>;
  /** Logins GitHub refuses to assign (422). */
  unassignable: Set<string>;
  /** `${sha}:${path}` → file content. */
  files: Map<string, string>;
  comments: Map<number, FakeComment[]>;
  /** Issue number → the labels it has now (GET …/issues/N/labels); absent → 404. */
  labels: Map<number, string[]>;
  requests: Array<{ method: string; path: string }>;
  /** When true, writes answer 403 like a read-only GITHUB_TOKEN. */
  readOnly: boolean;
  close(): Promise<void>;
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  let nextId = 1000;
  const state: Omit<FakeGitHub, 'url' | 'close'> = {
    issues: new Map(),
    unassignable: new Set(),
    files: new Map(),
    comments: new Map(),
    labels: new Map(),
    requests: [],
    readOnly: false,
  };
  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => send(res, 500, { message: String(err) }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const method = req.method ?? 'GET';
    state.requests.push({ method, path: url.pathname });
    const body = await readBody(req);
    let m = /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/.exec(url.pathname);
    if (m && method === 'GET') {
      const content = state.files.get(`${url.searchParams.get('ref')}:${decodeURIComponent(m[1] as string)}`);
      if (content === undefined) return send(res, 404, { message: 'Not Found' });
      if ((req.headers.accept ?? '').includes('raw')) return sendText(res, content);
      return send(res, 200, { type: 'file', encoding: 'base64', content: Buffer.from(content).toString('base64') });
    }
    m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/labels$/.exec(url.pathname);
    if (m && method === 'GET') {
      const labels = state.labels.get(Number(m[1]));
      if (!labels) return send(res, 404, { message: 'Not Found' });
      return send(
        res,
        200,
        labels.map((name, i) => ({ id: i + 1, name, color: 'ededed', default: false })),
      );
    }
    if (/^\/repos\/[^/]+\/[^/]+\/issues$/.test(url.pathname)) {
      if (method === 'GET') {
        const label = url.searchParams.get('labels');
        const list = [...state.issues.values()].filter((i) => !label || i.labels.some((l) => l.name === label)).sort((a, b) => b.number - a.number);
        return send(res, 200, list);
      }
      if (method === 'POST') {
        if (state.readOnly) return send(res, 403, { message: 'Resource not accessible by integration' });
        const f = JSON.parse(body) as { title: string; body: string; labels?: string[] };
        const issue: FakeIssue = {
          number: state.issues.size + 1,
          title: f.title,
          body: f.body,
          state: 'open',
          labels: (f.labels ?? []).map((name) => ({ name })),
          assignees: [],
          user: { login: 'github-actions[bot]', type: 'Bot' },
        };
        state.issues.set(issue.number, issue);
        return send(res, 201, issue);
      }
    }
    m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/.exec(url.pathname);
    if (m && method === 'PATCH') {
      if (state.readOnly) return send(res, 403, { message: 'Resource not accessible by integration' });
      const issue = state.issues.get(Number(m[1]));
      if (!issue) return send(res, 404, { message: 'Not Found' });
      const f = JSON.parse(body) as { title?: string; body?: string; state?: 'open' | 'closed'; assignees?: string[] };
      if (f.assignees?.some((a) => state.unassignable.has(a))) return send(res, 422, { message: 'Validation Failed' });
      if (f.title !== undefined) issue.title = f.title;
      if (f.body !== undefined) issue.body = f.body;
      if (f.state !== undefined) issue.state = f.state;
      if (f.assignees !== undefined) issue.assignees = f.assignees.map((login) => ({ login }));
      return send(res, 200, issue);
    }
    m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (m) {
      const issue = Number(m[1]);
      const list = state.comments.get(issue) ?? [];
      if (method === 'GET') return send(res, 200, list);
      if (method === 'POST') {
        if (state.readOnly) return send(res, 403, { message: 'Resource not accessible by integration' });
        const comment: FakeComment = { id: nextId++, body: (JSON.parse(body) as { body: string }).body, user: { login: 'github-actions[bot]', type: 'Bot' } };
        state.comments.set(issue, [...list, comment]);
        return send(res, 201, comment);
      }
    }
    m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (m && method === 'PATCH') {
      if (state.readOnly) return send(res, 403, { message: 'Resource not accessible by integration' });
      for (const list of state.comments.values()) {
        const comment = list.find((c) => c.id === Number(m?.[1]));
        if (comment) {
          comment.body = (JSON.parse(body) as { body: string }).body;
          return send(res, 200, comment);
        }
      }
      return send(res, 404, { message: 'Not Found' });
    }
    send(res, 404, { message: 'Not Found' });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => resolve(data));
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function sendText(res: ServerResponse, text: string): void {
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end(text);
}
