// Which clients of the org a policy entry means, for exceptions, approved clients and
// `where.client` alike. A name is not an identity: Genesys Cloud lets any number of clients
// share one. So a pinned id decides on its own, a bare string must match exactly one client,
// and both problems (a string several clients match, a pinned client renamed) are findings
// of their own, made here and nowhere else.
import type { ClientRecord } from '../inventory/types.ts';
import { clientRefLabel } from '../policy/client-ref.ts';
import { CLIENT_REF_IDS } from '../policy/reserved-ids.ts';
import type { ClientRef, ClientSelector, Policy, SourceLocation } from '../policy/types.ts';
import { cmp, newFinding, type Finding, type FindingClient } from './findings.ts';
import { findingClient, q } from './checks/finding.ts';

/** What a reference names in the org: one client, none, or several (then it applies to none). */
export type Resolution = { kind: 'one'; client: ClientRecord } | { kind: 'none' } | { kind: 'ambiguous'; clients: readonly ClientRecord[] };

/**
 * The org's clients by id and by name, built once per evaluation. Given the references the
 * evaluation will ask about (`refs`), it holds only the clients they can name: a policy names
 * a few dozen clients, an org has thousands, and a map entry for each is most of the work.
 */
export class ClientDirectory {
  private readonly byId = new Map<string, ClientRecord[]>();
  private readonly byName = new Map<string, ClientRecord[]>();
  /** The ids and names asked for, when given; another reference is answered by reading every client. */
  private readonly keys: ReadonlySet<string> | undefined;
  private readonly clients: readonly ClientRecord[];

  constructor(clients: readonly ClientRecord[], refs?: Iterable<ClientRef>) {
    this.clients = clients;
    const keys = refs && new Set(Array.from(refs, refKey));
    this.keys = keys;
    for (let i = 0; i < clients.length; i++) {
      const c = clients[i]!;
      if (!keys || keys.has(c.id)) add(this.byId, c.id, c);
      if (!keys || keys.has(c.name)) add(this.byName, c.name, c);
    }
  }

  /** Every client the reference matches by any reading: its id; for a bare string, a name or an id equal to it. */
  matching(ref: ClientRef): readonly ClientRecord[] {
    if (this.keys && !this.keys.has(refKey(ref))) return this.scan(ref);
    if (ref.kind === 'id') return this.byId.get(ref.id) ?? [];
    return [...new Set([...(this.byName.get(ref.text) ?? []), ...(this.byId.get(ref.text) ?? [])])];
  }

  /** The same answer for a reference not asked for at construction, in the same order. */
  private scan(ref: ClientRef): readonly ClientRecord[] {
    if (ref.kind === 'id') return this.clients.filter((c) => c.id === ref.id);
    const { text } = ref;
    return [...new Set([...this.clients.filter((c) => c.name === text), ...this.clients.filter((c) => c.id === text)])];
  }

  resolve(ref: ClientRef): Resolution {
    const found = this.matching(ref);
    const [only] = found;
    if (!only) return { kind: 'none' };
    return found.length === 1 ? { kind: 'one', client: only } : { kind: 'ambiguous', clients: found };
  }
}

function refKey(ref: ClientRef): string {
  return ref.kind === 'id' ? ref.id : ref.text;
}

/** Every client reference of the policy: `where.client` items that are not globs, approved clients, exceptions. */
export function* clientRefsOf(policy: Policy): Generator<ClientRef> {
  for (const rule of policy.rules) for (const s of rule.where.clients ?? []) if (s.kind !== 'glob') yield s;
  for (const entry of policy.desired?.clients ?? []) yield entry.clientRef;
  for (const e of policy.exceptions) yield e.clientRef;
}

function add(map: Map<string, ClientRecord[]>, key: string, client: ClientRecord): void {
  const list = map.get(key);
  if (list) list.push(client);
  else map.set(key, [client]);
}

/** Whether the reference, read on its own, names this client (which need not be in the org). */
export function refMatches(ref: ClientRef, client: { id: string; name: string }): boolean {
  return ref.kind === 'id' ? client.id === ref.id : client.name === ref.text || client.id === ref.text;
}

/** Whether a `where.client` item selects the client: a glob by name or id, otherwise as a reference. */
export function selects(selector: ClientSelector, client: ClientRecord): boolean {
  if (selector.kind === 'glob') return selector.glob.regex.test(client.name) || selector.glob.regex.test(client.id);
  return refMatches(selector, client);
}

/** A policy entry that names a client, as messages describe it. */
export interface RefEntry {
  ref: ClientRef;
  location: SourceLocation;
  /** The entry, capitalized: `Exception for rule "x"`, `Approved client`, `Rule "x" (where.client)`. */
  what: string;
  /** What the entry does when several clients match, one sentence. */
  whenAmbiguous: string;
  /** How to pin the id in this kind of entry, e.g. `client: { id: …, name: … }` (no backticks: messages stay plain). */
  pin: string;
}

const LISTED = 10;

/** `ambiguous-client` when several clients match the entry; `renamed-client` when a pinned id's name differs. */
export function refFindings(entry: RefEntry, matching: readonly ClientRecord[]): Finding[] {
  const { ref } = entry;
  if (matching.length > 1) {
    const names = [...matching]
      .sort((a, b) => cmp(a.id, b.id) || cmp(a.name, b.name))
      .slice(0, LISTED)
      .map((c) => `${q(c.name)} (id ${c.id})`);
    const more = matching.length > LISTED ? ` and ${matching.length - LISTED} more` : '';
    const message = `${entry.what} names ${q(clientRefLabel(ref))}, which ${matching.length} clients match: ${names.join(', ')}${more}. ${entry.whenAmbiguous} Pin the one you mean by its id (${entry.pin}).`;
    return [refFinding(CLIENT_REF_IDS.ambiguous, entry, message, clientRefLabel(ref))];
  }
  const [client] = matching;
  if (client && ref.kind === 'id' && ref.name !== undefined && client.name !== ref.name) {
    const message = `${entry.what} pins id ${ref.id} as ${q(ref.name)}, but that client is now named ${q(client.name)}. The id still decides; update the name so the policy says which client it means.`;
    return [refFinding(CLIENT_REF_IDS.renamed, entry, message, 'name', findingClient(client))];
  }
  return [];
}

function refFinding(ruleId: string, entry: RefEntry, message: string, subject: string, client?: FindingClient): Finding {
  return newFinding(ruleId, 'error', message, entry.location, 'housekeeping', undefined, client, subject);
}
