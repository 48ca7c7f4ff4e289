// A scheduled run's memory and its tracking issue: the previous run's state read from the
// issue, the drift computed, and the issue opened, edited, reopened or closed. Everything
// GitHub refuses is a warning, never a failure of the audit.
import * as core from '@actions/core';
import { compareRuns, type Baseline, type Drift } from '../drift/compare.ts';
import { buildState } from '../drift/state.ts';
import { decodeState, encodeState, stateKey, type StateKey } from '../drift/state-codec.ts';
import type { Finding } from '../evaluate/findings.ts';
import { GitHubHttpError, parseRepo, type RepoRef } from '../github/api.ts';
import { octokitIssuesApi, type IssuesApi, type TrackedIssue } from '../github/issues-api.ts';
import { findTrackingIssue, ownerLogins, syncTrackingIssue, type IssueMode, type TrackingOutcome } from '../github/tracking-issue.ts';
import type { Inventory } from '../inventory/types.ts';
import { EXCEPTION_IDS } from '../policy/reserved-ids.ts';
import type { Policy } from '../policy/types.ts';
import { md } from '../render/escape.ts';
import type { ReportModel } from '../render/model.ts';
import { renderSummaryOf } from '../render/summary.ts';

/** The visible part of the issue: the summary's top within this many bytes (the state needs the rest). */
const ISSUE_SUMMARY_BYTES = 20_000;

export interface Tracking {
  api: IssuesApi;
  repo: RepoRef;
  /** Whose issue and state: API host, policy file, report key. */
  key: string;
  mode: IssueMode;
  signing: StateKey;
  /** Link to this run, for the closing comment. */
  runUrl?: string;
}

export interface TrackingSetup {
  mode: IssueMode;
  githubToken?: string;
  apiHost: string;
  policyFile: string;
  reportKey?: string;
  clientSecret?: string;
  env: Record<string, string | undefined>;
}

/** Undefined (with the reason) when the run keeps no memory: `issue: off`, no token, no repository. */
export function openTracking(s: TrackingSetup): Tracking | string {
  if (s.mode === 'off') return '`issue: off` keeps no state between runs';
  if (!s.githubToken) return 'no `github-token` to read the tracking issue with';
  if (!s.env.GITHUB_REPOSITORY) return 'GITHUB_REPOSITORY is not set (not running in GitHub Actions)';
  const server = s.env.GITHUB_SERVER_URL;
  const runUrl = server && s.env.GITHUB_RUN_ID ? `${server}/${s.env.GITHUB_REPOSITORY}/actions/runs/${s.env.GITHUB_RUN_ID}` : undefined;
  return {
    api: octokitIssuesApi(s.githubToken, s.env.GITHUB_API_URL),
    repo: parseRepo(s.env.GITHUB_REPOSITORY),
    key: [s.apiHost, s.policyFile, s.reportKey ?? ''].join('|'),
    mode: s.mode,
    signing: stateKey(s.clientSecret),
    ...(runUrl ? { runUrl } : {}),
  };
}

export interface RunMemory {
  tracking?: Tracking;
  existing?: TrackedIssue;
  drift: Drift;
}

/** Reads the baseline and compares; a GitHub refusal leaves the run without memory, with a warning. */
export async function rememberRun(tracking: Tracking | string, findings: readonly Finding[], inventory: Inventory): Promise<RunMemory> {
  if (typeof tracking === 'string') return { drift: compareRuns({ kind: 'none', reason: tracking }, findings, inventory.clients) };
  let existing: TrackedIssue | undefined;
  try {
    existing = await findTrackingIssue(tracking.api, tracking.repo, tracking.key);
  } catch (err) {
    if (!(err instanceof GitHubHttpError)) throw err;
    core.warning(`${err.message} The run keeps no memory and no tracking issue: give the job \`permissions: issues: write\`, or set \`issue: off\`.`);
    return { drift: compareRuns({ kind: 'none', reason: 'the tracking issue could not be read' }, findings, inventory.clients) };
  }
  const baseline = baselineOf(existing, tracking);
  if (baseline.kind === 'ignored') core.notice(`The saved baseline was ignored: ${baseline.reason}. This run counts as a first run.`);
  return { tracking, existing, drift: compareRuns(baseline, findings, inventory.clients) };
}

function baselineOf(existing: TrackedIssue | undefined, tracking: Tracking): Baseline {
  if (!existing) return { kind: 'none', reason: 'this is the first run with a tracking issue' };
  const decoded = decodeState(existing.body, tracking.key, tracking.signing);
  if (decoded.kind === 'ok') return { kind: 'ok', state: decoded.state };
  return decoded.kind === 'none' ? { kind: 'none', reason: 'the tracking issue holds no state' } : decoded;
}

/** Writes this run's state and verdict to the tracking issue; returns what happened, for the log. */
export async function publishRun(
  memory: RunMemory,
  model: ReportModel,
  policy: Policy,
  inventory: Inventory,
  findings: readonly Finding[],
): Promise<TrackingOutcome | undefined> {
  const t = memory.tracking;
  if (!t) return undefined;
  const state = buildState({ key: t.key, at: inventory.fetchedAt, passed: model.passed, findings, clients: inventory.clients });
  const encoded = encodeState(state, t.signing);
  if (encoded.cut) core.notice(`The run state did not fit in the tracking issue whole: left out ${encoded.cut}.`);
  const owners = ownersOf(policy, model);
  const body = [
    owners.teams.length ? `Owners of the exceptions involved: ${owners.teams.join(', ')}.\n` : '',
    renderSummaryOf(model, ISSUE_SUMMARY_BYTES),
  ].join('\n');
  const where = model.org?.host ?? 'the org';
  const outcome = await syncTrackingIssue(t.api, t.repo, memory.existing, {
    key: t.key,
    mode: t.mode,
    passed: model.passed,
    title: `OAuth client policy ${model.passed ? 'passes' : 'fails'}: ${where}, ${model.policyFile}`,
    body,
    stateBlock: encoded.block,
    assignees: owners.users,
    closingNote: `The scheduled run of ${inventory.fetchedAt.slice(0, 10)} passes again${t.runUrl ? ` ([run](${t.runUrl}))` : ''}: closing. ${md(`${memory.drift.resolved.length} findings resolved since the last run.`, 200)}`,
  });
  if ('warning' in outcome && outcome.warning) core.warning(outcome.warning);
  if (outcome.kind !== 'none' && outcome.kind !== 'skipped') core.info(`Tracking issue #${outcome.number} ${outcome.kind}.`);
  return outcome;
}

/**
 * The owners to assign: of the exceptions whose rule fails the run now (an expired exception,
 * or a rule with a failing finding), GitHub users by login; teams are named in the body.
 */
function ownersOf(policy: Policy, model: ReportModel): { users: string[]; teams: string[] } {
  const reportedRules = new Set(model.hits.map((h) => h.rule.id));
  const expiredAt = new Set(model.hits.filter((h) => h.rule.id === EXCEPTION_IDS.expired).map((h) => h.location.line));
  return ownerLogins(policy.exceptions.filter((e) => reportedRules.has(e.ruleId) || expiredAt.has(e.location.line)).map((e) => e.owner));
}
