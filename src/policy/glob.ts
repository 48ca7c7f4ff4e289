// Glob patterns for scopes, permissions, roles and client names: `*` any run of characters,
// `?` one character, everything else literal; matching is case-sensitive like the API.
/** Tests a value against one pattern. */
export interface Matcher {
  test(value: string): boolean;
}

export interface Glob {
  source: string;
  regex: Matcher;
  /** True when the pattern has no `*` or `?`: it names exactly one value. */
  literal: boolean;
}

export function compileGlob(source: string): Glob {
  return { source, regex: globMatcher(source), literal: !/[*?]/.test(source) };
}

/**
 * A glob as a matcher whose time is linear in the value (times the pattern's length): a
 * backtracking regex of `*a*a*a*b` takes polynomial time on a long hostile name. One `*`
 * cannot backtrack more than once over the value, so those stay fast regexes.
 */
export function globMatcher(source: string): Matcher {
  // `*` and plain words, most patterns, need no regex (compiled on its first test, which a
  // process's one evaluation runs cold).
  if (source === '*') return new AnyValue();
  if (!/[*?]/.test(source)) return new OneValue(source);
  if ((source.match(/\*/g) ?? []).length <= 1) return globToRegExp(source);
  return new WildcardGlob(source);
}

/** `*`: every value. Plain data, like the classes below, so that equal globs compare equal. */
class AnyValue implements Matcher {
  readonly source = '*';
  test(): boolean {
    return true;
  }
}

/** A glob without `*` or `?`: exactly its text. */
class OneValue implements Matcher {
  readonly source: string;
  constructor(source: string) {
    this.source = source;
  }
  test(value: string): boolean {
    return value === this.source;
  }
}

/** A glob matched by `wildcardMatch`; plain data (no closure), so that equal globs compare equal. */
class WildcardGlob implements Matcher {
  readonly source: string;
  private readonly chars: readonly string[];
  constructor(source: string) {
    this.source = source;
    this.chars = Array.from(source);
  }
  test(value: string): boolean {
    return wildcardMatch(this.chars, Array.from(value));
  }
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

/** Whole-value wildcard match that only ever backtracks to the last `*` seen: O(value × pattern). */
function wildcardMatch(pattern: readonly string[], value: readonly string[]): boolean {
  let p = 0;
  let v = 0;
  let star = -1;
  let resume = 0;
  while (v < value.length) {
    if (p < pattern.length && (pattern[p] === '?' || (pattern[p] !== '*' && pattern[p] === value[v]))) {
      p++;
      v++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      resume = v;
    } else if (star >= 0) {
      p = star + 1;
      v = ++resume;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
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
