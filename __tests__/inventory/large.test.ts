// The `large` org (1,000 clients, 300 roles, 40 divisions) read from the emulator: the
// requests made equal the fewest the API allows, computed from the scenario's own data, and
// the default budget (300 requests a minute) meets no 429.
//
// The minimum, request by request:
//   1 token
//   + 1 listing (the operation is not paged; ⌈clients ÷ page⌉ when the emulator pages it)
//   + 1 detail per client only when the listing lacks grant types (the legacy listing)
//   + ⌈distinct roles held ÷ 100⌉      (the roles `id` filter takes at most 100 ids)
//   + ⌈distinct divisions named ÷ 100⌉ (grants in all divisions, `*`, name none)
//   + 1 home division, only when a client holds roles only through `roleIds` and no grant names it
//   + 1 scope catalog + 1 org limits
//   + usage: 1 POST + the polls the emulator answers `Running` + the one that answers `Complete`.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GenesysClient } from '../../src/genesys/client.ts';
import { resolveEndpoints } from '../../src/genesys/regions.ts';
import { undiciTransport } from '../../src/genesys/transport.ts';
import { systemClock } from '../../src/genesys/clock.ts';
import { fetchInventory } from '../../src/inventory/fetch.ts';
import { Redactor } from '../../src/redactor.ts';
import { startEmulator, type EmulatorHandle, type Knobs, type Org } from '../../emulator/index.ts';

const IDS_PER_REQUEST = 100;
const SIZES = { clients: 1000, roles: 300, divisions: 40 };

function minimum(org: Org, knobs: Readonly<Knobs>, usage: boolean): Record<string, number> {
  const clients = org.clients.map((c) => c.client);
  const roles = new Set(clients.flatMap((c) => [...(c.roleDivisions ?? []).map((rd) => rd.roleId), ...(c.roleIds ?? [])]).filter(Boolean));
  const named = new Set(clients.flatMap((c) => (c.roleDivisions ?? []).map((rd) => rd.divisionId)).filter((d) => d && d !== '*'));
  const homeId = org.divisions.find((d) => d.homeDivision)?.id ?? '';
  const legacyOnly = clients.some((c) => !c.roleDivisions?.length && (c.roleIds?.length ?? 0) > 0);
  return {
    token: 1,
    listing: knobs.clientsPageSize > 0 ? Math.ceil(clients.length / knobs.clientsPageSize) : 1,
    details: knobs.legacyListing ? clients.length : 0,
    roles: Math.ceil(roles.size / IDS_PER_REQUEST),
    divisions: Math.ceil(named.size / IDS_PER_REQUEST),
    home: legacyOnly && !named.has(homeId) ? 1 : 0,
    scopes: 1,
    limits: 1,
    usage: usage ? 1 + knobs.usagePollsBeforeComplete + 1 : 0,
  };
}

const sum = (parts: Record<string, number>) => Object.values(parts).reduce((a, b) => a + b, 0);

let emu: EmulatorHandle;
beforeAll(async () => {
  emu = await startEmulator({ scenario: 'large', params: { seed: 11, ...SIZES } });
});
afterAll(() => emu.close());

async function audit(rateLimitWindowMs?: number) {
  emu.resetStats();
  emu.resetRateLimits();
  const api = new GenesysClient({
    endpoints: resolveEndpoints({ apiBaseUrl: emu.url }),
    credentials: emu.credentials(),
    transport: undiciTransport(),
    redactor: new Redactor(),
    rateLimitWindowMs,
  });
  const started = Date.now();
  const inventory = await fetchInventory(api, { clock: systemClock, usageDays: 90, readOrgLimit: true });
  return { api, inventory, ms: Date.now() - started };
}

function report(label: string, made: number, parts: Record<string, number>, throttled: number, ms: number): void {
  const breakdown = Object.entries(parts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(' + ');
  console.log(`${label}: ${made} requests made, minimum ${sum(parts)} (${breakdown}); ${throttled} answered 429; ${ms} ms`);
}

describe(`the large org (${SIZES.clients} clients, ${SIZES.roles} roles, ${SIZES.divisions} divisions)`, () => {
  it('is read with the minimum number of requests and no 429 at the default 300 a minute', async () => {
    const { api, inventory, ms } = await audit();
    const parts = minimum(emu.org, emu.knobs, true);
    const made = emu.stats.requests + emu.stats.tokenRequests;
    report('large, default', made, parts, emu.stats.throttled, ms);
    expect(inventory.clients).toHaveLength(emu.org.clients.length);
    expect(inventory.clients.length).toBeGreaterThanOrEqual(SIZES.clients);
    expect(made).toBe(sum(parts));
    expect(api.stats.requests + api.stats.tokenRequests).toBe(made);
    expect([emu.stats.throttled, api.stats.throttled]).toEqual([0, 0]);
    expect(parts).toEqual({ token: 1, listing: 1, details: 0, roles: 3, divisions: 1, home: 0, scopes: 1, limits: 1, usage: 3 });
  });

  it('paces a thousand detail reads of a legacy listing to the budget: the minimum, and no 429', async () => {
    // Time compressed: the emulator's window and ours are 2 s instead of a minute, with the
    // same 300 requests per window, so that the pacing is real but the test short.
    emu.setKnobs({ legacyListing: true, rateLimitWindowMs: 2000 });
    try {
      const { inventory, ms } = await audit(2000);
      const parts = minimum(emu.org, emu.knobs, true);
      const made = emu.stats.requests + emu.stats.tokenRequests;
      report('large, legacy listing, 300 per 2 s window', made, parts, emu.stats.throttled, ms);
      expect(inventory.clients).toHaveLength(emu.org.clients.length);
      expect(made).toBe(sum(parts));
      expect(emu.stats.throttled).toBe(0);
      // Over 1,000 API requests at 300 a window cannot take less than three full windows.
      expect(ms).toBeGreaterThanOrEqual(3 * 2000);
    } finally {
      emu.setKnobs({ legacyListing: false, rateLimitWindowMs: 60_000 });
    }
  }, 60_000);
});
