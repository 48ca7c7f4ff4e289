// The inventory read from the emulator over real HTTP while it misbehaves: every fault ends
// in the complete inventory (the same as a calm run's) or in one clear failure, never in a
// partial inventory passed off as whole.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { GenesysClient } from '../../src/genesys/client.ts';
import { GenesysError } from '../../src/genesys/errors.ts';
import { resolveEndpoints } from '../../src/genesys/regions.ts';
import { undiciTransport, type Transport } from '../../src/genesys/transport.ts';
import type { RetryPolicy } from '../../src/genesys/retry.ts';
import { systemClock } from '../../src/genesys/clock.ts';
import { fetchInventory } from '../../src/inventory/fetch.ts';
import { bindingRequests } from '../../src/genesys/binding-requests.ts';
import type { Inventory } from '../../src/inventory/types.ts';
import { evaluate } from '../../src/evaluate/evaluate.ts';
import { parsePolicy } from '../../src/policy/load.ts';
import { Redactor } from '../../src/redactor.ts';
import { startEmulator, type EmulatorHandle, type KnobPatch } from '../../emulator/index.ts';
import { OrgBuilder, policy } from '../../emulator/scenarios/builder.ts';
import { createRng } from '../../emulator/random.ts';

const MS_PER_DAY = 86_400_000;
/** Short backoffs, so that fault storms cost seconds, not minutes. */
const QUICK: RetryPolicy = { maxTotalMs: 20_000, baseDelayMs: 10, maxDelayMs: 100, maxRetryAfterMs: 5000 };

let emu: EmulatorHandle;
let calm: Inventory;

beforeAll(async () => {
  emu = await startEmulator({ scenario: 'demo', params: { seed: 3 }, knobs: { usagePollsBeforeComplete: 0 } });
  calm = await read(client());
});
afterAll(() => emu.close());
afterEach(async () => {
  // A failed run stops its other requests, but those already on the wire still reach the
  // emulator: let them land before the next test scripts its faults.
  do await new Promise((resolve) => setTimeout(resolve, 30));
  while (emu.stats.inFlight > 0);
  emu.clearFaults();
  emu.setKnobs({
    legacyListing: false,
    clientsPageSize: 0,
    endpointLimits: {},
    rateLimitPerMinute: 300,
    rateLimitWindowMs: 60_000,
    errorRate: 0,
    dropRate: 0,
    malformedRate: 0,
    usageRequiresUsagePermission: false,
    now: null,
  });
  emu.resetRateLimits();
  emu.resetStats();
});

function client(auditor = 'auditor', retry: RetryPolicy = QUICK, transport: Transport = undiciTransport({ timeoutMs: 5000 })): GenesysClient {
  return new GenesysClient({
    endpoints: resolveEndpoints({ apiBaseUrl: emu.url }),
    credentials: emu.credentials(auditor),
    transport,
    redactor: new Redactor(),
    retry,
  });
}

function read(api: GenesysClient, usageDays = 0): Promise<Inventory> {
  return fetchInventory(api, { clock: systemClock, usageDays, readOrgLimit: true });
}

async function failure(api: GenesysClient): Promise<GenesysError> {
  const err = await read(api).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(GenesysError);
  return err as GenesysError;
}

/** The same clients, grants and permissions as the calm run. */
function expectComplete(inventory: Inventory): void {
  expect(inventory.clients).toHaveLength(emu.org.clients.length);
  expect(inventory.clients).toEqual(calm.clients);
  expect(inventory.notices).toEqual(calm.notices);
}

function withKnobs(patch: KnobPatch): void {
  emu.setKnobs(patch);
}

