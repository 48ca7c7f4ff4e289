// The pure core: (policy, inventory, now) → findings. No I/O, no clock, no environment.
import type { ClientRecord, Inventory } from '../inventory/types.ts';
import { matchesAny } from '../policy/glob.ts';
import type { Policy, Rule } from '../policy/types.ts';
import { checkGrantTypes, checkPermissions, checkScopes } from './checks.ts';
import { compareFindings, countBySeverity, type Evaluation, type Finding } from './findings.ts';

export interface EvaluationContext {
  /** The evaluation instant; rules about age and expiry compare against it. */
  now: Date;
}

export function evaluate(policy: Policy, inventory: Inventory, _context: EvaluationContext): Evaluation {
  const findings: Finding[] = [];
  for (const rule of policy.rules) {
    for (const client of inventory.clients) {
      if (appliesTo(rule, client)) findings.push(...checkClient(rule, client));
    }
  }
  findings.sort(compareFindings);
  return { findings, counts: countBySeverity(findings) };
}

export function appliesTo(rule: Rule, client: ClientRecord): boolean {
  const { grantTypes, clients, states } = rule.where;
  if (grantTypes && !grantTypes.includes(client.grantType as never)) return false;
  if (states && !states.includes(client.state as never)) return false;
  if (clients && !matchesAny(clients, client.name) && !matchesAny(clients, client.id)) return false;
  return true;
}

function checkClient(rule: Rule, client: ClientRecord): Finding[] {
  return [...checkGrantTypes(rule, client), ...checkScopes(rule, client), ...checkPermissions(rule, client)];
}
