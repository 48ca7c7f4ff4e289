// Every check kind, by the key of the compiled rule it reads. A rule runs only the checks
// it has: most rules have one, and 50 rules × thousands of clients × every kind adds up.
import type { RuleChecks } from '../../policy/types.ts';
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

const CHECKS: Readonly<Record<keyof RuleChecks, Check>> = {
  grantTypes: checkGrantTypes,
  scopes: checkScopes,
  roles: checkRoles,
  permissions: checkPermissions,
  tokenLifetime: checkTokenLifetime,
  redirectUris: checkRedirectUris,
  description: checkDescription,
  name: checkName,
  stateAge: checkStateAge,
  unused: checkUnused,
};

/** The checks a rule has, in a fixed order. */
export function checksOf(checks: RuleChecks): Check[] {
  return (Object.keys(CHECKS) as Array<keyof RuleChecks>).filter((key) => checks[key] !== undefined).map((key) => CHECKS[key]);
}
