// Grant types allowed or denied. A grant type this tool does not know is never allowed.
import type { ClientRecord } from '../../inventory/types.ts';
import type { Check } from './context.ts';
import { NONE, q, ruleFinding } from './finding.ts';

export const checkGrantTypes: Check = (rule, client) => {
  const check = rule.checks.grantTypes;
  if (!check) return NONE;
  if (check.deny?.includes(client.grantType as never)) {
    return [ruleFinding(rule, client, client.grantType, `Uses ${shown(client)}, which this rule denies.`)];
  }
  if (check.allow && !check.allow.includes(client.grantType as never)) {
    return [ruleFinding(rule, client, client.grantType, `Uses ${shown(client)}; this rule allows only ${check.allow.join(', ')}.`)];
  }
  return NONE;
};

/** The client's grant type as a message says it (worded only for a finding: most clients pass). */
function shown(client: ClientRecord): string {
  return client.grantType === 'unknown' ? `an unknown grant type (${q(client.apiGrantType || 'none')})` : `the ${client.grantType} grant`;
}
