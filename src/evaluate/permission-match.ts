// Matching held permissions against policy patterns, both of which may hold wildcards.
// A held `*` part means "everything", so it falls under any deny pattern for that part,
// and is covered only by an allow pattern that is `*` there as well.
import { globToRegExp, type Glob } from '../policy/glob.ts';

/** Does holding `held` grant anything that `pattern` names? (used for deny) */
export function intersects(pattern: Glob, held: string): boolean {
  const p = pattern.source.split(':');
  const h = held.split(':');
  if (p.length !== h.length) return false;
  if (p.length === 1) return pattern.regex.test(held);
  return p.every((part, i) => h[i] === '*' || partGlob(part).test(h[i] as string));
}

/** Is everything `held` grants within `pattern`? (used for allow) */
export function covers(pattern: Glob, held: string): boolean {
  const p = pattern.source.split(':');
  const h = held.split(':');
  if (p.length !== h.length) return false;
  if (p.length === 1) return pattern.regex.test(held);
  return p.every((part, i) => (h[i] === '*' ? part === '*' : partGlob(part).test(h[i] as string)));
}

const partCache = new Map<string, RegExp>();

function partGlob(part: string): RegExp {
  let re = partCache.get(part);
  if (!re) {
    re = globToRegExp(part);
    partCache.set(part, re);
  }
  return re;
}
