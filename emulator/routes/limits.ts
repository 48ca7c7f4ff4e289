// GET /api/v2/organizations/limits/namespaces/{namespaceName} (the org's effective limits)
// and …/{namespaceName}/defaults (the platform's defaults), both a LimitsEntityListing.
// Recent SDK docs say they "Require NO permissions" (older ones listed
// limits:organization:view); the real gate is the `organization` or
// `organization:readonly` scope, which client-credentials tokens do not carry, so a valid
// token is enough here. A namespace the platform does not have answers 404.
import type { Limit } from '../models.ts';
import { DEFAULT_KNOBS, type Knobs } from '../knobs.ts';
import type { Route } from '../router.ts';
import { notFound } from '../errors.ts';
import type { Result } from '../context.ts';

const PATH = '/api/v2/organizations/limits/namespaces/{namespaceName}';

/**
 * Namespaces by name with their limits (key → value). `platform.api`'s per-token limit is
 * the emulator's own; its two user limits are the defaults a Genesys community answer cites
 * (300 and 3,000 a minute). The other namespaces are names from the Genesys limits
 * documentation; their keys and values are **unverified** examples of the shape, enough for
 * a client that reads one namespace to meet the others.
 */
function namespaces(knobs: Knobs): Record<string, Record<string, number>> {
  return {
    'platform.api': {
      'client.credentials.token.rate.per.minute': knobs.rateLimitPerMinute,
      'org.app.user.rate.per.minute': 300,
      'org.user.rate.per.minute': 3000,
    },
    authorization: { 'roles.max': 1000, 'divisions.max': 1000 },
    directory: { 'users.max': 100000 },
    notifications: { 'channels.per.user.max': 20, 'topics.per.channel.max': 1000 },
    routing: { 'queues.max': 5000 },
    analytics: { 'conversation.details.query.rate.per.minute': 300 },
  };
}

export const limitRoutes: Route[] = [
  { method: 'GET', path: PATH, permissions: () => [], handle: ({ state, params }) => listing(namespaces(state.knobs), params.namespaceName) },
  { method: 'GET', path: `${PATH}/defaults`, permissions: () => [], handle: ({ params }) => listing(namespaces(DEFAULT_KNOBS), params.namespaceName) },
];

function listing(all: Record<string, Record<string, number>>, namespace = ''): Result {
  const limits = Object.hasOwn(all, namespace) ? all[namespace] : undefined;
  if (!limits) return notFound();
  const entities: Limit[] = Object.entries(limits).map(([key, value]) => ({ key, namespace, value }));
  return { status: 200, body: { entities } };
}
