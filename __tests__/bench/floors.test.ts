// The benchmark's floors are floors: on synthetic timelines against the emulator's own
// sliding-window limiter (not our pacer's model), no schedule of requests finishes before the
// floor, and the best schedule meets it exactly. And what fails the benchmark: a run under its
// floor, our request count off the minimum in the smoke check. No timing is measured here.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { problemsOf } from '../../scripts/bench/checks.ts';
import type { Scenario } from '../../scripts/bench/configs.ts';
import { createRateLimiter } from '../../scripts/bench/emulator-link.ts';
import { IMPLS } from '../../scripts/bench/impls.ts';
import { AUDIT_TASK, minimumPlan, runFloor, slidingWindowFloorMs, type OrgFacts, type ServerShape } from '../../scripts/bench/minimum.ts';
import type { ImplRun, ScenarioResult } from '../../scripts/bench/runner.ts';
import { wallRow } from '../../scripts/bench/targets.ts';

const shape = (over: Partial<ServerShape> = {}): ServerShape => ({
  limit: 300,
  windowMs: 60_000,
  latencyMs: 30,
  clientsPageSize: 0,
  legacyListing: false,
  usagePollsBeforeComplete: 1,
  ...over,
});

/**
 * When the last of `n` requests is answered, for a client that sends each request no earlier
 * than `delays[k]` after its token arrives. The server is the emulator's limiter: a request
 * is checked one latency after it is sent (the emulator's pipeline sleeps the latency first)
 * and answered at once. A prescient client times each request to arrive as a slot frees; a
 * reactive one learns from the 429 and sends again (another latency).
 */
function lastAnswer(n: number, server: ServerShape, delays: readonly number[], reactive = false): number {
  const limiter = createRateLimiter();
  const firstSend = server.latencyMs; // the token's round trip
  let answered = 0;
  let clock = 0;
  for (let k = 0; k < n; k++) {
    let check = Math.max(clock, firstSend + (delays[k] ?? 0) + server.latencyMs);
    for (let tries = 0; ; tries++) {
      const verdict = limiter.check('token', server.limit, server.windowMs, check);
      if (verdict.allowed) break;
      expect(tries).toBeLessThan(3);
      check += verdict.retryAfterMs + (reactive ? server.latencyMs : 0);
    }
    limiter.record('token', check);
    clock = check;
    answered = Math.max(answered, check);
  }
  return answered;
}

describe('sliding-window floor', () => {
  it('is met exactly by the best schedule and beaten by none', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_200 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 60_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.array(fc.nat(5_000), { maxLength: 50 }),
        (n, limit, windowMs, latencyMs, delays) => {
          const server = shape({ limit, windowMs, latencyMs });
          const floor = slidingWindowFloorMs(n, server);
          expect(lastAnswer(n, server, [])).toBe(floor);
          expect(lastAnswer(n, server, delays)).toBeGreaterThanOrEqual(floor);
          expect(lastAnswer(n, server, delays, true)).toBeGreaterThanOrEqual(floor);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is not requests ÷ rate: a run that fits one window may send everything at once', () => {
    const server = shape();
    expect(slidingWindowFloorMs(300, server)).toBe(60);
    expect(slidingWindowFloorMs(301, server)).toBe(60_060);
    expect(slidingWindowFloorMs(1_014, server)).toBe(3 * 60_000 + 60);
  });
});

const ORG: OrgFacts = { clients: 1_004, distinctRoles: 250, distinctDivisions: 39 };

describe('minimum and critical path', () => {
  it('counts the audit on the current and the legacy listing', () => {
    const current = minimumPlan(ORG, shape(), AUDIT_TASK);
    expect(current).toMatchObject({ token: 1, listing: 1, details: 0, roles: 3, divisions: 1, catalog: 2, usage: 3, total: 11, api: 10, criticalPath: 4 });
    const legacy = minimumPlan(ORG, shape({ legacyListing: true }), AUDIT_TASK);
    expect(legacy).toMatchObject({ details: 1_004, total: 1_015, criticalPath: 4 });
    expect(minimumPlan(ORG, shape({ legacyListing: true, clientsPageSize: 100 }), AUDIT_TASK).criticalPath).toBe(1 + 11 + 1 + 1);
  });

  it("counts a large org's usage window in spans, with the whole-window query posted before the count was known", () => {
    const task = { ...AUDIT_TASK, usageDays: 90 };
    // 1,004 clients × 90 days fits one answer's row budget; 20,004 do in spans of 4 days (23).
    expect(minimumPlan(ORG, shape(), task)).toMatchObject({ usage: 3, criticalPath: 4 });
    expect(minimumPlan({ ...ORG, clients: 20_004 }, shape(), task)).toMatchObject({ usage: 1 + 23 * 3, criticalPath: 1 + 1 + 3 });
  });

  it("counts each baseline's own task", () => {
    expect(minimumPlan(ORG, shape({ legacyListing: true }), IMPLS.tutorial.task)).toMatchObject({
      details: 1_004,
      divisions: 0,
      catalog: 0,
      usage: 0,
      total: 1_009,
      criticalPath: 4,
    });
    expect(minimumPlan(ORG, shape({ legacyListing: true }), IMPLS.sdk.task)).toMatchObject({ details: 0, total: 5, criticalPath: 3 });
  });

  it('takes the larger bound, plus bare Node', () => {
    const latencyBound = runFloor({ counted: 10, criticalPath: 4, server: shape(), bareNodeMs: 40 });
    expect(latencyBound).toMatchObject({ floorMs: 160, latencyMs: 120, rateMs: 60, bound: 'latency' });
    const rateBound = runFloor({ counted: 1_014, criticalPath: 4, server: shape(), bareNodeMs: 40 });
    expect(rateBound).toMatchObject({ floorMs: 40 + 180_060, bound: 'rate' });
    expect(runFloor({ counted: 0, criticalPath: 0, server: shape(), bareNodeMs: 40 }).floorMs).toBe(40);
  });
});