describe('effective access and pacing', () => {
  const byName = (name: string) => calm.clients.find((c) => c.name === name);
  const triples = (name: string) => byName(name)?.permissions.map((p) => `${p.permission} @${p.divisionName}`);

  it('resolves each role grant to its permissions in the named division, or in all divisions', () => {
    expect(byName('WFM Sync')?.roleGrants).toEqual([
      { roleId: expect.any(String), roleName: 'WFM Integration', divisionId: expect.any(String), divisionName: 'Workforce' },
    ]);
    expect(triples('WFM Sync')).toEqual(expect.arrayContaining(['wfm:schedule:edit @Workforce', 'routing:queue:view @Workforce']));
    expect(triples('Speech analytics export')).toContain('recording:recording:view @all divisions');
    expect(byName('Speech analytics export')?.permissions.every((p) => p.divisionId === '*')).toBe(true);
  });

  it('keeps wildcards a role states and lists what the API returns expanded', () => {
    expect(triples('CX as Code (Terraform)')).toEqual(['*:*:* @all divisions']);
    expect(triples('Data warehouse ETL')).toEqual(expect.arrayContaining(['analytics:*:view @all divisions', '*:*:view @Home']));
    // Security Automation states authorization:role:*, which the API returns expanded.
    const security = triples('Security automation') ?? [];
    expect(security).toEqual(expect.arrayContaining(['authorization:role:add @Home', 'authorization:role:edit @Home', 'oauth:client:edit @Home']));
    expect(security.some((p) => p.includes('*'))).toBe(false);
  });

  it('gives user-facing clients their scopes, no roles, and reads the org scope catalog', () => {
    const desktop = byName('Agent Desktop (embedded)');
    expect([desktop?.grantType, desktop?.roleGrants, desktop?.permissions]).toEqual(['code', [], []]);
    expect(desktop?.scopes).toEqual(['conversations', 'notifications', 'presence', 'routing:readonly', 'users:readonly']);
    expect(calm.scopeCatalog).toEqual(emu.org.scopes.map((s) => s.id));
  });

  it('paces on the org limit when it can read it, else on the configured default with a notice', async () => {
    withKnobs({ rateLimitPerMinute: 120 });
    const limited = client();
    await read(limited);
    expect(limited.pacer.currentLimit).toBe(120);
    emu.failNext('GET /api/v2/organizations/limits/namespaces/platform.api', [{ status: 403 }]);
    const refused = client();
    const inventory = await read(refused);
    expect(refused.pacer.currentLimit).toBe(300);
    expect(inventory.notices).toContain("The org's rate limit could not be read, so requests are paced at 300 a minute (HTTP 403).");
  });
});

describe('faults that pass: the complete inventory', () => {
  it('a 429 storm from a per-route limit far below the token budget', async () => {
    withKnobs({ legacyListing: true, endpointLimits: { 'GET /api/v2/oauth/clients/{id}': 10 }, rateLimitWindowMs: 1000 });
    const api = client();
    expectComplete(await read(api));
    expect(emu.stats.throttled).toBeGreaterThan(0);
    // Requests to a throttled route wait out its Retry-After together: a few 429s per window, not one per request.
    expect(api.stats.throttled).toBe(emu.stats.throttled);
    expect(api.stats.throttled).toBeLessThan(emu.org.clients.length);
  });

  it('a token that expires mid-run: one fresh token for all the requests in flight', async () => {
    const base = undiciTransport({ timeoutMs: 5000 });
    let expired = false;
    const transport: Transport = async (req) => {
      const res = await base(req);
      // Right after the listing, the emulator's clock jumps two days: every token it issued is dead.
      if (!expired && new URL(req.url).pathname === '/api/v2/oauth/clients') {
        expired = true;
        emu.setKnobs({ now: emu.now() + 2 * MS_PER_DAY });
      }
      return res;
    };
    withKnobs({ legacyListing: true });
    const api = client('auditor', QUICK, transport);
    expectComplete(await read(api));
    expect(expired).toBe(true);
    expect([api.stats.tokenRequests, emu.stats.tokenRequests]).toEqual([2, 2]);
  });

  it('5xx bursts, scripted and random', async () => {
    withKnobs({ legacyListing: true, errorRate: 0.2 });
    emu.failNext('GET /api/v2/oauth/clients', [{ status: 503 }, { status: 502 }, { status: 504 }]);
    emu.failNext('GET /api/v2/authorization/roles', [{ status: 503 }, { status: 500 }]);
    emu.failNext('GET /api/v2/authorization/divisions', [{ status: 502 }]);
    expectComplete(await read(client()));
    expect(emu.stats.serverErrors).toBeGreaterThanOrEqual(6);
  });

  it('dropped connections', async () => {
    withKnobs({ legacyListing: true, dropRate: 0.25 });
    emu.failNext('GET /api/v2/oauth/clients', [{ drop: true }, { drop: true }]);
    expectComplete(await read(client()));
    expect(emu.stats.drops).toBeGreaterThanOrEqual(2);
  });

  it('bodies cut short (malformed JSON)', async () => {
    withKnobs({ legacyListing: true, malformedRate: 0.2 });
    emu.failNext('GET /api/v2/authorization/roles', [{ malformed: true }]);
    expectComplete(await read(client()));
    expect(emu.stats.malformed).toBeGreaterThanOrEqual(1);
  });

  it('a listing without grant types: one detail read per client', async () => {
    withKnobs({ legacyListing: true });
    expectComplete(await read(client()));
    expect(emu.stats.byRoute['GET /api/v2/oauth/clients/{id}']).toBe(emu.org.clients.length);
  });

  it('a listing paged with nextUri', async () => {
    withKnobs({ clientsPageSize: 7 });
    expectComplete(await read(client()));
    expect(emu.stats.byRoute['GET /api/v2/oauth/clients']).toBe(Math.ceil(emu.org.clients.length / 7));
  });
});

