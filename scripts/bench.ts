// The benchmark: what users run (`node dist/index.js`, spawn to exit) against the emulator in
// another process with its own rate limit, beside the tutorial-style loop and the official
// JS SDK, each held to floors computed from the server's latency and limit. Prints the
// tables and writes BENCHMARKS.md. Needs `npm run build` first.
//   npm run bench                     the full benchmark (about 20 minutes on 2 cores)
//   npm run bench -- --smoke          CI's smoke check: a tiny org, a few seconds; exits 1 when
//                                     our request count differs from the computed minimum or a
//                                     run fails; asserts no timing; writes nothing
//   npm run bench -- --only a,b       only the named scenarios (ids in scripts/bench/configs.ts); writes nothing
// Exits 1 when a run comes in under its floor (a bug in the bound) or our run fails.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  FULL_BARE_NODE_RUNS,
  FULL_EVALUATION,
  FULL_RENDERING,
  FULL_SCENARIOS,
  SMOKE_BARE_NODE_RUNS,
  SMOKE_EVALUATION,
  SMOKE_RENDERING,
  SMOKE_SCENARIOS,
} from './bench/configs.ts';
import { readBenchInput } from './bench/bench-input.ts';
import { measureEvaluation } from './bench/evaluation.ts';
import { measureRendering } from './bench/rendering.ts';
import { problemsOf } from './bench/checks.ts';
import { bareNode, DIST_ENTRY, ROOT } from './bench/impls.ts';
import { describeMachine, distStaleness, distVersion } from './bench/machine.ts';
import { measure } from './bench/measured.ts';
import { consoleReport, markdownReport } from './bench/report.ts';
import { runScenario, type ScenarioResult } from './bench/runner.ts';
import { median } from './bench/stats.ts';
import { judgeTargets, type BareNode } from './bench/targets.ts';

const { values } = parseArgs({ options: { smoke: { type: 'boolean', default: false }, only: { type: 'string' } } });
const smoke = values.smoke;
const only = values.only?.split(',').map((s) => s.trim());
const log = (line: string) => console.error(`bench: ${line}`);

const all = smoke ? SMOKE_SCENARIOS : FULL_SCENARIOS;
const scenarios = all.filter((s) => !only || only.includes(s.id));
if (only && scenarios.length !== only.length) {
  console.error(`Unknown scenario id in --only; the scenarios are: ${all.map((s) => s.id).join(', ')}`);
  process.exit(2);
}
if (!existsSync(DIST_ENTRY)) {
  console.error('dist/index.js does not exist: run `npm run build` first (the benchmark times the built action).');
  process.exit(1);
}

const started = performance.now();
const warnings: string[] = [];
const stale = distStaleness(ROOT);
if (stale) warnings.push(stale);

log('node -e 0…');
const bare = await measureBareNode(smoke ? SMOKE_BARE_NODE_RUNS : FULL_BARE_NODE_RUNS);
log('evaluation…');
const inProcess = smoke ? SMOKE_EVALUATION : FULL_EVALUATION;
const benchInput = await readBenchInput(inProcess.clients);
const evaluation = measureEvaluation(benchInput, inProcess);
log('summary rendering…');
const rendering = measureRendering(benchInput, smoke ? SMOKE_RENDERING : FULL_RENDERING);
const results: ScenarioResult[] = [];
for (const sc of scenarios) results.push(await runScenario(sc, bare.minMs, log));

const problems = problemsOf(results, smoke);
const targets = smoke ? [] : judgeTargets(results, evaluation, rendering, bare);
const report = {
  machine: describeMachine(ROOT),
  results,
  evaluation,
  rendering,
  bare,
  targets,
  warnings,
  distVersion: distVersion(ROOT),
  elapsedMs: performance.now() - started,
};
console.log(consoleReport(report));
if (problems.length) {
  console.error(`\n${problems.join('\n')}`);
  process.exit(1);
}
if (smoke) console.log('\nSmoke check passed: every run completed, and in each our audit made exactly the computed minimum of requests.');
if (!smoke && !only) {
  writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), markdownReport(report));
  log('wrote BENCHMARKS.md');
}

async function measureBareNode(runs: number): Promise<BareNode> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-node-'));
  try {
    const times: number[] = [];
    // One untimed run first: it fills the file cache.
    for (let i = 0; i <= runs; i++) {
      const m = await measure({ ...bareNode(dir), timeoutMs: 60_000 });
      if (m.exitCode !== 0) throw new Error(`node -e 0 exited ${m.exitCode}: ${m.stderrTail}`);
      if (i > 0) times.push(m.wallMs);
    }
    return { runs, minMs: Math.min(...times), medianMs: median(times) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
