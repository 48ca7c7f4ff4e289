// The pull-request gate: the policy at the head and at the base, the org read once, both
// evaluated, and the difference reported — in the job summary and one sticky comment.
// The run fails when the head policy's findings reach fail-on (as on any run), when the
// change loosens the policy without the acknowledgement label (by default), and, unless
// told otherwise, when there were no credentials to evaluate the change with.
import * as core from '@actions/core';
import { judge, readOrgInventory, type AuditResult } from '../audit.ts';
import { ConfigError } from '../errors.ts';
import { changeImpact, type Impact } from '../gate/impact.ts';
import { judgeLoosening } from '../gate/loosening.ts';
import { diffPolicies } from '../gate/policy-diff.ts';
import { octokitApi, parseRepo, type GitHubApi } from '../github/api.ts';
import { isFork, type PullRequestInfo, type RunEvent } from '../github/event.ts';
import { readFileAtCommit } from '../github/file-at-commit.ts';
import { commentMarker, MAX_COMMENT_CHARS, upsertStickyComment } from '../github/sticky-comment.ts';
import { PolicyError } from '../policy/errors.ts';
import { loadPolicyFile, parsePolicy } from '../policy/load.ts';
import type { Policy } from '../policy/types.ts';
import type { Redactor } from '../redactor.ts';
import { renderImpact, type ImpactReport } from '../render/impact.ts';
import { renderSummary, SUMMARY_BUDGET_BYTES } from '../render/summary.ts';
import type { ActionInputs } from './inputs.ts';
import { annotate, reportAudit, writeSummary } from './report.ts';

export interface GateContext {
  inputs: ActionInputs;
  event: RunEvent;
  pr: PullRequestInfo;
  workspace: string;
  redactor: Redactor;
  /** GITHUB_API_URL: GitHub Enterprise, or a fake server in tests. */
  githubApiUrl?: string;
  now: () => Date;
}

/** The context with the GitHub API client the `github-token` input allows, if any. */
type GateRun = GateContext & { github?: GitHubApi };

/** Room left in a comment for the marker and the cut note. */
const COMMENT_BUDGET = MAX_COMMENT_CHARS - 1000;

export async function runPullRequestGate(context: GateContext): Promise<void> {
  const token = context.inputs.gate.githubToken;
  const ctx: GateRun = { ...context, github: token ? octokitApi(token, context.githubApiUrl) : undefined };
  const { inputs, pr } = ctx;
  const head = await headPolicy(ctx);
  const base = await basePolicy(ctx);
  const changes = base.state === 'invalid' ? [] : diffPolicies(base.policy, head);
  let result: AuditResult | undefined;
  let impact: Impact | undefined;
  if (inputs.credentials) {
    const access = { ...inputs.audit, credentials: inputs.credentials };
    const { inventory, api } = await readOrgInventory(access, [head, base.policy], { redactor: ctx.redactor });
    const now = ctx.now();
    result = { policy: head, inventory, api, ...judge(head, inventory, inputs.audit.failOn, now) };
    if (base.state !== 'invalid') impact = changeImpact({ policy: base.policy, evaluation: judge(base.policy, inventory, inputs.audit.failOn, now).evaluation }, result);
  }
  const loosening = judgeLoosening(changes, impact, inputs.gate.loosening, inputs.gate.looseningLabel, pr.labels);
  const report: ImpactReport = {
    policyFile: inputs.audit.policyDisplayPath,
    baseSha: pr.baseSha,
    headSha: pr.headSha,
    base: base.state,
    changes,
    impact,
    skippedReason: inputs.credentials ? undefined : skippedReason(pr),
    loosening,
    mode: inputs.gate.loosening,
    label: inputs.gate.looseningLabel,
    head: result && { passed: result.passed, failOn: result.failOn, counts: result.evaluation.counts },
  };
  if (result) reportAudit(result);
  else for (const w of head.warnings) annotate({ level: 'warning', title: 'Policy warning', message: w.message, location: w.location });
  core.setOutput('loosens', String(loosening.loosens));
  core.setOutput('silenced', impact?.silenced.length ?? '');
  core.setOutput('added', impact?.added.length ?? '');
  await writeSummary(`${renderImpact(report, SUMMARY_BUDGET_BYTES / 4)}\n${result ? renderSummary(result) : ''}`);
  await comment(ctx, renderImpact(report, COMMENT_BUDGET));
  decide(ctx, result, loosening.blocks, report.skippedReason);
}

