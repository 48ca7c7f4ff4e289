// One HTTP exchange over undici, with failures of the network itself turned into typed
// errors. Status handling (401/403/429/5xx) belongs to the caller, who knows the context.
import { Agent, request, type Dispatcher } from 'undici';
import { GenesysError } from './errors.ts';

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
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
  const code = (err as { code?: string }).code ?? '';
  const cause = (err as { cause?: { code?: string } }).cause?.code ?? '';
  const host = safeHost(req.url);
  const what = `${req.method} ${pathOf(req.url)}`;
  const reason = describeNetworkCode(code || cause, host) ?? (err instanceof Error ? err.message : String(err));
  return new GenesysError('network', `Could not reach Genesys Cloud at ${host} (${what}): ${reason}.`, undefined, isTransient(code || cause));
}

/** Resets, refusals and timeouts can pass; a host that does not resolve or bad TLS will not. */
function isTransient(code: string): boolean {
  return ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED'].includes(code) || (code.startsWith('UND_ERR_') && code.includes('TIMEOUT'));
}

function describeNetworkCode(code: string, host: string): string | undefined {
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `the host name ${host} does not resolve (check the region)`;
  if (code === 'ECONNREFUSED') return 'the connection was refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'the connection was reset';
  if (code.startsWith('UND_ERR_') && code.includes('TIMEOUT')) return 'the request timed out';
  if (code.includes('CERT') || code.includes('TLS') || code.includes('SSL')) return `TLS failed (${code})`;
  return undefined;
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
