// Our own Genesys client and inventory reader against the emulator, over real HTTP: the
// proof that the two agree, and that the client copes with what the emulator can throw.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GenesysClient } from '../../src/genesys/client.ts';
import { GenesysError } from '../../src/genesys/errors.ts';
import { listOAuthClients } from '../../src/genesys/api.ts';
import { resolveEndpoints } from '../../src/genesys/regions.ts';
import { undiciTransport } from '../../src/genesys/transport.ts';
import { fetchInventory } from '../../src/inventory/fetch.ts';
import { systemClock } from '../../src/genesys/clock.ts';
import { Redactor } from '../../src/redactor.ts';
import { startEmulator, type EmulatorHandle } from '../../emulator/index.ts';

let emu: EmulatorHandle;
beforeAll(async () => {
  emu = await startEmulator({ scenario: 'demo', params: { seed: 2 }, knobs: { usagePollsBeforeComplete: 0, userCountLatencyMsPerRole: 0 } });
});
afterAll(() => emu.close());

function client(auditor = 'auditor'): GenesysClient {
  return new GenesysClient({
    endpoints: resolveEndpoints({ apiBaseUrl: emu.url }),
    credentials: emu.credentials(auditor),
    transport: undiciTransport({ timeoutMs: 5000 }),
    redactor: new Redactor(),
    // Short backoffs: the faults here are few and scripted.
    retry: { maxTotalMs: 10_000, baseDelayMs: 10, maxDelayMs: 50, maxRetryAfterMs: 5000 },
  });
}

describe('the inventory read from the emulator', () => {
  it('holds every client with its roles resolved, usage, and a notice for the deleted role', async () => {
    emu.resetStats();
    const inventory = await fetchInventory(client(), { clock: systemClock, usageDays: 90, readOrgLimit: true });
    expect(inventory.clients).toHaveLength(emu.org.clients.length);
    expect(inventory.notices.join('\n')).toMatch(/1 role held by clients no longer exist/);
    const byName = (name: string) => inventory.clients.find((c) => c.name === name);
    expect(byName('OAuth policy audit (GitHub Actions)')?.lastUsed).toBe(new Date(emu.now()).toISOString().slice(0, 10));
    expect(byName('test - delete me')?.lastUsed).toBeNull();
    expect(byName('CX as Code (Terraform)')?.permissions.map((p) => [p.permission, p.divisionId])).toContainEqual(['*:*:*', '*']);
    expect(byName('Legacy IVR reporting')?.roleGrants.map((g) => g.roleName)).toEqual(['Reporting Read Only']);
    // One listing, roles and divisions by id in one request each, no per-client reads.
    expect(emu.stats.byRoute).toMatchObject({
      'GET /api/v2/oauth/clients': 1,
      'GET /api/v2/authorization/roles': 1,
      'GET /api/v2/authorization/divisions': 1,
      'POST /api/v2/usage/query': 1,
    });
    expect(emu.stats.byRoute['GET /api/v2/oauth/clients/{id}']).toBeUndefined();
    expect(emu.stats.tokenRequests).toBe(1);
  });

  it('reads each client of a legacy listing, follows nextUri, and never keeps a leaked secret', async () => {
    emu.setKnobs({ legacyListing: true, clientsPageSize: 10, leakSecrets: true });
    emu.resetStats();
    try {
      const inventory = await fetchInventory(client(), { clock: systemClock, usageDays: 0, readOrgLimit: false });
      expect(inventory.clients.map((c) => c.grantType)).not.toContain('unknown');
      expect(JSON.stringify(inventory)).not.toContain(emu.credentials().clientSecret);
      expect(emu.stats.byRoute['GET /api/v2/oauth/clients']).toBe(Math.ceil(emu.org.clients.length / 10));
      expect(emu.stats.byRoute['GET /api/v2/oauth/clients/{id}']).toBe(emu.org.clients.length);
    } finally {
      emu.setKnobs({ legacyListing: false, clientsPageSize: 0, leakSecrets: false });
    }
  });

  it('reads every page of paged usage results by their after cursors, to the same last use', async () => {
    const lastUse = async () =>
      new Map((await fetchInventory(client(), { clock: systemClock, usageDays: 90, readOrgLimit: false })).clients.map((c) => [c.id, c.lastUsed]));
    const whole = await lastUse();
    emu.setKnobs({ usageResultsPageSize: 7 });
    emu.resetStats();
    try {
      expect(await lastUse()).toEqual(whole);
      expect(emu.stats.byRoute['GET /api/v2/usage/query/{id}/results']).toBeGreaterThan(2);
    } finally {
      emu.setKnobs({ usageResultsPageSize: 0 });
    }
  });

  it('takes its token from a separate login origin, and the API origin never sees the credentials', async () => {
    const split = await startEmulator({ scenario: 'empty', loginOrigin: 'separate', knobs: { usagePollsBeforeComplete: 0 } });
    try {
      const api = new GenesysClient({
        endpoints: resolveEndpoints({ apiBaseUrl: split.url, loginBaseUrl: split.loginUrl }),
        credentials: split.credentials(),
        transport: undiciTransport({ timeoutMs: 5000 }),
        redactor: new Redactor(),
      });
      expect(await listOAuthClients(api)).toHaveLength(split.org.clients.length);
      expect(split.stats.tokenRequests).toBe(1);
      expect(split.stats.byRoute['POST (unmatched)']).toBeUndefined();
    } finally {
      await split.close();
    }
  });

  it('names the missing permission when the auditor cannot read roles', async () => {
    const err = await fetchInventory(client('auditor-no-roles'), { clock: systemClock, usageDays: 0, readOrgLimit: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GenesysError);
    expect((err as GenesysError).message).toMatch(/lacks the permission authorization:role:view/);
  });

  it('rides out 5xx, drops, truncated bodies, a 429 and a revoked token', async () => {
    const api = client();
    await listOAuthClients(api);
    emu.revokeTokens();
    emu.failNext('GET /api/v2/oauth/clients', [{ status: 503 }, { drop: true }, { malformed: true }, { status: 429, retryAfter: 1 }]);
    const clients = await listOAuthClients(api);
    expect(clients).toHaveLength(emu.org.clients.length);
    expect(api.stats.tokenRequests).toBe(2);
  });
});
