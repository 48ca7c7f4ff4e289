// Collects what is wrong with a policy while it is compiled, so that every problem is
// reported at once: errors stop the run, warnings are shown and the run goes on.
import type { PolicyProblem } from './errors.ts';
import type { SourceLocation } from './types.ts';

/** A path into the policy document: keys and list indexes. */
export type Path = ReadonlyArray<string | number>;

export class Problems {
  readonly errors: PolicyProblem[] = [];
  readonly warnings: PolicyProblem[] = [];

  error(location: SourceLocation, message: string): void {
    this.errors.push({ location, message });
  }

  warning(location: SourceLocation, message: string): void {
    this.warnings.push({ location, message });
  }
}
