// Grant types allowed or denied. A grant type this tool does not know is never allowed.
import type { ClientRecord } from '../../inventory/types.ts';
import type { Check } from './context.ts';
import { q, ruleFinding } from './finding.ts';

export const checkGrantTypes: Check = (rule, clients, _ctx, out) => {
  const check = rule.checks.grantTypes;
  if (!check) return;
  for (let i = 0; i < clients.length; i++) {
    const client = clients[i]!;
    if (check.deny?.includes(client.grantType as never)) {
      out.push(ruleFinding(rule, client, client.grantType, `Uses ${shown(client)}, which this rule denies.`));
    } else if (check.allow && !check.allow.includes(client.grantType as never)) {
      out.push(ruleFinding(rule, client, client.grantType, `Uses ${shown(client)}; this rule allows only ${check.allow.join(', ')}.`));
    }
  }
};

/** The client's grant type as a message says it (worded only for a finding: most clients pass). */
function shown(client: ClientRecord): string {
  return client.grantType === 'unknown' ? `an unknown grant type (${q(client.apiGrantType || 'none')})` : `the ${client.grantType} grant`;
}
