// Authenticated JSON requests to the Platform API, with the API's failures turned into
// typed errors. Knows nothing about OAuth clients or policies.
import type { ErrorBody } from './models.ts';
import type { Redactor } from '../redactor.ts';
import { GenesysError, permissionFor } from './errors.ts';
import { requestToken, type AccessToken, type Credentials } from './token.ts';
import { pathOf, type HttpResponse, type Transport } from './transport.ts';
import type { Endpoints } from './regions.ts';
import { sanitizeText } from '../text.ts';

export type Query = Record<string, string | number | boolean | ReadonlyArray<string> | undefined>;

export interface GenesysClientOptions {
  endpoints: Endpoints;
  credentials: Credentials;
  transport: Transport;
  redactor: Redactor;
  now?: () => number;
}

/** Tokens are renewed this long before `expires_in` runs out. */
const TOKEN_RENEW_MARGIN_MS = 60_000;

export class GenesysClient {
  private readonly opts: GenesysClientOptions;
  private token: Promise<AccessToken> | undefined;
  private readonly now: () => number;

  constructor(opts: GenesysClientOptions) {
    this.opts = opts;
    this.now = opts.now ?? Date.now;
    opts.redactor.add(opts.credentials.clientSecret);
  }

  /** GET a path (`/api/v2/...`) or a `nextUri` the API handed out. */
  async get<T>(pathOrUri: string, query: Query = {}): Promise<T> {
    return this.send<T>('GET', this.url(pathOrUri, query));
  }

  async post<T>(path: string, body: unknown): Promise<T> {
    return this.send<T>('POST', this.url(path, {}), JSON.stringify(body));
  }

  private async send<T>(method: 'GET' | 'POST', url: string, body?: string): Promise<T> {
    let res = await this.exchange(method, url, body);
    if (res.status === 401) {
      // The token may have expired or been revoked early: one fresh token, one retry.
      this.token = undefined;
      res = await this.exchange(method, url, body);
    }
    if (res.status >= 200 && res.status < 300) return parseJson<T>(res, method, url);
    throw this.apiError(res, method, url);
  }

  private async exchange(method: 'GET' | 'POST', url: string, body?: string): Promise<HttpResponse> {
    const token = await this.accessToken();
    const headers: Record<string, string> = { authorization: `Bearer ${token.value}`, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    return this.opts.transport({ method, url, headers, body });
  }

  private accessToken(): Promise<AccessToken> {
    const current = this.token;
    if (current) {
      return current.then((t) => (t.expiresAt - TOKEN_RENEW_MARGIN_MS > this.now() ? t : this.renewToken()));
    }
    return this.renewToken();
  }

  private renewToken(): Promise<AccessToken> {
    const { transport, endpoints, credentials, redactor } = this.opts;
    const pending = requestToken(transport, endpoints.tokenUrl, credentials, redactor, this.now);
    this.token = pending;
    pending.catch(() => {
      if (this.token === pending) this.token = undefined;
    });
    return pending;
  }

  private url(pathOrUri: string, query: Query): string {
    const url = new URL(pathOrUri, `${this.opts.endpoints.apiBaseUrl}/`);
    // A nextUri is relative to the API host; keep any base path of an overridden base URL.
    const base = new URL(`${this.opts.endpoints.apiBaseUrl}/`);
    if (pathOrUri.startsWith('/') && base.pathname !== '/') url.pathname = base.pathname.replace(/\/$/, '') + pathOrUri.split('?')[0];
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined) continue;
      if (Array.isArray(value)) for (const v of value) url.searchParams.append(key, v);
      else url.searchParams.set(key, String(value));
    }
    return url.href;
  }

  private apiError(res: HttpResponse, method: string, url: string): GenesysError {
    const path = pathOf(url);
    const what = `${method} ${path}`;
    const detail = this.errorDetail(res.text);
    if (res.status === 401) {
      return new GenesysError('credentials', `Genesys Cloud rejected the access token for ${what} even after a fresh token${detail}.`, 401);
    }
    if (res.status === 403) {
      const permission = permissionFor(path);
      const need = permission
        ? `the auditing OAuth client lacks the permission ${permission}: grant it a role that includes ${permission}`
        : 'the auditing OAuth client lacks a permission this request needs';
      return new GenesysError('permission', `Genesys Cloud refused ${what} (HTTP 403): ${need}${detail}.`, 403);
    }
    if (res.status === 404) return new GenesysError('not-found', `Genesys Cloud found nothing at ${what} (HTTP 404)${detail}.`, 404);
    if (res.status === 429) return new GenesysError('rate-limited', `Genesys Cloud rate-limited ${what} (HTTP 429)${detail}.`, 429);
    return new GenesysError('server', `Genesys Cloud answered HTTP ${res.status} to ${what}${detail}.`, res.status);
  }

  /** The API's own message, cleaned: it is untrusted text and must not carry secrets. */
  private errorDetail(text: string): string {
    let body: ErrorBody | undefined;
    try {
      body = JSON.parse(text) as ErrorBody;
    } catch {
      return '';
    }
    const message = typeof body?.message === 'string' ? sanitizeText(this.opts.redactor.redact(body.message), 300) : '';
    return message ? ` — "${message}"` : '';
  }
}

function parseJson<T>(res: HttpResponse, method: string, url: string): T {
  try {
    return JSON.parse(res.text) as T;
  } catch {
    throw new GenesysError('malformed', `Genesys Cloud answered ${method} ${pathOf(url)} with a body that is not valid JSON.`, res.status);
  }
}
