// GET /api/v2/oauth/clients and /api/v2/oauth/clients/{clientId}. The real listing takes no
// query parameters and returns every client at once; the clientsPageSize knob pages it so
// that `nextUri` following can be tested. Secrets never appear (since 2025 the platform
// returns a secret only on create) unless the leakSecrets knob asks for them.
import type { OAuthClient } from '../models.ts';
import { JsonText, type EmulatorState, type Result } from '../context.ts';
import type { Org, OrgClient } from '../org.ts';
import type { Route } from '../router.ts';
import { notFound } from '../errors.ts';
import { pageListing, parsePageRequest } from '../paging.ts';
import { isResult } from './filters.ts';

const VIEW = ['oauth:client:view'] as const;
const PATH = '/api/v2/oauth/clients';

export const oauthClientRoutes: Route[] = [
  {
    method: 'GET',
    path: PATH,
    permissions: () => VIEW,
    handle: ({ state, query }) => {
      const pageSize = state.knobs.clientsPageSize;
      // Secrets are served (and recorded as leaked) afresh on every request.
      if (state.knobs.leakSecrets) {
        const clients = state.org.clients.map((c) => clientView(c, state, true));
        return pageSize <= 0 ? { status: 200, body: wholeListing(clients) } : pageOf(clients, pageSize, query);
      }
      const listed = listedClients(state.org, state.knobs.legacyListing);
      return pageSize <= 0 ? { status: 200, body: listed.whole() } : pageOf(listed.clients, pageSize, query);
    },
  },
  {
    method: 'GET',
    path: `${PATH}/{clientId}`,
    permissions: () => VIEW,
    handle: ({ state, params }) => {
      const entry = state.org.clientsById.get(params.clientId ?? '');
      return entry ? { status: 200, body: clientView(entry, state, false) } : notFound();
    },
  },
];

/** The client as served: without its secret, and without the grant type in a legacy listing. */
export function clientView(entry: OrgClient, state: EmulatorState, inListing: boolean): Partial<OAuthClient> {
  const client = view(entry, inListing && state.knobs.legacyListing);
  if (state.knobs.leakSecrets && entry.secret !== undefined) {
    client.secret = entry.secret;
    state.leakedSecrets.add(entry.secret);
  }
  return client;
}

/** The client without its secret; without the grant type for a legacy listing. */
function view(entry: OrgClient, legacy: boolean): Partial<OAuthClient> {
  // The current model requires authorizedGrantType; older SDKs' OAuthClientListing had none.
  const { authorizedGrantType, ...rest } = entry.client;
  return legacy ? rest : { ...rest, authorizedGrantType };
}

function pageOf(clients: ReadonlyArray<Partial<OAuthClient>>, pageSize: number, query: URLSearchParams): Result {
  const page = parsePageRequest(query, Number.MAX_SAFE_INTEGER, pageSize);
  if (isResult(page)) return page;
  return { status: 200, body: pageListing(clients, { ...page, pageSize }, PATH, new URLSearchParams()) };
}

interface Listed {
  clients: ReadonlyArray<Partial<OAuthClient>>;
  /** The whole listing as JSON, written on first use. */
  whole(): JsonText;
}

/**
 * The org's clients as listed (without secrets), by listing style, kept per org: an org is
 * never changed in place (setOrg serves another), so they hold as long as it lives.
 */
const listings = new WeakMap<Org, Map<boolean, Listed>>();

function listedClients(org: Org, legacy: boolean): Listed {
  let byStyle = listings.get(org);
  if (!byStyle) listings.set(org, (byStyle = new Map()));
  let listed = byStyle.get(legacy);
  if (!listed) {
    const clients = org.clients.map((c) => view(c, legacy));
    let whole: JsonText | undefined;
    listed = { clients, whole: () => (whole ??= new JsonText(JSON.stringify(wholeListing(clients)))) };
    byStyle.set(legacy, listed);
  }
  return listed;
}

function wholeListing(clients: ReadonlyArray<Partial<OAuthClient>>) {
  const self = PATH;
  return { entities: clients, pageSize: clients.length, pageNumber: 1, total: clients.length, firstUri: self, selfUri: self, lastUri: self, pageCount: 1 };
}
