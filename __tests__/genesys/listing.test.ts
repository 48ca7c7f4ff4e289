// Whether pages are a whole listing: every signal must agree, and any doubt names the numbers.
import { describe, expect, it } from '@jest/globals';
import { checkComplete, count, type PageSignals, type ReadPage } from '../../src/genesys/listing.ts';
import { apiUrl } from '../../src/genesys/urls.ts';

const e = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `x${i}` }));
const pages = (...bodies: PageSignals[]): Array<ReadPage<PageSignals>> =>
  bodies.map((body, i) => ({ number: i + 1, uri: `/api/v2/authorization/roles?pageNumber=${i + 1}`, body }));
const check =
  (...bodies: PageSignals[]) =>
  () =>
    checkComplete(pages(...bodies), 'GET /api/v2/authorization/roles', 'roles');

describe('a listing is whole', () => {
  it('when its signals agree, in every form the API uses', () => {
    expect(
      check(
        { entities: e(2), total: 3, pageCount: 2, pageNumber: 1, lastUri: '/api/v2/authorization/roles?pageNumber=2' },
        { entities: e(1), total: '3', pageCount: '2', pageNumber: 2 },
      ),
    ).not.toThrow();
    expect(check({ entities: [], total: 0, pageCount: 0, pageNumber: 1 })).not.toThrow();
    expect(check({ entities: e(1), lastUri: '/api/v2/authorization/roles?pageNumber=1' })).not.toThrow();
    expect(check({ entities: e(1), selfUri: '/api/v2/oauth/clients', lastUri: '/api/v2/oauth/clients' })).not.toThrow();
  });

  it.each([
    ['a total above what was read', [{ entities: e(2), total: 5 }], 'it counts 5 roles but gave 2'],
    ['a total below what was read', [{ entities: e(2), total: 1 }], 'it counts 1 roles but gave 2'],
    [
      'pages with different totals',
      [
        { entities: e(1), total: 2, pageCount: 2 },
        { entities: e(1), total: 3, pageCount: 2 },
      ],
      'its pages give different totals (2, 3)',
    ],
    [
      'pages with different page counts',
      [
        { entities: e(1), pageCount: 2 },
        { entities: e(1), pageCount: 3 },
      ],
      'its pages give different page counts (2, 3)',
    ],
    ['a page count not read', [{ entities: e(1), pageCount: 2 }], 'it counts 2 pages but 1 was read'],
    [
      'a page numbered wrong',
      [
        { entities: e(1), pageCount: 2 },
        { entities: e(1), pageCount: 2, pageNumber: 1 },
      ],
      'page 2 says it is page 1',
    ],
    [
      'a last page that names a next one',
      [{ entities: e(1), nextUri: '/api/v2/authorization/roles?pageNumber=2' }],
      'its last page read (1) still names a next page',
    ],
    [
      'a lastUri elsewhere',
      [{ entities: e(1), lastUri: '/api/v2/authorization/roles?pageNumber=4' }],
      'its lastUri names page 4 but the listing ended at page 1',
    ],
    [
      'a lastUri without a page number that is not this page',
      [{ entities: e(1), selfUri: '/a?x=1', lastUri: '/a?x=2' }],
      'its lastUri names another page but the listing ended at page 1',
    ],
  ])('not with %s', (_name, bodies, why) => {
    expect(check(...(bodies as PageSignals[]))).toThrow(
      `Genesys Cloud answered GET /api/v2/authorization/roles with a listing that may be incomplete: ${why}; the listing may have changed while it was read, so run the audit again.`,
    );
  });

  it('reads counts given as numbers or digit strings only', () => {
    expect([count(3), count('14'), count(undefined)]).toEqual([3, 14, undefined]);
    expect(count(-1)).toBeNaN();
    expect(count(1.5)).toBeNaN();
  });
});

describe('request URLs', () => {
  it('keep a base path prefix, once, and add the query', () => {
    expect(apiUrl('https://proxy.example.test/genesys', '/api/v2/oauth/clients', { pageSize: 5, id: ['a', 'b'] })).toBe(
      'https://proxy.example.test/genesys/api/v2/oauth/clients?pageSize=5&id=a&id=b',
    );
    expect(apiUrl('https://proxy.example.test/genesys', '/genesys/api/v2/oauth/clients?page=2', {})).toBe(
      'https://proxy.example.test/genesys/api/v2/oauth/clients?page=2',
    );
    expect(apiUrl('https://proxy.example.test/genesys', 'https://proxy.example.test/genesys/api/v2/x', {})).toBe('https://proxy.example.test/genesys/api/v2/x');
  });

  it.each([
    'https://evil.example.test/api/v2/x',
    '//evil.example.test/api/v2/x',
    'http://api.example.test/api/v2/x',
    'https://api.example.test:8443/api/v2/x',
    'https://u:p@api.example.test/api/v2/x',
  ])('refuse %s, naming it', (uri) => {
    expect(() => apiUrl('https://api.example.test', uri, {})).toThrow(
      /^Genesys Cloud answered with a link to \S+, outside the configured API origin https:\/\/api\.example\.test; /,
    );
  });
});
