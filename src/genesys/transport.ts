// One HTTP exchange over undici, with failures of the network itself turned into typed
// errors. Status handling (401/403/429/5xx) belongs to the caller, who knows the context.
// Two parts of undici by path, not its entry point: that loads all of undici (fetch, WebSocket,
// caches, mocks: 1.5 MB), and this file is on the way to the first request.
import type { Dispatcher } from 'undici';
import Agent from 'undici/lib/dispatcher/agent.js';
import request from 'undici/lib/api/api-request.js';
import { GenesysError, type NetworkReason } from './errors.ts';
import { declaredLength, readCappedText } from './body.ts';
import { MAX_IN_FLIGHT } from './pacer.ts';

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** Aborts the exchange (the run has failed and is stopping). */
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export type Transport = (req: HttpRequest) => Promise<HttpResponse>;

export interface TransportOptions {
  /** Longest wait for headers or between body chunks (undici's idle timers). */
  timeoutMs?: number;
  /** Wall-clock limit on one exchange, headers and body together: a trickled body cannot hold the run. */
  deadlineMs?: number;
  /** Largest body read; a bigger one is cut off and fails the request. */
  maxBodyBytes?: number;
  dispatcher?: Dispatcher;
}

/** A real org's largest answer (every OAuth client at once) is a few MB. */
export const DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024;
/** The platform answers in seconds; a minute means the exchange is stuck. */
export const DEFAULT_REQUEST_DEADLINE_MS = 60_000;

/**
 * A keep-alive transport; errors name the request without its secrets. HTTP/1.1 only (undici
 * 8 offers h2 by default): a connection per request in flight is what the pacer counts on,
 * and node:http2 (with tls and crypto) is then never loaded on the way to the first request
 * (scripts/build.ts defers it).
 */
export function undiciTransport(opts: TransportOptions = {}): Transport {
  const dispatcher = opts.dispatcher ?? new Agent({ keepAliveTimeout: 10_000, connections: MAX_IN_FLIGHT, allowH2: false });
  const timeout = opts.timeoutMs ?? 60_000;
  const deadlineMs = opts.deadlineMs ?? DEFAULT_REQUEST_DEADLINE_MS;
  const maxBytes = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return async (req) => {
    const stop = stopper(req.signal, deadlineMs);
    const { signal } = stop;
    try {
      const url = new URL(req.url);
      const res = await request.call(dispatcher, {
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method: req.method,
        headers: req.headers,
        body: req.body,
        signal,
        headersTimeout: timeout,
        bodyTimeout: timeout,
      });
      const text = await readBody(res, maxBytes, req);
      return { status: res.statusCode, headers: res.headers, text };
    } catch (err) {
      if (err instanceof GenesysError) throw err;
      if (stop.timedOut && !req.signal?.aborted) throw deadlineError(req, deadlineMs);
      throw networkError(req, err);
    } finally {
      stop.done();
    }
  };
}

/**
 * One exchange's signal: aborted by the caller's, or once `deadlineMs` pass. A timer and a
 * place in the caller's set, released when the exchange ends: AbortSignal.any and
 * AbortSignal.timeout, or a listener per exchange on the caller's signal, cost more than
 * the request itself at thousands of requests.
 */
function stopper(caller: AbortSignal | undefined, deadlineMs: number): { signal: AbortSignal; readonly timedOut: boolean; done: () => void } {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('The exchange passed its deadline.', 'TimeoutError'));
  }, deadlineMs);
  // A timer that alone keeps the process alive would hold a finished run open.
  timer.unref();
  const unfollow = caller ? follow(caller, controller) : undefined;
  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    done() {
      clearTimeout(timer);
      unfollow?.();
    },
  };
}

/** The exchanges in flight under each caller's signal: one listener per signal aborts them all. */
const following = new WeakMap<AbortSignal, Set<AbortController>>();

