// A usage query that never completes: the rest of the audit stands, and each unused rule is
// an error finding "not evaluated" — the run cannot pass on a rule it could not judge.
import { expect, it } from '@jest/globals';
import { GenesysClient } from '../../src/genesys/client.ts';
import { fetchInventory } from '../../src/inventory/fetch.ts';
import { evaluate } from '../../src/evaluate/evaluate.ts';
import { passes } from '../../src/evaluate/findings.ts';
import { parsePolicy } from '../../src/policy/load.ts';
import { Redactor } from '../../src/redactor.ts';
import { FakeClock } from '../helpers/fake-clock.ts';
import { CREDENTIALS, demoOrg, respond } from './fake-genesys.ts';

it('a usage query still running at the deadline: the audit completes, unused rules are not evaluated and fail the run', async () => {
  const org = demoOrg();
  const clock = new FakeClock(Date.parse('2026-06-01T00:00:00Z'));
  const api = new GenesysClient({
    endpoints: { apiBaseUrl: 'https://api.example.test', tokenUrl: 'https://login.example.test/oauth/token' },
    credentials: CREDENTIALS,
    redactor: new Redactor(),
    clock,
    transport: async (req) => {
      const url = new URL(req.url);
      const still = url.pathname.endsWith('/results');
      const { status, body } = still ? { status: 200, body: { queryStatus: 'Running' } } : respond(org, req.method, url, req.headers.authorization);
      return { status, headers: {}, text: JSON.stringify(body) };
    },
  });
  const inventory = await fetchInventory(api, { clock, usageDays: 30, readOrgLimit: true, usageMaxWaitMs: 20_000 });
  expect(inventory.clients).toHaveLength(14);
  expect(inventory.usage).toBeUndefined();
  expect(inventory.usageUnreadable).toBe('the Genesys Cloud usage query exec-1 did not complete within 20 s');
  const policy = parsePolicy(
    'p.yml',
    'version: 1\nrules:\n  - id: idle\n    severity: warning\n    unused: { max-days: 30 }\n  - id: tokens\n    token-lifetime: { max-seconds: 172800 }\n',
  );
  const evaluation = evaluate(policy, inventory, { now: new Date(clock.now()) });
  expect(evaluation.findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
    ['idle', 'error', 'Not evaluated: the Genesys Cloud usage query exec-1 did not complete within 20 s.'],
  ]);
  expect(passes(evaluation, 'error')).toBe(false);
});
