// Client-credentials token from login.<domain>/oauth/token. The token is registered with
// the redactor before anything else sees it.
import type { Redactor } from '../redactor.ts';
import { GenesysError } from './errors.ts';
import type { Transport } from './transport.ts';
import { parseRetryAfter } from './retry.ts';

export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
}

/** A token minted by an earlier step (`access-token`): used as it is, never renewed. */
export interface TokenCredentials {
  accessToken: string;
}

export type Credentials = ClientCredentials | TokenCredentials;

/** The secret to mask and to key the run state with: the client secret, or the token. */
export function secretOf(c: Credentials): string {
  return 'accessToken' in c ? c.accessToken : c.clientSecret;
}

/** The auditing client's id, when the run logged in as one (not with a given token). */
export function auditingClientId(c: Credentials): string | undefined {
  return 'clientId' in c ? c.clientId : undefined;
}

export interface AccessToken {
  value: string;
  /** Epoch ms after which the token must not be used. */
  expiresAt: number;
  /** Epoch ms from which a fresh token is fetched instead: shortly before expiry. */
  renewAt: number;
}

/** Renew a minute before expiry, or a tenth of the lifetime before it when that is shorter. */
export const TOKEN_RENEW_MARGIN_MS = 60_000;

export async function requestToken(
  transport: Transport,
  tokenUrl: string,
  credentials: ClientCredentials,
  redactor: Redactor,
  now: () => number,
): Promise<AccessToken> {
  const basic = Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString('base64');
  redactor.add(basic);
  const res = await transport({
    method: 'POST',
    url: tokenUrl,
    headers: {
      authorization: `Basic ${basic}`,
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    },
    body: 'grant_type=client_credentials',
  });
  if (res.status === 400 || res.status === 401 || res.status === 403) {
    throw new GenesysError(
      'credentials',
      `Genesys Cloud rejected the OAuth client credentials (HTTP ${res.status}${oauthReason(res.text)}): check the client id and secret, that the client uses the Client Credentials grant and is active, and that the region is the org's region.`,
      { status: res.status },
    );
  }
  if (res.status === 429) {
    // The login service has its own budget; the caller waits Retry-After and asks again.
    const retryAfterMs = parseRetryAfter(res.headers['retry-after'], now()) ?? 1000;
    throw new GenesysError(
      'rate-limited',
      `The Genesys Cloud token endpoint rate-limited this OAuth client (HTTP 429, Retry-After ${Math.round(retryAfterMs / 1000)} s) beyond the retry budget; another process may be requesting tokens with the same client, try again later.`,
      { status: 429, retryAfterMs },
    );
  }
  if (res.status !== 200) {
    throw new GenesysError('server', `The Genesys Cloud token endpoint answered HTTP ${res.status}; try again later.`, { status: res.status });
  }
  const body = parseTokenBody(res.text);
  redactor.add(body.access_token);
  const ttlMs = Math.max(0, (body.expires_in ?? 86_399) * 1000);
  const issued = now();
  return { value: body.access_token, expiresAt: issued + ttlMs, renewAt: issued + ttlMs - Math.min(TOKEN_RENEW_MARGIN_MS, ttlMs / 10) };
}

interface TokenBody {
  access_token: string;
  expires_in?: number;
}

function parseTokenBody(text: string): TokenBody {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new GenesysError(
      'malformed',
      'The Genesys Cloud token endpoint answered with a body that is not JSON; check that the region or api-base-url points at Genesys Cloud.',
    );
  }
  const token = (body as { access_token?: unknown }).access_token;
  if (typeof token !== 'string' || token === '') {
    throw new GenesysError(
      'malformed',
      'The Genesys Cloud token endpoint answered without an access_token; check that the region or api-base-url points at Genesys Cloud.',
    );
  }
  const expires = (body as { expires_in?: unknown }).expires_in;
  return { access_token: token, expires_in: typeof expires === 'number' ? expires : undefined };
}

/** The OAuth error code, e.g. `: invalid_client`, never the raw body. */
function oauthReason(text: string): string {
  try {
    const code = (JSON.parse(text) as { error?: unknown }).error;
    return typeof code === 'string' && /^[\w.-]{1,64}$/.test(code) ? `: ${code}` : '';
  } catch {
    return '';
  }
}
