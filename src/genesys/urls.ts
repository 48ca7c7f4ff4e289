// Request URLs. A path, or a URI the API handed out (`nextUri`), resolved against the
// configured API base URL. The bearer token goes to that origin (scheme, host and port)
// and nowhere else: a URI that leads anywhere else is an error that names it.
import { GenesysError } from './errors.ts';
import { sanitizeText } from '../text.ts';

export type Query = Record<string, string | number | boolean | ReadonlyArray<string> | undefined>;

export function apiUrl(apiBaseUrl: string, pathOrUri: string, query: Query): string {
  const base = new URL(`${apiBaseUrl}/`);
  const url = resolve(pathOrUri, base);
  if (url.origin !== base.origin || url.username || url.password) {
    const shown = sanitizeText(`${url.protocol}//${url.host}${url.pathname}`, 200);
    throw new GenesysError(
      'malformed',
      `Genesys Cloud answered with a link to ${shown}, outside the configured API origin ${base.origin}; the access token is only sent to that origin, so the audit stopped instead of following it.`,
    );
  }
  // Keep the base path of an overridden base URL (a proxy under /genesys, say).
  const prefix = base.pathname.replace(/\/$/, '');
  if (prefix && pathOrUri.startsWith('/') && !pathOrUri.startsWith('//') && !url.pathname.startsWith(`${prefix}/`)) url.pathname = prefix + url.pathname;
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) url.searchParams.append(key, v);
    else url.searchParams.set(key, String(value));
  }
  return url.href;
}

export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

function resolve(pathOrUri: string, base: URL): URL {
  try {
    return new URL(pathOrUri, base);
  } catch {
    throw new GenesysError('malformed', `Genesys Cloud answered with a link that is not a valid URI ("${sanitizeText(pathOrUri, 120)}"); try again later.`);
  }
}
