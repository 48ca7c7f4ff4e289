// The one way a check turns "this client breaks this rule" into a finding.
import type { ClientRecord } from '../../inventory/types.ts';
import type { Rule } from '../../policy/types.ts';
import { newFinding, type Finding, type FindingClient } from '../findings.ts';

export function ruleFinding(rule: Rule, client: ClientRecord, subject: string | undefined, message: string): Finding {
  return newFinding(rule.id, rule.severity, message, rule.location, rule.category, rule.fix || undefined, findingClient(client), subject);
}

const findingClients = new WeakMap<ClientRecord, FindingClient>();
/** The client last asked about, and its answer: a check often finds several things of one client in a row. */
let lastClient: ClientRecord | undefined;
let lastWho: FindingClient | undefined;

/** Who a finding is about; one shared, frozen object per client however many findings it has. */
export function findingClient(client: ClientRecord): FindingClient {
  if (client === lastClient) return lastWho!;
  let who = findingClients.get(client);
  if (!who) findingClients.set(client, (who = Object.freeze({ id: client.id, name: client.name, grantType: client.grantType })));
  lastClient = client;
  lastWho = who;
  return who;
}

/**
 * A value quoted in a message. Plain quotes, not backticks: values are untrusted and a
 * backtick inside one would unbalance any code span a renderer built from them.
 */
export function q(value: string): string {
  return `"${value}"`;
}