describe('what fails the benchmark', () => {
  const scenario: Scenario = {
    id: 'current-1000',
    scenario: 'large',
    clients: 1_000,
    listing: 'current',
    latencyMs: 30,
    limit: 300,
    impls: ['ours', 'sdk'],
    deadlineMs: 45_000,
  };
  const plan = minimumPlan(ORG, shape(), AUDIT_TASK);
  const floor = runFloor({ counted: plan.api, criticalPath: plan.criticalPath, server: shape(), bareNodeMs: 40 });
  const run = (over: Partial<ImplRun>): ImplRun => ({
    impl: 'ours',
    outcome: 'complete',
    reached: 1_004,
    wallMs: 700,
    requests: plan.total,
    throttled: 0,
    byRoute: {},
    peakConcurrent: 4,
    serverCpuMs: 120,
    serverMainCpuMs: 90,
    bytesSent: 5_000_000,
    plan,
    floor,
    ...over,
  });
  const result = (runs: ImplRun[]): ScenarioResult => ({ scenario, facts: ORG, shape: shape(), runs, serverMaxRssKb: 0 });

  it('passes a run above its floor at the minimum', () => {
    expect(problemsOf([result([run({})])], false)).toEqual([]);
    expect(problemsOf([result([run({})])], true)).toEqual([]);
  });

  it('fails a run under its floor, but not in the smoke check', () => {
    const fast = result([run({ wallMs: floor.floorMs - 1 })]);
    expect(problemsOf([fast], false)).toEqual([expect.stringContaining('under its floor')]);
    expect(problemsOf([fast], true)).toEqual([]);
  });

  it('fails our requests off the minimum in the smoke check, and any failed run there', () => {
    expect(problemsOf([result([run({ requests: plan.total + 1 })])], true)).toEqual([expect.stringContaining('the computed minimum is 11')]);
    const sdkFailed = run({ impl: 'sdk', outcome: 'failed', error: 'HTTP 429: Rate limit exceeded', wallMs: 5_000 });
    expect(problemsOf([result([run({}), sdkFailed])], true)).toEqual([expect.stringContaining('HTTP 429')]);
    expect(problemsOf([result([run({}), sdkFailed])], false)).toEqual([]);
  });

  it('fails our run when it fails, in both modes', () => {
    const failed = result([run({ outcome: 'failed', error: 'dist/index.js exited 2 without a verdict' })]);
    expect(problemsOf([failed], false)).toEqual([expect.stringContaining('without a verdict')]);
  });

  describe('a wall target the emulator itself puts out of reach', () => {
    const bare = { runs: 5, minMs: 40, medianMs: 45 };

    it('says so where the bare start and the server main thread pass what the target allows, and keeps the verdict', () => {
      // Floor 160 ms at 3×: 480 ms allowed; 40 + 1,200 ms of the server's main thread is past it.
      const row = wallRow('20,004 clients', run({ wallMs: 3_000, serverMainCpuMs: 1_200 }), 3, bare);
      expect(row.met).toBe(false);
      expect(row.measured).toContain('out of reach against this emulator: its main thread spent 1.20 s answering this run');
      expect(row.measured).toContain('no process finishes it under 1.24 s, over the 480 ms allowed');
    });

    it('says nothing where the server leaves room, met or not', () => {
      const missed = wallRow('1,004 clients', run({ wallMs: 500, serverMainCpuMs: 90 }), 2, bare);
      expect(missed).toMatchObject({ met: false, measured: '500 ms vs 160 ms: 3.13×' });
      expect(wallRow('1,004 clients', run({ wallMs: 300, serverMainCpuMs: 90 }), 2, bare)).toMatchObject({ met: true, measured: '300 ms vs 160 ms: 1.88×' });
    });
  });
});
