// What the action tells the runner: annotations, the job summary, report files, outputs,
// and the failure of the step. Every audit result and every failure goes through here, so
// the views agree.
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, UserError } from '../errors.ts';
import { PolicyError } from '../policy/errors.ts';
import type { Redactor } from '../redactor.ts';
import { capPerLevel, runAnnotations, verdictAnnotation, type Annotation, type Reserved } from '../render/annotations.ts';
import { renderInventoryCsv } from '../render/csv.ts';
import { noCommand, plain } from '../render/escape.ts';
import { renderJson } from '../render/json.ts';
import { buildReport, DEFAULT_RULES_DOC_URL, type ReportInput, type ReportModel } from '../render/model.ts';
import { renderSarif } from '../render/sarif.ts';
import { renderFailureSummary } from '../render/summary.ts';

/** Files the action writes besides the summary (absolute paths; undefined = not asked for). */
export interface ReportFiles {
  sarifFile?: string;
  reportFile?: string;
  inventoryCsv?: string;
}

/**
 * Slots the pull-request gate keeps for itself: its failure message, and up to three warnings
 * (live evaluation skipped, comment skipped, base policy invalid).
 */
export const GATE_SLOTS: Reserved = { error: 1, warning: 3, notice: 1 };

/** Log lines, annotations and counts of an audit; the summary and verdict are the caller's. */
export function reportAudit(
  result: ReportInput & { api?: { requests: number; throttled: number; retries: number } },
  model: ReportModel = buildReport(result),
  reserved: Reserved = GATE_SLOTS,
): void {
  const { evaluation, inventory } = result;
  core.info(
    `Audited ${inventory.clients.length} OAuth clients against ${result.policy.rules.length} rules: ${evaluation.findings.length} findings, ${evaluation.accepted.length} accepted by exceptions.`,
  );
  if (result.api) core.info(`Genesys Cloud requests: ${result.api.requests} (${result.api.throttled} rate-limited, ${result.api.retries} retries).`);
  for (const a of runAnnotations(model, reserved)) annotate(a);
  core.setOutput('findings', evaluation.findings.length);
  core.setOutput('errors', evaluation.counts.error);
  core.setOutput('warnings', evaluation.counts.warning);
  core.setOutput('notices', evaluation.counts.notice);
}

/** The verdict, in the slot runAnnotations keeps for it: the step's failure, or a notice. */
export function reportVerdict(model: ReportModel): void {
  core.setOutput('passed', String(model.passed));
  const verdict = verdictAnnotation(model);
  if (verdict.level === 'error') core.setFailed(verdict.message);
  else annotate(verdict);
}

/** Writes the report files asked for and sets an output with each path. */
export async function writeReportFiles(model: ReportModel, files: ReportFiles, toolVersion?: string): Promise<void> {
  const outputs: Array<[keyof ReportFiles, string, () => string]> = [
    ['sarifFile', 'sarif-file', () => renderSarif(model, { toolVersion })],
    ['reportFile', 'report-file', () => renderJson(model, { toolVersion })],
    ['inventoryCsv', 'inventory-csv', () => renderInventoryCsv(model)],
  ];
  for (const [key, output, render] of outputs) {
    const file = files[key];
    if (!file) continue;
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, render());
    } catch (err) {
      throw new ConfigError(
        `Could not write \`${output}\` to ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}): check that the path is a file in a writable directory.`,
      );
    }
    core.setOutput(output, file);
  }
}

/** Where built-in rule ids link: this action's own docs at the ref the workflow uses. */
export function rulesDocUrl(env: Record<string, string | undefined>): string {
  const repo = env.GITHUB_ACTION_REPOSITORY;
  const ref = env.GITHUB_ACTION_REF;
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  if (!repo || !ref || !/^[\w.-]+\/[\w.-]+$/.test(repo) || !/^[\w./-]+$/.test(ref) || !/^https:\/\/[\w.-]+(:\d+)?$/.test(server)) return DEFAULT_RULES_DOC_URL;
  return `${server}/${repo}/blob/${ref}/docs/rules.md`;
}

export async function reportFailure(err: unknown, redactor: Redactor): Promise<void> {
  core.setOutput('passed', 'false');
  if (err instanceof PolicyError) {
    const problems = err.problems.map((p): Annotation => ({ level: 'error', title: 'Invalid policy', message: p.message, location: p.location }));
    // Every problem in the log (annotations and the summary are capped), none a command.
    for (const p of err.problems) core.info(noCommand(plain(`${p.location.file}:${p.location.line}:${p.location.column}: ${p.message}`, 2000)));
    for (const a of capPerLevel(problems, { error: 1 })) annotate(a);
    await writeSummary(
      renderFailureSummary(
        'the policy file is invalid',
        err.problems.map((p) => `${p.location.file}:${p.location.line}:${p.location.column}: ${p.message}`),
      ),
    );
    core.setFailed(
      `The policy file is invalid (${err.problems.length} problem${err.problems.length === 1 ? '' : 's'}); see the annotations and the job summary.`,
    );
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
  const title = a.title ? { title: plain(a.title, 200) } : {};
  const props = a.location ? { ...title, file: a.location.file, startLine: a.location.line, startColumn: a.location.column } : title;
  if (a.level === 'error') core.error(a.message, props);
  else if (a.level === 'warning') core.warning(a.message, props);
  else core.notice(a.message, props);
}

/** The CLI path has no GITHUB_STEP_SUMMARY; then the summary is skipped, not an error. */
export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(markdown, true).write();
}
