// One summary rendering as the scheduled action does it: the report model built from the
// audit's result (buildReport, with the org, the rules' docs and the drift of a first run),
// then the job summary rendered from it (renderSummaryOf), each timed.
import { judge } from '../../src/audit.ts';
import { compareRuns } from '../../src/drift/compare.ts';
import { parsePolicy } from '../../src/policy/load.ts';
import { buildReport, type ReportContext, type ReportInput } from '../../src/render/model.ts';
import { renderSummaryOf } from '../../src/render/summary.ts';
import type { BenchInput } from './bench-input.ts';

export interface SummaryJob {
  input: ReportInput;
  context: ReportContext;
}

export interface SummaryTiming {
  buildMs: number;
  summaryMs: number;
  bytes: number;
}

/** The evaluated audit, outside the timing: what the action holds when it starts reporting. */
export function summaryJob(bench: BenchInput): SummaryJob {
  const policy = parsePolicy(bench.policyName, bench.policyText);
  const input = { policy, inventory: bench.inventory, ...judge(policy, bench.inventory, undefined, new Date(bench.now)) };
  const drift = compareRuns({ kind: 'none', reason: 'this is the first run with a tracking issue' }, input.evaluation.findings, bench.inventory.clients);
  return { input, context: { org: { host: 'api.mypurecloud.com', key: 'bench' }, drift: { drift, failOnNew: false } } };
}

export function timeSummary(job: SummaryJob): SummaryTiming {
  const start = performance.now();
  const model = buildReport(job.input, job.context);
  const built = performance.now();
  const summary = renderSummaryOf(model);
  const end = performance.now();
  return { buildMs: built - start, summaryMs: end - built, bytes: Buffer.byteLength(summary, 'utf8') };
}
