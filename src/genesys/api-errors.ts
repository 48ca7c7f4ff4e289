// An HTTP error status of the Platform API → one typed error with a sentence that says what
// to do. The API's own message is quoted, cleaned: it is untrusted text and may echo secrets.
import type { ErrorBody } from './models.ts';
import type { Redactor } from '../redactor.ts';
import { GenesysError, grantAdvice, permissionsFor } from './errors.ts';
import type { HttpResponse } from './transport.ts';
import { sanitizeText } from '../text.ts';

export function apiError(res: HttpResponse, what: string, attempts: number, redactor: Redactor): GenesysError {
  const message = errorMessage(res.text, redactor);
  const detail = message ? ` — "${message}"` : '';
  const path = what.slice(what.indexOf(' ') + 1);
  const status = res.status;
  if (status === 401) {
    return new GenesysError(
      'credentials',
      `Genesys Cloud rejected the access token for ${what} even after a fresh token${detail}; check that the OAuth client is still active.`,
      { status },
    );
  }
  if (status === 403) {
    const anyOf = permissionsFor(path).length ? permissionsFor(path) : permissionsIn(message);
    return new GenesysError('permission', `Genesys Cloud refused ${what} (HTTP 403) because ${grantAdvice(anyOf)}${detail}.`, { status });
  }
  if (status === 404) {
    return new GenesysError(
      'not-found',
      `Genesys Cloud found nothing at ${what} (HTTP 404)${detail}; check that the region or api-base-url points at the org's Platform API.`,
      { status },
    );
  }
  if (status >= 500) {
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    return new GenesysError('server', `Genesys Cloud failed ${what} with HTTP ${status}${tries}${detail}; try again later.`, { status });
  }
  if (status >= 300 && status < 400) {
    // Redirects are never followed: the token must not travel to wherever one points.
    return new GenesysError(
      'server',
      `Genesys Cloud answered ${what} with a redirect (HTTP ${status}), which this tool does not follow; check that the region or api-base-url points straight at the Platform API.`,
      { status },
    );
  }
  return new GenesysError(
    'server',
    `Genesys Cloud answered HTTP ${status} to ${what}${detail}; this tool sent a request the API does not accept, please report it.`,
    { status },
  );
}

/** The API's own message, cleaned: it is untrusted text and must not carry secrets. */
function errorMessage(text: string, redactor: Redactor): string {
  try {
    const body = JSON.parse(text) as ErrorBody | null;
    return typeof body?.message === 'string' ? sanitizeText(redactor.redact(body.message), 300) : '';
  } catch {
    return '';
  }
}

/** Permission names a 403's message lists (`… assigned: [a:b:view, c:d:view]`). */
function permissionsIn(message: string): string[] {
  const list = /\[([^\]]*)\]/.exec(message)?.[1] ?? '';
  return list
    .split(',')
    .map((p) => p.trim())
    .filter((p) => /^[\w*]+:[\w*]+:[\w*]+$/.test(p));
}
