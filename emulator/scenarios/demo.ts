// "Acme Contact Center": a believable org with the spread of OAuth clients a security
// policy should sort out — integrations that are fine, and ones that hold admin roles,
// grant in every division, read recordings in bulk, use implicit or password grants, live
// long tokens, redirect to http:// or wildcard or IP hosts, sit disabled or unused for
// months, hold a deleted role or only the deprecated roleIds.
import { createRng } from '../random.ts';
import type { Org } from '../org.ts';
import { addAuditors, addStandardRoles } from './base.ts';
import { WILDCARD_DIVISION_ID as ALL, OrgBuilder, policy as p, used } from './builder.ts';

export interface DemoParams {
  seed?: number | string;
  /** The org's "today" (epoch ms); usage and dates count back from it. */
  now?: number;
}

const TWO_DAYS = 172_800;

export function demoScenario(params: DemoParams = {}): Org {
  const b = new OrgBuilder(createRng(params.seed ?? 'demo'), params.now ?? Date.now(), 'Acme Contact Center');
  const home = b.homeDivisionId;
  const div = {
    sales: b.division('Sales', 'Inbound and outbound sales queues'),
    support: b.division('Support', 'Customer support queues and agents'),
    collections: b.division('Collections', 'Collections campaigns'),
    workforce: b.division('Workforce', 'Workforce management'),
  };
  const std = addStandardRoles(b);
  const role = demoRoles(b);
  addAuditors(b);

  // Client credentials: integrations acting with roles.
  b.client({
    name: 'WFM Sync',
    description: 'Syncs schedules and adherence with the WFM platform; owner @acme/wfm',
    grant: 'CLIENT-CREDENTIALS',
    grants: [[role.wfm, div.workforce]],
    createdDaysAgo: 500,
    modifiedDaysAgo: 60,
    usage: used(0, 1, 2400),
  });
  b.client({
    name: 'CRM Connector (Salesforce)',
    description: 'Screen pop and activity logging in Salesforce; owner @acme/crm',
    grant: 'CLIENT-CREDENTIALS',
    grants: [
      [role.crm, div.sales],
      [role.crm, div.support],
    ],
    createdDaysAgo: 700,
    usage: used(1, 1, 1800),
  });
  b.client({
    name: 'Speech analytics export',
    description: 'Nightly transcript and sentiment export to the data lake',
    grant: 'CLIENT-CREDENTIALS',
    grants: [[role.speech, ALL]],
    createdDaysAgo: 320,
    usage: used(1, 1, 900),
  });
  b.client({
    name: 'Recording archiver',
    description: 'Copies recordings to long-term storage',
    grant: 'CLIENT-CREDENTIALS',
    grants: [[role.archiver, ALL]],
    tokenSeconds: TWO_DAYS,
    createdDaysAgo: 900,
    usage: used(0, 1, 3000),
  });
  b.client({
    name: 'Legacy IVR reporting',
    grant: 'CLIENT-CREDENTIALS',
    legacyRoleIds: [role.reporting],
    createdDaysAgo: 1400,
    modifiedDaysAgo: 900,
    usage: used(230, 7, 50, 800),
  });
  b.client({
    name: 'Genesys Cloud CLI - jsmith',
    description: 'Personal CLI access',
    grant: 'CLIENT-CREDENTIALS',
    grants: [[std.masterAdmin, home]],
    createdDaysAgo: 150,
    usage: used(3, 4, 60, 120),
  });
  b.client({
    name: 'CX as Code (Terraform)',
    description: 'Terraform pipeline for flows and queues; owner @acme/platform',
    grant: 'CLIENT-CREDENTIALS',
    grants: [[std.masterAdmin, ALL]],
    createdDaysAgo: 260,
    usage: used(2, 7, 300),
  });
  b.client({
    name: 'SCIM directory sync (Okta)',
    description: 'Provisions users and their roles from Okta',
    grant: 'CLIENT-CREDENTIALS',
    grants: [[role.scim, ALL]],
    createdDaysAgo: 610,
    usage: used(0, 1, 700),
  });
  b.client({
    name: 'Wallboard service',
    description: 'Queue statistics for the floor wallboards',
    grant: 'CLIENT-CREDENTIALS',
    grants: [[role.wallboard, home]],
    createdDaysAgo: 800,
    usage: used(0, 1, 5000),
  });
  b.client({
    name: 'Collections dialer',
    description: 'Loads contact lists and runs collections campaigns',
    grant: 'CLIENT-CREDENTIALS',
    grants: [[role.outbound, div.collections]],
    createdDaysAgo: 380,
    usage: used(1, 1, 1200),
  });
  b.client({
    name: 'Data warehouse ETL',
    description: 'Conversation and user detail into the warehouse',
    grant: 'CLIENT-CREDENTIALS',
    grants: [
      [role.reporting, ALL],
      [role.readAll, home],
    ],
    createdDaysAgo: 540,
    usage: used(1, 1, 4000),
  });
  b.client({
    name: 'Security automation',
    description: 'Rotates OAuth client secrets and provisions roles',
    grant: 'CLIENT-CREDENTIALS',
    grants: [[role.security, home]],
    createdDaysAgo: 200,
    usage: used(5, 7, 20),
  });
  b.client({
    name: 'Old chat bot integration',
    description: 'Replaced by the new bot in 2025',
    grant: 'CLIENT-CREDENTIALS',
    state: 'disabled',
    grants: [[role.crm, div.support]],
    createdDaysAgo: 1100,
    modifiedDaysAgo: 190,
    usage: used(210, 1, 300, 700),
  });
  b.client({
    name: 'Migration tool 2023',
    description: 'One-off data migration',
    grant: 'CLIENT-CREDENTIALS',
    state: 'inactive',
    deleteInDays: 12,
    grants: [[std.masterAdmin, ALL]],
    createdDaysAgo: 1000,
    modifiedDaysAgo: 40,
    usage: used(310, 1, 5000, 400),
  });
  b.client({ name: 'test - delete me', grant: 'CLIENT-CREDENTIALS', grants: [[std.masterAdmin, ALL]], createdDaysAgo: 420 });
  b.client({
    name: 'Calabrio QM connector',
    description: 'Vendor app: quality management sync',
    grant: 'CLIENT-CREDENTIALS',
    grants: [[role.quality, div.support]],
    createdDaysAgo: 450,
    usage: used(0, 1, 600),
  });
  b.client({
    name: 'Queue stats exporter',
    description: 'Exports queue statistics nightly',
    grant: 'CLIENT-CREDENTIALS',
    grants: [
      [role.reporting, home],
      [b.deletedRoleId(), home],
    ],
    createdDaysAgo: 660,
    usage: used(1, 1, 100),
  });
  b.client({
    name: 'Telephony monitoring',
    description: 'Edge and trunk health checks',
    grant: 'CLIENT-CREDENTIALS',
    grants: [[role.telephony, home]],
    createdDaysAgo: 330,
    usage: used(0, 1, 800),
  });
  b.client({
    name: 'Zendesk integration',
    description: 'Zendesk ticket sync (server side)',
    grant: 'CLIENT-CREDENTIALS',
    grants: [[role.crm, div.support]],
    createdDaysAgo: 280,
    usage: used(0, 1, 900),
  });
  b.client({
    name: 'Power BI KPIs',
    description: '',
    grant: 'CLIENT-CREDENTIALS',
    grants: [[role.reporting, ALL]],
    createdDaysAgo: 400,
    usage: used(130, 1, 200),
  });

  // Authorization code: user-facing apps acting with scopes.
  b.client({
    name: 'Agent Desktop (embedded)',
    description: 'Agent desktop embedded in the CRM',
    grant: 'CODE',
    scopes: ['conversations', 'users:readonly', 'presence', 'routing:readonly', 'notifications'],
    redirects: ['https://desktop.acme-cc.example/oauth/callback'],
    createdDaysAgo: 720,
    usage: used(0, 1, 20000),
  });
  b.client({
    name: 'Supervisor dashboard',
    description: 'Real-time queue dashboard for team leads',
    grant: 'CODE',
    scopes: ['analytics:readonly', 'routing:readonly', 'users:readonly', 'presence:readonly'],
    redirects: ['https://dash.acme-cc.example/callback', 'http://localhost:3000/callback'],
    createdDaysAgo: 300,
    usage: used(0, 1, 3000),
  });
  b.client({
    name: 'Admin portal (internal)',
    description: 'Internal admin tool for the platform team',
    grant: 'CODE',
    scopes: ['authorization', 'oauth', 'organization', 'identity-providers', 'scim', 'users'],
    redirects: ['https://*.acme-internal.example/callback'],
    createdDaysAgo: 510,
    usage: used(2, 1, 80),
  });
  b.client({
    name: 'Zendesk integration',
    description: 'Zendesk agent sidebar app',
    grant: 'CODE',
    scopes: ['conversations', 'users:readonly', 'external-contacts'],
    redirects: ['https://acme.zendesk.com/oauth/genesys/callback'],
    createdDaysAgo: 280,
    usage: used(0, 1, 1500),
  });
  b.client({
    name: 'Partner app - QA',
    description: 'Vendor test environment',
    grant: 'CODE',
    scopes: ['analytics', 'conversations', 'recordings'],
    redirects: ['http://10.20.30.40:8080/callback'],
    tokenSeconds: TWO_DAYS,
    createdDaysAgo: 200,
    usage: used(45, 3, 40),
  });
  b.client({
    name: 'Knowledge base sync',
    description: 'Publishes articles to the knowledge base',
    grant: 'CODE',
    scopes: ['knowledge', 'users:readonly'],
    redirects: ['https://kb.acme-cc.example/genesys/callback'],
    createdDaysAgo: 90,
    usage: used(0, 1, 200, 90),
  });

  // Implicit (TOKEN): browser apps with no secret.
  b.client({
    name: 'Wallboard TV (browser)',
    description: 'Kiosk browser on the floor TVs',
    grant: 'TOKEN',
    scopes: ['analytics:readonly', 'routing:readonly', 'presence:readonly'],
    redirects: ['http://wallboard.acme-cc.example/'],
    tokenSeconds: TWO_DAYS,
    createdDaysAgo: 950,
    usage: used(0, 1, 3000),
  });
  b.client({
    name: 'Legacy softphone widget',
    description: 'Old softphone embedded in the intranet',
    grant: 'TOKEN',
    state: 'disabled',
    scopes: ['conversations', 'users', 'presence', 'authorization:readonly'],
    redirects: ['https://*.acme-cc.example/*'],
    createdDaysAgo: 1300,
    modifiedDaysAgo: 150,
    usage: used(160, 1, 1000, 900),
  });

  // SAML2 bearer and password grants.
  b.client({
    name: 'ADFS SSO bridge',
    description: 'Exchanges ADFS assertions for tokens in the agent portal',
    grant: 'SAML2-BEARER',
    scopes: ['users:readonly', 'conversations'],
    createdDaysAgo: 640,
    usage: used(0, 1, 150),
  });
  b.client({
    name: 'Customer portal SSO',
    description: 'Customer self-service portal',
    grant: 'SAML2-BEARER',
    scopes: ['authorization', 'users', 'organization:readonly'],
    createdDaysAgo: 410,
    usage: used(20, 2, 30),
  });
  b.client({
    name: 'Mobile app (legacy password grant)',
    description: 'Field agents mobile app, v1',
    grant: 'PASSWORD',
    scopes: ['conversations', 'users', 'presence'],
    tokenSeconds: TWO_DAYS,
    createdDaysAgo: 1200,
    usage: used(0, 1, 700),
  });
  b.client({
    name: 'Load test harness',
    grant: 'PASSWORD',
    state: 'inactive',
    deleteInDays: 5,
    scopes: ['conversations', 'routing', 'analytics'],
    createdDaysAgo: 240,
    modifiedDaysAgo: 20,
    usage: used(180, 1, 9000, 190),
  });
  return b.build();
}

