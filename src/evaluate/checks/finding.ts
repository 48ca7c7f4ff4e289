// The one way a check turns "this client breaks this rule" into a finding.
import type { ClientRecord } from '../../inventory/types.ts';
import type { Rule } from '../../policy/types.ts';
import { newFinding, type Finding, type FindingClient } from '../findings.ts';

/** The answer of a check that finds nothing: shared, so passing clients allocate nothing. */
export const NONE: readonly Finding[] = Object.freeze([]);

export function ruleFinding(rule: Rule, client: ClientRecord, subject: string | undefined, message: string): Finding {
  return newFinding(rule.id, rule.severity, message, rule.location, rule.category, rule.fix || undefined, findingClient(client), subject);
}

const findingClients = new WeakMap<ClientRecord, FindingClient>();

/** Who a finding is about; one shared, frozen object per client however many findings it has. */
export function findingClient(client: ClientRecord): FindingClient {
  let who = findingClients.get(client);
  if (!who) findingClients.set(client, (who = Object.freeze({ id: client.id, name: client.name, grantType: client.grantType })));
  return who;
}

/**
 * A value quoted in a message. Plain quotes, not backticks: values are untrusted and a
 * backtick inside one would unbalance any code span a renderer built from them.
 */
export function q(value: string): string {
  return `"${value}"`;
}