describe('faults that do not pass: one clear failure', () => {
  it('429s beyond the retry budget name the request', async () => {
    emu.failNext(
      'GET /api/v2/authorization/roles',
      Array.from({ length: 20 }, () => ({ status: 429, retryAfter: 1 })),
    );
    const err = await failure(client('auditor', { ...QUICK, maxTotalMs: 2500 }));
    expect([err.kind, err.status]).toEqual(['rate-limited', 429]);
    expect(err.message).toMatch(
      /^Genesys Cloud kept rate-limiting GET \/api\/v2\/authorization\/roles \(HTTP 429, Retry-After 1 s\) beyond the 2\.5 s retry budget; /,
    );
  });

  it('5xx that last beyond the retry budget name the request and the status', async () => {
    emu.failNext(
      'GET /api/v2/authorization/divisions',
      Array.from({ length: 200 }, () => ({ status: 503 })),
    );
    const err = await failure(client('auditor', { ...QUICK, maxTotalMs: 1500 }));
    expect(err.message).toMatch(
      /^Genesys Cloud failed GET \/api\/v2\/authorization\/divisions with HTTP 503 after \d+ attempts — "Service Unavailable[^"]*"; try again later\.$/,
    );
  });

  it('a body that stays malformed', async () => {
    emu.failNext('GET /api/v2/oauth/clients', [{ malformed: true }, { malformed: true }, { malformed: true }]);
    const err = await failure(client());
    expect(err.message).toMatch(/^Genesys Cloud answered GET \/api\/v2\/oauth\/clients with a body that is not valid JSON \(3 attempts\)/);
  });

  it('a missing permission, named with the role that grants it', async () => {
    const roles = await failure(client('auditor-no-roles'));
    expect(roles.kind).toBe('permission');
    expect(roles.message).toContain(
      'lacks the permission authorization:role:view: assign it a role that holds authorization:role:view, ideally a custom role with exactly',
    );
    const clients = await failure(client('auditor-no-oauth'));
    expect(clients.message).toContain('lacks the permission oauth:client:view: assign it a role that holds oauth:client:view');
  });

  it('stops the other reads at once, so that their retries cannot keep the run alive', async () => {
    // The scope catalog keeps failing (worth three minutes of retries) when roles are refused.
    emu.failNext(
      'GET /api/v2/oauth/scopes',
      Array.from({ length: 500 }, () => ({ status: 503 })),
    );
    const started = Date.now();
    const err = await failure(client('auditor-no-roles', { ...QUICK, maxTotalMs: 180_000, baseDelayMs: 200 }));
    expect(err.kind).toBe('permission');
    expect(Date.now() - started).toBeLessThan(2000);
    const tried = emu.stats.byRoute['GET /api/v2/oauth/scopes'] ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(emu.stats.byRoute['GET /api/v2/oauth/scopes']).toBe(tried);
  });

  it('a detail read that fails other than with 404', async () => {
    withKnobs({ legacyListing: true });
    emu.failNext('GET /api/v2/oauth/clients/{id}', [{ status: 400 }]);
    const err = await failure(client());
    expect(err.message).toMatch(/^Genesys Cloud answered HTTP 400 to GET \/api\/v2\/oauth\/clients\/[\w-]+ — "Scripted failure with HTTP 400\."/);
  });
});

