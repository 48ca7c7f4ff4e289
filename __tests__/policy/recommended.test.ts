// The built-in `recommended` pack: every rule is valid policy language, fires on a client
// that breaks it and stays quiet on one that does not; its reference page is in sync.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import schema from '../../policies/oauth-policy.schema.json' with { type: 'json' };
import { evaluate } from '../../src/evaluate/evaluate.ts';
import type { ClientRecord, UsageWindow } from '../../src/inventory/types.ts';
import { parsePolicy } from '../../src/policy/load.ts';
import { RECOMMENDED } from '../../src/policy/packs/recommended.ts';
import { renderRulesDoc, RULES_DOC_PATH } from '../../scripts/gen-rules-doc.ts';
import { NHI_RISKS, nhiLabel, RULE_NHI, type NhiRisk } from '../../src/policy/packs/nhi.ts';
import { ccClient, client } from '../helpers/inventory.ts';

const now = new Date('2026-11-24T12:00:00Z');
const usage: UsageWindow = { days: 90, from: '2026-08-27', to: '2026-11-24' };
const policy = parsePolicy('p.yml', 'version: 1\nextends: [recommended]\n');
const cc = (permissions: string[], division = 'home') => ccClient([{ role: 'Role', division, permissions }]);
const user = (overrides: Partial<ClientRecord>) => client({ grantType: 'code', apiGrantType: 'CODE', ...overrides });

/** rule id → [a client the rule flags, the subject flagged, a similar client it accepts]. */
const FIXTURES: Record<string, [ClientRecord, string | undefined, ClientRecord]> = {
  'cc-can-edit-roles-or-grants': [cc(['authorization:grant:add']), 'authorization:grant:add', cc(['authorization:role:view'])],
  'cc-can-manage-oauth-clients': [cc(['oauth:client:edit']), 'oauth:client:edit', cc(['oauth:client:view'])],
  'cc-can-manage-sso': [cc(['sso:provider:edit']), 'sso:provider:edit', cc(['sso:provider:view'])],
  'cc-can-take-over-accounts': [cc(['directory:user:setPassword']), 'directory:user:setPassword', cc(['directory:user:view'])],
  'cc-can-manage-integrations': [cc(['integrations:action:add']), 'integrations:action:add', cc(['integrations:action:view'])],
  'cc-wildcard-permissions': [cc(['routing:queue:*']), 'routing:queue:*', cc(['routing:queue:view'])],
  'cc-all-divisions': [cc(['routing:queue:view'], '*'), 'Role', cc(['routing:queue:view'], 'sales')],
  'user-apps-admin-scopes': [user({ scopes: ['oauth'] }), 'oauth', user({ scopes: ['oauth:readonly'] })],
  'cc-recording-access': [cc(['recording:recording:view']), 'recording:recording:view', cc(['recording:retentionPolicy:view'])],
  'cc-conversation-content': [cc(['conversation:message:view']), 'conversation:message:view', cc(['conversation:wrapupcode:view'])],
  'cc-bulk-analytics': [cc(['analytics:conversationDetail:view']), 'analytics:conversationDetail:view', cc(['analytics:conversationAggregate:view'])],
  'cc-customer-personal-data': [cc(['externalContacts:contact:view']), 'externalContacts:contact:view', cc(['routing:queue:view'])],
  'user-apps-broad-data-scopes': [user({ scopes: ['recordings:readonly'] }), 'recordings:readonly', user({ scopes: ['presence:readonly'] })],
  'no-implicit-grant': [user({ grantType: 'implicit', apiGrantType: 'TOKEN' }), 'implicit', user({})],
  'no-password-grant': [user({ grantType: 'password', apiGrantType: 'PASSWORD' }), 'password', user({})],
  'known-grant-type': [user({ grantType: 'unknown', apiGrantType: 'CODE-PKCE' }), 'unknown', user({})],
  'token-lifetime-24h': [user({ tokenLifetimeSeconds: 172800 }), '172800', user({ tokenLifetimeSeconds: 86400 })],
  'redirect-uri-https': [
    user({ redirectUris: ['http://app.acme.com/cb'] }),
    'http://app.acme.com/cb',
    user({ redirectUris: ['https://app.acme.com/cb', 'http://localhost:3000/cb'] }),
  ],
  'redirect-uri-no-wildcard': [user({ redirectUris: ['https://*.acme.com/cb'] }), 'https://*.acme.com/cb', user({ redirectUris: ['https://app.acme.com/cb'] })],
  'redirect-uri-no-ip-literal': [
    user({ redirectUris: ['https://198.51.100.4/cb'] }),
    'https://198.51.100.4/cb',
    user({ redirectUris: ['https://app.acme.com/cb', 'http://127.0.0.1:8400/cb'] }),
  ],
  'unused-client': [user({ lastUsed: '2026-06-01' }), undefined, user({ lastUsed: '2026-11-23' })],
  'disabled-clients-left-behind': [
    user({ state: 'disabled', apiState: 'disabled', dateModified: '2026-06-01T00:00:00Z' }),
    'disabled',
    user({ state: 'disabled', apiState: 'disabled', dateModified: '2026-11-10T00:00:00Z' }),
  ],
  'client-description': [user({ description: '' }), undefined, user({ description: 'Agent desktop for the Support team' })],
  'duplicate-client-names': [user({ name: 'Same Name' }), 'Same Name', user({ name: 'Unique Name' })],
};

