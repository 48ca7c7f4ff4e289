// GET /api/v2/oauth/clients and /api/v2/oauth/clients/{clientId}. The real listing takes no
// query parameters and returns every client at once; the clientsPageSize knob pages it so
// that `nextUri` following can be tested. Secrets never appear (since 2025 the platform
// returns a secret only on create) unless the leakSecrets knob asks for them.
import type { OAuthClient } from '../models.ts';
import type { EmulatorState } from '../context.ts';
import type { OrgClient } from '../org.ts';
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
      const clients = state.org.clients.map((c) => clientView(c, state, true));
      const pageSize = state.knobs.clientsPageSize;
      if (pageSize <= 0) return { status: 200, body: wholeListing(clients) };
      const page = parsePageRequest(query, Number.MAX_SAFE_INTEGER, pageSize);
      if (isResult(page)) return page;
      return { status: 200, body: pageListing(clients, { ...page, pageSize }, PATH, new URLSearchParams()) };
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
  // The current model requires authorizedGrantType; older SDKs' OAuthClientListing had none.
  const { authorizedGrantType, ...rest } = entry.client;
  const client: Partial<OAuthClient> = inListing && state.knobs.legacyListing ? rest : { ...rest, authorizedGrantType };
  if (state.knobs.leakSecrets && entry.secret !== undefined) {
    client.secret = entry.secret;
    state.leakedSecrets.add(entry.secret);
  }
  return client;
}

function wholeListing(clients: Array<Partial<OAuthClient>>) {
  const self = PATH;
  return { entities: clients, pageSize: clients.length, pageNumber: 1, total: clients.length, firstUri: self, selfUri: self, lastUri: self, pageCount: 1 };
}
