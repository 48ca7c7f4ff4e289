// Matching held permissions against policy patterns, both of which may hold wildcards.
// A held `*` part means "everything", so it falls under any deny pattern for that part,
// and is covered only by an allow pattern that is `*` there as well.
import type { PermissionPattern } from '../policy/permission-pattern.ts';

const splitCache = new Map<string, readonly string[]>();

/** `domain:entity:action` → its parts (a legacy flat name is one part); memoized. */
export function permissionParts(held: string): readonly string[] {
  let parts = splitCache.get(held);
  if (!parts) {
    parts = held.split(':');
    splitCache.set(held, parts);
  }
  return parts;
}

/** Does holding `held` grant anything that `pattern` names? (used for deny) */
export function intersects(pattern: PermissionPattern, held: string): boolean {
  const h = permissionParts(held);
  if (pattern.parts.length !== h.length) return false;
  return pattern.parts.every((re, i) => (h.length > 1 && h[i] === '*') || re.test(h[i] as string));
}

/** Is everything `held` grants within `pattern`? (used for allow) */
export function covers(pattern: PermissionPattern, held: string): boolean {
  const h = permissionParts(held);
  if (pattern.parts.length !== h.length) return false;
  return pattern.parts.every((re, i) => (h.length > 1 && h[i] === '*' ? pattern.partSources[i] === '*' : re.test(h[i] as string)));
}

/** Does the held permission grant a whole domain, entity or action set? */
export function isWildcard(held: string): boolean {
  const h = permissionParts(held);
  return h.length > 1 && h.includes('*');
}
