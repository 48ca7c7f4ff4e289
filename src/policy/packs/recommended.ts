// The built-in `recommended` pack, written in the policy language itself so that it is
// validated and compiled like any user rule. Ids are stable: policies refer to them in
// `overrides` and `exceptions`. Deny lists name write actions, not `*`: a held wildcard
// such as `*:*:view` overlaps any pattern with a `*` action, so `grant:*` would flag
// read-only roles. Permission and scope names are from the Genesys Cloud
// catalog (SDK docs' "Requires permissions" blocks and the API's per-operation scopes).
// docs/rules.md is generated from this file (scripts/gen-rules-doc.ts).
import type { Category, RuleSpec } from '../policy-file.ts';

export interface PackRule {
  category: Category;
  /** Why the rule exists: the risk, in one or two sentences. */
  rationale: string;
  /** What to do about a finding. */
  fix: string;
  spec: RuleSpec & { description: string };
}

const CC = { 'grant-type': ['client-credentials'] } as RuleSpec['where'];
const USER_FACING = { 'grant-type': ['code', 'implicit', 'saml2-bearer', 'password'] } as RuleSpec['where'];

export const RECOMMENDED: readonly PackRule[] = [
  // Privilege escalation: a client that can change who may do what can give itself anything.
  {
    category: 'privilege-escalation',
    rationale: 'A client that can create or edit roles, or grant them, can give itself or anyone every permission in the org.',
    fix: 'Remove the authorization:role and authorization:grant permissions from the roles this client holds; role administration belongs to people, through the admin UI or reviewed infrastructure as code.',
    spec: {
      id: 'cc-can-edit-roles-or-grants',
      description: 'Client-credentials clients must not be able to create, edit or grant roles.',
      severity: 'error',
      where: CC,
      permissions: {
        deny: [
          'authorization:role:add',
          'authorization:role:edit',
          'authorization:role:delete',
          'authorization:grant:add',
          'authorization:grant:edit',
          'authorization:grant:delete',
          'authorization:policy:add',
          'authorization:policy:edit',
          'authorization:policy:delete',
          'authorization:division:add',
          'authorization:division:edit',
          'authorization:division:delete',
          'authorization:settings:edit',
        ],
      },
    },
  },
  {
    category: 'privilege-escalation',
    rationale: 'A client that can create or edit OAuth clients can mint new credentials with any role, or take over another client by regenerating its secret.',
    fix: 'Remove oauth:client:add, oauth:client:edit and oauth:client:delete from the roles this client holds (auditing needs only oauth:client:view).',
    spec: {
      id: 'cc-can-manage-oauth-clients',
      description: 'Client-credentials clients must not be able to create, edit or delete OAuth clients.',
      severity: 'error',
      where: CC,
      permissions: { deny: ['oauth:client:add', 'oauth:client:edit', 'oauth:client:delete', 'oauth:client:authorize'] },
    },
  },
  {
    category: 'privilege-escalation',
    rationale: 'Whoever controls the identity provider configuration can sign in as any user, including administrators.',
    fix: 'Remove the sso:provider permissions from the roles this client holds.',
    spec: {
      id: 'cc-can-manage-sso',
      description: 'Client-credentials clients must not be able to add, edit or delete SSO identity providers.',
      severity: 'error',
      where: CC,
      permissions: { deny: ['sso:provider:add', 'sso:provider:edit', 'sso:provider:delete'] },
    },
  },
  {
    category: 'privilege-escalation',
    rationale:
      "Setting another user's password, changing a user's email or login identity (then resetting the password), creating accounts, or administering the org's authentication settings and trustees is account takeover.",
    fix: 'Remove directory:user:setPassword, directory:user:edit, directory:user:add, directory:organization:admin, admin and the org-trustee permissions from the roles this client holds; a SCIM or HR sync that needs user writes gets an exception.',
    spec: {
      id: 'cc-can-take-over-accounts',
      description: 'Client-credentials clients must not be able to set passwords, change or create users, administer the org or add trustees.',
      severity: 'error',
      where: CC,
      permissions: {
        deny: [
          'directory:user:setPassword',
          'directory:user:edit',
          'directory:user:add',
          'directory:organization:admin',
          'admin',
          'authorization:orgTrustee:add',
          'authorization:orgTrusteeUser:add',
          'authorization:orgTrusteeUser:edit',
          'authorization:orgTrusteeGroup:add',
          'authorization:orgTrusteeGroup:edit',
        ],
      },
    },
  },
  {
    category: 'privilege-escalation',
    rationale: 'Integrations and data actions run with stored credentials; a client that can install or edit them can act with those credentials.',
    fix: 'Remove the integrations add/edit permissions from the roles this client holds unless it is the integration-management tool.',
    spec: {
      id: 'cc-can-manage-integrations',
      description: 'Client-credentials clients should not be able to install integrations or edit data actions.',
      severity: 'warning',
      where: CC,
      permissions: { deny: ['integrations:integration:add', 'integrations:integration:edit', 'integrations:action:add', 'integrations:actionFunction:edit'] },
    },
  },
  {
    category: 'privilege-escalation',
    rationale: 'A wildcard grants every present and future permission of its domain or entity, including ones added after the role was reviewed.',
    fix: 'Replace the wildcard with the specific permissions the integration uses (the role editor lists them).',
    spec: {
      id: 'cc-wildcard-permissions',
      description: 'Client-credentials clients should not hold wildcard permissions.',
      severity: 'warning',
      where: CC,
      permissions: { wildcards: 'deny' },
    },
  },
  {
    category: 'privilege-escalation',
    rationale: 'A grant in all divisions reaches every current and future division, so division-based separation does not apply to this client.',
    fix: 'Grant the role only in the divisions the integration needs.',
    spec: {
      id: 'cc-all-divisions',
      description: 'Client-credentials clients should hold their roles in named divisions, not all divisions.',
      severity: 'warning',
      where: CC,
      roles: { deny: ['*'], divisions: 'all' },
    },
  },
  {
    category: 'privilege-escalation',
    rationale: 'A user-facing app holding an administrative scope can change security settings with the token of any administrator who signs in to it.',
    fix: 'Remove the administrative scopes from the client; use their :readonly form if the app only reads.',
    spec: {
      id: 'user-apps-admin-scopes',
      description: "User-facing clients must not request scopes that administer the org's security.",
      severity: 'error',
      where: USER_FACING,
      scopes: { deny: ['all', 'authorization', 'oauth', 'organization', 'organization-authorization', 'identity-providers', 'scim'] },
    },
  },
  // Data access: bulk reads of recordings, conversations and personal data.
  {
    category: 'data-access',
    rationale: "Recordings hold customers' voices, card numbers and health data; a client that can read them is a bulk-exfiltration path.",
    fix: 'Keep recording access to the one approved archiving integration and add an exception for it, or remove the recording permissions.',
    spec: {
      id: 'cc-recording-access',
      description: 'Client-credentials clients should not read recordings or their keys.',
      severity: 'warning',
      where: CC,
      permissions: {
        deny: [
          'recording:recording:view',
          'recording:recordingSegment:view',
          'recording:snippetRecording:view',
          'recording:screenRecording:view',
          'recording:orphan:view',
          'recording:encryptionKey:*',
          'recording:job:add',
        ],
      },
    },
  },
  {
    category: 'data-access',
    rationale: 'Conversation content, transcripts and summaries carry customer personal data.',
    fix: 'Remove the conversation and transcript permissions unless the integration processes conversation content, and record why in an exception.',
    spec: {
      id: 'cc-conversation-content',
      description: 'Client-credentials clients should not read conversation content or transcripts.',
      severity: 'warning',
      where: CC,
      permissions: {
        deny: [
          'conversation:communication:view',
          'conversation:message:view',
          'conversation:webmessaging:view',
          'conversation:messageMedia:view',
          'conversation:summary:view',
          'speechAndTextAnalytics:data:view',
          'speechAndTextAnalytics:sentimentData:view',
          'speechAndTextAnalytics:aiSummary:view',
          'speechAndTextAnalytics:translation:view',
        ],
      },
    },
  },
  {
    category: 'data-access',
    rationale: 'Detail queries and exports return every interaction and agent status of the org in bulk.',
    fix: 'Limit bulk analytics to the reporting integration that needs it, in the divisions it reports on.',
    spec: {
      id: 'cc-bulk-analytics',
      description: 'Client-credentials clients holding bulk analytics detail or export permissions are reported.',
      severity: 'notice',
      where: CC,
      permissions: {
        deny: ['analytics:conversationDetail:view', 'analytics:agentConversationDetail:view', 'analytics:userDetail:view', 'analytics:dataExport:*'],
      },
    },
  },
  {
    category: 'data-access',
    rationale: "External contacts and data-subject requests are customers' personal data under GDPR and similar laws.",
    fix: 'Remove the external contact and GDPR permissions unless the integration is the CRM or privacy tool.',
    spec: {
      id: 'cc-customer-personal-data',
      description: 'Client-credentials clients reading customer personal data are reported.',
      severity: 'notice',
      where: CC,
      permissions: { deny: ['externalContacts:contact:view', 'externalContacts:contact:viewAll', 'gdpr:request:view', 'gdpr:request:add'] },
    },
  },
  {
    category: 'data-access',
    rationale: 'A user-facing app with broad data scopes reads recordings, analytics or conversations with the token of every user who signs in.',
    fix: 'Request only the scopes the app uses, preferably :readonly.',
    spec: {
      id: 'user-apps-broad-data-scopes',
      description: 'User-facing clients requesting broad data scopes are reported.',
      severity: 'notice',
      where: USER_FACING,
      scopes: { deny: ['recordings', 'recordings:readonly', 'analytics', 'analytics:readonly', 'conversations', 'users'] },
    },
  },
  // Credential hygiene.
  {
    category: 'credential-hygiene',
    rationale:
      'The implicit grant returns tokens in the browser URL, where history, logs and referrers leak them; the OAuth 2.0 Security Best Current Practice deprecates it.',
    fix: 'Move the app to the code grant with PKCE, then delete the implicit client.',
    spec: { id: 'no-implicit-grant', description: 'Clients must not use the implicit grant.', severity: 'error', 'grant-types': { deny: ['implicit'] } },
  },
  {
    category: 'credential-hygiene',
    rationale: 'The resource-owner password grant hands user passwords to the app and bypasses SSO and multi-factor authentication.',
    fix: 'Use the code grant for people and client credentials for machines, then delete the password client.',
    spec: { id: 'no-password-grant', description: 'Clients must not use the password grant.', severity: 'error', 'grant-types': { deny: ['password'] } },
  },
  {
    category: 'credential-hygiene',
    rationale: 'A grant type this tool does not know (a new platform option) cannot be judged by the other rules.',
    fix: 'Review the client by hand and tell us about the grant type so that the rules can cover it.',
    spec: {
      id: 'known-grant-type',
      description: 'Every client uses a grant type the policy can judge.',
      severity: 'warning',
      'grant-types': { allow: ['client-credentials', 'code', 'implicit', 'saml2-bearer', 'password'] },
    },
  },
  {
    category: 'credential-hygiene',
    rationale: 'A stolen token stays valid for its whole lifetime; Genesys Cloud allows up to 48 hours.',
    fix: "Set the client's token duration to 24 hours or less (a few hours for user-facing apps).",
    spec: {
      id: 'token-lifetime-24h',
      description: 'Access tokens must not live longer than 24 hours.',
      severity: 'warning',
      'token-lifetime': { 'max-seconds': 86400 },
    },
  },
  {
    category: 'credential-hygiene',
    rationale: 'An authorization code or token sent to a plain-http redirect can be read on the network.',
    fix: 'Register https redirect URIs only (http://localhost is accepted for native and development apps).',
    spec: {
      id: 'redirect-uri-https',
      description: 'Redirect URIs must use https.',
      severity: 'error',
      'redirect-uris': { localhost: 'allow', 'require-https': true },
    },
  },
  {
    category: 'credential-hygiene',
    rationale: 'A wildcard redirect lets any page under the pattern, including an attacker-controlled one, receive authorization codes.',
    fix: 'Register each exact redirect URI.',
    spec: {
      id: 'redirect-uri-no-wildcard',
      description: 'Redirect URIs must not contain wildcards.',
      severity: 'error',
      'redirect-uris': { localhost: 'allow', 'deny-wildcards': true },
    },
  },
  {
    category: 'credential-hygiene',
    rationale: 'An IP address can be reassigned to someone else and cannot carry a trustworthy certificate.',
    fix: 'Use a DNS name you control (loopback addresses are accepted for native apps).',
    spec: {
      id: 'redirect-uri-no-ip-literal',
      description: 'Redirect URIs must name their host, not an IP address.',
      severity: 'warning',
      'redirect-uris': { localhost: 'allow', 'deny-ip-literals': true },
    },
  },
  {
    category: 'credential-hygiene',
    rationale: 'An unused client is a credential nobody watches: if its secret leaks, nobody notices the new traffic.',
    fix: 'Disable the client, wait for complaints, then delete it.',
    spec: {
      id: 'unused-client',
      description: 'Active clients with no API request for 90 days are reported.',
      severity: 'warning',
      where: { state: ['active'] },
      unused: { 'max-days': 90 },
    },
  },
  // Housekeeping.
  {
    category: 'housekeeping',
    rationale: 'A disabled or inactive client left behind can be re-enabled with every role it held.',
    fix: 'Delete clients that stay disabled for more than 30 days.',
    spec: {
      id: 'disabled-clients-left-behind',
      description: 'Disabled or inactive clients are deleted within 30 days.',
      severity: 'warning',
      'state-age': { 'disabled-max-days': 30, 'inactive-max-days': 30 },
    },
  },
  {
    category: 'housekeeping',
    rationale: 'Without a description nobody can tell what a client is for, who owns it, or whether it can be removed.',
    fix: 'Describe the client: what it does, who owns it, and a ticket or repository.',
    spec: { id: 'client-description', description: 'Every client has a description.', severity: 'notice', 'client-description': { required: true } },
  },
  {
    category: 'housekeeping',
    rationale:
      'A duplicate name hides which client a person is looking at in every UI, review and audit; a look-alike copying an approved or excepted name is how a new client hides. An exception or approved client naming a shared name applies to none of the clients bearing it (ambiguous-client).',
    fix: 'Rename one of them so that every name says which integration it is, and pin clients in the policy by id and name ({ id, name }) rather than by name alone.',
    spec: { id: 'duplicate-client-names', description: 'Client names are unique.', severity: 'warning', 'client-name': { unique: true } },
  },
];
