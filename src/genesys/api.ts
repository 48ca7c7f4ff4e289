// The Platform API reads the audit needs, returning raw API models. The client drops every
// `secret` field on arrival, so nothing here or downstream can ever hold one.
import type { GenesysClient, Query } from './client.ts';
import type {
  AuthzDivision,
  AuthzDivisionEntityListing,
  DomainOrganizationRole,
  Limit,
  OAuthClient,
  OAuthClientEntityListing,
  OAuthScope,
  OAuthScopeListing,
  OrganizationRoleEntityListing,
} from './models.ts';
import { GenesysError } from './errors.ts';

/** Page size for roles and divisions (the Terraform provider's choice; larger is unverified). */
export const PAGE_SIZE = 100;
/** The `id` filter of roles and divisions takes at most 100 values per request. */
export const MAX_IDS_PER_REQUEST = 100;
/** The limits key of the per-token request rate. */
export const TOKEN_RATE_LIMIT_KEY = 'client.credentials.token.rate.per.minute';

interface Paged<T> {
  entities?: T[];
  pageCount?: number;
  nextUri?: string;
}

/**
 * Every OAuth client, or a failure: a listing that says it holds more clients than it gave,
 * or lists one without an id, is never taken for the whole org.
 */
export async function listOAuthClients(api: GenesysClient): Promise<OAuthClient[]> {
  // The operation takes no paging parameters; follow nextUri should a response carry one.
  const what = 'GET /api/v2/oauth/clients';
  const clients = new Map<string, OAuthClient>();
  let total: number | undefined;
  let uri: string | undefined = '/api/v2/oauth/clients';
  const seen = new Set<string>();
  while (uri) {
    if (seen.has(uri)) throw new GenesysError('malformed', `Genesys Cloud returned a paging loop at ${uri}; try again later.`);
    seen.add(uri);
    const page: OAuthClientEntityListing = await api.get<OAuthClientEntityListing>(uri);
    for (const client of entitiesOf(page, what)) {
      if (!client.id) throw new GenesysError('malformed', `Genesys Cloud answered ${what} with a client that has no id; try again later.`);
      clients.set(client.id, client);
    }
    total ??= typeof page.total === 'number' ? page.total : undefined;
    uri = page.nextUri || undefined;
  }
  if (total !== undefined && clients.size < total) {
    throw new GenesysError(
      'malformed',
      `Genesys Cloud answered ${what} with ${clients.size} of the ${total} OAuth clients it counts (the listing changed while it was read, or was cut short); run the audit again.`,
    );
  }
  return [...clients.values()];
}

export async function getOAuthClient(api: GenesysClient, clientId: string): Promise<OAuthClient> {
  return api.get<OAuthClient>(`/api/v2/oauth/clients/${encodeURIComponent(clientId)}`);
}

/** Exactly the roles asked for, ≤100 ids a request, all requests at once (the pacer paces). */
export async function getRolesByIds(api: GenesysClient, ids: readonly string[]): Promise<DomainOrganizationRole[]> {
  // userCount defaults to true and makes the request slow; we never need it.
  return getByIds<DomainOrganizationRole, OrganizationRoleEntityListing>(api, '/api/v2/authorization/roles', ids, { userCount: false });
}

export async function getDivisionsByIds(api: GenesysClient, ids: readonly string[]): Promise<AuthzDivision[]> {
  return getByIds<AuthzDivision, AuthzDivisionEntityListing>(api, '/api/v2/authorization/divisions', ids, {});
}

/** The org's home division (needs no permission). */
export async function getHomeDivision(api: GenesysClient): Promise<AuthzDivision> {
  return api.get<AuthzDivision>('/api/v2/authorization/divisions/home');
}

export async function listScopes(api: GenesysClient): Promise<OAuthScope[]> {
  const listing = await api.get<OAuthScopeListing>('/api/v2/oauth/scopes');
  return entitiesOf(listing, 'GET /api/v2/oauth/scopes');
}

/** The org's per-token request limit, or undefined when the listing does not carry it. */
export async function readTokenRateLimit(api: GenesysClient): Promise<number | undefined> {
  const listing = await api.get<Paged<Limit>>('/api/v2/organizations/limits/namespaces/platform.api');
  const limit = entitiesOf(listing, 'GET /api/v2/organizations/limits/namespaces/platform.api').find((l) => l.key === TOKEN_RATE_LIMIT_KEY);
  return typeof limit?.value === 'number' && limit.value > 0 ? limit.value : undefined;
}

async function getByIds<T, L extends Paged<T>>(api: GenesysClient, path: string, ids: readonly string[], query: Query): Promise<T[]> {
  const unique = [...new Set(ids)].sort();
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += MAX_IDS_PER_REQUEST) chunks.push(unique.slice(i, i + MAX_IDS_PER_REQUEST));
  const pages = await Promise.all(chunks.map((chunk) => listPaged<T, L>(api, path, { ...query, id: chunk }, chunk.length)));
  return pages.flat();
}

/** All pages: the first tells `pageCount`, the rest are fetched at once. */
async function listPaged<T, L extends Paged<T>>(api: GenesysClient, path: string, query: Query, expected: number): Promise<T[]> {
  const pageSize = Math.min(PAGE_SIZE, Math.max(1, expected));
  const first = await api.get<L>(path, { ...query, pageSize, pageNumber: 1 });
  const entities = [...entitiesOf(first, `GET ${path}`)];
  const pageCount = first.pageCount ?? 1;
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => api.get<L>(path, { ...query, pageSize, pageNumber: i + 2 })),
  );
  for (const page of rest) entities.push(...entitiesOf(page, `GET ${path}`));
  return entities;
}

function entitiesOf<T>(page: Paged<T>, what: string): T[] {
  if (!page || !Array.isArray(page.entities)) {
    throw new GenesysError('malformed', `Genesys Cloud answered ${what} without an entities list; check that the region or api-base-url points at the Platform API.`);
  }
  return page.entities;
}
