// Genesys Cloud regions: alias → domain, as the official SDKs name them, plus the newer
// eusc-de-east-1. The API lives on api.<domain>, the token endpoint on login.<domain>.
import { ConfigError } from '../errors.ts';

export const REGIONS: Readonly<Record<string, string>> = {
  'us-east-1': 'mypurecloud.com',
  'us-east-2': 'use2.us-gov-pure.cloud',
  'us-west-2': 'usw2.pure.cloud',
  'ca-central-1': 'cac1.pure.cloud',
  'sa-east-1': 'sae1.pure.cloud',
  'mx-central-1': 'mxc1.pure.cloud',
  'eu-west-1': 'mypurecloud.ie',
  'eu-west-2': 'euw2.pure.cloud',
  'eu-central-1': 'mypurecloud.de',
  'eu-central-2': 'euc2.pure.cloud',
  'me-central-1': 'mec1.pure.cloud',
  'ap-south-1': 'aps1.pure.cloud',
  'ap-southeast-1': 'apse1.pure.cloud',
  'ap-southeast-2': 'mypurecloud.com.au',
  'ap-northeast-1': 'mypurecloud.jp',
  'ap-northeast-2': 'apne2.pure.cloud',
  'ap-northeast-3': 'apne3.pure.cloud',
  'eusc-de-east-1': 'edee1.eusc-pure.cloud',
};

export interface Endpoints {
  /** Base URL of the Platform API, without a trailing slash. */
  apiBaseUrl: string;
  /** Full URL of the OAuth token endpoint. */
  tokenUrl: string;
}

/** Accepts a region alias (`eu-west-1`) or its domain (`mypurecloud.ie`), any case. */
export function regionDomain(region: string): string {
  const value = region
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^(api|login)\./, '')
    .replace(/\/+$/, '');
  if (REGIONS[value]) return REGIONS[value];
  if (Object.values(REGIONS).includes(value)) return value;
  throw new ConfigError(
    `Unknown Genesys Cloud region "${withoutUserinfo(region)}"; use one of: ${Object.entries(REGIONS)
      .map(([alias, domain]) => `${alias} (${domain})`)
      .join(', ')}.`,
  );
}

export interface EndpointOptions {
  region?: string;
  apiBaseUrl?: string;
  loginBaseUrl?: string;
  /** Allow plain http:// to a host that is not loopback (the client secret then travels in clear). */
  allowInsecureHttp?: boolean;
}

/**
 * Resolves where to send requests. An explicit API base URL (the emulator, a proxy, a
 * private deployment) wins over the region; its token endpoint is `login.` in place of
 * `api.` when the host follows that convention, else the same origin, under the same path
 * prefix. An explicit login base URL wins for the token endpoint.
 */
export function resolveEndpoints(opts: EndpointOptions): Endpoints {
  const login = opts.loginBaseUrl ? parseBaseUrl(opts.loginBaseUrl, 'login-base-url', opts.allowInsecureHttp) : undefined;
  if (opts.apiBaseUrl) {
    const api = parseBaseUrl(opts.apiBaseUrl, 'api-base-url', opts.allowInsecureHttp);
    return { apiBaseUrl: stripSlash(api.href), tokenUrl: `${stripSlash((login ?? loginFromApi(api)).href)}/oauth/token` };
  }
  if (!opts.region) throw new ConfigError('No Genesys Cloud region given: set `region` (e.g. us-east-1 or mypurecloud.com).');
  const domain = regionDomain(opts.region);
  const tokenBase = login ? stripSlash(login.href) : `https://login.${domain}`;
  return { apiBaseUrl: `https://api.${domain}`, tokenUrl: `${tokenBase}/oauth/token` };
}

function parseBaseUrl(value: string, name: string, allowInsecureHttp = false): URL {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new ConfigError(`\`${name}\` is not a valid URL: "${withoutUserinfo(value)}".`);
  }
  if (url.username || url.password) {
    throw new ConfigError(
      `\`${name}\` must not carry a user name or password ("${withoutUserinfo(value)}"); the action authenticates with the OAuth client's credentials only.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(`\`${name}\` must be an http(s) URL, got "${withoutUserinfo(value)}".`);
  }
  if (url.search || url.hash) throw new ConfigError(`\`${name}\` must be a base URL without a query or fragment, got "${withoutUserinfo(value)}".`);
  if (url.protocol === 'http:' && !isLoopback(url.hostname) && !allowInsecureHttp) {
    throw new ConfigError(
      `\`${name}\` uses plain http:// to ${url.host}, which would send the client secret and token in clear; use https://, or set \`allow-insecure-http\` to true for a trusted network.`,
    );
  }
  return url;
}

/** localhost, 127.0.0.0/8 and ::1: traffic that never leaves the machine. */
export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/** The URL as typed, with any `user:password@` masked: a password must never be echoed. */
function withoutUserinfo(value: string): string {
  // Up to the last `@`: a password may itself hold `/`, `?`, `#` or `@`.
  return value.trim().replace(/^([a-z][a-z0-9+.-]*:\/\/)?.*@/is, (_all, scheme: string | undefined) => `${scheme ?? ''}***@`);
}

function loginFromApi(api: URL): URL {
  const login = new URL(api.href);
  if (login.hostname.startsWith('api.')) login.hostname = `login.${login.hostname.slice(4)}`;
  return login;
}

function stripSlash(href: string): string {
  return href.replace(/\/+$/, '');
}