function findingsOf(ruleId: string, clients: ClientRecord[]) {
  return evaluate(policy, { clients, fetchedAt: now.toISOString(), notices: [], usage }, { now }).findings.filter((f) => f.ruleId === ruleId);
}

describe('the recommended pack', () => {
  it('has a fixture for every rule, and rules with unique ids', () => {
    const ids = RECOMMENDED.map((r) => r.spec.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(FIXTURES).sort()).toEqual([...ids].sort());
  });

  it.each(RECOMMENDED.map((r) => [r.spec.id, r] as const))('%s flags a client that breaks it and accepts one that does not', (id) => {
    const [bad, subject, good] = FIXTURES[id]!;
    const twin = id === 'duplicate-client-names' ? [user({ name: 'same name ' })] : [];
    const flagged = findingsOf(id, [bad, ...twin]).filter((f) => f.client?.id === bad.id);
    expect(flagged.map((f) => f.subject)).toEqual([subject]);
    expect(findingsOf(id, [good])).toEqual([]);
  });

  it.each(RECOMMENDED.map((r) => [r.spec.id, r] as const))('%s is valid policy language with a category, rationale and fix', (_id, rule) => {
    const ajv = new Ajv({ strict: false, validateFormats: false });
    ajv.addSchema(schema, 'policy');
    expect(ajv.validate({ $ref: 'policy#/definitions/rule' }, rule.spec)).toBe(true);
    expect(rule.rationale.length).toBeGreaterThan(20);
    expect(rule.fix.length).toBeGreaterThan(10);
    expect(rule.spec.description.endsWith('.')).toBe(true);
  });

  it('compiles without problems or warnings and points at the extends line', () => {
    expect(policy.warnings).toEqual([]);
    expect(new Set(policy.rules.map((r) => r.location.line))).toEqual(new Set([2]));
    expect(policy.rules.every((r) => r.category && r.rationale && r.fix)).toBe(true);
  });

  it('does not call a read-only wildcard role privilege escalation', () => {
    const reader = cc(['*:*:view']);
    const escalation = RECOMMENDED.filter((r) => r.category === 'privilege-escalation').map((r) => r.spec.id);
    const hits = escalation.filter((id) => findingsOf(id, [reader]).length > 0);
    expect(hits).toEqual(['cc-wildcard-permissions']);
  });

  it('uses permission names that are domain:entity:action or a legacy flat name', () => {
    for (const r of RECOMMENDED) for (const p of r.spec.permissions?.deny ?? []) expect(p).toMatch(/^([a-zA-Z]+:[a-zA-Z*]+:[a-zA-Z*]+|admin)$/);
  });

  it('has its reference page docs/rules.md in sync (node scripts/gen-rules-doc.ts)', () => {
    expect(readFileSync(RULES_DOC_PATH, 'utf8')).toBe(renderRulesDoc());
  });

  it('lists in docs/rules.md the OWASP NHI risks of every built-in rule, and a coverage row for every risk', () => {
    const doc = readFileSync(RULES_DOC_PATH, 'utf8');
    for (const { spec } of RECOMMENDED) {
      const section = doc.split(`#### \`${spec.id}\`\n`)[1]?.split('\n#### ')[0] ?? '';
      const mapping = RULE_NHI[spec.id];
      expect([spec.id, Boolean(mapping)]).toEqual([spec.id, true]);
      expect(section).toContain(`- **OWASP NHI:** ${mapping!.nhi.map(nhiLabel).join('; ')}\n`);
      expect(section).toContain(`- **References:** ${mapping!.references.join('; ')}\n`);
    }
    const coverage = doc.split('## OWASP NHI Top 10 coverage\n')[1] ?? '';
    for (const risk of Object.keys(NHI_RISKS) as NhiRisk[]) expect(coverage).toContain(`| ${nhiLabel(risk)} |`);
  });
});
