// What every scenario's org has: the default roles an org starts with, and the auditing
// OAuth clients (client credentials) with the small read-only roles they combine.
import { policy as p, used, type OrgBuilder } from './builder.ts';

export interface StandardRoles {
  masterAdmin: string;
  admin: string;
  supervisor: string;
  employee: string;
  user: string;
}

/** Master Admin states `*:*:*`; Admin is the same idea served expanded, per entity. */
export function addStandardRoles(b: OrgBuilder): StandardRoles {
  return {
    masterAdmin: b.role({
      name: 'Master Admin',
      description: 'Master Admin has all permissions',
      defaultRoleId: 'admin',
      isDefault: true,
      policies: [p('*', '*', '*')],
      userCount: 3,
    }),
    admin: b.role({
      name: 'Admin',
      description: 'Administers the organization',
      defaultRoleId: 'administrator',
      isDefault: true,
      expand: true,
      policies: ['authorization', 'directory', 'oauth', 'routing', 'architect', 'integrations', 'telephony', 'sso'].map((domain) => p(domain, '*', '*')),
    }),
    supervisor: b.role({
      name: 'Supervisor',
      defaultRoleId: 'supervisor',
      isDefault: true,
      policies: [
        p('analytics', 'conversationDetail', 'view'),
        p('analytics', 'userDetail', 'view'),
        p('analytics', 'queueObservation', 'view'),
        p('routing', 'queue', 'view'),
        p('quality', 'evaluation', 'view'),
        p('conversation', 'communication', 'view'),
      ],
    }),
    employee: b.role({
      name: 'Employee',
      description: 'Default role for every user',
      defaultRoleId: 'employee',
      isDefault: true,
      policies: [p('directory', 'user', 'view'), p('directory', 'group', 'view'), p('routing', 'queue', 'view')],
      userCount: 412,
    }),
    user: b.role({
      name: 'User',
      defaultRoleId: 'user',
      isDefault: true,
      policies: [p('conversation', 'communication', 'view'), p('routing', 'queue', 'join')],
    }),
  };
}

/** Auditor name → whether it holds oauth:client:view, authorization:role:view, usage:organization:view. */
export const AUDITORS = {
  auditor: { name: 'OAuth policy audit (GitHub Actions)', clients: true, roles: true, usage: true },
  'auditor-no-usage': { name: 'OAuth policy audit - without usage', clients: true, roles: true, usage: false },
  'auditor-no-roles': { name: 'OAuth policy audit - without roles', clients: true, roles: false, usage: true },
  'auditor-no-oauth': { name: 'OAuth policy audit - without OAuth clients', clients: false, roles: true, usage: true },
} as const;

export type AuditorName = keyof typeof AUDITORS;

/** The auditing clients, each granted its read-only roles in the home division. */
export function addAuditors(b: OrgBuilder): void {
  const role = (name: string, domain: string, entity: string) =>
    b.role({ name, description: `Read only: ${domain}:${entity}:view`, policies: [p(domain, entity, 'view')], userCount: 0 });
  const clientsRole = role('OAuth Client Viewer', 'oauth', 'client');
  const rolesRole = role('Role Viewer', 'authorization', 'role');
  const usageRole = role('API Usage Viewer', 'usage', 'organization');
  for (const [key, spec] of Object.entries(AUDITORS)) {
    const held = [spec.clients && clientsRole, spec.roles && rolesRole, spec.usage && usageRole].filter((r): r is string => typeof r === 'string');
    const entry = b.client({
      name: spec.name,
      description: 'Reads OAuth clients, roles and API usage for the policy check in CI; owner @acme/security',
      grant: 'CLIENT-CREDENTIALS',
      grants: held.map((roleId) => [roleId, b.homeDivisionId] as const),
      tokenSeconds: 3600,
      createdDaysAgo: 30,
      usage: key === 'auditor' ? used(0, 1, 40, 30) : undefined,
    });
    b.auditor(key, entry);
  }
}
