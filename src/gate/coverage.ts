// "Does everything the head's pattern matches fall within the base's?" for the policy's
// globs, permission patterns and client matchers — proved only in the simple cases (same
// text, `*`, a literal the other matches, a fixed prefix then `*`). Anything else counts as
// not covered: the gate then calls the change loosening, because unknown is never safe.
import { globToRegExp, type Glob } from '../policy/glob.ts';
import type { PermissionPattern } from '../policy/permission-pattern.ts';
import { refWithin } from '../policy/client-ref.ts';
import type { ClientRef, ClientSelector } from '../policy/types.ts';

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
 * Does the head's client matcher select only clients the base's selected? A matcher is an
 * exception's or approved entry's reference (a pinned id, or a bare name-or-id) or a
 * `where.client` list of references and globs; `undefined` means every client. Proved
 * through the policy's own `refWithin` (a pinned id is within only itself; a bare string
 * within a glob that matches it), and for two globs by `globCovers`; anything else is not
 * narrower, so the gate calls the change loosening.
 */
export function clientMatchNarrowsOrEqual(before: ClientMatcher | undefined, after: ClientMatcher | undefined): boolean {
  if (before === undefined) return true;
  if (after === undefined) return false;
  const wide = asList(before);
  return asList(after).every((a) => wide.some((b) => selectorWithin(a, b)));
}

/** One client reference, or a `where.client` list of references and globs. */
export type ClientMatcher = ClientRef | readonly ClientSelector[];

type Selecting = ClientRef | ClientSelector;

function asList(m: ClientMatcher): readonly Selecting[] {
  return Array.isArray(m) ? (m as readonly ClientSelector[]) : [m as ClientRef];
}

function selectorWithin(narrow: Selecting, wide: Selecting): boolean {
  if (narrow.kind === 'glob' && wide.kind === 'glob') return globCovers(wide.glob.source, narrow.glob.source);
  return refWithin(narrow, wide);
}
