// Typed failures of the Genesys Cloud access layer, each with one actionable sentence.
import { ExitCode, UserError } from '../errors.ts';

export type GenesysErrorKind =
  | 'credentials' // the token endpoint rejected the client id/secret, or the API rejected the token
  | 'permission' // 403: the auditing client lacks a permission
  | 'not-found'
  | 'rate-limited' // 429s beyond the retry budget
  | 'server' // 5xx beyond the retry budget
  | 'network' // DNS, TLS, connection refused or reset, timeouts
  | 'malformed'; // a body that is not the JSON the model promises

export class GenesysError extends UserError {
  readonly kind: GenesysErrorKind;
  readonly status: number | undefined;
  /** A failure that may pass if the request is tried again (reset connection, timeout). */
  readonly transient: boolean;
  constructor(kind: GenesysErrorKind, message: string, status?: number, transient = false) {
    super(message, ExitCode.Api);
    this.kind = kind;
    this.status = status;
    this.transient = transient;
  }
}

/** The role-permission that each read needs, for 403 messages that say what to grant. */
export const REQUIRED_PERMISSION: ReadonlyArray<{ pattern: RegExp; permission: string }> = [
  { pattern: /^\/api\/v2\/oauth\/clients(\/[^/]+)?\/usage\b/, permission: 'oauth:client:view' },
  { pattern: /^\/api\/v2\/oauth\/clients\b/, permission: 'oauth:client:view' },
  { pattern: /^\/api\/v2\/authorization\/roles\b/, permission: 'authorization:role:view' },
  { pattern: /^\/api\/v2\/usage\//, permission: 'usage:organization:view' },
];

export function permissionFor(path: string): string | undefined {
  return REQUIRED_PERMISSION.find((p) => p.pattern.test(path))?.permission;
}
