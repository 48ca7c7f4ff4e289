// Every check kind but `unused`, by the key of the compiled rule it reads. A rule runs only the checks
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

const CHECKS: Readonly<Record<Exclude<keyof RuleChecks, 'unused'>, Check>> = {
  grantTypes: checkGrantTypes,
  scopes: checkScopes,
  roles: checkRoles,
  permissions: checkPermissions,
  tokenLifetime: checkTokenLifetime,
  redirectUris: checkRedirectUris,
  description: checkDescription,
  name: checkName,
  stateAge: checkStateAge,
};

/** The checks a rule has, in a fixed order, but `unused`: that one needs usage and runs once it is read (evaluate.ts). */
export function checksWithoutUsage(checks: RuleChecks): Check[] {
  return (Object.keys(CHECKS) as Array<keyof typeof CHECKS>).filter((key) => checks[key] !== undefined).map((key) => CHECKS[key]);
}
