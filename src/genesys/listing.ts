// Whether a paged listing was read whole. A listing is complete only when every signal the
// API gives agrees: `total`, `pageCount`, each page's `pageNumber`, `lastUri` and `nextUri`.
// Any doubt fails with the numbers seen: an audit on part of the org is worse than none.
import { GenesysError } from './errors.ts';

export interface PageSignals {
  entities?: Array<{ id?: string } | null | undefined>;
  total?: number | string;
  pageCount?: number | string;
  pageNumber?: number | string;
  pageSize?: number | string;
  nextUri?: string;
  lastUri?: string;
  selfUri?: string;
}

/** A real org's listings fit in a few pages; this many means the API is paging in circles. */
export const MAX_PAGES_PER_LISTING = 1000;

/** `total` and friends: numbers, or numeric strings (already checked to be digits). */
export function count(value: number | string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isSafeInteger(n) && n >= 0 ? n : Number.NaN;
}

/** One page read: its number in reading order (1-based), the URI it was read from, its body. */
export interface ReadPage<T extends PageSignals> {
  number: number;
  uri: string;
  body: T;
}

/**
 * Checks that the pages are the whole listing; throws with what disagreed. `what` names
 * the request, `noun` what is listed ("OAuth clients").
 */
export function checkComplete<T extends PageSignals>(pages: ReadonlyArray<ReadPage<T>>, what: string, noun: string): void {
  const doubt = (why: string) =>
    new GenesysError(
      'malformed',
      `Genesys Cloud answered ${what} with a listing that may be incomplete: ${why}; the listing may have changed while it was read, so run the audit again.`,
    );
  const read = pages.reduce((n, p) => n + (p.body.entities?.length ?? 0), 0);
  const totals = new Set(pages.map((p) => count(p.body.total)).filter((t) => t !== undefined));
  if (totals.size > 1) throw doubt(`its pages give different totals (${[...totals].join(', ')})`);
  const total = [...totals][0];
  if (total !== undefined && total !== read) throw doubt(`it counts ${total} ${noun} but gave ${read}`);
  const counts = new Set(pages.map((p) => count(p.body.pageCount)).filter((c) => c !== undefined));
  if (counts.size > 1) throw doubt(`its pages give different page counts (${[...counts].join(', ')})`);
  const pageCount = [...counts][0];
  if (pageCount !== undefined && pageCount !== pages.length && !(pageCount === 0 && read === 0 && pages.length === 1)) {
    throw doubt(`it counts ${pageCount} page${pageCount === 1 ? '' : 's'} but ${pages.length} ${pages.length === 1 ? 'was' : 'were'} read`);
  }
  for (const page of pages) {
    const number = count(page.body.pageNumber);
    if (number !== undefined && number !== page.number) throw doubt(`page ${page.number} says it is page ${number}`);
  }
  const last = pages[pages.length - 1];
  if (last?.body.nextUri) throw doubt(`its last page read (${last.number}) still names a next page`);
  if (last?.body.lastUri !== undefined && !isSamePage(last, last.body.lastUri)) {
    const named = pageNumberIn(last.body.lastUri);
    throw doubt(`its lastUri names ${named !== undefined ? `page ${named}` : 'another page'} but the listing ended at page ${last.number}`);
  }
}

/** Ids that appear more than once across the pages, in order of appearance. */
export function duplicateIds(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

/** The first few of a list, for a message. */
export function some(ids: readonly string[], max = 5): string {
  return `${ids.slice(0, max).join(', ')}${ids.length > max ? `, … (${ids.length} in all)` : ''}`;
}

function isSamePage(page: ReadPage<PageSignals>, lastUri: string): boolean {
  const named = pageNumberIn(lastUri);
  if (named !== undefined) return named === page.number;
  return sameUri(lastUri, page.uri) || (page.body.selfUri !== undefined && sameUri(lastUri, page.body.selfUri));
}

function pageNumberIn(uri: string): number | undefined {
  const value = parse(uri)?.searchParams.get('pageNumber');
  return value !== null && value !== undefined && /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}

/** The same path (one may carry the base URL's prefix) and the same query, in any order. */
function sameUri(a: string, b: string): boolean {
  const x = parse(a);
  const y = parse(b);
  if (!x || !y) return false;
  const p = x.pathname.replace(/\/+$/, '');
  const q = y.pathname.replace(/\/+$/, '');
  return (p.endsWith(q) || q.endsWith(p)) && sortedQuery(x) === sortedQuery(y);
}

function sortedQuery(url: URL): string {
  return [...url.searchParams]
    .map(([k, v]) => `${k}=${v}`)
    .sort()
    .join('&');
}

function parse(uri: string): URL | undefined {
  try {
    return new URL(uri, 'http://relative.invalid');
  } catch {
    return undefined;
  }
}
