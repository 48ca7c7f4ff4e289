// The pull-request gate: the policy at the head and at the base, the org read once, both
// evaluated, and the difference reported — in the job summary and one sticky comment.
// The run fails when the head policy's findings reach fail-on (as on any run), when the
// change loosens the policy without the acknowledgement label (by default; read from the
// pull request as it is now), and, unless told otherwise, when there were no credentials to
// evaluate the change with. Whether it loosens comes from the two policies alone.
import * as core from '@actions/core';
import { judge, readOrgInventory, type AuditResult } from '../audit.ts';
import { auditingClientId } from '../genesys/token.ts';
import { ConfigError } from '../errors.ts';
import { changeImpact, type Impact } from '../gate/impact.ts';
import { judgeLoosening, withUnexplainedSilencing } from '../gate/loosening.ts';
import { baseInvalidChange, diffPolicies, type PolicyChange } from '../gate/policy-diff.ts';
import { GitHubHttpError, octokitApi, parseRepo, type GitHubApi, type RepoRef } from '../github/api.ts';
import { isFork, type PullRequestInfo, type RunEvent } from '../github/event.ts';
import { readFileAtCommit } from '../github/file-at-commit.ts';
import { currentLabels } from '../github/labels.ts';
import { auditClientKey, commentMarker, MAX_COMMENT_CHARS, upsertStickyComment, type CommentKey } from '../github/sticky-comment.ts';
import { PolicyError } from '../policy/errors.ts';
import { loadPolicyFile, parsePolicy, parsePolicyReadingPacks } from '../policy/load.ts';
import type { Policy } from '../policy/types.ts';
import type { Redactor } from '../redactor.ts';
import { composeSummary, SUMMARY_BUDGET_BYTES, utf8Bytes } from '../render/budget.ts';
import { renderImpact, type ImpactReport } from '../render/impact.ts';
import { renderSummary } from '../render/summary.ts';
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
  let changes: PolicyChange[] = base.policy ? diffPolicies(base.policy, head) : [baseInvalidChange(base.problem ?? 'unknown problem')];
  let result: AuditResult | undefined;
  let impact: Impact | undefined;
  if (inputs.credentials) {
    const access = { ...inputs.audit, credentials: inputs.credentials };
    const { inventory, api } = await readOrgInventory(access, base.policy ? [head, base.policy] : [head], { redactor: ctx.redactor });
    const now = ctx.now();
    result = { policy: head, inventory, api, ...judge(head, inventory, inputs.audit.failOn, now) };
    if (base.policy) impact = changeImpact({ policy: base.policy, evaluation: judge(base.policy, inventory, inputs.audit.failOn, now).evaluation }, result);
  }
  changes = withUnexplainedSilencing(changes, impact);
  const labels = changes.some((c) => c.loosens) ? await readLabels(ctx) : pr.labels;
  const loosening = judgeLoosening(changes, inputs.gate.loosening, inputs.gate.looseningLabel, labels);
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
  // One byte budget for the whole summary: the gate's report first (a quarter at most), the audit in what is left.
  await writeSummary(
    composeSummary([
      (left) => renderImpact(report, Math.min(left, SUMMARY_BUDGET_BYTES / 4), utf8Bytes),
      ...(result ? [(left: number) => renderSummary(result, left)] : []),
    ]),
  );
  await comment(ctx, renderImpact(report, COMMENT_BUDGET));
  decide(ctx, result, loosening.blocks, report.skippedReason);
}

/** The labels now (through the API), so that re-running after labelling sees the label. */
async function readLabels(ctx: GateRun): Promise<string[]> {
  const read = await currentLabels(ctx.github, prRepo(ctx), ctx.pr);
  if (read.notice) core.notice(read.notice);
  return read.labels;
}

function decide(ctx: GateRun, result: AuditResult | undefined, loosenBlocks: boolean, skipped: string | undefined): void {
  const { gate } = ctx.inputs;
  const reasons: string[] = [];
  if (result && !result.passed) reasons.push(`${result.evaluation.findings.length} findings at or above fail-on "${result.failOn}"`);
  if (loosenBlocks) reasons.push(`the change loosens the policy and the pull request does not have the label "${gate.looseningLabel}"`);
  if (!result && gate.withoutCredentials === 'fail')
    reasons.push(`the live evaluation was skipped (${skipped}); set \`without-credentials: pass\` to accept that`);
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
  const outcome = await upsertStickyComment(ctx.github, prRepo(ctx), ctx.pr.number, commentMarker(commentKey(ctx.inputs)), body);
  if (outcome.kind === 'skipped') core.warning(outcome.warning);
  else core.info(`Pull request comment ${outcome.kind}.`);
}

