// Matching held permissions against policy patterns, both of which may hold wildcards.
// A held `*` part means "everything", so it falls under any deny pattern for that part,
// and is covered only by an allow pattern that is `*` there as well.
import type { PermissionPattern } from '../policy/permission-pattern.ts';

// Each rule judges each distinct permission of the org once (checks/permissions.ts), so
// these run a few thousand times per evaluation at most; in a process's first evaluation
// they run cold, where each part's regex would first be compiled. Most parts are `*` or
// plain words: those are decided without a regex.

/** Does holding `h` (a permission split on `:`) grant anything that `pattern` names? (used for deny) */
export function intersects(pattern: PermissionPattern, h: readonly string[]): boolean {
  if (pattern.parts.length !== h.length) return false;
  return pattern.parts.every((_, i) => (h.length > 1 && h[i] === '*') || partMatches(pattern, i, h[i]!));
}

/** Is everything `h` (a permission split on `:`) grants within `pattern`? (used for allow) */
export function covers(pattern: PermissionPattern, h: readonly string[]): boolean {
  if (pattern.parts.length !== h.length) return false;
  return pattern.parts.every((_, i) => (h.length > 1 && h[i] === '*' ? pattern.partSources[i] === '*' : partMatches(pattern, i, h[i]!)));
}

/** The pattern's part `i` (a glob: `*` any run, `?` one character) against one part of a permission. */
function partMatches(pattern: PermissionPattern, i: number, value: string): boolean {
  const source = pattern.partSources[i]!;
  if (source === '*') return true;
  if (!source.includes('*') && !source.includes('?')) return source === value;
  return pattern.parts[i]!.test(value);
}

/** Does the held permission (split on `:`) grant a whole domain, entity or action set? */
export function isWildcard(h: readonly string[]): boolean {
  return h.length > 1 && h.includes('*');
}
