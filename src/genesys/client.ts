// Authenticated JSON requests to the Platform API: paced on a request budget, retried on
// 429 (after Retry-After), on 5xx and on dropped connections (backoff with jitter), with
// one fresh token on a 401, and every failure turned into one typed, actionable error.
// Knows nothing about OAuth clients or policies.
import type { ErrorBody } from './models.ts';
import type { Redactor } from '../redactor.ts';
import { GenesysError, permissionFor } from './errors.ts';
import { requestToken, type AccessToken, type Credentials } from './token.ts';
import { pathOf, type HttpRequest, type HttpResponse, type Transport } from './transport.ts';
import type { Endpoints } from './regions.ts';
import { sanitizeText } from '../text.ts';
import { systemClock, type Clock } from './clock.ts';
import { Pacer } from './pacer.ts';
import { backoffMs, DEFAULT_RETRY, isRetryableStatus, parseRetryAfter, type RetryPolicy } from './retry.ts';

export type Query = Record<string, string | number | boolean | ReadonlyArray<string> | undefined>;

/** The documented default per-token limit: 300 requests a minute. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 300;

export interface GenesysClientOptions {
  endpoints: Endpoints;
  credentials: Credentials;
  transport: Transport;
  redactor: Redactor;
  clock?: Clock;
  /** Jitter source in [0, 1). */
  random?: () => number;
  retry?: RetryPolicy;
  rateLimitPerMinute?: number;
  maxInFlight?: number;
}

export interface ClientStats {
  /** API requests sent (retries included), token requests excluded. */
  requests: number;
  tokenRequests: number;
  throttled: number;
  retries: number;
  byRoute: Map<string, number>;
}

/** Tokens are renewed this long before `expires_in` runs out. */
const TOKEN_RENEW_MARGIN_MS = 60_000;
/** A body cut short is retried this many times before it counts as malformed. */
const MALFORMED_RETRIES = 2;

export class GenesysClient {
  readonly stats: ClientStats = { requests: 0, tokenRequests: 0, throttled: 0, retries: 0, byRoute: new Map() };
  readonly pacer: Pacer;
  private readonly opts: GenesysClientOptions;
  private readonly clock: Clock;
  private readonly retry: RetryPolicy;
  private readonly random: () => number;
  private token: Promise<AccessToken> | undefined;

  constructor(opts: GenesysClientOptions) {
    this.opts = opts;
    this.clock = opts.clock ?? systemClock;
    this.retry = opts.retry ?? DEFAULT_RETRY;
    this.random = opts.random ?? Math.random;
    this.pacer = new Pacer({
      limit: opts.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE,
      windowMs: 60_000,
      marginMs: 500,
      maxInFlight: opts.maxInFlight ?? 16,
      clock: this.clock,
    });
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
    const started = this.clock.now();
    const what = `${method} ${pathOf(url)}`;
    let renewed = false;
    let malformed = 0;
    for (let attempt = 1; ; attempt++) {
      const res = await this.attempt(method, url, body, attempt, started);
      if (res === 'retry') continue;
      if (res.status === 401 && !renewed) {
        // The token may have expired or been revoked early: one fresh token, one retry.
        renewed = true;
        this.token = undefined;
        continue;
      }
      if (res.status === 429) {
        await this.waitAfter429(res, what, started);
        continue;
      }
      if (isRetryableStatus(res.status) && this.canRetry(started, backoffMs(this.retry, attempt, this.random))) {
        await this.pause(backoffMs(this.retry, attempt, this.random));
        continue;
      }
      if (res.status >= 200 && res.status < 300) {
        const parsed = tryParseJson<T>(res.text);
        if (parsed.ok) return parsed.value;
        if (malformed++ < MALFORMED_RETRIES && this.canRetry(started, 0)) {
          this.stats.retries++;
          continue;
        }
        throw new GenesysError('malformed', `Genesys Cloud answered ${what} with a body that is not valid JSON (${attempt} attempts).`, res.status);
      }
      throw this.apiError(res, what, attempt);
    }
  }

  /** One paced exchange; a transient network failure becomes 'retry' while time remains. */
  private async attempt(method: 'GET' | 'POST', url: string, body: string | undefined, attempt: number, started: number): Promise<HttpResponse | 'retry'> {
    try {
      return await this.pacer.run(() => this.exchange(method, url, body));
    } catch (err) {
      const wait = backoffMs(this.retry, attempt, this.random);
      if (err instanceof GenesysError && err.transient && this.canRetry(started, wait)) {
        await this.pause(wait);
        return 'retry';
      }
      if (err instanceof GenesysError && err.transient) {
        throw new GenesysError(err.kind, `${err.message.replace(/\.$/, '')}, still after ${attempt} attempts in ${seconds(this.clock.now() - started)}.`);
      }
      throw err;
    }
  }

