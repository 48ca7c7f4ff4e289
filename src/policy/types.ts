// The loaded policy: the file's content, checked and compiled, with every rule, exception
// and approved client remembering where it was written so findings and errors can point
// at the line. Built-in rules point at the `extends` entry, rules of pack files at their own
// line (either at their override when they have one).
import type { PolicyRegex } from './linear-regex.ts';
import type { Category, FailOn, PackName, Severity, SeverityOrOff } from './policy-file.ts';
import type { ClientState, GrantType } from '../inventory/types.ts';
import type { Glob } from './glob.ts';
import type { PermissionPattern } from './permission-pattern.ts';
import type { PolicyProblem } from './errors.ts';

export type { Category, FailOn, PackName, Severity, SeverityOrOff };

export interface SourceLocation {
  /** Path as given (relative to the workspace), used in annotations. */
  file: string;
  line: number;
  column: number;
}

/**
 * How a policy entry (an exception, an approved client, a `where.client` item) names one
 * client. A name is not an identity (Genesys Cloud does not make names unique), so:
 * - `id`: pinned (`{ id, name? }`, or an approved client with `id:`); the id alone decides.
 *   A `name` that differs from the client's is reported (`renamed-client`), never followed.
 * - `text`: a bare string, compared exactly with every client's name and id. It must match
 *   exactly one client; when it matches several the entry applies to none of them (for a
 *   `where`, to all of them) and an `ambiguous-client` error names them.
 */
export type ClientRef = { kind: 'id'; id: string; name?: string } | { kind: 'text'; text: string };

/** A `where.client` item: one client (see ClientRef), or a glob (with `*` or `?`) over names and ids. */
export type ClientSelector = (ClientRef | { kind: 'glob'; glob: Glob }) & { location: SourceLocation };

/** Which role grants a role or permission check looks at. */
export type DivisionFilter = { kind: 'any' } | { kind: 'all' } | { kind: 'named'; globs: readonly Glob[] };

export interface Rule {
  id: string;
  description: string;
  severity: Severity;
  category?: Category;
  /** Why the rule exists (built-in rules). */
  rationale?: string;
  fix?: string;
  /**
   * `policy` for rules of the file, else the pack that supplied it: a built-in pack's name
   * or a pack file's repository path (`policies/packs/acme.yml`).
   */
  origin: 'policy' | PackName | (string & {});
  location: SourceLocation;
  /** What the rule selects and checks, canonical; equal fingerprints mean the same rule. */
  fingerprint: string;
  where: {
    grantTypes?: readonly GrantType[];
    clients?: readonly ClientSelector[];
    states?: readonly ClientState[];
  };
  checks: RuleChecks;
}

export interface RuleChecks {
  grantTypes?: { allow?: readonly GrantType[]; deny?: readonly GrantType[] };
  scopes?: { allow?: readonly Glob[]; deny?: readonly Glob[] };
  roles?: { allow?: readonly Glob[]; deny?: readonly Glob[]; divisions: DivisionFilter };
  permissions?: {
    allow?: readonly PermissionPattern[];
    deny?: readonly PermissionPattern[];
    denyWildcards: boolean;
    divisions: DivisionFilter;
  };
  tokenLifetime?: { maxSeconds: number };
  redirectUris?: {
    localhost: 'allow' | 'deny';
    requireHttps: boolean;
    denyWildcards: boolean;
    denyIpLiterals: boolean;
    mustMatch?: PolicyRegex;
  };
  description?: { minLength: number };
  name?: { unique: boolean; mustMatch?: PolicyRegex };
  stateAge?: { disabledMaxDays?: number; inactiveMaxDays?: number };
  unused?: { maxDays: number };
}

/** A role an approved client may hold; `division` undefined = any division, `*` = all divisions. */
export interface DesiredRole {
  role: string;
  division?: string;
}

export interface DesiredClient {
  /** As written; `clientRef` is what decides which client of the org the entry is. */
  name?: string;
  id?: string;
  clientRef: ClientRef;
  grantType: GrantType;
  /** Undefined = not compared. */
  scopes?: readonly string[];
  roles?: readonly DesiredRole[];
  owner?: string;
  location: SourceLocation;
}

export interface DesiredState {
  unknown: SeverityOrOff;
  missing: SeverityOrOff;
  drift: SeverityOrOff;
  clients: readonly DesiredClient[];
  location: SourceLocation;
}

export interface PolicyException {
  ruleId: string;
  /** How messages name the client (`clientRefLabel(clientRef)`): the text, or `name (id …)`. */
  client: string;
  /** Which client the exception is for: this, not `client`, decides what it accepts. */
  clientRef: ClientRef;
  subject?: Glob;
  reason: string;
  owner: string;
  /** Last UTC day it applies, YYYY-MM-DD. */
  expires: string;
  location: SourceLocation;
}

export interface Policy {
  file: string;
  failOn: FailOn | undefined;
  /** Effective rules: the packs' (after overrides) then the file's. */
  rules: readonly Rule[];
  /** Built-in rules turned off by `overrides`, by id. */
  disabledRules: readonly string[];
  desired?: DesiredState;
  exceptions: readonly PolicyException[];
  maxExceptionDays: number;
  /** Problems that do not stop the run (unknown scope names, checks that cannot apply). */
  warnings: readonly PolicyProblem[];
}
