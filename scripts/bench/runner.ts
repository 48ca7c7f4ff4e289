// Runs one benchmark configuration: starts the emulator's `large` org with the configuration's
// knobs, computes the minimum and the lower bound from it, then runs our audit and (when
// asked) the naive baseline one after the other, each in its own child process, counting on
// the emulator's side what each one asked for. Checks that both reached the same facts.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator, type EmulatorHandle, type Knobs } from '../../emulator/index.ts';
import type { ChildJob, ChildResult } from './child.ts';
import { factsDiffer } from './facts.ts';
import { minimumPlan, wallBound, type RequestPlan, type WallBound } from './minimum.ts';

export type Regime = 'rate-bound' | 'latency-bound';

export interface RunSpec {
  id: string;
  regime: Regime;
  listing: 'current' | 'legacy';
  clients: number;
  /** Requests per window, and the window (60 s, or 60 s ÷ timeScale in a scaled run). */
  rateLimit: number;
  windowMs: number;
  /** Latency per request: latencyMs plus up to jitterMs more. */
  latencyMs: number;
  jitterMs: number;
  /** 1 = real time; 10 = the same shape ten times faster (window, latency, sleeps). */
  timeScale: number;
  /** Run the baseline too; deadlineMs stops it early (real ms). */
  naive?: { deadlineMs?: number };
  /** Compare with the baseline of another run instead (same org; the baseline's requests are the same). */
  baselineFrom?: string;
}

export interface ImplRun {
  /** Requests the emulator received, the token included; 429s among them. */
  requests: number;
  apiRequests: number;
  throttled: number;
  byRoute: Record<string, number>;
  peakConcurrent: number;
  child: Omit<ChildResult, 'facts'>;
}

export interface SpecResult {
  spec: RunSpec;
  knobs: Knobs;
  plan: RequestPlan;
  bound: WallBound;
  ours: ImplRun;
  naive?: ImplRun;
  /** Why ours and the baseline disagree on the facts; undefined = they agree. */
  factsMismatch?: string;
}

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'child.ts');
const POLICY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../policies/oauth-policy.yml');
/** The tutorials' fixed sleep, in unscaled time. */
export const NAIVE_PAUSE_MS = 500;

export async function runSpec(spec: RunSpec, log: (line: string) => void): Promise<SpecResult> {
  const emu = await startEmulator({
    scenario: 'large',
    params: { clients: spec.clients, seed: 1 },
    knobs: {
      latencyMs: spec.latencyMs,
      latencyJitterMs: spec.jitterMs,
      rateLimitPerMinute: spec.rateLimit,
      rateLimitWindowMs: spec.windowMs,
      tokenRateLimitPerMinute: spec.rateLimit,
      legacyListing: spec.listing === 'legacy',
    },
  });
  try {
    const knobs = { ...emu.knobs };
    const plan = minimumPlan(emu.org, knobs, { usage: true });
    const job: ChildJob = { impl: 'ours', url: emu.url, ...emu.credentials(), timeScale: spec.timeScale, nowMs: emu.now(), usageDays: 0, policyPath: POLICY, naivePauseMs: NAIVE_PAUSE_MS };
    log(`${spec.id}: ours…`);
    const ours = await measure(emu, job);
    const result: SpecResult = { spec, knobs, plan, bound: wallBound(plan, knobs), ours: ours.run };
    if (spec.naive) {
      log(`${spec.id}: naive baseline${spec.naive.deadlineMs ? ` (stopped after ${spec.naive.deadlineMs / 1000} s)` : ''}…`);
      const naive = await measure(emu, { ...job, impl: 'naive', usageDays: ours.child.usageDays, naiveDeadlineMs: spec.naive.deadlineMs });
      result.naive = naive.run;
      result.factsMismatch = factsDiffer(ours.child.facts, naive.child.facts, !naive.child.complete);
    }
    return result;
  } finally {
    await emu.close();
  }
}

async function measure(emu: EmulatorHandle, job: ChildJob): Promise<{ run: ImplRun; child: ChildResult }> {
  emu.resetStats();
  emu.resetRateLimits();
  const child = await runChild(job);
  const { stats } = emu;
  const { facts: _facts, ...summary } = child;
  return {
    run: {
      requests: stats.requests + stats.tokenRequests,
      apiRequests: stats.requests,
      throttled: stats.throttled,
      byRoute: { ...stats.byRoute },
      peakConcurrent: stats.peakConcurrent,
      child: summary,
    },
    child,
  };
}

function runChild(job: ChildJob): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, JSON.stringify(job)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      const text = Buffer.concat(out).toString('utf8').trim();
      if (code !== 0 || !text) {
        reject(new Error(`the ${job.impl} audit failed (exit ${code}): ${Buffer.concat(err).toString('utf8').trim().slice(-2000)}`));
        return;
      }
      resolve(JSON.parse(text.slice(text.lastIndexOf('\n') + 1)) as ChildResult);
    });
  });
}
