// The Platform API reads the audit needs, returning raw API models, each body checked
// against its model at the boundary and each listing checked to be whole. The client drops
// every `secret` field on arrival, so nothing here or downstream can ever hold one.
import type { GenesysClient, Query } from './client.ts';
import type {
  AuthzDivision,
  AuthzDivisionEntityListing,
  DomainOrganizationRole,
  LimitsEntityListing,
  OAuthClient,
  OAuthClientEntityListing,
  OAuthScope,
  OAuthScopeListing,
  OrganizationRoleEntityListing,
} from './models.ts';
import { GenesysError } from './errors.ts';
import { checkShape, type ModelName } from './shape.ts';
import { checkComplete, count, duplicateIds, MAX_PAGES_PER_LISTING, some, type PageSignals, type ReadPage } from './listing.ts';
import { pathOf } from './transport.ts';
import { sanitizeText } from '../text.ts';

/** Page size for roles and divisions (the Terraform provider's choice; larger is unverified). */
export const PAGE_SIZE = 100;
/** The `id` filter of roles and divisions takes at most 100 values per request. */
export const MAX_IDS_PER_REQUEST = 100;
/** The limits key of the per-token request rate. */
export const TOKEN_RATE_LIMIT_KEY = 'client.credentials.token.rate.per.minute';

type Entity = { id?: string; name?: string };
type Paged<T extends Entity> = PageSignals & { entities?: T[] };

/** GET a path or an API-given URI, its body checked against `model`. */
export async function read<T>(api: GenesysClient, model: ModelName, pathOrUri: string, query: Query = {}, bulk = false): Promise<T> {
  const body = await api.get<unknown>(pathOrUri, query, bulk);
  return checkShape<T>(model, body, `GET ${sanitizeText(pathOf(pathOrUri), 120)}`);
}

/**
 * Every OAuth client, or a failure: a listing whose signals disagree, that lists a client
 * twice or one without an id, is never taken for the whole org.
 */
export async function listOAuthClients(api: GenesysClient): Promise<OAuthClient[]> {
  // The operation takes no paging parameters; follow nextUri should a response carry one.
  const what = 'GET /api/v2/oauth/clients';
  const pages: Array<ReadPage<OAuthClientEntityListing>> = [];
  const seen = new Set<string>();
  for (let uri: string | undefined = '/api/v2/oauth/clients'; uri;) {
    if (seen.has(uri))
      throw new GenesysError(
        'malformed',
        `Genesys Cloud answered ${what} with a paging loop: page ${pages.length} points back to an earlier page; try again later.`,
      );
    if (pages.length >= MAX_PAGES_PER_LISTING) {
      throw new GenesysError(
        'malformed',
        `Genesys Cloud answered ${what} with more than ${MAX_PAGES_PER_LISTING} pages, far more than any org holds; the API or a proxy is paging without end, try again later.`,
      );
    }
    seen.add(uri);
    const body: OAuthClientEntityListing = await read<OAuthClientEntityListing>(api, 'OAuthClientEntityListing', uri);
    pages.push({ number: pages.length + 1, uri, body: { ...body, entities: entitiesOf(body, what) } });
    uri = body.nextUri || undefined;
  }
  const clients = withIds(
    pages.flatMap((p) => p.body.entities ?? []),
    what,
    'OAuth client',
    false,
  );
  checkComplete(pages, what, 'OAuth clients');
  return clients;
}

/** One client's details: a bulk read, since a legacy listing needs one per client. */
export async function getOAuthClient(api: GenesysClient, clientId: string): Promise<OAuthClient> {
  return read<OAuthClient>(api, 'OAuthClient', `/api/v2/oauth/clients/${encodeURIComponent(clientId)}`, {}, true);
}

/** Exactly the roles asked for, ≤100 ids a request, all requests at once (the pacer paces). */
export async function getRolesByIds(api: GenesysClient, ids: readonly string[]): Promise<DomainOrganizationRole[]> {
  // userCount defaults to true and makes the request slow; we never need it.
  return getByIds<DomainOrganizationRole, OrganizationRoleEntityListing>(
    api,
    'OrganizationRoleEntityListing',
    '/api/v2/authorization/roles',
    ids,
    { userCount: false },
    'role',
  );
}

export async function getDivisionsByIds(api: GenesysClient, ids: readonly string[]): Promise<AuthzDivision[]> {
  return getByIds<AuthzDivision, AuthzDivisionEntityListing>(api, 'AuthzDivisionEntityListing', '/api/v2/authorization/divisions', ids, {}, 'division');
}

/** The org's home division (needs no permission). */
export async function getHomeDivision(api: GenesysClient): Promise<AuthzDivision> {
  return read<AuthzDivision>(api, 'AuthzDivision', '/api/v2/authorization/divisions/home');
}

export async function listScopes(api: GenesysClient): Promise<OAuthScope[]> {
  const listing = await read<OAuthScopeListing>(api, 'OAuthScopeListing', '/api/v2/oauth/scopes');
  return entitiesOf(listing, 'GET /api/v2/oauth/scopes');
}

