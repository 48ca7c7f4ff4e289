// The OWASP Top 10 Non-Human Identities Risks (2025), and which of them each built-in rule
// guards against, with the references the rule rests on. Shown in docs/rules.md, the job
// summary and SARIF tags; a test keeps a mapping for every built-in rule.
// Source: https://owasp.org/www-project-non-human-identities-top-10/2025/top-10-2025

export type NhiRisk = 'NHI1' | 'NHI2' | 'NHI3' | 'NHI4' | 'NHI5' | 'NHI6' | 'NHI7' | 'NHI8' | 'NHI9' | 'NHI10';

export interface NhiRiskInfo {
  title: string;
  /** How this tool covers the risk, or why the Genesys Cloud API cannot show it. */
  coverage: string;
}

export const NHI_RISKS: Readonly<Record<NhiRisk, NhiRiskInfo>> = {
  NHI1: {
    title: 'Improper Offboarding',
    coverage: 'Unused, disabled and undescribed clients (nobody can say who owns them) are reported; the approved-client list reports clients nobody listed.',
  },
  NHI2: {
    title: 'Secret Leakage',
    coverage:
      'Not visible: the API never returns where a client secret is stored, and this tool drops secrets on arrival. Use secret scanning in your repositories.',
  },
  NHI3: {
    title: 'Vulnerable Third-Party NHI',
    coverage: "Partly: clients that can manage integrations are reported; which clients a vendor holds is knowledge the policy's approved-client list records.",
  },
  NHI4: { title: 'Insecure Authentication', coverage: 'Deprecated grants (implicit, password), unknown grant types and unsafe redirect URIs are reported.' },
  NHI5: {
    title: 'Overprivileged NHI',
    coverage:
      "Roles × permissions × divisions of client-credentials clients and the scopes of user-facing apps are checked against the pack's deny lists and your own rules.",
  },
  NHI6: {
    title: 'Insecure Cloud Deployment Configurations',
    coverage: 'Not visible: how pipelines hold and use the credentials is outside the Genesys Cloud API.',
  },
  NHI7: { title: 'Long-Lived Secrets', coverage: 'Partly: token lifetimes are checked. The API does not report when a client secret was last rotated.' },
  NHI8: { title: 'Environment Isolation', coverage: 'Not visible from one org: run the action per org (a matrix) and keep one policy per environment.' },
  NHI9: {
    title: 'NHI Reuse',
    coverage: "Partly: duplicate client names are reported. Which applications share one client's credentials is not visible through the API.",
  },
  NHI10: { title: 'Human Use of NHI', coverage: 'Not visible: usage is reported per client, not per person behind a request.' },
};

export interface RuleMapping {
  nhi: readonly NhiRisk[];
  references: readonly string[];
}

const OVERPRIVILEGED: RuleMapping = { nhi: ['NHI5'], references: ['OWASP NHI5:2025 Overprivileged NHI'] };
const DATA: RuleMapping = {
  nhi: ['NHI5'],
  references: ['OWASP NHI5:2025 Overprivileged NHI', 'Genesys Cloud roles and permissions: grant the least a client needs'],
};
const RFC9700 = 'RFC 9700 (OAuth 2.0 Security Best Current Practice)';

/** Built-in rule id → the NHI risks it guards against and what it rests on. */
export const RULE_NHI: Readonly<Record<string, RuleMapping>> = {
  'cc-can-edit-roles-or-grants': OVERPRIVILEGED,
  'cc-can-manage-oauth-clients': OVERPRIVILEGED,
  'cc-can-manage-sso': OVERPRIVILEGED,
  'cc-can-take-over-accounts': OVERPRIVILEGED,
  'cc-can-manage-integrations': { nhi: ['NHI5', 'NHI3'], references: ['OWASP NHI5:2025 Overprivileged NHI', 'OWASP NHI3:2025 Vulnerable Third-Party NHI'] },
  'cc-wildcard-permissions': OVERPRIVILEGED,
  'cc-all-divisions': OVERPRIVILEGED,
  'user-apps-admin-scopes': OVERPRIVILEGED,
  'cc-recording-access': DATA,
  'cc-conversation-content': DATA,
  'cc-bulk-analytics': DATA,
  'cc-customer-personal-data': DATA,
  'user-apps-broad-data-scopes': DATA,
  'no-implicit-grant': { nhi: ['NHI4'], references: ['OWASP NHI4:2025 Insecure Authentication', `${RFC9700} §2.1.2: the implicit grant should not be used`] },
  'no-password-grant': { nhi: ['NHI4'], references: ['OWASP NHI4:2025 Insecure Authentication', `${RFC9700} §2.4: the password grant must not be used`] },
  'known-grant-type': { nhi: ['NHI4'], references: ['OWASP NHI4:2025 Insecure Authentication'] },
  'token-lifetime-24h': { nhi: ['NHI7'], references: ['OWASP NHI7:2025 Long-Lived Secrets', 'RFC 6819 §5.1.5.3: use a short expiration time for tokens'] },
  'redirect-uri-https': {
    nhi: ['NHI4'],
    references: [
      'OWASP NHI4:2025 Insecure Authentication',
      'RFC 6749 §3.1.2.1: redirect endpoints should require TLS',
      'RFC 8252 §7.3: loopback redirects for native apps',
    ],
  },
  'redirect-uri-no-wildcard': { nhi: ['NHI4'], references: ['OWASP NHI4:2025 Insecure Authentication', `${RFC9700} §2.1: exact redirect URI matching`] },
  'redirect-uri-no-ip-literal': { nhi: ['NHI4'], references: ['OWASP NHI4:2025 Insecure Authentication', 'RFC 8252 §8.3: loopback redirect considerations'] },
  'unused-client': { nhi: ['NHI1'], references: ['OWASP NHI1:2025 Improper Offboarding'] },
  'disabled-clients-left-behind': { nhi: ['NHI1'], references: ['OWASP NHI1:2025 Improper Offboarding'] },
  'client-description': { nhi: ['NHI1'], references: ['OWASP NHI1:2025 Improper Offboarding: an NHI nobody can attribute is never offboarded'] },
  'duplicate-client-names': { nhi: ['NHI9', 'NHI1'], references: ['OWASP NHI9:2025 NHI Reuse', 'OWASP NHI1:2025 Improper Offboarding'] },
};

/** `NHI5:2025 Overprivileged NHI` */
export function nhiLabel(risk: NhiRisk): string {
  return `${risk}:2025 ${NHI_RISKS[risk].title}`;
}