describe('a client deleted between the listing and its detail read', () => {
  it('is left out with a notice naming it: it no longer exists', async () => {
    withKnobs({ legacyListing: true });
    emu.failNext('GET /api/v2/oauth/clients/{id}', [{ status: 404 }]);
    const inventory = await read(client());
    expect(inventory.clients).toHaveLength(emu.org.clients.length - 1);
    const gone = calm.clients.find((c) => !inventory.clients.some((k) => k.id === c.id));
    expect(inventory.clients).toEqual(calm.clients.filter((c) => c !== gone));
    expect(inventory.notices).toContain(`OAuth client "${gone?.name}" (${gone?.id}) was deleted while the audit read it, so it is not in the inventory.`);
  });
});

describe('usage', () => {
  it('with permission: one org query, and every client has a last use or none in the window', async () => {
    const inventory = await read(client(), 30);
    expect(inventory.usage?.days).toBe(30);
    expect(inventory.clients.every((c) => c.lastUsed === null || /^\d{4}-\d{2}-\d{2}$/.test(c.lastUsed ?? ''))).toBe(true);
    const auditor = inventory.clients.find((c) => c.id === emu.credentials().clientId);
    expect(auditor?.lastUsed).toBe(new Date(emu.now()).toISOString().slice(0, 10));
    expect(emu.stats.byRoute['POST /api/v2/usage/query']).toBe(1);
    expect(emu.stats.byRoute['POST /api/v2/oauth/clients/{id}/usage/query']).toBeUndefined();
  });

  it('takes oauth:client:view as enough, as the SDK docs say', async () => {
    const inventory = await read(client('auditor-no-usage'), 30);
    expect(inventory.usage?.days).toBe(30);
  });

  it('without permission: a notice naming it, and each usage rule an error finding "not evaluated", never a pass', async () => {
    withKnobs({ usageRequiresUsagePermission: true });
    const inventory = await read(client('auditor-no-usage'), 30);
    expect(inventory.usage).toBeUndefined();
    expect(inventory.clients.some((c) => 'lastUsed' in c)).toBe(false);
    expect(inventory.clients).toEqual(calm.clients);
    expect(inventory.notices).toContain(
      "Usage was not read: Genesys Cloud refused the organization usage query (HTTP 403) although its documentation accepts oauth:client:view or usage:organization:view, so add usage:organization:view to the auditing client's role; rules about unused clients are reported as not evaluated.",
    );
    const idle = parsePolicy('policy.yml', 'version: 1\nrules:\n  - id: idle\n    severity: notice\n    unused: { max-days: 30 }\n');
    const evaluation = evaluate(idle, inventory, { now: new Date(emu.now()) });
    expect(evaluation.findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      [
        'idle',
        'error',
        "Not evaluated: Genesys Cloud refused the organization usage query (HTTP 403) although its documentation accepts oauth:client:view or usage:organization:view, so add usage:organization:view to the auditing client's role.",
      ],
    ]);
    expect(evaluation.skipped).toEqual([]);
  });
});

