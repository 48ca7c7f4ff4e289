// The Platform API reads the audit needs, returning raw API models. Secrets are dropped on
// arrival so that nothing downstream can ever hold one.
import type { GenesysClient, Query } from './client.ts';
import type {
  AuthzDivision,
  AuthzDivisionEntityListing,
  DomainOrganizationRole,
  OAuthClient,
  OAuthClientEntityListing,
  OrganizationRoleEntityListing,
} from './models.ts';
import { GenesysError } from './errors.ts';

/** Page size for roles and divisions (the Terraform provider uses 100 as well). */
export const PAGE_SIZE = 100;

interface Paged<T> {
  entities?: T[];
  pageCount?: number;
  nextUri?: string;
}

export async function listOAuthClients(api: GenesysClient): Promise<OAuthClient[]> {
  // The operation takes no paging parameters; follow nextUri should a response carry one.
  const clients: OAuthClient[] = [];
  let uri: string | undefined = '/api/v2/oauth/clients';
  const seen = new Set<string>();
  while (uri) {
    if (seen.has(uri)) throw new GenesysError('malformed', `Genesys Cloud returned a paging loop at ${uri}.`);
    seen.add(uri);
    const page: OAuthClientEntityListing = await api.get<OAuthClientEntityListing>(uri);
    clients.push(...entitiesOf(page, 'GET /api/v2/oauth/clients').map(withoutSecret));
    uri = page.nextUri || undefined;
  }
  return clients;
}

export async function getOAuthClient(api: GenesysClient, clientId: string): Promise<OAuthClient> {
  return withoutSecret(await api.get<OAuthClient>(`/api/v2/oauth/clients/${encodeURIComponent(clientId)}`));
}

export async function listRoles(api: GenesysClient): Promise<DomainOrganizationRole[]> {
  // userCount defaults to true and makes the request slow; we never need it.
  return listPaged<DomainOrganizationRole, OrganizationRoleEntityListing>(api, '/api/v2/authorization/roles', { userCount: false });
}

export async function listDivisions(api: GenesysClient): Promise<AuthzDivision[]> {
  return listPaged<AuthzDivision, AuthzDivisionEntityListing>(api, '/api/v2/authorization/divisions', {});
}

async function listPaged<T, L extends Paged<T>>(api: GenesysClient, path: string, query: Query): Promise<T[]> {
  const all: T[] = [];
  for (let pageNumber = 1; ; pageNumber++) {
    const page = await api.get<L>(path, { ...query, pageSize: PAGE_SIZE, pageNumber });
    const entities = entitiesOf(page, `GET ${path}`);
    all.push(...entities);
    const pageCount = page.pageCount ?? (entities.length < PAGE_SIZE ? pageNumber : pageNumber + 1);
    if (pageNumber >= pageCount || entities.length === 0) return all;
  }
}

function entitiesOf<T>(page: Paged<T>, what: string): T[] {
  if (!page || !Array.isArray(page.entities)) {
    throw new GenesysError('malformed', `Genesys Cloud answered ${what} without an entities list.`);
  }
  return page.entities;
}

function withoutSecret(client: OAuthClient): OAuthClient {
  if (!('secret' in client)) return client;
  const { secret: _secret, ...rest } = client;
  return rest;
}