/** The org's own roles beside the default ones. */
function demoRoles(b: OrgBuilder) {
  return {
    quality: b.role({
      name: 'Quality Evaluator',
      description: 'Scores evaluations and listens to recordings',
      policies: [p('quality', 'evaluation', 'view', 'add', 'edit'), p('recording', 'recording', 'view'), p('recording', 'recordingSegment', 'view')],
    }),
    reporting: b.role({
      name: 'Reporting Read Only',
      description: 'All analytics views',
      policies: [p('analytics', '*', 'view'), p('routing', 'queue', 'view')],
    }),
    wfm: b.role({
      name: 'WFM Integration',
      policies: [
        p('wfm', 'schedule', 'view', 'edit'),
        p('wfm', 'historicalAdherence', 'view'),
        p('wfm', 'managementUnit', 'view'),
        p('routing', 'queue', 'view'),
        p('analytics', 'conversationAggregate', 'view'),
      ],
    }),
    crm: b.role({
      name: 'CRM Connector',
      policies: [p('conversation', 'communication', 'view'), p('externalContacts', 'contact', 'view', 'edit'), p('directory', 'user', 'view')],
    }),
    archiver: b.role({ name: 'Recording Archiver', expand: true, policies: [p('recording', '*', '*')] }),
    speech: b.role({
      name: 'Speech Analytics Export',
      policies: [
        p('speechAndTextAnalytics', 'data', 'view'),
        p('speechAndTextAnalytics', 'sentimentData', 'view'),
        p('recording', 'recording', 'view'),
        p('analytics', 'conversationDetail', 'view'),
      ],
    }),
    scim: b.role({
      name: 'Directory Sync (SCIM)',
      description: 'Creates and updates users and grants them roles',
      expand: true,
      policies: [p('directory', 'user', '*'), p('directory', 'group', 'view', 'edit'), p('authorization', 'grant', 'add', 'delete')],
    }),
    security: b.role({
      name: 'Security Automation',
      description: 'Manages roles, grants, OAuth clients and SSO',
      expand: true,
      policies: [p('authorization', 'role', '*'), p('authorization', 'grant', '*'), p('oauth', 'client', '*'), p('sso', 'provider', '*')],
    }),
    telephony: b.role({ name: 'Telephony Admin', policies: [p('telephony', 'plugin', 'all'), p('routing', '*', '*')] }),
    wallboard: b.role({
      name: 'Wallboard',
      policies: [p('routing', 'queue', 'view'), p('analytics', 'queueObservation', 'view'), p('analytics', 'userObservation', 'view')],
    }),
    outbound: b.role({ name: 'Outbound Dialer', expand: true, policies: [p('outbound', '*', '*')] }),
    readAll: b.role({ name: 'Read Only - Everything', description: 'View anything in the org', policies: [p('*', '*', 'view')] }),
  };
}
