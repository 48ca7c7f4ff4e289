// Authenticated JSON requests to the Platform API: paced on a request budget, retried on
// 429 (after Retry-After), on 5xx and on dropped connections (backoff with jitter), with
// one fresh token on a 401, every failure turned into one typed, actionable error, and the
// whole read bounded by a deadline. Knows nothing about OAuth clients or policies.
// Token lifecycle: token-source.ts; error wording: api-errors.ts; 429 holds per route:
// route-holds.ts; URLs (and keeping the token on the API origin): urls.ts.
import type { Redactor } from '../redactor.ts';
import { GenesysError, nestedTooDeeply } from './errors.ts';
import { requestToken, secretOf, type AccessToken, type Credentials } from './token.ts';
import { pathOf, type HttpRequest, type HttpResponse, type Transport } from './transport.ts';
import type { Endpoints } from './regions.ts';
import { systemClock, type Clock } from './clock.ts';
import { Pacer } from './pacer.ts';
import { parseBody, type Parsed } from './json-body.ts';
import { backoffMs, DEFAULT_RETRY, isRetryableStatus, parseRetryAfter, type RetryPolicy } from './retry.ts';
import { apiError } from './api-errors.ts';
import { RouteHolds, routeOf } from './route-holds.ts';
import { TokenSource } from './token-source.ts';
import { apiUrl, originOf, type Query } from './urls.ts';

export type { Query } from './urls.ts';
export { routeOf } from './route-holds.ts';

