// Page-numbered listings as the platform writes them: `pageSize`, `pageNumber`, `total`,
// `pageCount`, and relative `selfUri`/`firstUri`/`lastUri`, with `nextUri` and
// `previousUri` only where such a page exists. URIs keep the request's other parameters.
import type { Result } from './context.ts';
import { badRequest } from './errors.ts';

export interface PageRequest {
  pageSize: number;
  pageNumber: number;
}

export interface PageListing<T> {
  entities: T[];
  pageSize: number;
  pageNumber: number;
  total: number;
  firstUri: string;
  selfUri: string;
  lastUri: string;
  nextUri?: string;
  previousUri?: string;
  pageCount: number;
}

/** Page size 25 unless asked; at most `maxPageSize`. */
export function parsePageRequest(query: URLSearchParams, maxPageSize: number, defaultPageSize = 25): PageRequest | Result {
  const pageSize = wholeNumber(query.get('pageSize'), defaultPageSize);
  const pageNumber = wholeNumber(query.get('pageNumber'), 1);
  if (pageSize === undefined || pageSize < 1 || pageSize > maxPageSize) {
    return badRequest('The page size [{pageSize}] is not valid: it must be a whole number from 1 to {max}.', {
      pageSize: query.get('pageSize') ?? '',
      max: String(maxPageSize),
    });
  }
  if (pageNumber === undefined || pageNumber < 1) {
    return badRequest('The page number [{pageNumber}] is not valid: it must be a whole number from 1.', { pageNumber: query.get('pageNumber') ?? '' });
  }
  return { pageSize, pageNumber };
}

export function pageListing<T>(items: readonly T[], page: PageRequest, path: string, query: URLSearchParams): PageListing<T> {
  const { pageSize, pageNumber } = page;
  const total = items.length;
  const pageCount = Math.ceil(total / pageSize);
  const uri = (n: number) => pageUri(path, query, pageSize, n);
  return {
    entities: items.slice((pageNumber - 1) * pageSize, pageNumber * pageSize),
    pageSize,
    pageNumber,
    total,
    firstUri: uri(1),
    selfUri: uri(pageNumber),
    lastUri: uri(Math.max(1, pageCount)),
    ...(pageNumber < pageCount && { nextUri: uri(pageNumber + 1) }),
    ...(pageNumber > 1 && { previousUri: uri(Math.min(pageNumber - 1, Math.max(1, pageCount))) }),
    pageCount,
  };
}

export function pageUri(path: string, query: URLSearchParams, pageSize: number, pageNumber: number): string {
  const params = new URLSearchParams({ pageSize: String(pageSize), pageNumber: String(pageNumber) });
  for (const [key, value] of query) if (key !== 'pageSize' && key !== 'pageNumber') params.append(key, value);
  return `${path}?${params.toString()}`;
}

function wholeNumber(value: string | null, fallback: number): number | undefined {
  if (value === null || value === '') return fallback;
  return /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}
