// Query filters shared by the roles and divisions listings.
import type { Result } from '../context.ts';
import { badRequest } from '../errors.ts';

/** The `id` filter takes at most this many values per request (official SDK docs). */
export const MAX_IDS = 100;

/**
 * Every value of a repeatable parameter: `name=a&name=b`, or `name=a,b` as the official JS
 * SDK sends an array.
 */
export function repeated(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

/** The ids asked for (repeated `id`, or comma-separated values), or undefined for all. */
export function idFilter(query: URLSearchParams): ReadonlySet<string> | undefined | Result {
  const ids = repeated(query, 'id');
  if (ids.length === 0) return undefined;
  if (ids.length > MAX_IDS) {
    return badRequest('Too many ids: [{count}] were given, the maximum is {max}.', { count: String(ids.length), max: String(MAX_IDS) });
  }
  return new Set(ids);
}

/** Case-insensitive substring match on `name` (the platform's exact matching is **unverified**). */
export function matchesName(query: URLSearchParams, name: string | undefined): boolean {
  const wanted = query.get('name');
  return !wanted || (name ?? '').toLowerCase().includes(wanted.toLowerCase());
}

export function isResult(value: unknown): value is Result {
  return typeof value === 'object' && value !== null && 'status' in value && 'body' in value;
}
