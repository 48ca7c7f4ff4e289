// The normalized inventory: one record per OAuth client with what it can really do.
// Secrets never enter it.

import type { ClientStateName, GrantTypeName } from '../policy/policy-file.ts';

/** Friendly grant-type names, as the policy schema spells them. */
export type GrantType = GrantTypeName;

/** API value (`authorizedGrantType`) → friendly name. */
export const GRANT_TYPE_FROM_API: Readonly<Record<string, GrantType>> = {
  'CLIENT-CREDENTIALS': 'client-credentials',
  CODE: 'code',
  TOKEN: 'implicit',
  'SAML2-BEARER': 'saml2-bearer',
  PASSWORD: 'password',
};

export type ClientState = ClientStateName;
export const CLIENT_STATES: readonly ClientState[] = ['active', 'disabled', 'inactive'];

/** `divisionId` of a grant that applies in every division. */
export const ALL_DIVISIONS = '*';

export interface RoleGrant {
  roleId: string;
  roleName: string;
  divisionId: string;
  divisionName: string;
}

/** One permission (`domain:entity:action`, parts may be `*`) held through one role grant. */
export interface PermissionGrant {
  permission: string;
  roleName: string;
  divisionId: string;
  divisionName: string;
}

export interface ClientRecord {
  id: string;
  name: string;
  description: string;
  /** Friendly grant type, or `unknown` when the API sent a value this tool does not know. */
  grantType: GrantType | 'unknown';
  /** The API's `authorizedGrantType` as received. */
  apiGrantType: string;
  state: ClientState | 'unknown';
  apiState: string;
  /** Scopes requested (user-facing grants only). */
  scopes: string[];
  /** Roles × divisions (client credentials only). */
  roleGrants: RoleGrant[];
  /** Effective permissions of the role grants. */
  permissions: PermissionGrant[];
  tokenLifetimeSeconds: number;
  redirectUris: string[];
  dateCreated?: string;
  dateModified?: string;
  dateToDelete?: string;
  createdBy?: string;
  modifiedBy?: string;
  /**
   * Last UTC day (YYYY-MM-DD) with API requests inside the usage window; `null` when the
   * client made none in the window; absent when usage was not fetched (see Inventory.usage).
   */
  lastUsed?: string | null;
}

/** The usage window that was read, when usage was fetched. */
export interface UsageWindow {
  days: number;
  /** First and last UTC day of the window (YYYY-MM-DD); the last may be incomplete. */
  from: string;
  to: string;
}

export interface Inventory {
  clients: ClientRecord[];
  /** When the inventory was read (ISO 8601). */
  fetchedAt: string;
  /** Things the reader should know about how complete the data is. */
  notices: string[];
  /** Set when usage was fetched for every client; absent when off or unreadable. */
  usage?: UsageWindow;
  /** Why usage was asked for but could not be read (refused, absent, too slow). */
  usageUnreadable?: string;
  /** The org's OAuth scope names (GET /api/v2/oauth/scopes); absent when not fetched. */
  scopeCatalog?: string[];
}
