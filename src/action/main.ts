// The GitHub Action: inputs → audit → job summary, annotations, outputs → pass or fail.
import * as core from '@actions/core';
import { runAudit, type AuditResult } from '../audit.ts';
import { UserError } from '../errors.ts';
import { PolicyError } from '../policy/errors.ts';
import { Redactor } from '../redactor.ts';
import { runAnnotations, type Annotation } from '../render/annotations.ts';
import { renderFailureSummary, renderSummary } from '../render/summary.ts';
import { plain } from '../render/escape.ts';
import { readActionConfig } from './inputs.ts';

export interface ActionEnv {
  workspace: string;
}

export async function run(env: ActionEnv = defaultEnv()): Promise<void> {
  const redactor = new Redactor();
  redactor.onSecret((s) => core.setSecret(s));
  try {
    const config = readActionConfig((name) => core.getInput(name), env.workspace);
    redactor.add(config.credentials.clientSecret);
    const result = await runAudit(config, { redactor });
    await report(result);
  } catch (err) {
    await reportFailure(err, redactor);
  }
}

async function report(result: AuditResult): Promise<void> {
  const { evaluation, inventory } = result;
  core.info(
    `Audited ${inventory.clients.length} OAuth clients against ${result.policy.rules.length} rules: ${evaluation.findings.length} findings, ${evaluation.accepted.length} accepted by exceptions.`,
  );
  core.info(`Genesys Cloud requests: ${result.api.requests} (${result.api.throttled} rate-limited, ${result.api.retries} retries).`);
  for (const notice of inventory.notices) core.warning(plain(notice, 1000));
  for (const a of runAnnotations(result)) annotate(a);
  await writeSummary(renderSummary(result));
  core.setOutput('findings', evaluation.findings.length);
  core.setOutput('errors', evaluation.counts.error);
  core.setOutput('warnings', evaluation.counts.warning);
  core.setOutput('notices', evaluation.counts.notice);
  core.setOutput('passed', String(result.passed));
  if (!result.passed) {
    core.setFailed(`${evaluation.findings.length} findings at or above fail-on "${result.failOn}" (see the job summary).`);
  }
}

async function reportFailure(err: unknown, redactor: Redactor): Promise<void> {
  core.setOutput('passed', 'false');
  if (err instanceof PolicyError) {
    for (const p of err.problems) {
      annotate({ level: 'error', title: 'Invalid policy', message: p.message, location: p.location });
    }
    await writeSummary(renderFailureSummary('the policy file is invalid', err.problems.map((p) => `${p.location.file}:${p.location.line}:${p.location.column}: ${p.message}`)));
    core.setFailed(`The policy file is invalid (${err.problems.length} problem${err.problems.length === 1 ? '' : 's'}); see the annotations.`);
    return;
  }
  if (err instanceof UserError) {
    const message = redactor.redact(err.message);
    await writeSummary(renderFailureSummary('the audit could not run', [message]));
    core.setFailed(plain(message, 2000));
    return;
  }
  // A bug: keep the stack for us, but never a secret.
  const text = redactor.redact(err instanceof Error ? (err.stack ?? err.message) : String(err));
  core.setFailed(`Unexpected error (please report it): ${text}`);
}

function annotate(a: Annotation): void {
  const props = { title: plain(a.title, 200), file: a.location.file, startLine: a.location.line, startColumn: a.location.column };
  if (a.level === 'error') core.error(a.message, props);
  else if (a.level === 'warning') core.warning(a.message, props);
  else core.notice(a.message, props);
}

/** The CLI path has no GITHUB_STEP_SUMMARY; then the summary is skipped, not an error. */
async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown, true).write();
}

function defaultEnv(): ActionEnv {
  return { workspace: process.env.GITHUB_WORKSPACE || process.cwd() };
}
