// Typed failures of the Genesys Cloud access layer, each with one actionable sentence.
import { ExitCode, UserError } from '../errors.ts';

export type GenesysErrorKind =
  | 'credentials' // the token endpoint rejected the client id/secret, or the API rejected the token
  | 'permission' // 403: the auditing client lacks a permission
  | 'not-found'
  | 'rate-limited' // 429s beyond the retry budget
  | 'server' // 5xx beyond the retry budget
  | 'network' // DNS, TLS, connection refused or reset, timeouts
  | 'malformed' // a body that is not the JSON the model promises
  | 'cancelled'; // stopped because another read of the same run failed first

/** What went wrong on the wire (network errors), or why a request gave up (`timeout`, `usage-query`). */
export type NetworkReason = 'dns' | 'refused' | 'reset' | 'timeout' | 'tls' | 'other' | 'usage-query';

export interface GenesysErrorDetails {
  status?: number;
  /** A failure that may pass if the request is tried again (reset connection, timeout). */
  transient?: boolean;
  reason?: NetworkReason;
  /** How long the server asked us to wait (a 429's Retry-After). */
  retryAfterMs?: number;
}

export class GenesysError extends UserError {
  readonly kind: GenesysErrorKind;
  readonly status: number | undefined;
  readonly transient: boolean;
  readonly reason: NetworkReason | undefined;
  readonly retryAfterMs: number | undefined;
  constructor(kind: GenesysErrorKind, message: string, details: GenesysErrorDetails = {}) {
    super(message, kind === 'credentials' || kind === 'permission' ? ExitCode.Access : ExitCode.Api);
    this.kind = kind;
    this.status = details.status;
    this.transient = details.transient ?? false;
    this.reason = details.reason;
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** Every permission the audit may use: the two it needs, and the one usage may need. */
export const AUDIT_PERMISSIONS = ['oauth:client:view', 'authorization:role:view', 'usage:organization:view'] as const;

/**
 * The permissions each read needs (any one of them suffices, as the SDK docs say of these
 * "Requires ANY permissions" operations), for 403 messages that say what to grant.
 */
export const REQUIRED_PERMISSION: ReadonlyArray<{ pattern: RegExp; anyOf: readonly string[] }> = [
  { pattern: /^\/api\/v2\/oauth\/clients\/[^/]+\/usage\b/, anyOf: ['oauth:client:view', 'usage:client:view'] },
  { pattern: /^\/api\/v2\/oauth\/clients\b/, anyOf: ['oauth:client:view'] },
  { pattern: /^\/api\/v2\/authorization\/roles\b/, anyOf: ['authorization:role:view'] },
  { pattern: /^\/api\/v2\/usage\//, anyOf: ['oauth:client:view', 'usage:organization:view'] },
];

export function permissionsFor(path: string): readonly string[] {
  return REQUIRED_PERMISSION.find((p) => p.pattern.test(path))?.anyOf ?? [];
}

/** `a`, `a or b`, `a, b or c` (or `and`). */
export function either(names: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]}`;
}

/**
 * What is missing and what to do, in one clause. Genesys Cloud's built-in roles hold far
 * more than these reads, so the advice is a role of the org's own with exactly what the
 * audit needs.
 */
export function grantAdvice(anyOf: readonly string[]): string {
  const ideal = `ideally a custom role with exactly ${either(AUDIT_PERMISSIONS, 'and')}`;
  if (anyOf.length === 0) return `the auditing OAuth client lacks a permission this request needs: assign it a role that holds it, ${ideal}`;
  const holds = anyOf.length === 1 ? anyOf[0] : 'one of them';
  return `the auditing OAuth client lacks the permission ${either(anyOf)}: assign it a role that holds ${holds}, ${ideal}`;
}

/** A body nested deeper than the stack: JSON.parse or the shape check would overflow on it. */
export function nestedTooDeeply(what: string): GenesysError {
  return new GenesysError(
    'malformed',
    `Genesys Cloud answered ${what} with a body nested too deeply to check; the API or a proxy in front of it is misbehaving, try again later.`,
  );
}
