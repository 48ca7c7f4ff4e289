// Which clients a rule checks. Fifty rules over thousands of clients are many `where` tests,
// yet most rules select by grant type and state alone, and many select alike (every
// client-credentials client, say): each such selection is made once per evaluation, and a
// rule that also names clients tests its names only on that selection.
import type { ClientRecord } from '../inventory/types.ts';
import type { ClientSelector, Rule } from '../policy/types.ts';
import { selects } from './client-refs.ts';

export class RuleClients {
  private readonly byWhere = new Map<string, readonly ClientRecord[]>();
  private readonly clients: readonly ClientRecord[];

  constructor(clients: readonly ClientRecord[]) {
    this.clients = clients;
  }

  /** The clients the rule applies to, in inventory order. */
  of(rule: Rule): readonly ClientRecord[] {
    const { grantTypes, states, clients: selectors } = rule.where;
    const key = JSON.stringify([grantTypes ?? null, states ?? null]);
    let selected = this.byWhere.get(key);
    if (!selected) this.byWhere.set(key, (selected = this.clients.filter((c) => hasGrantTypeAndState(rule, c))));
    return selectors ? selected.filter((c) => selectedBy(selectors, c)) : selected;
  }
}

function hasGrantTypeAndState(rule: Rule, client: ClientRecord): boolean {
  const { grantTypes, states } = rule.where;
  if (grantTypes && !grantTypes.includes(client.grantType as never)) return false;
  if (states && !states.includes(client.state as never)) return false;
  return true;
}

/**
 * Whether a `where.client` item selects the client. One that names one client selects every
 * client it matches by any reading, so a look-alike is checked too, never skipped.
 */
function selectedBy(selectors: readonly ClientSelector[], client: ClientRecord): boolean {
  for (let i = 0; i < selectors.length; i++) if (selects(selectors[i]!, client)) return true;
  return false;
}
