// ErrorBody answers as the platform writes them. Sources for codes and wording:
// - 429: the Genesys developer forum announcement "Normalized Platform API 429 responses"
//   (developer.genesys.cloud/forum/t/12028, effective 2021-11-10) gives the exact body:
//   message "Rate limit exceeded the maximum. Retry the request in [42] seconds", code
//   too.many.requests.retry.after, status, contextId (the correlation id), details: [],
//   errors: [] and a Retry-After header. The other bodies below use the same envelope.
// - 403: our reads are "Requires ANY permissions" operations (official SDK docs), and the
//   platform answers those with code missing.any.permissions and "Unable to perform the
//   requested action. You must have at least one of the following permissions assigned:
//   [journey:actionmap:view]" (verbatim API output quoted in
//   MyPureCloud/terraform-provider-genesyscloud issues #1133 and #277). The same constants,
//   and missing.permissions / "You are missing the following permission(s): %s" for ALL
//   operations, are in gildas/go-gcloudcx errors.go.
// - 401, 404, 5xx: gildas/go-gcloudcx errors.go and the per-operation error tables of the
//   swagger (e.g. 404 not.found "The requested resource was not found.", 401
//   bad.credentials "Invalid login credentials.", 503 service.unavailable).
import type { ErrorBody } from './models.ts';
import type { Result } from './context.ts';

export function apiError(status: number, code: string, message: string, extra: Partial<ErrorBody> = {}): Result {
  const body: ErrorBody = { message, code, status, ...extra, details: extra.details ?? [], errors: extra.errors ?? [] };
  return { status, body };
}

export function badRequest(message: string, params?: Record<string, string>): Result {
  // A template with {name} placeholders goes into messageWithParams, as the model intends.
  if (!params) return apiError(400, 'bad.request', message);
  const filled = message.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? `{${name}}`);
  return apiError(400, 'bad.request', filled, { messageWithParams: message, messageParams: params });
}

export function authenticationRequired(): Result {
  return apiError(401, 'authentication.required', 'No authentication bearer token specified in authorization header.');
}

export function badCredentials(): Result {
  return apiError(401, 'bad.credentials', 'Invalid login credentials.');
}

export function missingAnyPermissions(anyOf: readonly string[]): Result {
  return apiError(
    403,
    'missing.any.permissions',
    `Unable to perform the requested action. You must have at least one of the following permissions assigned: [${anyOf.join(', ')}]`,
  );
}

export function notFound(): Result {
  return apiError(404, 'not.found', 'The requested resource was not found.');
}

export function unsupportedMediaType(): Result {
  return apiError(
    415,
    'unsupported.media.type',
    'Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.',
  );
}

export function entityTooLarge(maxBytes: number): Result {
  return apiError(413, 'request.entity.too.large', `The request is over the size limit. Maximum bytes: ${maxBytes}`);
}

export function tooManyRequests(retryAfterSeconds: number): Result {
  const result = apiError(429, 'too.many.requests.retry.after', `Rate limit exceeded the maximum. Retry the request in [${retryAfterSeconds}] seconds`);
  return { ...result, headers: { 'Retry-After': String(retryAfterSeconds) } };
}

/** The 5xx answers the fault knobs serve. 502's wording is not documented (**unverified**). */
export function serverError(status: number): Result {
  const known: Record<number, [string, string]> = {
    500: ['internal.server.error', 'The server encountered an unexpected condition which prevented it from fulfilling the request.'],
    502: ['bad.gateway', 'Bad Gateway'],
    503: ['service.unavailable', 'Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance).'],
    504: ['request.timeout', 'The request timed out.'],
  };
  const [code, message] = known[status] ?? ['internal.server.error', `HTTP ${status}`];
  return apiError(status, code, message);
}

/** The login service's OAuth error form (RFC 6749 plus Genesys' `description`). */
export function oauthError(status: number, error: string, description: string): Result {
  return { status, body: { error, description, error_description: description } };
}

/** Appends hostile text to an error's message (knob hostileErrors), to test how it is shown. */
export function echoHostile(body: ErrorBody, text: string): ErrorBody {
  return { ...body, message: `${body.message ?? ''} ${text}` };
}
