// Glob patterns for scopes, permissions, roles and client names: `*` any run of characters,
// `?` one character, everything else literal; matching is case-sensitive like the API.
export interface Glob {
  source: string;
  regex: RegExp;
  /** True when the pattern has no `*` or `?`: it names exactly one value. */
  literal: boolean;
}

export function compileGlob(source: string): Glob {
  return { source, regex: globToRegExp(source), literal: !/[*?]/.test(source) };
}

export function globToRegExp(source: string): RegExp {
  let re = '';
  for (const ch of source) {
    if (ch === '*') re += '.*';
    else if (ch === '?') re += '.';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'su');
}

/**
 * Why a pattern would not mean what its author expects, or undefined. Other glob dialects'
 * syntax (classes, braces, negation) is literal here, so it is refused rather than
 * silently matching nothing.
 */
export function globProblem(source: string): string | undefined {
  if (source !== source.trim()) return `"${source}" has leading or trailing spaces`;
  if (/[[\]{}]/.test(source)) return `"${source}" uses [ ] or { }, which globs here do not support (only * and ?)`;
  if (source.startsWith('!')) return `"${source}" starts with !, which is not negation here: use a deny list`;
  return undefined;
}

export function matchesAny(globs: readonly Glob[], value: string): Glob | undefined {
  return globs.find((g) => g.regex.test(value));
}
