// The in-memory org the emulator serves: OAuth clients (with their secrets and usage
// history), roles, divisions, the scope catalog, and the auditing clients' credentials.
import type { AuthzDivision, DomainOrganizationRole, OAuthClient, OAuthScope } from './models.ts';
import type { UsagePattern } from './usage/history.ts';

export interface OAuthClientCredentials {
  clientId: string;
  clientSecret: string;
}

/** An OAuth client as the API shows it (never with `secret`), plus what only the org knows. */
export interface OrgClient {
  client: OAuthClient & { id: string; name: string };
  /** Absent for implicit-grant clients, which have none. */
  secret?: string;
  /** When it made API requests; absent = never. */
  usage?: UsagePattern;
}

/**
 * An org is not changed in place once served (`setOrg` serves another in its stead), so
 * routes may keep what they derive from one, per org.
 */
export interface Org {
  id: string;
  name: string;
  /** UTC midnight of the day usage history counts back from (the scenario's "today"). */
  baseDayMs: number;
  clients: readonly OrgClient[];
  roles: readonly DomainOrganizationRole[];
  divisions: readonly AuthzDivision[];
  scopes: readonly OAuthScope[];
  /** Auditing clients by name (`auditor`, `auditor-no-usage`, …). */
  auditors: Readonly<Record<string, OAuthClientCredentials>>;
  clientsById: ReadonlyMap<string, OrgClient>;
  rolesById: ReadonlyMap<string, DomainOrganizationRole>;
}

export type OrgParts = Omit<Org, 'clientsById' | 'rolesById'>;

export function createOrg(parts: OrgParts): Org {
  return {
    ...parts,
    clientsById: new Map(parts.clients.map((c) => [c.client.id, c])),
    rolesById: new Map(parts.roles.filter((r) => r.id).map((r) => [r.id as string, r])),
  };
}
