// The action once its inputs are read: an audit (schedule, push, workflow_dispatch) or the
// pull-request gate → job summary, annotations, outputs → pass or fail. Loaded by main.ts
// while the token exchange it started is in flight.
import * as core from '@actions/core';
import { runAudit } from '../audit.ts';
import type { GenesysClient } from '../genesys/client.ts';
import { readRunEvent } from '../github/event.ts';
import type { Redactor } from '../redactor.ts';
import { requireCredentials, type ActionInputs } from './inputs.ts';
import type { ActionEnv, Begun } from './main.ts';
import { reportAudit, reportFailure, reportVerdict, rulesDocUrl, writeReportFiles, writeSummary } from './report.ts';
import { resolveEndpoints } from '../genesys/regions.ts';
import { buildReport } from '../render/model.ts';
import { orgRef } from '../render/org.ts';
import { renderSummaryOf } from '../render/summary.ts';
import { passes } from '../evaluate/findings.ts';
import { auditingClientId } from '../genesys/token.ts';
import { loadPolicyFile } from '../policy/load.ts';

export async function act(begun: Begun, env: ActionEnv, redactor: Redactor): Promise<void> {
  redactor.onSecret((s) => core.setSecret(s));
  try {
    if ('failure' in begun) throw begun.failure;
    const { inputs, org: client } = begun;
    if (inputs.merge) {
      await runMerge(inputs.merge, env.workspace);
      return;
    }
    const event = await readRunEvent(env.env);
    if (event.pullRequest) {
      // Loaded only for pull requests: Octokit and the gate are half the bundle, and every
      // scheduled run would pay to compile them before its first request.
      const { runPullRequestGate } = await import('./gate-run.ts');
      await runPullRequestGate({
        inputs,
        event,
        pr: event.pullRequest,
        workspace: env.workspace,
        redactor,
        githubApiUrl: env.env.GITHUB_API_URL,
        now: () => new Date(),
      });
    } else {
      await runScheduledAudit(inputs, redactor, env, client);
    }
  } catch (err) {
    begun.org?.cancel();
    await reportFailure(err, redactor);
  }
}

/** Schedule, push, workflow_dispatch: the org against the policy as it is. */
async function runScheduledAudit(inputs: ActionInputs, redactor: Redactor, env: ActionEnv, client: GenesysClient | undefined): Promise<void> {
  // Without credentials the policy is still checked, so its problems are reported either way.
  if (!inputs.credentials) await loadPolicyFile(inputs.audit.policyPath, inputs.audit.policyDisplayPath);
  const credentials = requireCredentials(inputs.credentials);
  const result = await runAudit({ ...inputs.audit, credentials }, { redactor, api: client });
  const { apiBaseUrl } = resolveEndpoints(inputs.audit);
  const org = orgRef(apiBaseUrl, auditingClientId(credentials) ?? '');
  // Loaded after the audit: Octokit is a third of the bundle, and the first request to
  // Genesys Cloud must not wait for it to compile.
  const { openTracking, publishRun, rememberRun } = await import('./tracking-run.ts');
  const tracking = openTracking({
    mode: inputs.tracking.issue,
    githubToken: inputs.gate.githubToken,
    apiHost: org.host,
    policyFile: inputs.audit.policyDisplayPath,
    reportKey: inputs.gate.reportKey,
    clientSecret: 'clientSecret' in credentials ? credentials.clientSecret : undefined,
    env: env.env,
  });
  const memory = await rememberRun(tracking, result.evaluation.findings, result.inventory);
  const { failOnNew } = inputs.tracking;
  const decisive = failOnNew ? memory.drift.newFindings : result.evaluation.findings;
  const passed = passes({ findings: decisive }, result.failOn);
  // One model for every view: summary, annotations, SARIF, JSON, CSV and the issue agree by construction.
  const model = buildReport({ ...result, passed, decisive }, { org, rulesDocUrl: rulesDocUrl(env.env), drift: { drift: memory.drift, failOnNew } });
  reportAudit(result, model, TRACKING_SLOTS);
  await writeReportFiles(model, inputs.reports);
  await writeSummary(renderSummaryOf(model));
  core.setOutput('new-findings', memory.drift.newFindings.length);
  core.setOutput('resolved-findings', memory.drift.resolved.length);
  await publishRun(memory, model, result.policy, result.inventory, result.evaluation.findings);
  reportVerdict(model);
}

/** The verdict, and room for the tracking issue's warning and the baseline's notice. */
const TRACKING_SLOTS = { error: 1, warning: 2, notice: 3 };

/** `merge-reports`: the matrix's fan-in, one summary for every org. */
async function runMerge(merge: NonNullable<ActionInputs['merge']>, workspace: string): Promise<void> {
  // A fan-in job only: the report schema's validator is not for every audit to load.
  const [{ mergeReports }, { readReports }, { renderFanIn }] = await Promise.all([
    import('../fan-in/merge.ts'),
    import('../fan-in/read-reports.ts'),
    import('../render/fan-in.ts'),
  ]);
  const merged = mergeReports(await readReports(merge.patterns, workspace), merge.expected);
  await writeSummary(renderFanIn(merged));
  core.setOutput('passed', String(merged.passed));
  const failing = merged.orgs.filter((o) => !o.passed).length;
  core.info(`Merged ${merged.orgs.length} reports: ${failing} orgs fail${merged.problems.length ? `; ${merged.problems.length} problems` : ''}.`);
  for (const p of merged.problems.slice(0, 9)) core.error(p);
  if (!merged.passed)
    core.setFailed(
      merged.problems.length
        ? `The merge failed: ${merged.problems[0]}`
        : `${failing} of ${merged.orgs.length} orgs fail the OAuth client policy (see the job summary).`,
    );
}
