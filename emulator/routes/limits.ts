// GET /api/v2/organizations/limits/namespaces/{namespaceName}: the org's effective limits.
// Recent SDK docs say it "Requires NO permissions" (older ones listed
// limits:organization:view); the real gate is the `organization` or
// `organization:readonly` scope, which client-credentials tokens do not carry, so a valid
// token is enough here. Only `platform.api` is modelled; other namespaces answer 404.
// The listing's model (LimitsEntityListing) is not in our reference; its entities are `Limit`.
import type { Limit } from '../../src/genesys/models.ts';
import type { Knobs } from '../knobs.ts';
import type { Route } from '../router.ts';
import { notFound } from '../errors.ts';

export const limitRoutes: Route[] = [
  {
    method: 'GET',
    path: '/api/v2/organizations/limits/namespaces/{namespaceName}',
    permissions: () => [],
    handle: ({ state, params }) => (params.namespaceName === 'platform.api' ? { status: 200, body: { entities: platformApiLimits(state.knobs) } } : notFound()),
  },
];

/**
 * The per-token limit is the emulator's own (per rate-limit window). The two user limits
 * are the defaults a Genesys community answer cites (300 and 3,000 a minute).
 */
function platformApiLimits(knobs: Knobs): Limit[] {
  const namespace = 'platform.api';
  return [
    { key: 'client.credentials.token.rate.per.minute', namespace, value: knobs.rateLimitPerMinute },
    { key: 'org.app.user.rate.per.minute', namespace, value: 300 },
    { key: 'org.user.rate.per.minute', namespace, value: 3000 },
  ];
}
