// Runs one scenario: starts the emulator in a process of its own, computes each
// implementation's minimum from the org the emulator serves, then runs each implementation
// as its own process, one after the other (the server's counters and rate limits reset in
// between), and reads what the server saw.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OURS_TIMEOUT_MS, WINDOW_MS, type Scenario } from './configs.ts';
import { IMPLS, launchOf, oursCompleted, type ImplName } from './impls.ts';
import { measure } from './measured.ts';
import { minimumPlan, runFloor, type Floor, type OrgFacts, type RequestPlan, type ServerShape } from './minimum.ts';
import type { BaselineOutcome } from './baseline-job.ts';
import { ServerProcess, type ServerReply } from './server-process.ts';

type ServerReady = Extract<ServerReply, { type: 'ready' }>;

export type Outcome = 'complete' | 'stopped at deadline' | 'failed';

export interface ImplRun {
  impl: ImplName;
  outcome: Outcome;
  /** Why it failed, in one sentence. */
  error?: string;
  /** Clients listed and resolved (the baselines say; ours resolves all or fails). */
  reached: number;
  wallMs: number;
  /** Spawn to the first request's arrival at the server. */
  startMs?: number;
  /** The server's last answer to the process's exit: local work that no request overlaps. */
  tailMs?: number;
  peakRssKb?: number;
  /** The measured process's own CPU (user + system, all its threads). */
  cpuMs?: number;
  /** Everything the server received, the token included; 429s among them. */
  requests: number;
  throttled: number;
  byRoute: Record<string, number>;
  peakConcurrent: number;
  /** The server's CPU while it served this run (all of it, and its main thread's), and the bytes it wrote. */
  serverCpuMs: number;
  serverMainCpuMs: number;
  bytesSent: number;
  /** The minimum of this implementation's task on this org. */
  plan: RequestPlan;
  floor: Floor;
}

export interface ScenarioResult {
  scenario: Scenario;
  facts: OrgFacts;
  shape: ServerShape;
  runs: ImplRun[];
  serverMaxRssKb: number;
}

export async function runScenario(sc: Scenario, bareNodeMs: number, log: (line: string) => void): Promise<ScenarioResult> {
  const { server, ready } = await ServerProcess.start({
    scenario: sc.scenario,
    ...(sc.clients !== undefined && { clients: sc.clients }),
    latencyMs: sc.latencyMs,
    limit: sc.limit,
    windowMs: WINDOW_MS,
    legacyListing: sc.listing === 'legacy',
  });
  const runs: ImplRun[] = [];
  let serverMaxRssKb = 0;
  try {
    for (const impl of sc.impls) {
      const times = impl === 'ours' ? (sc.repeat ?? 1) : 1;
      for (let i = 0; i < times; i++) {
        log(`${sc.id}: ${IMPLS[impl].label}${times > 1 ? ` ${i + 1}/${times}` : ''}…`);
        const run = await runImpl(impl, sc, server, ready, bareNodeMs);
        serverMaxRssKb = (await server.stats()).serverMaxRssKb;
        runs.push(run);
      }
    }
  } finally {
    await server.close();
  }
  return { scenario: sc, facts: ready.facts, shape: ready.shape, runs, serverMaxRssKb };
}

async function runImpl(impl: ImplName, sc: Scenario, server: ServerProcess, ready: ServerReady, bareNodeMs: number): Promise<ImplRun> {
  const dir = mkdtempSync(path.join(tmpdir(), `bench-${impl}-`));
  try {
    await server.reset();
    const launch = launchOf(impl, { url: ready.url, ...ready.credentials }, dir, sc.deadlineMs);
    const m = await measure({ ...launch, timeoutMs: impl === 'ours' ? OURS_TIMEOUT_MS : sc.deadlineMs + 60_000 });
    const stats = await server.stats();
    const plan = minimumPlan(ready.facts, ready.shape, IMPLS[impl].task);
    const verdict =
      impl === 'ours' ? oursVerdict(dir, m.exitCode, m.timedOut, m.stderrTail, ready.facts.clients) : baselineVerdict(m.stdout, m.timedOut, m.stderrTail);
    const floor = runFloor({
      counted: stats.apiRequests - stats.throttled,
      criticalPath: verdict.outcome === 'complete' ? plan.criticalPath : 0,
      server: ready.shape,
      bareNodeMs,
    });
    return {
      impl,
      ...verdict,
      wallMs: m.wallMs,
      ...(stats.firstRequestAt !== undefined && { startMs: stats.firstRequestAt - m.spawnedAt }),
      ...(stats.lastAnswerAt !== undefined && { tailMs: m.spawnedAt + m.wallMs - stats.lastAnswerAt }),
      ...(m.peakRssKb !== undefined && { peakRssKb: m.peakRssKb }),
      ...(m.cpuMs !== undefined && { cpuMs: m.cpuMs }),
      requests: stats.apiRequests + stats.tokenRequests,
      throttled: stats.throttled,
      byRoute: stats.byRoute,
      peakConcurrent: stats.peakConcurrent,
      serverCpuMs: stats.serverCpuMs,
      serverMainCpuMs: stats.serverMainCpuMs,
      bytesSent: stats.bytesSent,
      plan,
      floor,
    } satisfies ImplRun;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Verdict = Pick<ImplRun, 'outcome' | 'error' | 'reached'>;

function oursVerdict(dir: string, exitCode: number | null, timedOut: boolean, stderr: string, clients: number): Verdict {
  if (timedOut) return { outcome: 'failed', error: `killed after ${OURS_TIMEOUT_MS / 60_000} min`, reached: 0 };
  const failure = oursCompleted(dir, exitCode);
  return failure ? { outcome: 'failed', error: `${failure}: ${lastLine(stderr)}`, reached: 0 } : { outcome: 'complete', reached: clients };
}

function baselineVerdict(stdout: string, timedOut: boolean, stderr: string): Verdict {
  const line = stdout.trim().split('\n').at(-1) ?? '';
  let out: BaselineOutcome;
  try {
    out = JSON.parse(line) as BaselineOutcome;
  } catch {
    return { outcome: 'failed', error: timedOut ? 'killed: it did not stop at its deadline' : `it crashed: ${lastLine(stderr)}`, reached: 0 };
  }
  if (out.complete) return { outcome: 'complete', reached: out.reached };
  if (out.stopped === 'deadline') return { outcome: 'stopped at deadline', reached: out.reached };
  return { outcome: 'failed', error: out.error ?? 'it failed without saying why', reached: out.reached };
}

function lastLine(text: string): string {
  return (text.trim().split('\n').at(-1) ?? '').slice(0, 300);
}
