// GET /api/v2/oauth/scopes (OAuthScopeListing, not paged) and /api/v2/oauth/scopes/{scopeId}.
// They need no permission, only a valid token.
import type { Route } from '../router.ts';
import { notFound } from '../errors.ts';

const PATH = '/api/v2/oauth/scopes';

export const scopeRoutes: Route[] = [
  {
    method: 'GET',
    path: PATH,
    permissions: () => [],
    handle: ({ state }) => ({ status: 200, body: { total: state.org.scopes.length, entities: state.org.scopes, selfUri: PATH } }),
  },
  {
    method: 'GET',
    path: `${PATH}/{scopeId}`,
    permissions: () => [],
    handle: ({ state, params }) => {
      const scope = state.org.scopes.find((s) => s.id === params.scopeId);
      return scope ? { status: 200, body: scope } : notFound();
    },
  },
];
