// A large org for benchmarks: sizes are parameters (defaults 1,000 clients, 300 roles, 40
// divisions) and the mix follows the demo's proportions: mostly client-credentials
// integrations with a few roles each, some in all divisions; user-facing apps with scopes;
// a share disabled, inactive or long unused. Built in well under a second for 5,000 clients.
import { OAUTH_SCOPES } from '../../src/catalog/oauth-scopes.ts';
import { PERMISSION_CATALOG } from '../data/permissions.ts';
import { createRng, type Rng } from '../random.ts';
import type { Org } from '../org.ts';
import type { UsagePattern } from '../usage/history.ts';
import { addAuditors, addStandardRoles } from './base.ts';
import { WILDCARD_DIVISION_ID, OrgBuilder, used, type OAuthClientState, type AuthorizedGrantType, type PolicySpec } from './builder.ts';

export interface LargeParams {
  clients?: number;
  roles?: number;
  divisions?: number;
  seed?: number | string;
  now?: number;
}

const VENDORS = [
  'Salesforce',
  'Zendesk',
  'ServiceNow',
  'Calabrio',
  'Verint',
  'NICE',
  'Five9 migration',
  'Tableau',
  'Power BI',
  'Snowflake',
  'Okta',
  'Workday',
  'HubSpot',
  'Twilio',
];
const PURPOSES = ['sync', 'connector', 'export', 'reporting', 'archiver', 'bot', 'dashboard', 'dialer', 'wallboard', 'provisioning', 'monitoring', 'ETL'];
const DIVISION_REGIONS = ['EMEA', 'APAC', 'NA', 'LATAM', 'UK', 'DACH', 'Nordics', 'ANZ'];
const FUNCTIONS = ['Sales', 'Support', 'Collections', 'Retention', 'Billing', 'Onboarding', 'Workforce', 'Quality', 'Back office'];
const REDIRECT_HOSTS = [
  'https://app.example.com/callback',
  'https://*.example.net/auth',
  'http://localhost:8080/cb',
  'http://203.0.113.7/callback',
  'https://portal.example.org/oauth',
];

export function largeScenario(params: LargeParams = {}): Org {
  const rng = createRng(params.seed ?? 'large');
  const b = new OrgBuilder(rng, params.now ?? Date.now(), 'Large Org');
  const divisions = [b.homeDivisionId];
  for (let i = 1; i < (params.divisions ?? 40); i++) divisions.push(b.division(`${rng.pick(DIVISION_REGIONS)} ${rng.pick(FUNCTIONS)} ${i}`));
  const std = addStandardRoles(b);
  const roles = [std.masterAdmin, std.admin, std.supervisor, std.employee, std.user];
  for (let i = roles.length; i < (params.roles ?? 300); i++)
    roles.push(b.role({ name: `${rng.pick(FUNCTIONS)} ${rng.pick(PURPOSES)} role ${i}`, policies: randomPolicies(rng), expand: rng.chance(0.5) }));
  addAuditors(b);
  const scopeNames = OAUTH_SCOPES.map((s) => s.name);
  const count = params.clients ?? 1000;
  for (let i = 0; i < count; i++) {
    const grant = pickGrant(rng);
    const state: OAuthClientState = rng.chance(0.85) ? 'active' : rng.chance(0.6) ? 'disabled' : 'inactive';
    const isM2M = grant === 'CLIENT-CREDENTIALS';
    b.client({
      name: `${rng.pick(VENDORS)} ${rng.pick(PURPOSES)} ${i}`,
      ...(rng.chance(0.85) && { description: `${rng.pick(FUNCTIONS)} integration, owner @acme/team-${rng.int(1, 40)}` }),
      grant,
      state,
      grants: isM2M
        ? Array.from({ length: rng.int(1, 3) }, () => [rng.pick(roles), rng.chance(0.1) ? WILDCARD_DIVISION_ID : rng.pick(divisions)] as const)
        : [],
      scopes: isM2M ? [] : rng.sample(scopeNames, rng.int(1, 6)),
      redirects: grant === 'CODE' || grant === 'TOKEN' ? [rng.pick(REDIRECT_HOSTS)] : [],
      tokenSeconds: rng.pick([3600, 86_400, 86_400, 86_400, 172_800]),
      createdDaysAgo: rng.int(1, 1500),
      usage: randomUsage(rng),
    });
  }
  return b.build();
}

function pickGrant(rng: Rng): AuthorizedGrantType {
  const r = rng.next();
  if (r < 0.55) return 'CLIENT-CREDENTIALS';
  if (r < 0.8) return 'CODE';
  if (r < 0.88) return 'TOKEN';
  if (r < 0.95) return 'SAML2-BEARER';
  return 'PASSWORD';
}

/** 2–6 policies from the catalog; a few state wildcards. */
function randomPolicies(rng: Rng): PolicySpec[] {
  const domains = Object.keys(PERMISSION_CATALOG);
  return Array.from({ length: rng.int(2, 6) }, () => {
    const domain = rng.pick(domains);
    const entities = PERMISSION_CATALOG[domain] ?? {};
    if (rng.chance(0.1)) return { domain, entity: '*', actions: ['*'] };
    const entity = rng.pick(Object.keys(entities));
    const actions = entities[entity] ?? ['view'];
    return { domain, entity, actions: rng.sample(actions, rng.int(1, actions.length)) };
  });
}

/** Most clients busy daily or weekly, some long unused, some never. */
function randomUsage(rng: Rng): UsagePattern | undefined {
  const r = rng.next();
  if (r < 0.1) return undefined;
  if (r < 0.25) return used(rng.int(100, 400), rng.int(1, 14), rng.int(10, 500));
  return used(rng.int(0, 20), rng.pick([1, 1, 1, 7, 14, 30]), rng.int(10, 5000));
}
