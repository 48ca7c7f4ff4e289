// The approved-client list against the org: clients nobody approved, approved clients that
// are gone, and approved clients whose grant type, scopes or roles drifted. An entry
// approves the one client it names (its id, or a name exactly one client bears); one that
// several clients match approves none of them (each stays unknown) but still compares each
// with the entry, so a look-alike never takes a finding away from the client it copies.
import { ALL_DIVISIONS, type ClientRecord, type RoleGrant } from '../inventory/types.ts';
import { DESIRED_STATE_IDS } from '../policy/reserved-ids.ts';
import type { DesiredClient, DesiredRole, DesiredState, Severity, SeverityOrOff } from '../policy/types.ts';
import { newFinding, type Finding, type FindingClient } from './findings.ts';
import { findingClient, q } from './checks/finding.ts';
import { divisionPhrase } from './checks/divisions.ts';
import { refFindings, type ClientDirectory, type RefEntry } from './client-refs.ts';

export function desiredStateFindings(desired: DesiredState, clients: readonly ClientRecord[], directory: ClientDirectory): Finding[] {
  const out: Finding[] = [];
  const matched = new Set<ClientRecord>();
  /** Clients an entry names together with others: listed, yet approved by nothing. */
  const shared = new Map<ClientRecord, DesiredClient>();
  for (const entry of desired.clients) {
    const found = directory.matching(entry.clientRef);
    if (found.length === 0) {
      push(out, desired.missing, DESIRED_STATE_IDS.missing, entry, missingClient(entry), undefined, `Approved client ${q(label(entry))} is not in the org.`);
    }
    const [only] = found;
    if (only && found.length === 1) matched.add(only);
    else for (const client of found) if (!shared.has(client)) shared.set(client, entry);
    out.push(...refFindings(approvedEntry(entry), found));
    for (const client of found) {
      for (const [subject, message] of drift(entry, client)) push(out, desired.drift, DESIRED_STATE_IDS.drift, entry, findingClient(client), subject, message);
    }
  }
  for (const client of clients) {
    if (matched.has(client)) continue;
    const finding = { location: desired.location };
    const entry = shared.get(client);
    const why = entry
      ? `Is not approved: the approved entry ${q(label(entry))} at line ${entry.location.line} also names other clients, so it approves none of them`
      : "Is not in the policy's list of approved clients";
    push(out, desired.unknown, DESIRED_STATE_IDS.unknown, finding, findingClient(client), undefined, `${why} (${client.grantType} grant, ${client.state}).`);
  }
  return out;
}

function push(
  out: Finding[],
  severity: SeverityOrOff,
  ruleId: string,
  at: { location: Finding['location'] },
  client: FindingClient,
  subject: string | undefined,
  message: string,
): void {
  if (severity === 'off') return;
  out.push(newFinding(ruleId, severity as Severity, message, at.location, 'housekeeping', undefined, client, subject));
}

/** Each difference between the approved entry and the client: [subject, message]; `+` held but not listed, `-` listed but not held. */
function drift(entry: DesiredClient, client: ClientRecord): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (client.grantType !== entry.grantType) {
    out.push([
      'grant-type',
      `Uses the ${client.grantType === 'unknown' ? q(client.apiGrantType) : client.grantType} grant; the approved list says ${entry.grantType}.`,
    ]);
  }
  if (entry.scopes) {
    for (const s of client.scopes) if (!entry.scopes.includes(s)) out.push([`+scope:${s}`, `Requests scope ${q(s)}, which its approved entry does not list.`]);
    for (const s of entry.scopes)
      if (!client.scopes.includes(s)) out.push([`-scope:${s}`, `No longer requests scope ${q(s)}, which its approved entry lists.`]);
  }
  if (entry.roles) out.push(...roleDrift(entry.roles, client.roleGrants));
  return out;
}

function roleDrift(approved: readonly DesiredRole[], grants: readonly RoleGrant[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const covered = new Set<RoleGrant>();
  for (const want of approved) {
    const hits = grants.filter((g) => grantMatches(want, g));
    hits.forEach((g) => covered.add(g));
    if (hits.length === 0) {
      const where = want.division === undefined ? '' : ` in ${want.division === ALL_DIVISIONS ? 'all divisions' : want.division}`;
      out.push([`-role:${want.role}${where}`, `Does not hold role ${q(want.role)}${where}, which its approved entry lists.`]);
    }
  }
  for (const g of grants) {
    if (!covered.has(g))
      out.push([`+role:${g.roleName} in ${divisionPhrase(g)}`, `Holds role ${q(g.roleName)} in ${divisionPhrase(g)}, which its approved entry does not list.`]);
  }
  return out;
}

function grantMatches(want: DesiredRole, grant: RoleGrant): boolean {
  if (grant.roleName !== want.role) return false;
  if (want.division === undefined) return true;
  return want.division === ALL_DIVISIONS ? grant.divisionId === ALL_DIVISIONS : grant.divisionName === want.division;
}

function approvedEntry(entry: DesiredClient): RefEntry {
  return {
    ref: entry.clientRef,
    location: entry.location,
    what: 'Approved client',
    whenAmbiguous: 'It approves none of them: each is reported as not approved, and each is still compared with this entry.',
    pin: 'id: … with its name: …',
  };
}

/** Frozen like findingClient's: every finding's client has one shape. */
function missingClient(entry: DesiredClient): FindingClient {
  return Object.freeze({ id: entry.id ?? '', name: entry.name ?? entry.id ?? '', grantType: entry.grantType });
}

function label(entry: DesiredClient): string {
  return entry.name ?? entry.id ?? '';
}
