// One function per rule check; each returns the findings of one rule for one client.
import { ALL_DIVISIONS, type ClientRecord, type PermissionGrant } from '../inventory/types.ts';
import { matchesAny } from '../policy/glob.ts';
import type { Rule } from '../policy/types.ts';
import type { Finding } from './findings.ts';
import { covers, intersects } from './permission-match.ts';

export function checkGrantTypes(rule: Rule, client: ClientRecord): Finding[] {
  if (!rule.grantTypes || rule.grantTypes.allow.includes(client.grantType as never)) return [];
  const shown = client.grantType === 'unknown' ? `an unknown grant type (${client.apiGrantType || 'none'})` : `the ${client.grantType} grant`;
  return [
    finding(rule, client, client.grantType, `Uses ${shown}; this rule allows only ${rule.grantTypes.allow.join(', ')}.`),
  ];
}

export function checkScopes(rule: Rule, client: ClientRecord): Finding[] {
  if (!rule.scopes) return [];
  const { allow, deny } = rule.scopes;
  const out: Finding[] = [];
  for (const scope of client.scopes) {
    const denied = deny && matchesAny(deny, scope);
    if (denied) {
      out.push(finding(rule, client, scope, `Requests scope ${scope}, which this rule denies (${denied.source}).`));
    } else if (allow && !matchesAny(allow, scope)) {
      out.push(finding(rule, client, scope, `Requests scope ${scope}, which is not in this rule's allowed scopes.`));
    }
  }
  return out;
}

export function checkPermissions(rule: Rule, client: ClientRecord): Finding[] {
  if (!rule.permissions) return [];
  const { allow, deny } = rule.permissions;
  const out: Finding[] = [];
  for (const [permission, grants] of groupByPermission(client.permissions)) {
    const denied = deny?.find((p) => intersects(p, permission));
    if (denied) {
      out.push(finding(rule, client, permission, `Holds permission ${permission} ${via(grants)}, which this rule denies (${denied.source}).`));
    } else if (allow && !allow.some((p) => covers(p, permission))) {
      out.push(finding(rule, client, permission, `Holds permission ${permission} ${via(grants)}, which is not in this rule's allowed permissions.`));
    }
  }
  return out;
}

function groupByPermission(grants: readonly PermissionGrant[]): Map<string, PermissionGrant[]> {
  const map = new Map<string, PermissionGrant[]>();
  for (const g of grants) map.set(g.permission, [...(map.get(g.permission) ?? []), g]);
  return map;
}

/** "through role X in all divisions" / "through roles X (Home), Y (Sales)". */
function via(grants: readonly PermissionGrant[]): string {
  const parts = [...new Set(grants.map((g) => `${g.roleName} (${g.divisionId === ALL_DIVISIONS ? 'all divisions' : g.divisionName})`))];
  return `through ${parts.length > 1 ? 'roles' : 'role'} ${parts.join(', ')}`;
}

function finding(rule: Rule, client: ClientRecord, subject: string, message: string): Finding {
  return {
    ruleId: rule.id,
    severity: rule.severity,
    message,
    location: rule.location,
    client: { id: client.id, name: client.name, grantType: client.grantType },
    subject,
  };
}
