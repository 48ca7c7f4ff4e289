// What makes the benchmark exit 1: our run failed; a run came in under its floor (the bound
// is wrong: not judged in the smoke check, which asserts no timing); and in the smoke check,
// our request count differing from the computed minimum or any baseline failing.
import { count, scenarioLabel } from './format.ts';
import { IMPLS } from './impls.ts';
import type { ScenarioResult } from './runner.ts';

export function problemsOf(results: readonly ScenarioResult[], smoke: boolean): string[] {
  const problems: string[] = [];
  for (const r of results) {
    const label = scenarioLabel(r.scenario, r.scenario.clients === undefined ? undefined : r.facts.clients);
    for (const run of r.runs) {
      const who = `${label}, ${IMPLS[run.impl].label}`;
      if ((run.impl === 'ours' || smoke) && run.outcome !== 'complete') problems.push(`${who}: ${run.error ?? run.outcome}`);
      if (smoke && run.impl === 'ours' && run.outcome === 'complete' && run.requests !== run.plan.total) {
        problems.push(`${who}: made ${count(run.requests)} requests, the computed minimum is ${count(run.plan.total)} (${JSON.stringify(run.byRoute)})`);
      }
      if (!smoke && run.wallMs < run.floor.floorMs)
        problems.push(`${who}: wall ${run.wallMs.toFixed(1)} ms is under its floor ${run.floor.floorMs.toFixed(1)} ms: the bound is wrong`);
    }
  }
  return problems;
}
