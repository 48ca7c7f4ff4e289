// What the action tells the runner: annotations, the job summary, outputs, and the failure
// of the step. Every audit result and every failure goes through here, so the views agree.
import * as core from '@actions/core';
import type { AuditResult } from '../audit.ts';
import { UserError } from '../errors.ts';
import { PolicyError } from '../policy/errors.ts';
import type { Redactor } from '../redactor.ts';
import { runAnnotations, type Annotation } from '../render/annotations.ts';
import { plain } from '../render/escape.ts';
import { renderFailureSummary } from '../render/summary.ts';

/** Log lines, annotations and outputs of an audit; the summary is written by the caller. */
export function reportAudit(result: AuditResult): void {
  const { evaluation, inventory } = result;
  core.info(
    `Audited ${inventory.clients.length} OAuth clients against ${result.policy.rules.length} rules: ${evaluation.findings.length} findings, ${evaluation.accepted.length} accepted by exceptions.`,
  );
  core.info(`Genesys Cloud requests: ${result.api.requests} (${result.api.throttled} rate-limited, ${result.api.retries} retries).`);
  for (const notice of inventory.notices) core.warning(plain(notice, 1000));
  for (const a of runAnnotations(result)) annotate(a);
  core.setOutput('findings', evaluation.findings.length);
  core.setOutput('errors', evaluation.counts.error);
  core.setOutput('warnings', evaluation.counts.warning);
  core.setOutput('notices', evaluation.counts.notice);
}

export async function reportFailure(err: unknown, redactor: Redactor): Promise<void> {
  core.setOutput('passed', 'false');
  if (err instanceof PolicyError) {
    for (const p of err.problems) annotate({ level: 'error', title: 'Invalid policy', message: p.message, location: p.location });
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

export function annotate(a: Annotation): void {
  const props = { title: plain(a.title, 200), file: a.location.file, startLine: a.location.line, startColumn: a.location.column };
  if (a.level === 'error') core.error(a.message, props);
  else if (a.level === 'warning') core.warning(a.message, props);
  else core.notice(a.message, props);
}

/** The CLI path has no GITHUB_STEP_SUMMARY; then the summary is skipped, not an error. */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown, true).write();
}
