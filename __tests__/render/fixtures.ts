// Audit results for render tests: the demo org read from the emulator (as a user's run
// would), and synthetic orgs of any size evaluated in-process by the pure core.
import type { FailOn } from '../../src/policy/types.ts';
import { judge, runAudit, type AuditResult } from '../../src/audit.ts';
import { startEmulator } from '../../emulator/server.ts';
import type { ClientRecord } from '../../src/inventory/types.ts';
import { parsePolicy } from '../../src/policy/load.ts';
import { Redactor } from '../../src/redactor.ts';
import type { ReportInput } from '../../src/render/model.ts';
import { ccClient, client, inventory } from '../helpers/inventory.ts';

export const NOW = new Date('2026-11-24T00:00:00Z');

/** The example policy against an emulator scenario, in-process. */
export async function auditScenario(
  scenario: 'demo' | 'hostile',
  policyPath = 'policies/oauth-policy.yml',
  auditor = 'auditor',
): Promise<{ result: AuditResult; apiBaseUrl: string; clientId: string }> {
  const emu = await startEmulator({ scenario });
  try {
    const { clientId, clientSecret } = emu.credentials(auditor);
    const result = await runAudit(
      { credentials: { clientId, clientSecret }, apiBaseUrl: emu.url, policyPath, policyDisplayPath: policyPath, usageDays: 90 },
      { redactor: new Redactor() },
    );
    return { result, apiBaseUrl: emu.url, clientId };
  } finally {
    await emu.close();
  }
}

export const POLICY_TEXT = `version: 1
extends: [recommended]
overrides:
  cc-bulk-analytics: warning
rules:
  - id: read-only-apps
    description: User-facing apps request read-only scopes.
    severity: warning
    where:
      grant-type: [code, implicit]
    scopes:
      allow: ["*:readonly"]
`;

/** A policy and clients judged in-process: what every view renders. */
export function judged(clients: ClientRecord[], policyText = POLICY_TEXT, failOn?: FailOn): ReportInput {
  const policy = parsePolicy('policies/oauth-policy.yml', policyText);
  const inv = inventory(clients);
  return { policy, inventory: inv, ...judge(policy, inv, failOn, NOW) };
}

/** A mix like a real org's: admins in all divisions, readers, user-facing apps with scopes and redirects. */
export function syntheticClients(n: number, name: (i: number) => string = (i) => `Integration ${i}`): ClientRecord[] {
  const out: ClientRecord[] = [];
  for (let i = 0; i < n; i++) {
    const k = i % 4;
    if (k === 0) out.push(ccClient([{ role: 'Master Admin', division: '*', permissions: ['*:*:*'] }], { name: name(i), id: `id-${i}` }));
    else if (k === 1)
      out.push(
        ccClient([{ role: 'Reporting', division: 'sales', permissions: ['analytics:*:view', 'routing:queue:view'] }], {
          name: name(i),
          id: `id-${i}`,
          description: '',
        }),
      );
    else if (k === 2)
      out.push(
        client({
          name: name(i),
          id: `id-${i}`,
          scopes: ['conversations', 'users', 'analytics:readonly'],
          redirectUris: ['http://10.0.0.1/cb', 'https://*.example.com/cb'],
        }),
      );
    else
      out.push(
        client({ name: name(i), id: `id-${i}`, grantType: 'implicit', apiGrantType: 'TOKEN', scopes: ['presence:readonly'], tokenLifetimeSeconds: 172_800 }),
      );
  }
  return out;
}
