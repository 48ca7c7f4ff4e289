// Every API route the emulator serves. Templates match whole segments, so order does not
// matter.
import type { Route } from '../router.ts';
import { divisionRoutes } from './divisions.ts';
import { limitRoutes } from './limits.ts';
import { oauthClientRoutes } from './oauth-clients.ts';
import { roleRoutes } from './roles.ts';
import { scopeRoutes } from './scopes.ts';
import { usageJobRoutes } from './usage-jobs.ts';
import { usageRoutes } from './usage.ts';

export const API_ROUTES: readonly Route[] = [
  ...usageRoutes,
  ...usageJobRoutes,
  ...scopeRoutes,
  ...oauthClientRoutes,
  ...roleRoutes,
  ...divisionRoutes,
  ...limitRoutes,
];
