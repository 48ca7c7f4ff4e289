// Builds an org from readable specs: divisions, roles (stated with wildcards, or expanded
// into concrete entities and actions as the platform often returns them) and OAuth clients
// with their grants, dates, secrets and usage history. Ids and secrets come from the
// scenario's seeded PRNG, so a seed always builds the same org.
import type { AuthzDivision, DomainEntityRef, DomainOrganizationRole, DomainPermissionPolicy, OAuthClient, RoleDivision } from '../models.ts';
import { OAUTH_SCOPES } from '../../src/catalog/oauth-scopes.ts';
import { PERMISSION_CATALOG } from '../data/permissions.ts';
import { createOrg, type OAuthClientCredentials, type Org, type OrgClient } from '../org.ts';
import type { Rng } from '../random.ts';
import { MS_PER_DAY, utcDay, type UsagePattern } from '../usage/history.ts';

export type AuthorizedGrantType = NonNullable<OAuthClient['authorizedGrantType']>;
export type OAuthClientState = NonNullable<OAuthClient['state']>;

/** `divisionId` of a grant in every division. */
export const WILDCARD_DIVISION_ID = '*';

export interface PolicySpec {
  domain: string;
  entity: string;
  actions: readonly string[];
}

export interface RoleSpec {
  name: string;
  description?: string;
  policies: readonly PolicySpec[];
  /** Serve wildcards expanded into the concrete entities and actions they stand for. */
  expand?: boolean;
  defaultRoleId?: string;
  isDefault?: boolean;
  userCount?: number;
}

export interface ClientSpec {
  name: string;
  description?: string;
  grant: AuthorizedGrantType;
  state?: OAuthClientState;
  /** [role id, division id or WILDCARD_DIVISION_ID] pairs (client credentials). */
  grants?: ReadonlyArray<readonly [string, string]>;
  /** Only the deprecated `roleIds`, no `roleDivisions`. */
  legacyRoleIds?: readonly string[];
  scopes?: readonly string[];
  redirects?: readonly string[];
  tokenSeconds?: number;
  createdDaysAgo: number;
  modifiedDaysAgo?: number;
  /** Inactive clients: days until the platform deletes them. */
  deleteInDays?: number;
  usage?: UsagePattern;
}

export class OrgBuilder {
  readonly rng: Rng;
  readonly nowMs: number;
  readonly homeDivisionId: string;
  private readonly name: string;
  private readonly orgId: string;
  private readonly users: DomainEntityRef[];
  private readonly divisions: AuthzDivision[] = [];
  private readonly roles: DomainOrganizationRole[] = [];
  private readonly clients: OrgClient[] = [];
  private readonly auditors: Record<string, OAuthClientCredentials> = {};

  constructor(rng: Rng, nowMs: number, name: string) {
    this.rng = rng;
    this.nowMs = nowMs;
    this.name = name;
    this.orgId = rng.uuid();
    this.users = Array.from({ length: 6 }, () => {
      const id = rng.uuid();
      return { id, selfUri: `/api/v2/users/${id}` };
    });
    this.homeDivisionId = this.division('Home', 'The home division', true);
  }

  /** The SDK's AuthzDivision requires a description: the platform always has one. */
  division(name: string, description = `The ${name} division`, home = false): string {
    const id = this.rng.uuid();
    this.divisions.push({ id, name, description, homeDivision: home, selfUri: `/api/v2/authorization/divisions/${id}` });
    return id;
  }

  role(spec: RoleSpec): string {
    const id = this.rng.uuid();
    const policies = (spec.expand ? spec.policies.flatMap(expandPolicy) : spec.policies).map(toPolicy);
    this.roles.push({
      id,
      name: spec.name,
      ...(spec.description !== undefined && { description: spec.description }),
      ...(spec.defaultRoleId !== undefined && { defaultRoleId: spec.defaultRoleId }),
      permissions: [...new Set(policies.flatMap((p) => (p.actionSet ?? []).map((a) => `${p.domain}:${p.entityName}:${a}`)))],
      permissionPolicies: policies,
      userCount: spec.userCount ?? this.rng.int(0, 40),
      base: false,
      default: spec.isDefault ?? false,
      selfUri: `/api/v2/authorization/roles/${id}`,
    });
    return id;
  }

  /** An id that no role has: a role deleted while clients still hold it. */
  deletedRoleId(): string {
    return this.rng.uuid();
  }

