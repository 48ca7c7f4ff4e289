// A client for the org, from the audit's access settings: what the action opens at start-up
// and every audit reads through.
import type { AuditDeps, OrgAccess } from './audit.ts';
import { GenesysClient } from './genesys/client.ts';
import { systemClock } from './genesys/clock.ts';
import { resolveEndpoints } from './genesys/regions.ts';
import { undiciTransport } from './genesys/transport.ts';

export function openOrg(access: OrgAccess, deps: Omit<AuditDeps, 'api'>): GenesysClient {
  return new GenesysClient({
    endpoints: resolveEndpoints(access),
    credentials: access.credentials,
    transport: deps.transport ?? undiciTransport(),
    redactor: deps.redactor,
    clock: deps.clock ?? systemClock,
    rateLimitPerMinute: access.rateLimitPerMinute,
  });
}
