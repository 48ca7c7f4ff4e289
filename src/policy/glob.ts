// Glob patterns for scopes, permissions and client names: `*` any run of characters,
// `?` one character, everything else literal; matching is case-sensitive like the API.
export interface Glob {
  source: string;
  regex: RegExp;
}

export function compileGlob(source: string): Glob {
  return { source, regex: globToRegExp(source) };
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

export function matchesAny(globs: readonly Glob[], value: string): Glob | undefined {
  return globs.find((g) => g.regex.test(value));
}