/** Longest a whole read of the org may take: far beyond any real org (most take seconds). */
export const DEFAULT_READ_DEADLINE_MS = 60 * 60_000;
/** Most response text one read may hold in all (each body is capped too): a large org reads tens of MB. */
export const DEFAULT_MAX_READ_BYTES = 256 * 1024 * 1024;

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
  /** Longest the whole read may take, from the first request; default an hour. */
  readDeadlineMs?: number;
  /** Most response text the whole read may take in; default 256 MiB. */
  maxReadBytes?: number;
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
  private readonly tokens: TokenSource;
  /** Origins that have answered with any HTTP status. */
  private readonly answered = new Set<string>();
  private readonly holds: RouteHolds;
  private readonly abort = new AbortController();
  private readonly readDeadlineMs: number;
  /** When the first request started: the read deadline counts from here. */
  private firstRequestAt: number | undefined;
  private bytesRead = 0;

  constructor(opts: GenesysClientOptions) {
    this.opts = opts;
    this.clock = opts.clock ?? systemClock;
    this.retry = opts.retry ?? DEFAULT_RETRY;
    this.random = opts.random ?? Math.random;
    this.pacer = new Pacer({
      limit: opts.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE,
      windowMs: opts.rateLimitWindowMs ?? 60_000,
      marginMs: 100,
      maxInFlight: opts.maxInFlight,
      clock: this.clock,
      signal: this.abort.signal,
    });
    this.tokens = new TokenSource(() => this.requestTokenWithRetries(), this.clock);
    this.holds = new RouteHolds(this.clock);
    this.readDeadlineMs = opts.readDeadlineMs ?? DEFAULT_READ_DEADLINE_MS;
    opts.redactor.add(secretOf(opts.credentials));
  }

  /**
   * GET a path (`/api/v2/...`) or a `nextUri` the API handed out. A `bulk` read (one of a
   * request per client) waits behind every other kind of request for its turn.
   */
  async get<T>(pathOrUri: string, query: Query = {}, bulk = false): Promise<T> {
    return this.send<T>('GET', apiUrl(this.opts.endpoints.apiBaseUrl, pathOrUri, query), undefined, bulk);
  }

  async post<T>(path: string, body: unknown): Promise<T> {
    return this.send<T>('POST', apiUrl(this.opts.endpoints.apiBaseUrl, path, {}), JSON.stringify(body));
  }

  private tokenStarted: Promise<void> | undefined;

  /**
   * Starts the token exchange now, for a caller with local work to do meanwhile; requests
   * sent later share it. Settles with that first exchange (a refused token rejects), however
   * often it is asked.
   */
  startToken(): Promise<void> {
    this.tokenStarted ??= this.tokens.current().then(() => undefined);
    return this.tokenStarted;
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

  private async send<T>(method: 'GET' | 'POST', url: string, body?: string, bulk = false): Promise<T> {
    const started = this.clock.now();
    this.firstRequestAt ??= started;
    const path = pathOf(url);
    const what = `${method} ${path}`;
    const route = `${method} ${routeOf(path)}`;
    let renewed = false;
    let malformed = 0;
    for (let attempt = 1; ; attempt++) {
      const exchanged = await this.attempt(method, url, body, attempt, started, route, bulk);
      if (exchanged === 'retry') continue;
      const { response: res, token } = exchanged;
      if (res.status === 401 && !renewed) {
        // The token may have expired or been revoked early: one fresh token, one retry.
        renewed = true;
        this.tokens.reject(token);
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
        if (parsed.tooDeep) throw nestedTooDeeply(what);
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
      throw apiError(res, what, attempt, this.opts.redactor);
    }
  }

  /** One paced exchange; a transient network failure becomes 'retry' while time remains. */
  private async attempt(
    method: 'GET' | 'POST',
    url: string,
    body: string | undefined,
    attempt: number,
    started: number,
    route: string,
    bulk: boolean,
  ): Promise<Exchange | 'retry'> {
    try {
      return await this.holds.inTurn(route, async () => {
        const wait = this.holds.waitFor(route);
        if (wait > 0) await this.sleep(wait);
        this.checkDeadline();
        const exchanged = await this.pacer.run(() => this.exchange(method, url, body, route), bulk);
        // Set before the next queued request to the route may start.
        if (exchanged.response.status === 429) this.holds.hold(route, retryAfterMs(exchanged.response, this.clock.now()));
        return exchanged;
      });
    } catch (err) {
      if (this.abort.signal.aborted) throw cancelled();
      await this.afterNetworkFailure(err, url, attempt, started);
      return 'retry';
    }
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

  private canRetry(started: number, waitMs: number): boolean {
    const at = this.clock.now() + waitMs;
    return at - started <= this.retry.maxTotalMs && at - (this.firstRequestAt ?? at) <= this.readDeadlineMs;
  }

  /** The whole read has a deadline: past it, nothing more is sent. */
  private checkDeadline(): void {
    if (this.firstRequestAt === undefined || this.clock.now() - this.firstRequestAt <= this.readDeadlineMs) return;
    throw new GenesysError(
      'network',
      `Reading the org from Genesys Cloud took longer than ${duration(this.readDeadlineMs)}, the limit of one run, far beyond what any org needs; the API is answering too slowly, try again later.`,
      { reason: 'timeout' },
    );
  }

  private async pause(ms: number): Promise<void> {
    this.stats.retries++;
    await this.sleep(ms);
  }

  private async exchange(method: 'GET' | 'POST', url: string, body: string | undefined, route: string): Promise<Exchange> {
    const token = await this.tokens.current();
    if (this.abort.signal.aborted) throw cancelled();
    const headers: Record<string, string> = { authorization: `Bearer ${token.value}`, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const req: HttpRequest = { method, url, headers, body, signal: this.abort.signal };
    this.count(route);
    return { response: await this.transport(req), token };
  }

  /** The transport, noting which origins have answered and how much they sent in all. */
  private async transport(req: HttpRequest): Promise<HttpResponse> {
    const res = await this.opts.transport(req);
    this.answered.add(originOf(req.url));
    this.bytesRead += res.text.length;
    const max = this.opts.maxReadBytes ?? DEFAULT_MAX_READ_BYTES;
    if (this.bytesRead > max) {
      throw new GenesysError(
        'malformed',
        `Genesys Cloud sent more than ${Math.round(max / 1048576)} MiB in all while the org was read, far more than any org holds; the API or a proxy in front of it is misbehaving, try again later.`,
      );
    }
    return res;
  }

  private count(route: string): void {
    this.stats.requests++;
    this.stats.byRoute.set(route, (this.stats.byRoute.get(route) ?? 0) + 1);
  }

  /** The token request, retried on 429 (after Retry-After), 5xx and dropped connections. */
  private async requestTokenWithRetries(): Promise<AccessToken> {
    const { endpoints, credentials, redactor } = this.opts;
    if ('accessToken' in credentials) return this.givenToken(credentials.accessToken);
    const started = this.clock.now();
    this.firstRequestAt ??= started;
    for (let attempt = 1; ; attempt++) {
      try {
        if (this.abort.signal.aborted) throw cancelled();
        this.checkDeadline();
        this.stats.tokenRequests++;
        return await requestToken(
          (req) => this.transport({ ...req, signal: this.abort.signal }),
          endpoints.tokenUrl,
          credentials,
          redactor,
          () => this.clock.now(),
        );
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

  private givenTokenServed = false;

  /** A token from an earlier step: served once; asked again (after a 401), it is refused. */
  private givenToken(value: string): AccessToken {
    if (this.givenTokenServed) {
      throw new GenesysError(
        'credentials',
        'Genesys Cloud refused the access token from `access-token` (expired or revoked): mint a new one in the step before, or pass `client-id` and `client-secret` instead.',
      );
    }
    this.givenTokenServed = true;
    return { value, expiresAt: Number.MAX_SAFE_INTEGER, renewAt: Number.MAX_SAFE_INTEGER };
  }

  /** JSON with every `secret` field dropped on arrival (and its value masked, should it show up elsewhere). */
  private parse<T>(text: string): Parsed<T> {
    return parseBody<T>(text, (secret) => this.opts.redactor.add(secret));
  }
}

/** A 429's Retry-After; a second when it has none. */
function retryAfterMs(res: HttpResponse, now: number): number {
  return parseRetryAfter(res.headers['retry-after'], now) ?? 1000;
}

function cancelled(): GenesysError {
  return new GenesysError('cancelled', 'A Genesys Cloud request was stopped because another request of the same run had failed.');
}

function duration(ms: number): string {
  return ms >= 120_000 ? `${Math.round(ms / 60_000)} min` : seconds(ms);
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}