/** The org's per-token request limit, or undefined when the listing does not carry it. */
export async function readTokenRateLimit(api: GenesysClient): Promise<number | undefined> {
  const path = '/api/v2/organizations/limits/namespaces/platform.api';
  const listing = await read<LimitsEntityListing>(api, 'LimitsEntityListing', path);
  const limit = entitiesOf(listing, `GET ${path}`).find((l) => l.key === TOKEN_RATE_LIMIT_KEY);
  return typeof limit?.value === 'number' && limit.value > 0 ? limit.value : undefined;
}

async function getByIds<T extends Entity, L extends Paged<T>>(
  api: GenesysClient,
  model: ModelName,
  path: string,
  ids: readonly string[],
  query: Query,
  noun: string,
): Promise<T[]> {
  const unique = [...new Set(ids)].sort();
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += MAX_IDS_PER_REQUEST) chunks.push(unique.slice(i, i + MAX_IDS_PER_REQUEST));
  const pages = await Promise.all(chunks.map((chunk) => listPaged<T, L>(api, model, path, { ...query, id: chunk }, chunk, noun)));
  return withIds(pages.flat(), `GET ${path}`, noun, true);
}

/**
 * All pages of one id-filtered request: the first tells `pageCount`, the rest are fetched at
 * once. A filter of n ids can match at most n entities, which bounds the pages to ask for.
 */
async function listPaged<T extends Entity, L extends Paged<T>>(
  api: GenesysClient,
  model: ModelName,
  path: string,
  query: Query,
  ids: readonly string[],
  noun: string,
): Promise<T[]> {
  const what = `GET ${path}`;
  const pageSize = Math.min(PAGE_SIZE, Math.max(1, ids.length));
  const page = async (n: number): Promise<ReadPage<L>> => {
    const body = await read<L>(api, model, path, { ...query, pageSize, pageNumber: n });
    return { number: n, uri: `${path}?pageNumber=${n}`, body: { ...body, entities: entitiesOf(body, what) } };
  };
  const first = await page(1);
  const pageCount = count(first.body.pageCount) ?? 1;
  // The API may cap the page below the size asked for, and says so in pageSize.
  const served = count(first.body.pageSize);
  const perPage = served !== undefined && served >= 1 && served < pageSize ? served : pageSize;
  const most = Math.ceil(ids.length / perPage);
  if (!(pageCount <= most)) {
    throw new GenesysError(
      'malformed',
      `Genesys Cloud answered ${what} with ${pageCount} pages for ${ids.length} ${noun} ids at ${perPage} a page (at most ${most}); the listing cannot be trusted, try again later.`,
    );
  }
  const rest = await Promise.all(Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => page(i + 2)));
  const pages = [first, ...rest];
  const entities = withIds(
    pages.flatMap((p) => p.body.entities ?? []),
    what,
    noun,
    true,
  );
  checkComplete(pages, what, `${noun}s`);
  const asked = new Set(ids);
  const extra = entities.map((e) => e.id ?? '').filter((id) => id && !asked.has(id));
  if (extra.length) {
    throw new GenesysError(
      'malformed',
      `Genesys Cloud answered ${what} with ${noun}s it was not asked for (${some(extra.map((id) => sanitizeText(id, 60)))}); the listing cannot be trusted, try again later.`,
    );
  }
  return entities;
}

/**
 * The entities, each with an id and none twice; else a failure naming them. Roles and
 * divisions also need a name: rules judge them by name, so a nameless Master Admin role
 * would slip past a deny. (A client's name is its own: an empty one is reported as such.)
 */
function withIds<T extends Entity>(entities: T[], what: string, noun: string, named: boolean): T[] {
  const a = /^[aeiou]|^OAuth/i.test(noun) ? 'an' : 'a';
  if (entities.some((e) => !e.id)) throw new GenesysError('malformed', `Genesys Cloud answered ${what} with ${a} ${noun} that has no id; try again later.`);
  const nameless = named ? entities.find((e) => !e.name) : undefined;
  if (nameless)
    throw new GenesysError(
      'malformed',
      `Genesys Cloud answered ${what} with ${a} ${noun} that has no name (${sanitizeText(nameless.id ?? '', 60)}); try again later.`,
    );
  const twice = duplicateIds(entities.map((e) => e.id as string));
  if (twice.length) {
    throw new GenesysError(
      'malformed',
      `Genesys Cloud answered ${what} with the same ${noun} id more than once (${some(twice.map((id) => sanitizeText(id, 60)))}); a listing that repeats entries may hide others, so run the audit again.`,
    );
  }
  return entities;
}

function entitiesOf<T>(page: { entities?: T[] }, what: string): T[] {
  if (!page || !Array.isArray(page.entities)) {
    throw new GenesysError(
      'malformed',
      `Genesys Cloud answered ${what} without an entities list; check that the region or api-base-url points at the Platform API.`,
    );
  }
  return page.entities;
}
