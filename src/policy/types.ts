// The loaded policy: the file's content, checked and compiled, with every rule remembering
// where it was written so findings and errors can point at the line.
import type { FailOn, Severity } from './policy-file.ts';
import type { ClientState, GrantType } from '../inventory/types.ts';
import type { Glob } from './glob.ts';

export type { FailOn, Severity };

export interface SourceLocation {
  /** Path as given (relative to the workspace), used in annotations. */
  file: string;
  line: number;
  column: number;
}

export interface Rule {
  id: string;
  description: string;
  severity: Severity;
  location: SourceLocation;
  where: {
    grantTypes?: readonly GrantType[];
    clients?: readonly Glob[];
    states?: readonly ClientState[];
  };
  scopes?: { allow?: readonly Glob[]; deny?: readonly Glob[] };
  grantTypes?: { allow: readonly GrantType[] };
  permissions?: { allow?: readonly Glob[]; deny?: readonly Glob[] };
}

export interface Policy {
  file: string;
  failOn: FailOn | undefined;
  rules: readonly Rule[];
}
