// The benchmark: how close an audit comes to the fewest requests and the shortest time the
// API allows, against a naive baseline, plus the policy engine's evaluation time and the
// action's cold start. Prints the tables and writes BENCHMARKS.md.
//   npm run bench                     the full benchmark (about 15 minutes)
//   npm run bench -- --smoke          CI's smoke check: a tiny org, a few seconds; exits 1 when
//                                     our request count differs from the computed minimum or a
//                                     run fails; writes nothing and asserts no timing
//   npm run bench -- --only a,b       only the named runs (ids in scripts/bench/configs.ts); writes nothing
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measureColdStart } from './bench/cold-start.ts';
import { FULL_COLD_STARTS, FULL_EVALUATION, FULL_RUNS, SMOKE_COLD_STARTS, SMOKE_EVALUATION, SMOKE_RUNS } from './bench/configs.ts';
import { measureEvaluation } from './bench/evaluation.ts';
import { specLabel } from './bench/format.ts';
import { describeMachine, distStaleness, distVersion } from './bench/machine.ts';
import { consoleReport, markdownReport } from './bench/report.ts';
import { runSpec, type SpecResult } from './bench/runner.ts';
import { judgeTargets } from './bench/targets.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { smoke: { type: 'boolean', default: false }, only: { type: 'string' } } });
const smoke = values.smoke;
const only = values.only?.split(',').map((s) => s.trim());
const log = (line: string) => console.error(`bench: ${line}`);

const started = performance.now();
const runs = (smoke ? SMOKE_RUNS : FULL_RUNS).filter((r) => !only || only.includes(r.id));
if (only && runs.length !== only.length) {
  console.error(`Unknown run id in --only; the runs are: ${FULL_RUNS.map((r) => r.id).join(', ')}`);
  process.exit(2);
}

log('evaluation…');
const evaluation = await measureEvaluation(smoke ? SMOKE_EVALUATION : FULL_EVALUATION);
const warnings: string[] = [];
let coldStart;
if (existsSync(path.join(root, 'dist', 'index.js'))) {
  log('cold start…');
  coldStart = await measureColdStart({ root, runs: smoke ? SMOKE_COLD_STARTS : FULL_COLD_STARTS });
  const stale = distStaleness(root);
  if (stale) warnings.push(stale);
} else {
  warnings.push('dist/index.js does not exist (run `npm run build`): the cold start was not measured.');
}

const results: SpecResult[] = [];
for (const spec of runs) results.push(await runSpec(spec, log));

const problems: string[] = [];
for (const r of results) {
  if (r.factsMismatch) problems.push(`${specLabel(r.spec)}: our audit and the baseline reached different facts: ${r.factsMismatch}`);
  if (smoke && r.ours.requests !== r.plan.total) {
    problems.push(`${specLabel(r.spec)}: our audit made ${r.ours.requests} requests, the computed minimum is ${r.plan.total} (${JSON.stringify(r.ours.byRoute)})`);
  }
}

// The smoke check judges no timing: on a tiny org with no latency, time says nothing.
const targets = smoke ? [] : judgeTargets(results, evaluation, coldStart);
const report = { machine: describeMachine(root), results, evaluation, coldStart, targets, warnings, distVersion: distVersion(root), elapsedMs: performance.now() - started };
console.log(consoleReport(report));
if (problems.length) {
  console.error(`\n${problems.join('\n')}`);
  process.exit(1);
}
if (smoke) console.log('\nSmoke check passed: in every run our audit made exactly the computed minimum of requests, and the baseline reached the same facts.');
if (!smoke && !only) {
  writeFileSync(path.join(root, 'BENCHMARKS.md'), markdownReport(report));
  log('wrote BENCHMARKS.md');
}
