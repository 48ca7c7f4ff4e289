// The login service (client-credentials grant at POST /oauth/token) and the bearer check
// of the API. Tokens are opaque, really expire on the emulator's clock, and die with their
// client's `active` state (the model: "Disabled: Access tokens created by the client are
// invalid").
import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Result, EmulatorState } from './context.ts';
import { authenticationRequired, badCredentials, oauthError } from './errors.ts';

interface Issued {
  clientId: string;
  expiresAt: number;
}

export interface TokenStore {
  issue(clientId: string, ttlSeconds: number, nowMs: number): string;
  /** The client a live token belongs to. */
  resolve(token: string, nowMs: number): string | undefined;
  /** Every token dies now, as when tokens expire or are revoked mid-run. */
  revokeAll(): void;
  /** Every token ever issued, live or not, oldest first. */
  issued(): string[];
}

export function createTokenStore(): TokenStore {
  const tokens = new Map<string, Issued>();
  const issued: string[] = [];
  return {
    issue(clientId, ttlSeconds, nowMs) {
      const token = randomBytes(48).toString('base64url');
      tokens.set(token, { clientId, expiresAt: nowMs + ttlSeconds * 1000 });
      issued.push(token);
      return token;
    },
    resolve(token, nowMs) {
      const issued = tokens.get(token);
      if (!issued) return undefined;
      if (issued.expiresAt <= nowMs) {
        tokens.delete(token);
        return undefined;
      }
      return issued.clientId;
    },
    revokeAll: () => tokens.clear(),
    issued: () => [...issued],
  };
}

/** Client id and secret from `Authorization: Basic`, else from the form body (RFC 6749 2.3.1). */
export function clientCredentialsOf(headers: IncomingHttpHeaders, form: URLSearchParams): { id: string; secret: string } | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(headers.authorization ?? '');
  if (match) {
    const decoded = Buffer.from(match[1] as string, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon < 0 ? undefined : { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
  }
  const id = form.get('client_id');
  return id ? { id, secret: form.get('client_secret') ?? '' } : undefined;
}

/**
 * POST /oauth/token. Statuses for wrong grant and wrong client type follow public reports
 * (**unverified** exactly): 400 unsupported_grant_type, 401 invalid_client, 400
 * unauthorized_client.
 */
export function issueToken(headers: IncomingHttpHeaders, body: string, state: EmulatorState, tokens: TokenStore): Result {
  const form = new URLSearchParams(body);
  const grant = form.get('grant_type');
  if (grant !== 'client_credentials') {
    return oauthError(400, 'unsupported_grant_type', grant ? `Unsupported grant type: ${grant}` : 'Missing grant type');
  }
  const given = clientCredentialsOf(headers, form);
  const entry = given ? state.org.clientsById.get(given.id) : undefined;
  if (!given || !entry || entry.secret === undefined || entry.secret !== given.secret) {
    return oauthError(401, 'invalid_client', 'client not found or bad client credentials');
  }
  if (entry.client.authorizedGrantType !== 'CLIENT-CREDENTIALS') {
    return oauthError(400, 'unauthorized_client', 'client is not authorized to use the client_credentials grant');
  }
  if (entry.client.state !== 'active') {
    return oauthError(400, 'unauthorized_client', `client is ${entry.client.state}`);
  }
  const ttl = state.knobs.tokenTtlSeconds;
  const token = tokens.issue(entry.client.id, ttl, state.clock.now());
  return { status: 200, body: { access_token: token, token_type: 'bearer', expires_in: ttl } };
}

/** The caller's client id, or the 401 to answer. */
export function authenticate(headers: IncomingHttpHeaders, state: EmulatorState, tokens: TokenStore): string | Result {
  const match = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '');
  if (!match) return authenticationRequired();
  const clientId = tokens.resolve(match[1] as string, state.clock.now());
  if (!clientId || state.org.clientsById.get(clientId)?.client.state !== 'active') return badCredentials();
  return clientId;
}

/** The bearer token of a request, for per-token rate limits. */
export function bearerOf(headers: IncomingHttpHeaders): string {
  return /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1] ?? '';
}
