// One HTTP exchange over undici, with failures of the network itself turned into typed
// errors. Status handling (401/403/429/5xx) belongs to the caller, who knows the context.
import { Agent, request, type Dispatcher } from 'undici';
import { GenesysError, type NetworkReason } from './errors.ts';

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

/** A keep-alive transport; `describe` names the request in errors without its secrets. */
export function undiciTransport(opts: { timeoutMs?: number; dispatcher?: Dispatcher } = {}): Transport {
  const dispatcher = opts.dispatcher ?? new Agent({ keepAliveTimeout: 10_000, connections: 64 });
  const timeout = opts.timeoutMs ?? 60_000;
  return async (req) => {
    try {
      const res = await request(req.url, {
        method: req.method,
        headers: req.headers,
        body: req.body,
        signal: req.signal,
        dispatcher,
        headersTimeout: timeout,
        bodyTimeout: timeout,
      });
      const text = await res.body.text();
      return { status: res.statusCode, headers: res.headers, text };
    } catch (err) {
      throw networkError(req, err);
    }
  };
}

function networkError(req: HttpRequest, err: unknown): GenesysError {
  const code = (err as { code?: string }).code || (err as { cause?: { code?: string } }).cause?.code || '';
  const host = safeHost(req.url);
  const reason = networkReason(code);
  const what = `${req.method} ${pathOf(req.url)}`;
  const text = describe(reason, code, host) ?? `${err instanceof Error ? err.message.replace(/\.$/, '') : String(err)}; check the network`;
  return new GenesysError('network', `Could not reach Genesys Cloud at ${host} (${what}): ${text}.`, { transient: TRANSIENT.has(reason), reason });
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
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
