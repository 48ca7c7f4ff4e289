// The GitHub Action: inputs and event → an audit (schedule, push, workflow_dispatch) or the
// pull-request gate → job summary, annotations, outputs → pass or fail.
import * as core from '@actions/core';
import { runAudit } from '../audit.ts';
import { readRunEvent } from '../github/event.ts';
import { Redactor } from '../redactor.ts';
import { readActionInputs, requireCredentials, type ActionInputs } from './inputs.ts';
import { reportAudit, reportFailure, reportVerdict, rulesDocUrl, writeReportFiles, writeSummary } from './report.ts';
import { resolveEndpoints } from '../genesys/regions.ts';
import { VERDICT_SLOTS } from '../render/annotations.ts';
import { buildReport } from '../render/model.ts';
import { orgRef } from '../render/org.ts';
import { renderSummaryOf } from '../render/summary.ts';

export interface ActionEnv {
  workspace: string;
  env: Record<string, string | undefined>;
}

export async function run(env: ActionEnv = defaultEnv()): Promise<void> {
  const redactor = new Redactor();
  redactor.onSecret((s) => core.setSecret(s));
  try {
    // Known before anything can fail, so that no error message can carry them.
    for (const secret of ['client-secret', 'github-token']) redactor.add(core.getInput(secret).trim() || undefined);
    const inputs = readActionInputs((name) => core.getInput(name), env.workspace);
    redactor.add(inputs.credentials?.clientSecret);
    redactor.add(inputs.gate.githubToken);
    const event = await readRunEvent(env.env);
    if (event.pullRequest) {
      // Loaded only for pull requests: Octokit and the gate are half the bundle, and every
      // scheduled run would pay to compile them before its first request.
      const { runPullRequestGate } = await import('./gate-run.ts');
      await runPullRequestGate({ inputs, event, pr: event.pullRequest, workspace: env.workspace, redactor, githubApiUrl: env.env.GITHUB_API_URL, now: () => new Date() });
    } else {
      await runScheduledAudit(inputs, redactor, env);
    }
  } catch (err) {
    await reportFailure(err, redactor);
  }
}

/** Schedule, push, workflow_dispatch: the org against the policy as it is. */
async function runScheduledAudit(inputs: ActionInputs, redactor: Redactor, env: ActionEnv): Promise<void> {
  const credentials = requireCredentials(inputs.credentials);
  const result = await runAudit({ ...inputs.audit, credentials }, { redactor });
  // One model for every view: summary, annotations, SARIF, JSON and CSV agree by construction.
  const model = buildReport(result, { org: orgRef(resolveEndpoints(inputs.audit).apiBaseUrl, credentials.clientId), rulesDocUrl: rulesDocUrl(env.env) });
  reportAudit(result, model, VERDICT_SLOTS);
  await writeReportFiles(model, inputs.reports);
  await writeSummary(renderSummaryOf(model));
  reportVerdict(model);
}

function defaultEnv(): ActionEnv {
  return { workspace: process.env.GITHUB_WORKSPACE || process.cwd(), env: process.env };
}
