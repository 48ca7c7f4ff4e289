// Authenticated JSON requests to the Platform API: paced on a request budget, retried on
// 429 (after Retry-After), on 5xx and on dropped connections (backoff with jitter), with
// one fresh token on a 401, and every failure turned into one typed, actionable error.
// Knows nothing about OAuth clients or policies.
import type { ErrorBody } from './models.ts';
import type { Redactor } from '../redactor.ts';
import { GenesysError, grantAdvice, permissionsFor } from './errors.ts';
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
  /** The rate limit's window: a minute on the platform; shorter only against an emulator whose window is. */
  rateLimitWindowMs?: number;
  maxInFlight?: number;
}

export interface ClientStats {
  /** API requests sent (retries included), token requests excluded. */
  requests: number;
  /** Requests to the token endpoint (retries included). */
  tokenRequests: number;
  throttled: number;
  retries: number;
  byRoute: Map<string, number>;
}

/** A body cut short is retried this many times before it counts as malformed. */
const MALFORMED_RETRIES = 2;
/**
 * A host that has never answered gets this many quick attempts: a refused connection there
 * is a wrong URL or a host that is down, not a blip, and should fail in seconds. Once a host
 * has answered, failures are blips and get the whole retry budget.
 */
const UNANSWERED_ATTEMPTS = 3;
const UNANSWERED_RETRY: RetryPolicy = { ...DEFAULT_RETRY, baseDelayMs: 250, maxDelayMs: 1000 };

type Exchange = { response: HttpResponse; token: AccessToken };

export class GenesysClient {
  readonly stats: ClientStats = { requests: 0, tokenRequests: 0, throttled: 0, retries: 0, byRoute: new Map() };
  readonly pacer: Pacer;
  private readonly opts: GenesysClientOptions;
  private readonly clock: Clock;
  private readonly retry: RetryPolicy;
  private readonly random: () => number;
  private token: Promise<AccessToken> | undefined;
  /** Tokens the API answered 401 to: never used again. */
  private readonly rejected = new Set<string>();
  /** Origins that have answered with any HTTP status. */
  private readonly answered = new Set<string>();
  /** Route → until when a 429 asked requests to it to wait. */
  private readonly holds = new Map<string, number>();
  /** Routes that answered 429, → the tail of their queue: they take one request at a time. */
  private readonly serialRoutes = new Map<string, Promise<unknown>>();
  private readonly abort = new AbortController();