describe('a run that needs more than one window of the rate limit', () => {
  /** A legacy-listing run at `limit` a 300 ms window: the inventory and every request the API saw, in order. */
  async function legacyRun(limit: number): Promise<{ inventory: Inventory; sent: string[] }> {
    withKnobs({ legacyListing: true, rateLimitPerMinute: limit, rateLimitWindowMs: 300 });
    const sent: string[] = [];
    const http = undiciTransport({ timeoutMs: 5000 });
    const api = new GenesysClient({
      endpoints: resolveEndpoints({ apiBaseUrl: emu.url }),
      credentials: emu.credentials(),
      transport: (req) => {
        if (!req.url.endsWith('/oauth/token')) sent.push(`${req.method} ${new URL(req.url).pathname}`);
        return http(req);
      },
      redactor: new Redactor(),
      retry: QUICK,
      rateLimitWindowMs: 300,
      // Few in flight, so that a poll let go at once leaves among the first requests.
      maxInFlight: 4,
    });
    const inventory = await read(api, 30);
    expect(inventory.usage?.days).toBe(30);
    expect(inventory.clients.map(({ lastUsed: _lastUsed, ...c }) => c)).toEqual(calm.clients);
    expect(inventory.clients.some((c) => typeof c.lastUsed === 'string')).toBe(true);
    expect(emu.stats.throttled).toBe(0);
    return { inventory, sent };
  }

  const firstPoll = (sent: string[]) => sent.findIndex((s) => s.endsWith('/results'));

  it('reads usage after the requests that the last window waits on, and reads it whole', async () => {
    // 40-odd requests: the second window repeats the pace of the first's first 18 or so.
    const limit = 25;
    const { sent } = await legacyRun(limit);
    const binding = bindingRequests(sent.length, limit);
    expect(binding).toBeGreaterThan(10);
    // The whole window is posted at once (a small org's usage must not wait for the listing); its polls wait.
    expect(firstPoll(sent)).toBeGreaterThanOrEqual(binding);
    expect(sent.slice(0, binding).filter((s) => s.includes('/usage/'))).toEqual(['POST /api/v2/usage/query']);
  });

  it('reads usage at once when the run fits in one window, where its chain of polls is the longest', async () => {
    const { sent } = await legacyRun(300);
    expect(firstPoll(sent)).toBeLessThan(10);
  });
});

describe('the home division of grants through the deprecated roleIds', () => {
  it('is the org home division, read from the divisions already fetched when a grant names it', async () => {
    const legacy = calm.clients.find((c) => c.name === 'Legacy IVR reporting');
    const home = emu.org.divisions.find((d) => d.homeDivision);
    expect(legacy?.roleGrants).toEqual([{ roleId: expect.any(String), roleName: 'Reporting Read Only', divisionId: home?.id, divisionName: 'Home' }]);
    expect(legacy?.permissions.every((p) => p.divisionId === home?.id && p.divisionName === 'Home')).toBe(true);
    await read(client());
    expect(emu.stats.byRoute['GET /api/v2/authorization/divisions/home']).toBeUndefined();
  });

  it('costs one request when no grant names it', async () => {
    const b = new OrgBuilder(createRng('legacy-only'), Date.now(), 'Legacy Org');
    const ops = b.division('Operations');
    const viewer = b.role({ name: 'Audit viewer', policies: [policy('oauth', 'client', 'view'), policy('authorization', 'role', 'view')] });
    b.auditor('auditor', b.client({ name: 'Auditor', grant: 'CLIENT-CREDENTIALS', grants: [[viewer, ops]], createdDaysAgo: 10 }));
    b.client({ name: 'Old integration', grant: 'CLIENT-CREDENTIALS', legacyRoleIds: [viewer], createdDaysAgo: 900 });
    const other = await startEmulator({ scenario: b.build() });
    try {
      const api = new GenesysClient({
        endpoints: resolveEndpoints({ apiBaseUrl: other.url }),
        credentials: other.credentials(),
        transport: undiciTransport(),
        redactor: new Redactor(),
        retry: QUICK,
      });
      const inventory = await read(api);
      const old = inventory.clients.find((c) => c.name === 'Old integration');
      expect(old?.roleGrants.map((g) => [g.divisionId, g.divisionName])).toEqual([[b.homeDivisionId, 'Home']]);
      expect(other.stats.byRoute['GET /api/v2/authorization/divisions/home']).toBe(1);
    } finally {
      await other.close();
    }
  });
});