function follow(caller: AbortSignal, controller: AbortController): () => void {
  if (caller.aborted) {
    controller.abort(caller.reason);
    return () => undefined;
  }
  let set = following.get(caller);
  if (!set) {
    const created = new Set<AbortController>();
    following.set(caller, (set = created));
    caller.addEventListener(
      'abort',
      () => {
        for (const c of created) c.abort(caller.reason);
        created.clear();
      },
      { once: true },
    );
  }
  set.add(controller);
  const mine = set;
  return () => mine.delete(controller);
}

/** The body as text, cut off at `maxBytes` (body.ts). */
async function readBody(res: Dispatcher.ResponseData, maxBytes: number, req: HttpRequest): Promise<string> {
  const tooLarge = () =>
    new GenesysError(
      'malformed',
      `Genesys Cloud answered ${req.method} ${pathOf(req.url)} with a body over ${Math.round(maxBytes / 1048576)} MiB, far more than any org's answer; the API or a proxy in front of it is misbehaving, try again later.`,
    );
  return readCappedText(res.body, declaredLength(res.headers['content-length']), maxBytes, tooLarge);
}

function deadlineError(req: HttpRequest, deadlineMs: number): GenesysError {
  return new GenesysError(
    'network',
    `Genesys Cloud did not complete ${req.method} ${pathOf(req.url)} within ${Math.round(deadlineMs / 1000)} s at ${safeHost(req.url)}; try again later.`,
    { transient: true, reason: 'timeout' },
  );
}

function networkError(req: HttpRequest, err: unknown): GenesysError {
  const code = (err as { code?: string }).code || (err as { cause?: { code?: string } }).cause?.code || '';
  const host = safeHost(req.url);
  const reason = networkReason(code);
  const what = `${req.method} ${pathOf(req.url)}`;
  const text = describe(reason, code, host) ?? `${err instanceof Error ? err.message.replace(/\.$/, '') : String(err)}; check the network`;
  // EAI_AGAIN is the resolver failing for now, not a name that does not exist.
  const transient = TRANSIENT.has(reason) || code === 'EAI_AGAIN';
  const said = code === 'EAI_AGAIN' ? `the host name ${host} could not be resolved for now (EAI_AGAIN); try again later` : text;
  return new GenesysError('network', `Could not reach Genesys Cloud at ${host} (${what}): ${said}.`, { transient, reason });
}

/** Resets, refusals and timeouts can pass; a host that does not resolve or bad TLS will not. */
const TRANSIENT: ReadonlySet<NetworkReason> = new Set(['refused', 'reset', 'timeout']);

export function networkReason(code: string): NetworkReason {
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'dns';
  if (code === 'ECONNREFUSED') return 'refused';
  if (['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED'].includes(code)) return 'reset';
  if (code === 'ETIMEDOUT' || (code.startsWith('UND_ERR_') && code.includes('TIMEOUT'))) return 'timeout';
  if (/CERT|TLS|SSL/.test(code)) return 'tls';
  return 'other';
}

/** What happened and what to do, in one clause each. */
function describe(reason: NetworkReason, code: string, host: string): string | undefined {
  switch (reason) {
    case 'dns':
      return `the host name ${host} does not resolve; check the region or api-base-url`;
    case 'refused':
      return 'the connection was refused; check the region or api-base-url and that the host is up';
    case 'reset':
      return 'the connection was reset; try again later';
    case 'timeout':
      return 'the request timed out; try again later';
    case 'tls':
      return code.includes('CERT')
        ? `TLS failed (${code}); if a proxy inspects TLS, give Node its CA certificate with NODE_EXTRA_CA_CERTS`
        : `TLS failed (${code}); check that the host speaks TLS where the URL says https`;
    default:
      return undefined;
  }
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'an invalid URL';
  }
}

export function pathOf(url: string): string {
  // A path is its own path (without a base, URL would throw for it, and a throw per request
  // is most of what naming thousands of detail reads cost).
  if (url.startsWith('/')) return url;
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