  client(spec: ClientSpec): OrgClient {
    const id = this.rng.uuid();
    const created = this.daysAgo(spec.createdDaysAgo);
    const modified = this.daysAgo(Math.min(spec.createdDaysAgo, spec.modifiedDaysAgo ?? spec.createdDaysAgo));
    const state = spec.state ?? 'active';
    const isM2M = spec.grant === 'CLIENT-CREDENTIALS';
    const roleDivisions: RoleDivision[] = (spec.grants ?? []).map(([roleId, divisionId]) => ({ roleId, divisionId }));
    const client: OAuthClient & { id: string; name: string } = {
      id,
      name: spec.name,
      ...(spec.description !== undefined && { description: spec.description }),
      accessTokenValiditySeconds: spec.tokenSeconds ?? 86_400,
      registeredRedirectUri: [...(spec.redirects ?? [])],
      roleIds: [...(spec.legacyRoleIds ?? [])],
      dateCreated: created,
      dateModified: modified,
      createdBy: this.rng.pick(this.users),
      modifiedBy: this.rng.pick(this.users),
      authorizedGrantType: spec.grant,
      scope: isM2M ? [] : [...(spec.scopes ?? [])],
      roleDivisions: isM2M ? roleDivisions : [],
      state,
      ...(state === 'inactive' && { dateToDelete: new Date(this.nowMs + (spec.deleteInDays ?? 30) * MS_PER_DAY).toISOString() }),
      selfUri: `/api/v2/oauth/clients/${id}`,
    };
    // Implicit-grant clients have no secret; every other grant has one.
    const entry: OrgClient = { client, ...(spec.grant !== 'TOKEN' && { secret: this.rng.token(43) }), ...(spec.usage && { usage: spec.usage }) };
    this.clients.push(entry);
    return entry;
  }

  auditor(name: string, entry: OrgClient): void {
    this.auditors[name] = { clientId: entry.client.id, clientSecret: entry.secret ?? '' };
  }

  build(): Org {
    return createOrg({
      id: this.orgId,
      name: this.name,
      baseDayMs: utcDay(this.nowMs),
      clients: this.clients,
      roles: this.roles,
      divisions: this.divisions,
      scopes: OAUTH_SCOPES.map((s) => ({ id: s.name, description: s.description, selfUri: `/api/v2/oauth/scopes/${encodeURIComponent(s.name)}` })),
      auditors: this.auditors,
    });
  }

  /** An ISO time `days` before now, at a seeded time of day. */
  private daysAgo(days: number): string {
    return new Date(this.nowMs - days * MS_PER_DAY - this.rng.int(0, 8 * 3_600_000)).toISOString();
  }
}

/** Shorthand for a policy spec: `policy('oauth', 'client', 'view')`. */
export function policy(domain: string, entity: string, ...actions: string[]): PolicySpec {
  return { domain, entity, actions };
}

/** Requests every `everyDays` days from `firstDaysAgo` up to `lastDaysAgo`. */
export function used(lastDaysAgo: number, everyDays = 1, dailyRequests = 400, firstDaysAgo = 400): UsagePattern {
  return { lastDaysAgo, everyDays, dailyRequests, firstDaysAgo: Math.max(firstDaysAgo, lastDaysAgo) };
}

/** A wildcard policy as the concrete policies the platform would list instead. */
function expandPolicy(policy: PolicySpec): PolicySpec[] {
  const domains = policy.domain === '*' ? Object.keys(PERMISSION_CATALOG) : [policy.domain];
  return domains.flatMap((domain) => {
    const entities = PERMISSION_CATALOG[domain];
    if (!entities) return [policy];
    const names = policy.entity === '*' ? Object.keys(entities) : [policy.entity];
    return names.map((entity) => ({ domain, entity, actions: policy.actions.includes('*') ? (entities[entity] ?? policy.actions) : policy.actions }));
  });
}

function toPolicy(p: PolicySpec): DomainPermissionPolicy {
  return {
    domain: p.domain,
    entityName: p.entity,
    policyName: `${p.domain}:${p.entity}`,
    policyDescription: `${p.domain} ${p.entity === '*' ? 'all entities' : p.entity}: ${p.actions.join(', ')}`,
    actionSet: [...p.actions],
    namedResources: [],
    allowConditions: false,
  };
}
