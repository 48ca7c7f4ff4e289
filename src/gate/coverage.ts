// "Does everything the head's pattern matches fall within the base's?" for the policy's
// globs, permission patterns and client matchers — proved only in the simple cases (same
// text, `*`, a literal the other matches, a fixed prefix then `*`). Anything else counts as
// not covered: the gate then calls the change loosening, because unknown is never safe.
import { globToRegExp, type Glob } from '../policy/glob.ts';
import type { PermissionPattern } from '../policy/permission-pattern.ts';

/** Is every string `inner` matches also matched by `outer`? (false when it cannot tell) */
export function globCovers(outer: string, inner: string): boolean {
  if (outer === inner || outer === '*') return true;
  if (!/[*?]/.test(inner)) return globToRegExp(outer).test(inner);
  // `prefix*` covers anything that starts with that prefix.
  const star = outer.indexOf('*');
  if (star === outer.length - 1 && !/[?]/.test(outer)) return inner.startsWith(outer.slice(0, -1));
  return false;
}

/** Every string one of `inner` matches is matched by one of `outer`: a list that is as narrow or narrower. */
export function globListWithin(inner: readonly Glob[], outer: readonly Glob[]): boolean {
  return inner.every((i) => outer.some((o) => globCovers(o.source, i.source)));
}

/** Part by part, for `domain:entity:action` patterns (a flat name only by itself). */
export function permissionCovers(outer: PermissionPattern, inner: PermissionPattern): boolean {
  if (outer.partSources.length !== inner.partSources.length) return false;
  return outer.partSources.every((o, i) => globCovers(o, inner.partSources[i] as string));
}

export function permissionListWithin(inner: readonly PermissionPattern[], outer: readonly PermissionPattern[]): boolean {
  return inner.every((i) => outer.some((o) => permissionCovers(o, i)));
}

/**
 * Does the head's client matcher select only clients the base's selected? Today a matcher is
 * one client name or id, exactly (an exception), or a list of name-or-id globs (`where.client`);
 * `undefined` means every client. The one place to extend when matchers gain pinned
 * `{ id, name }` forms: anything it cannot prove narrower must return false.
 */
export function clientMatchNarrowsOrEqual(before: ClientMatcher | undefined, after: ClientMatcher | undefined): boolean {
  if (before === undefined) return true;
  if (after === undefined) return false;
  if (typeof after === 'string') return typeof before === 'string' ? before === after : before.some((b) => globToRegExp(sourceOf(b)).test(after));
  if (typeof before === 'string') return false;
  return after.every((a) => before.some((b) => globCovers(sourceOf(b), sourceOf(a))));
}

/** A client name or id (matched exactly), or globs of them, as written in the policy. */
export type ClientMatcher = string | readonly (string | Glob)[];

function sourceOf(g: string | Glob): string {
  return typeof g === 'string' ? g : g.source;
}
