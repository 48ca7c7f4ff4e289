// Every check kind, applied in one pass per rule and client.
import type { Check } from './context.ts';
import { checkDescription } from './client-description.ts';
import { checkName } from './client-name.ts';
import { checkGrantTypes } from './grant-types.ts';
import { checkPermissions } from './permissions.ts';
import { checkRedirectUris } from './redirect-uris.ts';
import { checkRoles } from './roles.ts';
import { checkScopes } from './scopes.ts';
import { checkStateAge } from './state-age.ts';
import { checkTokenLifetime } from './token-lifetime.ts';
import { checkUnused } from './unused.ts';

export const CHECKS: readonly Check[] = [
  checkGrantTypes,
  checkScopes,
  checkRoles,
  checkPermissions,
  checkTokenLifetime,
  checkRedirectUris,
  checkDescription,
  checkName,
  checkStateAge,
  checkUnused,
];