function decide(ctx: GateRun, result: AuditResult | undefined, loosenBlocks: boolean, skipped: string | undefined): void {
  const { gate } = ctx.inputs;
  const reasons: string[] = [];
  if (result && !result.passed) reasons.push(`${result.evaluation.findings.length} findings at or above fail-on "${result.failOn}"`);
  if (loosenBlocks) reasons.push(`the change loosens the policy and the pull request does not have the label "${gate.looseningLabel}"`);
  if (!result && gate.withoutCredentials === 'fail') reasons.push(`the live evaluation was skipped (${skipped}); set \`without-credentials: pass\` to accept that`);
  core.setOutput('passed', String(reasons.length === 0));
  if (reasons.length) core.setFailed(`The policy change fails the gate: ${reasons.join('; ')}. See the job summary.`);
  else if (!result) core.warning(`The live evaluation was skipped (${skipped}); the policy files were only validated and compared.`);
}

async function comment(ctx: GateRun, body: string): Promise<void> {
  if (!ctx.inputs.gate.commentOnPr) return;
  if (!ctx.github) {
    core.warning('The pull request comment was skipped: no `github-token`.');
    return;
  }
  const outcome = await upsertStickyComment(ctx.github, parseRepo(ctx.pr.baseRepo || ctx.event.repository), ctx.pr.number, commentMarker(ctx.inputs.audit.policyDisplayPath), body);
  if (outcome.kind === 'skipped') core.warning(outcome.warning);
  else core.info(`Pull request comment ${outcome.kind}.`);
}

/**
 * `pull_request` runs on the pull request's merge commit, checked out in the workspace.
 * `pull_request_target` checks out the base: the head's policy is then read as data at the
 * head commit (never executed), so the gate judges what would merge.
 */
async function headPolicy(ctx: GateRun): Promise<Policy> {
  const { audit } = ctx.inputs;
  if (ctx.event.name !== 'pull_request_target') return loadPolicyFile(audit.policyPath, audit.policyDisplayPath);
  const file = await readFileAtCommit({ workspace: ctx.workspace, path: audit.policyDisplayPath, sha: ctx.pr.headSha, repo: parseRepo(ctx.pr.baseRepo || ctx.event.repository), api: ctx.github });
  if (file.text === undefined) throw new ConfigError(`The pull request deletes the policy file ${audit.policyDisplayPath}; the gate has nothing to judge.`);
  return parsePolicy(audit.policyDisplayPath, file.text);
}

const EMPTY_POLICY = 'version: 1\n';

async function basePolicy(ctx: GateRun): Promise<{ policy: Policy; state: ImpactReport['base'] }> {
  const { audit } = ctx.inputs;
  const file = await readFileAtCommit({ workspace: ctx.workspace, path: audit.policyDisplayPath, sha: ctx.pr.baseSha, repo: parseRepo(ctx.pr.baseRepo || ctx.event.repository), api: ctx.github });
  core.info(`Base policy ${audit.policyDisplayPath} at ${ctx.pr.baseSha.slice(0, 7)}: ${file.text === undefined ? 'absent' : `read from ${file.from}`}.`);
  if (file.text === undefined) return { policy: parsePolicy(audit.policyDisplayPath, EMPTY_POLICY), state: 'absent' };
  try {
    return { policy: parsePolicy(audit.policyDisplayPath, file.text), state: 'loaded' };
  } catch (err) {
    if (!(err instanceof PolicyError)) throw err;
    core.warning(`The base policy is invalid, so the change cannot be compared with it: ${err.problems[0]?.message ?? ''}`);
    return { policy: parsePolicy(audit.policyDisplayPath, EMPTY_POLICY), state: 'invalid' };
  }
}

function skippedReason(pr: PullRequestInfo): string {
  return isFork(pr)
    ? 'this pull request comes from a fork, and GitHub does not give the repository\'s secrets to workflows that forks trigger'
    : 'the inputs `client-id` and `client-secret` are empty (are the secrets set for this repository or environment?)';
}