/**
 * What tells this job's comment from another job's on the same pull request. The report key,
 * when set, names the job on its own, so a run without credentials (a fork) and one with them
 * update the same comment.
 */
function commentKey(inputs: GateRun['inputs']): CommentKey {
  const { audit, gate, credentials } = inputs;
  return {
    policyPath: audit.policyDisplayPath,
    region: audit.region,
    apiBaseUrl: audit.apiBaseUrl,
    reportKey: gate.reportKey,
    auditClient: gate.reportKey || !credentials || !auditingClientId(credentials) ? undefined : auditClientKey(auditingClientId(credentials) as string),
  };
}

/**
 * `pull_request` runs on the pull request's merge commit, checked out in the workspace.
 * `pull_request_target` checks out the base: the head's policy is then read as data at the
 * head commit (never executed), so the gate judges what would merge.
 */
async function headPolicy(ctx: GateRun): Promise<Policy> {
  const { audit } = ctx.inputs;
  if (ctx.event.name !== 'pull_request_target') return loadPolicyFile(audit.policyPath, audit.policyDisplayPath);
  const file = await readAt(ctx, audit.policyDisplayPath, ctx.pr.headSha);
  if (file.text === undefined) throw new ConfigError(`The pull request deletes the policy file ${audit.policyDisplayPath}; the gate has nothing to judge.`);
  return parsePolicyReadingPacks(audit.policyDisplayPath, file.text, packsAt(ctx, ctx.pr.headSha));
}

/** Pack files the policy extends, read at the same commit as the policy and the same way. */
function packsAt(ctx: GateRun, sha: string): (repoPath: string) => Promise<string | undefined> {
  return async (path) => (await readAt(ctx, path, sha)).text;
}

/** The repository the pull request merges into (labels, comments, files at a commit). */
function prRepo(ctx: GateRun): RepoRef {
  return parseRepo(ctx.pr.baseRepo || ctx.event.repository);
}

/** A file of the pull request's repository at a commit: the local clone first, else the API. */
function readAt(ctx: GateRun, path: string, sha: string): ReturnType<typeof readFileAtCommit> {
  return readFileAtCommit({ workspace: ctx.workspace, path, sha, repo: prRepo(ctx), api: ctx.github });
}

const EMPTY_POLICY = 'version: 1\n';

interface BasePolicy {
  /** Undefined when it cannot be compared with (invalid or unreadable). */
  policy?: Policy;
  state: ImpactReport['base'];
  problem?: string;
}

/** The base policy; one that is invalid or cannot be read is reported, never an error of the run and never a pass. */
async function basePolicy(ctx: GateRun): Promise<BasePolicy> {
  const { audit } = ctx.inputs;
  let text: string | undefined;
  try {
    const file = await readAt(ctx, audit.policyDisplayPath, ctx.pr.baseSha);
    core.info(`Base policy ${audit.policyDisplayPath} at ${ctx.pr.baseSha.slice(0, 7)}: ${file.text === undefined ? 'absent' : `read from ${file.from}`}.`);
    text = file.text;
  } catch (err) {
    if (!(err instanceof GitHubHttpError || err instanceof ConfigError)) throw err;
    const problem = ctx.redactor.redact(err.message);
    core.warning(`The base policy could not be read, so the change counts as loosening: ${problem}`);
    return { state: 'unreadable', problem: `it could not be read: ${problem}` };
  }
  if (text === undefined) return { policy: parsePolicy(audit.policyDisplayPath, EMPTY_POLICY), state: 'absent' };
  try {
    return { policy: await parsePolicyReadingPacks(audit.policyDisplayPath, text, packsAt(ctx, ctx.pr.baseSha)), state: 'loaded' };
  } catch (err) {
    if (err instanceof GitHubHttpError || err instanceof ConfigError) {
      const problem = ctx.redactor.redact(err.message);
      core.warning(`A pack file of the base policy could not be read, so the change counts as loosening: ${problem}`);
      return { state: 'unreadable', problem: `a pack file of it could not be read: ${problem}` };
    }
    if (!(err instanceof PolicyError)) throw err;
    const first = err.problems[0];
    const problem = first ? `line ${first.location.line}: ${first.message}` : 'it does not load';
    core.warning(`The base policy is invalid, so the change cannot be compared with it and counts as loosening: ${problem}`);
    return { state: 'invalid', problem };
  }
}

function skippedReason(pr: PullRequestInfo): string {
  return isFork(pr)
    ? "this pull request comes from a fork, and GitHub does not give the repository's secrets to workflows that forks trigger"
    : 'the inputs `client-id` and `client-secret` are empty (are the secrets set for this repository or environment?)';
}
