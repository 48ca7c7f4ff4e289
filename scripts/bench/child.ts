// One measured audit in a process of its own, so that its peak memory is its own (not the
// emulator's, not the other implementation's). Started by runner.ts with a job as JSON in
// argv; prints one line of JSON: the timeline summary, the facts it reached, its max RSS.
//   node scripts/bench/child.ts '{"impl":"ours",...}'
//
// Scaled runs: with `timeScale` s > 1 the emulator's rate-limit window is 60 s ÷ s, and the
// client's clock runs s times faster so that its idea of "a minute" (our pacer's window, the
// baseline's fixed sleeps) shrinks with it. Retry-After stays in real seconds: it is the
// server's instruction.
import { setTimeout as delay } from 'node:timers/promises';
import type { Clock } from '../../src/genesys/clock.ts';
import type { Transport } from '../../src/genesys/transport.ts';
import { factSheet, inventoryFacts, type FactSheet } from './facts.ts';
import { summarize, type Exchange, type TimelineSummary } from './timeline.ts';

export interface ChildJob {
  impl: 'ours' | 'naive';
  url: string;
  clientId: string;
  clientSecret: string;
  timeScale: number;
  /** What the client's clock says at its start (epoch ms). */
  nowMs: number;
  /** Usage window for the baseline (ours takes it from the policy and the action's default). */
  usageDays: number;
  policyPath: string;
  /** The baseline's fixed sleep, in the client's time (divided by timeScale in real time). */
  naivePauseMs: number;
  /** Stop the baseline before its next client after this many real ms. */
  naiveDeadlineMs?: number;
}

export interface ChildResult {
  timeline: TimelineSummary;
  maxRssKb: number;
  facts: FactSheet;
  /** Usage days the audit read (0 = none). */
  usageDays: number;
  /** Clients listed, and read in full (fewer when the baseline was stopped). */
  listed: number;
  reached: number;
  complete: boolean;
}

/** The audit's default usage window (the action's `usage-days`). */
const USAGE_DAYS = 90;

function scaledClock(scale: number, startMs: number): Clock {
  const t0 = performance.now();
  return {
    now: () => startMs + (performance.now() - t0) * scale,
    sleep: (ms) => (ms > 0 ? delay(ms / scale) : Promise.resolve()),
  };
}

// Each implementation loads only its own modules, so that its peak memory is its own.
async function runOurs(job: ChildJob, exchanges: Exchange[]): Promise<Omit<ChildResult, 'timeline' | 'maxRssKb'>> {
  const { runAudit } = await import('../../src/audit.ts');
  const { pathOf, undiciTransport } = await import('../../src/genesys/transport.ts');
  const { Redactor } = await import('../../src/redactor.ts');
  const base = undiciTransport();
  const transport: Transport = async (req) => {
    const start = performance.now();
    const res = await base(req);
    exchanges.push({ start, end: performance.now(), method: req.method, path: pathOf(req.url), status: res.status, bytes: res.text.length });
    return res;
  };
  const result = await runAudit(
    {
      credentials: { clientId: job.clientId, clientSecret: job.clientSecret },
      apiBaseUrl: job.url,
      policyPath: job.policyPath,
      policyDisplayPath: 'policies/oauth-policy.yml',
      usageDays: USAGE_DAYS,
    },
    { redactor: new Redactor(), clock: scaledClock(job.timeScale, job.nowMs), transport },
  );
  const { clients } = result.inventory;
  return { facts: factSheet(inventoryFacts(result.inventory)), usageDays: result.inventory.usage?.days ?? 0, listed: clients.length, reached: clients.length, complete: true };
}

async function runNaive(job: ChildJob, exchanges: Exchange[]): Promise<Omit<ChildResult, 'timeline' | 'maxRssKb'>> {
  const { naiveInventory } = await import('./naive.ts');
  const clock = scaledClock(job.timeScale, job.nowMs);
  const result = await naiveInventory({
    baseUrl: job.url,
    clientId: job.clientId,
    clientSecret: job.clientSecret,
    pauseMs: job.naivePauseMs / job.timeScale,
    usageDays: job.usageDays,
    nowMs: () => clock.now(),
    ...(job.naiveDeadlineMs !== undefined && { deadline: performance.now() + job.naiveDeadlineMs }),
    observe: (e) => exchanges.push(e),
  });
  return { facts: factSheet(result.clients), usageDays: job.usageDays, listed: result.listed, reached: result.clients.length, complete: result.complete };
}

const job = JSON.parse(process.argv[2] ?? '{}') as ChildJob;
const exchanges: Exchange[] = [];
const outcome = job.impl === 'ours' ? await runOurs(job, exchanges) : await runNaive(job, exchanges);
const result: ChildResult = { ...outcome, timeline: summarize(exchanges), maxRssKb: process.resourceUsage().maxRSS };
// Exit at once: keep-alive sockets would hold the process open for seconds.
process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0));