  private async waitAfter429(res: HttpResponse, what: string, started: number): Promise<void> {
    this.stats.throttled++;
    const wait = parseRetryAfter(res.headers['retry-after'], this.clock.now()) ?? 1000;
    if (wait > this.retry.maxRetryAfterMs || !this.canRetry(started, wait)) {
      throw new GenesysError(
        'rate-limited',
        `Genesys Cloud kept rate-limiting ${what} (HTTP 429, Retry-After ${seconds(wait)}) beyond the ${seconds(this.retry.maxTotalMs)} retry budget; another integration may be using the same OAuth client, try again later.`,
        429,
      );
    }
    await this.pause(wait);
  }

  private canRetry(started: number, waitMs: number): boolean {
    return this.clock.now() + waitMs - started <= this.retry.maxTotalMs;
  }

  private async pause(ms: number): Promise<void> {
    this.stats.retries++;
    await this.clock.sleep(ms);
  }

  private async exchange(method: 'GET' | 'POST', url: string, body?: string): Promise<HttpResponse> {
    const token = await this.accessToken();
    const headers: Record<string, string> = { authorization: `Bearer ${token.value}`, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const req: HttpRequest = { method, url, headers, body };
    this.count(req);
    return this.opts.transport(req);
  }

  private count(req: HttpRequest): void {
    this.stats.requests++;
    const route = `${req.method} ${routeOf(pathOf(req.url))}`;
    this.stats.byRoute.set(route, (this.stats.byRoute.get(route) ?? 0) + 1);
  }

  private accessToken(): Promise<AccessToken> {
    const current = this.token;
    if (current) {
      return current.then((t) => (t.expiresAt - TOKEN_RENEW_MARGIN_MS > this.clock.now() ? t : this.renewToken(current)));
    }
    return this.renewToken(undefined);
  }

  /** One token request at a time: concurrent callers share the pending one. */
  private renewToken(stale: Promise<AccessToken> | undefined): Promise<AccessToken> {
    if (this.token && this.token !== stale) return this.token;
    const { transport, endpoints, credentials, redactor } = this.opts;
    this.stats.tokenRequests++;
    const pending = this.withTransientRetries(() => requestToken(transport, endpoints.tokenUrl, credentials, redactor, () => this.clock.now()));
    this.token = pending;
    pending.catch(() => {
      if (this.token === pending) this.token = undefined;
    });
    return pending;
  }

  private async withTransientRetries<T>(fn: () => Promise<T>): Promise<T> {
    const started = this.clock.now();
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        const wait = backoffMs(this.retry, attempt, this.random);
        const transient = err instanceof GenesysError && (err.transient || (err.kind === 'server' && isRetryableStatus(err.status ?? 0)));
        if (!transient || !this.canRetry(started, wait)) throw err;
        await this.pause(wait);
      }
    }
  }

  private url(pathOrUri: string, query: Query): string {
    const base = new URL(`${this.opts.endpoints.apiBaseUrl}/`);
    const url = new URL(pathOrUri, base);
    // Keep the base path of an overridden base URL (a proxy under /genesys, say).
    if (pathOrUri.startsWith('/') && base.pathname !== '/') url.pathname = base.pathname.replace(/\/$/, '') + url.pathname;
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined) continue;
      if (Array.isArray(value)) for (const v of value) url.searchParams.append(key, v);
      else url.searchParams.set(key, String(value));
    }
    return url.href;
  }

  private apiError(res: HttpResponse, what: string, attempts: number): GenesysError {
    const detail = this.errorDetail(res.text);
    const path = what.slice(what.indexOf(' ') + 1);
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
    if (res.status >= 500) {
      const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
      return new GenesysError('server', `Genesys Cloud failed ${what} with HTTP ${res.status}${tries}${detail}; try again later.`, res.status);
    }
    return new GenesysError('server', `Genesys Cloud answered HTTP ${res.status} to ${what}${detail}.`, res.status);
  }

  /** The API's own message, cleaned: it is untrusted text and must not carry secrets. */
  private errorDetail(text: string): string {
    const parsed = tryParseJson<ErrorBody>(text);
    const message = parsed.ok && typeof parsed.value?.message === 'string' ? sanitizeText(this.opts.redactor.redact(parsed.value.message), 300) : '';
    return message ? ` — "${message}"` : '';
  }
}

/** `/api/v2/oauth/clients/abc` → `/api/v2/oauth/clients/{id}`, for request counts by route. */
export function routeOf(path: string): string {
  return path
    .split('/')
    .map((seg, i, all) => (i > 3 && /[0-9a-f]{8}-|^\d+$|^[A-Za-z0-9_-]{20,}$/.test(seg) && all[i - 1] !== 'namespaces' ? '{id}' : seg))
    .join('/');
}

function tryParseJson<T>(text: string): { ok: true; value: T } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as T };
  } catch {
    return { ok: false };
  }
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}
