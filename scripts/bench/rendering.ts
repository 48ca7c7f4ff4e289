// Summary rendering time: report model → job summary markdown (buildReport + renderSummaryOf)
// on the bench input (bench-input.ts). Cold: the first call in a fresh process, as the action
// renders, each cold run a process of its own (rendering-job.ts); hot: in this process, after
// a warm-up. Each part is timed apart, and their sum.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchInput } from './bench-input.ts';
import { afterWarmup, spread, type Spread } from './stats.ts';
import { summaryJob, timeSummary, type SummaryTiming } from './summary-run.ts';

export interface RenderingTimes {
  runs: number;
  build: Spread;
  summary: Spread;
  total: Spread;
}

export interface RenderingResult {
  clients: number;
  findings: number;
  summaryBytes: number;
  cold: RenderingTimes;
  hot: RenderingTimes;
}

const JOB = path.join(path.dirname(fileURLToPath(import.meta.url)), 'rendering-job.ts');

export function measureRendering(input: BenchInput, opts: { coldRuns: number; runs: number; warmup: number }): RenderingResult {
  const job = summaryJob(input);
  const cold = coldTimings(input, opts.coldRuns);
  const hot = afterWarmup(opts, () => timeSummary(job));
  return {
    clients: input.inventory.clients.length,
    findings: job.input.evaluation.findings.length,
    summaryBytes: (hot[0] ?? cold[0])?.bytes ?? 0,
    cold: times(cold),
    hot: times(hot),
  };
}

/** One fresh process per run, fed the same input through a file. */
function coldTimings(input: BenchInput, runs: number): SummaryTiming[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-rendering-'));
  try {
    const file = path.join(dir, 'input.json');
    writeFileSync(file, JSON.stringify(input));
    return Array.from({ length: runs }, () => JSON.parse(execFileSync(process.execPath, [JOB, file], { encoding: 'utf8' })) as SummaryTiming);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function times(ts: readonly SummaryTiming[]): RenderingTimes {
  return {
    runs: ts.length,
    build: spread(ts.map((t) => t.buildMs)),
    summary: spread(ts.map((t) => t.summaryMs)),
    total: spread(ts.map((t) => t.buildMs + t.summaryMs)),
  };
}
