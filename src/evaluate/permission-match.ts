// Matching held permissions against policy patterns, both of which may hold wildcards.
// A held `*` part means "everything", so it falls under any deny pattern for that part,
// and is covered only by an allow pattern that is `*` there as well.
import type { PermissionPattern } from '../policy/permission-pattern.ts';

/** Does holding `h` (a permission split on `:`) grant anything that `pattern` names? (used for deny) */
export function intersects(pattern: PermissionPattern, h: readonly string[]): boolean {
  if (pattern.parts.length !== h.length) return false;
  return pattern.parts.every((part, i) => (h.length > 1 && h[i] === '*') || part.test(h[i]!));
}

/** Is everything `h` (a permission split on `:`) grants within `pattern`? (used for allow) */
export function covers(pattern: PermissionPattern, h: readonly string[]): boolean {
  if (pattern.parts.length !== h.length) return false;
  return pattern.parts.every((part, i) => (h.length > 1 && h[i] === '*' ? pattern.partSources[i] === '*' : part.test(h[i]!)));
}

/** Does the held permission (split on `:`) grant a whole domain, entity or action set? */
export function isWildcard(h: readonly string[]): boolean {
  return h.length > 1 && h.includes('*');
}
