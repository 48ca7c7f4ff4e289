// Permission patterns of the policy: `domain:entity:action` with a glob in each part, or a
// legacy flat permission name such as `admin`. Compiled once, matched many times.
import { globMatcher, globProblem, type Matcher } from './glob.ts';

export interface PermissionPattern {
  source: string;
  /** Three part globs, or one for a flat name. */
  parts: readonly Matcher[];
  /** The part patterns as written, to tell a `*` part from others. */
  partSources: readonly string[];
}

export function compilePermissionPattern(source: string): PermissionPattern {
  const partSources = source.split(':');
  return { source, partSources, parts: partSources.map(globMatcher) };
}

/** Why a pattern is not a permission pattern, or undefined. */
export function permissionPatternProblem(source: string): string | undefined {
  const parts = source.split(':');
  if ((parts.length !== 3 && parts.length !== 1) || parts.some((p) => p === '')) {
    return `Permission pattern "${source}" must be domain:entity:action (each part may use *), e.g. oauth:client:*, or a legacy name such as admin.`;
  }
  const glob = globProblem(source);
  return glob ? `Permission pattern ${glob}.` : undefined;
}
