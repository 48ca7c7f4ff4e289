// Which clients a rule checks. Fifty rules over thousands of clients are many `where` tests,
// yet most rules select by grant type and state alone, and many select alike (every
// client-credentials client, say): each such selection is made once per evaluation.
import type { ClientRecord } from '../inventory/types.ts';
import type { Rule } from '../policy/types.ts';
import { selects } from './client-refs.ts';

export class RuleClients {
  private readonly byWhere = new Map<string, readonly ClientRecord[]>();
  private readonly clients: readonly ClientRecord[];

  constructor(clients: readonly ClientRecord[]) {
    this.clients = clients;
  }

  /** The clients the rule applies to, in inventory order. */
  of(rule: Rule): readonly ClientRecord[] {
    if (rule.where.clients) return this.clients.filter((c) => appliesTo(rule, c));
    const key = JSON.stringify([rule.where.grantTypes ?? null, rule.where.states ?? null]);
    let selected = this.byWhere.get(key);
    if (!selected) this.byWhere.set(key, (selected = this.clients.filter((c) => appliesTo(rule, c))));
    return selected;
  }
}

/**
 * Whether the rule checks the client. A `where.client` item that names one client selects
 * every client it matches by any reading, so a look-alike is checked too, never skipped.
 */
export function appliesTo(rule: Rule, client: ClientRecord): boolean {
  const { grantTypes, clients, states } = rule.where;
  if (grantTypes && !grantTypes.includes(client.grantType as never)) return false;
  if (states && !states.includes(client.state as never)) return false;
  if (clients && !clients.some((s) => selects(s, client))) return false;
  return true;
}