  constructor(opts: GenesysClientOptions) {
    this.opts = opts;
    this.clock = opts.clock ?? systemClock;
    this.retry = opts.retry ?? DEFAULT_RETRY;
    this.random = opts.random ?? Math.random;
    this.pacer = new Pacer({
      limit: opts.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE,
      windowMs: opts.rateLimitWindowMs ?? 60_000,
      marginMs: 500,
      maxInFlight: opts.maxInFlight ?? 16,
      clock: this.clock,
      signal: this.abort.signal,
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

  /**
   * Stops every request of this client: waits end at once, requests in flight are aborted
   * and later ones fail. For a run that has already failed, so that nothing keeps it alive.
   */
  cancel(): void {
    this.abort.abort();
  }

  /** Waits on the client's clock; a cancelled client stops waiting. */
  async sleep(ms: number): Promise<void> {
    try {
      await this.clock.sleep(ms, this.abort.signal);
    } catch (err) {
      throw this.abort.signal.aborted ? cancelled() : err;
    }
    if (this.abort.signal.aborted) throw cancelled();
  }

  private async send<T>(method: 'GET' | 'POST', url: string, body?: string): Promise<T> {
    const started = this.clock.now();
    const what = `${method} ${pathOf(url)}`;
    const route = `${method} ${routeOf(pathOf(url))}`;
    let renewed = false;
    let malformed = 0;
    for (let attempt = 1; ; attempt++) {
      const exchanged = await this.attempt(method, url, body, attempt, started, route);
      if (exchanged === 'retry') continue;
      const { response: res, token } = exchanged;
      if (res.status === 401 && !renewed) {
        // The token may have expired or been revoked early: one fresh token, one retry.
        renewed = true;
        this.rejected.add(token.value);
        continue;
      }
      if (res.status === 429) {
        await this.waitAfter429(res, what, started);
        continue;
      }
      const backoff = backoffMs(this.retry, attempt, this.random);
      if (isRetryableStatus(res.status) && this.canRetry(started, backoff)) {
        await this.pause(backoff);
        continue;
      }
      if (res.status >= 200 && res.status < 300) {
        const parsed = this.parse<T>(res.text);
        if (parsed.ok) return parsed.value;
        if (malformed++ < MALFORMED_RETRIES && this.canRetry(started, 0)) {
          this.stats.retries++;
          continue;
        }
        throw new GenesysError(
          'malformed',
          `Genesys Cloud answered ${what} with a body that is not valid JSON (${attempt} attempts); if api-base-url points at a proxy, check that it passes the API through, else try again later.`,
          { status: res.status },
        );
      }
      throw this.apiError(res, what, attempt);
    }
  }

  /** One paced exchange; a transient network failure becomes 'retry' while time remains. */
  private async attempt(method: 'GET' | 'POST', url: string, body: string | undefined, attempt: number, started: number, route: string): Promise<Exchange | 'retry'> {
    try {
      return await this.oneAtATime(route, async () => {
        await this.heldBack(route);
        const exchanged = await this.pacer.run(() => this.exchange(method, url, body));
        if (exchanged.response.status === 429) this.holdRoute(route, exchanged.response);
        return exchanged;
      });
    } catch (err) {
      if (this.abort.signal.aborted) throw cancelled();
      await this.afterNetworkFailure(err, url, attempt, started);
      return 'retry';
    }
  }

  /**
   * A route that answered 429 has a limit of its own, below the token's: its requests then
   * go one at a time, so that the next 429 stops one request instead of all those in flight.
   * At the platform's latencies one at a time still outpaces the token budget.
   */
  private oneAtATime<T>(route: string, fn: () => Promise<T>): Promise<T> {
    const tail = this.serialRoutes.get(route);
    if (!tail) return fn();
    const turn = tail.then(fn);
    this.serialRoutes.set(route, turn.catch(() => undefined));
    return turn;
  }

  /** Waits before the next attempt after a transient network failure, or throws. */
  private async afterNetworkFailure(err: unknown, url: string, attempt: number, started: number): Promise<void> {
    if (!(err instanceof GenesysError && err.transient)) throw err;
    const neverAnswered = !this.answered.has(originOf(url));
    const wait = backoffMs(neverAnswered ? UNANSWERED_RETRY : this.retry, attempt, this.random);
    if ((neverAnswered && attempt >= UNANSWERED_ATTEMPTS) || !this.canRetry(started, wait)) {
      const tries = `${attempt} attempt${attempt === 1 ? '' : 's'} in ${seconds(this.clock.now() - started)}`;
      throw new GenesysError(err.kind, `${err.message.replace(/\.$/, '')} (${tries}).`, { reason: err.reason });
    }
    await this.pause(wait);
  }

  /**
   * Requests to a route that answered 429 would only meet the same limit: they wait out its
   * Retry-After as well, and from now on go one at a time. Set before the next queued request
   * to the route may start.
   */
  private holdRoute(route: string, res: HttpResponse): void {
    this.holds.set(route, Math.max(this.holds.get(route) ?? 0, this.clock.now() + retryAfterMs(res, this.clock.now())));
    if (!this.serialRoutes.has(route)) this.serialRoutes.set(route, Promise.resolve());
  }

  private async waitAfter429(res: HttpResponse, what: string, started: number): Promise<void> {
    this.stats.throttled++;
    const wait = retryAfterMs(res, this.clock.now());
    if (wait > this.retry.maxRetryAfterMs || !this.canRetry(started, wait)) {
      throw new GenesysError(
        'rate-limited',
        `Genesys Cloud kept rate-limiting ${what} (HTTP 429, Retry-After ${seconds(wait)}) beyond the ${seconds(this.retry.maxTotalMs)} retry budget; another integration may be using the same OAuth client, try again later.`,
        { status: 429 },
      );
    }
    await this.pause(wait);
  }

  /** Waits out a 429 another request to this route received. */
  private async heldBack(route: string): Promise<void> {
    const wait = (this.holds.get(route) ?? 0) - this.clock.now();
    if (wait > 0) await this.sleep(wait);
  }

  private canRetry(started: number, waitMs: number): boolean {
    return this.clock.now() + waitMs - started <= this.retry.maxTotalMs;
  }

  private async pause(ms: number): Promise<void> {
    this.stats.retries++;
    await this.sleep(ms);
  }

  private async exchange(method: 'GET' | 'POST', url: string, body?: string): Promise<Exchange> {
    const token = await this.accessToken();
    if (this.abort.signal.aborted) throw cancelled();
    const headers: Record<string, string> = { authorization: `Bearer ${token.value}`, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const req: HttpRequest = { method, url, headers, body, signal: this.abort.signal };
    this.count(req);
    return { response: await this.transport(req), token };
  }

  /** The transport, noting which origins have answered. */
  private async transport(req: HttpRequest): Promise<HttpResponse> {
    const res = await this.opts.transport(req);
    this.answered.add(originOf(req.url));
    return res;
  }

  private count(req: HttpRequest): void {
    this.stats.requests++;
    const route = `${req.method} ${routeOf(pathOf(req.url))}`;
    this.stats.byRoute.set(route, (this.stats.byRoute.get(route) ?? 0) + 1);
  }

  /**
   * A token that is neither due for renewal nor rejected; concurrent callers share one
   * renewal. A token this call renewed is used as it is (even one with a lifetime too short
   * to be "fresh"), so that renewals never loop.
   */
  private async accessToken(): Promise<AccessToken> {
    for (;;) {
      const renewing = !this.token;
      const pending = this.token ?? this.renewToken();
      const token = await pending;
      if (renewing || (token.renewAt > this.clock.now() && !this.rejected.has(token.value))) return token;
      if (this.token === pending) this.token = undefined;
    }
  }

  private renewToken(): Promise<AccessToken> {
    const pending = this.requestTokenWithRetries();
    this.token = pending;
    pending.catch(() => {
      if (this.token === pending) this.token = undefined;
    });
    return pending;
  }

  /** The token request, retried on 429 (after Retry-After), 5xx and dropped connections. */
  private async requestTokenWithRetries(): Promise<AccessToken> {
    const { endpoints, credentials, redactor } = this.opts;
    const started = this.clock.now();
    for (let attempt = 1; ; attempt++) {
      try {
        if (this.abort.signal.aborted) throw cancelled();
        this.stats.tokenRequests++;
        return await requestToken((req) => this.transport({ ...req, signal: this.abort.signal }), endpoints.tokenUrl, credentials, redactor, () => this.clock.now());
      } catch (err) {
        if (this.abort.signal.aborted) throw cancelled();
        if (err instanceof GenesysError && err.kind === 'network') {
          await this.afterNetworkFailure(err, endpoints.tokenUrl, attempt, started);
          continue;
        }
        const retryable = err instanceof GenesysError && (err.kind === 'rate-limited' || (err.kind === 'server' && isRetryableStatus(err.status ?? 0)));
        const wait = err instanceof GenesysError && err.retryAfterMs !== undefined ? err.retryAfterMs : backoffMs(this.retry, attempt, this.random);
        if (!retryable || wait > this.retry.maxRetryAfterMs || !this.canRetry(started, wait)) throw err;
        await this.pause(wait);
      }
    }
  }

  /** JSON with every `secret` field dropped on arrival (and its value masked, should it show up elsewhere). */
  private parse<T>(text: string): { ok: true; value: T } | { ok: false } {
    return tryParseJson<T>(text, (key, value) => {
      if (key !== 'secret') return value;
      if (typeof value === 'string') this.opts.redactor.add(value);
      return undefined;
    });
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
    const message = this.errorMessage(res.text);
    const detail = message ? ` — "${message}"` : '';
    const path = what.slice(what.indexOf(' ') + 1);
    const status = res.status;
    if (status === 401) {
      return new GenesysError('credentials', `Genesys Cloud rejected the access token for ${what} even after a fresh token${detail}; check that the OAuth client is still active.`, { status });
    }
    if (status === 403) {
      const anyOf = permissionsFor(path).length ? permissionsFor(path) : permissionsIn(message);
      return new GenesysError('permission', `Genesys Cloud refused ${what} (HTTP 403) because ${grantAdvice(anyOf)}${detail}.`, { status });
    }
    if (status === 404) {
      return new GenesysError('not-found', `Genesys Cloud found nothing at ${what} (HTTP 404)${detail}; check that the region or api-base-url points at the org's Platform API.`, { status });
    }
    if (status >= 500) {
      const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
      return new GenesysError('server', `Genesys Cloud failed ${what} with HTTP ${status}${tries}${detail}; try again later.`, { status });
    }
    return new GenesysError('server', `Genesys Cloud answered HTTP ${status} to ${what}${detail}; this tool sent a request the API does not accept, please report it.`, { status });
  }

  /** The API's own message, cleaned: it is untrusted text and must not carry secrets. */
  private errorMessage(text: string): string {
    const parsed = tryParseJson<ErrorBody>(text);
    return parsed.ok && typeof parsed.value?.message === 'string' ? sanitizeText(this.opts.redactor.redact(parsed.value.message), 300) : '';
  }
}

/** `/api/v2/oauth/clients/abc` → `/api/v2/oauth/clients/{id}`, for request counts by route. */
export function routeOf(path: string): string {
  return path
    .split('/')
    .map((seg, i, all) => (i > 3 && /[0-9a-f]{8}-|^\d+$|^[A-Za-z0-9_-]{20,}$/.test(seg) && all[i - 1] !== 'namespaces' ? '{id}' : seg))
    .join('/');
}

/** Permission names a 403's message lists (`… assigned: [a:b:view, c:d:view]`). */
function permissionsIn(message: string): string[] {
  const list = /\[([^\]]*)\]/.exec(message)?.[1] ?? '';
  return list.split(',').map((p) => p.trim()).filter((p) => /^[\w*]+:[\w*]+:[\w*]+$/.test(p));
}

/** A 429's Retry-After; a second when it has none. */
function retryAfterMs(res: HttpResponse, now: number): number {
  return parseRetryAfter(res.headers['retry-after'], now) ?? 1000;
}

function cancelled(): GenesysError {
  return new GenesysError('cancelled', 'A Genesys Cloud request was stopped because another request of the same run had failed.');
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

function tryParseJson<T>(text: string, reviver?: (key: string, value: unknown) => unknown): { ok: true; value: T } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text, reviver) as T };
  } catch {
    return { ok: false };
  }
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}
