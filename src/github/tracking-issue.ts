// One tracking issue per org and policy: opened when a scheduled run fails, edited in place
// (never a comment a day), closed with a comment when the run passes again. It is found by
// a hidden marker under a label; the bot's own issue wins over one a person made to look
// like it. A token that may not write issues gets a warning, never a failure.
import { GitHubHttpError, type RepoRef } from './api.ts';
import type { IssuesApi, TrackedIssue } from './issues-api.ts';

import type { IssueMode } from './issue-mode.ts';

export { ISSUE_MODES, type IssueMode } from './issue-mode.ts';
export const TRACKING_LABEL = 'genesys-oauth-policy';
/** GitHub rejects issue bodies over 65,536 characters. */
export const MAX_ISSUE_BODY_CHARS = 65_536;
/** GitHub accepts at most 10 assignees. */
const MAX_ASSIGNEES = 10;

export function issueMarker(key: string): string {
  // The key is ours (host, policy path, report key), but `--` would end the comment early.
  return `<!-- genesys-oauth-policy-issue: ${key.replace(/--+/g, '-').replace(/>/g, '')} -->`;
}

export async function findTrackingIssue(api: IssuesApi, repo: RepoRef, key: string): Promise<TrackedIssue | undefined> {
  const marker = issueMarker(key);
  const ours = (await api.listLabelled(repo, TRACKING_LABEL)).filter((i) => i.body.includes(marker));
  return ours.find((i) => i.byBot) ?? ours[0];
}

export interface TrackingUpdate {
  key: string;
  mode: IssueMode;
  passed: boolean;
  title: string;
  /** The visible body: verdict, new since last run, findings (without marker or state). */
  body: string;
  /** The hidden state block for the next run. */
  stateBlock: string;
  /** GitHub users to assign (logins without `@`). */
  assignees: readonly string[];
  /** One line for the closing comment. */
  closingNote: string;
}

export type TrackingOutcome =
  { kind: 'opened' | 'updated' | 'reopened' | 'closed'; number: number; warning?: string } | { kind: 'none' } | { kind: 'skipped'; warning: string };

export async function syncTrackingIssue(api: IssuesApi, repo: RepoRef, existing: TrackedIssue | undefined, u: TrackingUpdate): Promise<TrackingOutcome> {
  if (u.mode === 'off') return { kind: 'none' };
  const body = issueBody(u);
  try {
    if (!existing) {
      if (u.passed && u.mode === 'on-failure') return { kind: 'none' };
      return await create(api, repo, u, body);
    }
    const stays = u.mode === 'always' || !u.passed;
    if (stays) {
      const wasClosed = existing.state === 'closed';
      await api.update(repo, existing.number, { title: u.title, body, state: 'open' });
      const warning = await assign(api, repo, existing.number, u.assignees);
      return { kind: wasClosed ? 'reopened' : 'updated', number: existing.number, ...(warning ? { warning } : {}) };
    }
    const wasOpen = existing.state === 'open';
    await api.update(repo, existing.number, { title: u.title, body, state: 'closed' });
    if (wasOpen) {
      await api.comment(repo, existing.number, u.closingNote);
      return { kind: 'closed', number: existing.number };
    }
    return { kind: 'updated', number: existing.number };
  } catch (err) {
    if (err instanceof GitHubHttpError && [401, 403, 404].includes(err.status)) {
      return {
        kind: 'skipped',
        warning: `${err.message} The tracking issue was skipped: give the job \`permissions: issues: write\` (and the \`github-token\` input), or set \`issue: off\`.`,
      };
    }
    throw err;
  }
}

async function create(api: IssuesApi, repo: RepoRef, u: TrackingUpdate, body: string): Promise<TrackingOutcome> {
  const number = await api.create(repo, { title: u.title, body, labels: [TRACKING_LABEL] });
  const warning = await assign(api, repo, number, u.assignees);
  return { kind: 'opened', number, ...(warning ? { warning } : {}) };
}

/** Assignees are set apart: GitHub refuses the whole request when one login cannot be assigned. */
async function assign(api: IssuesApi, repo: RepoRef, issue: number, assignees: readonly string[]): Promise<string | undefined> {
  if (assignees.length === 0) return undefined;
  const logins = assignees.slice(0, MAX_ASSIGNEES);
  try {
    await api.update(repo, issue, { assignees: [...logins] });
    return undefined;
  } catch (err) {
    if (err instanceof GitHubHttpError && err.status === 422)
      return `The exceptions' owners ${logins.map((l) => `"${l}"`).join(', ')} could not all be assigned to issue #${issue} (not collaborators of the repository?).`;
    throw err;
  }
}

/** Marker, visible body and state, within GitHub's limit: the visible part is cut, never the state. */
export function issueBody(u: Pick<TrackingUpdate, 'key' | 'body' | 'stateBlock'>): string {
  const marker = issueMarker(u.key);
  const room = MAX_ISSUE_BODY_CHARS - marker.length - u.stateBlock.length - 200;
  const visible =
    u.body.length <= room
      ? u.body
      : `${u.body.slice(0, Math.max(0, room))}\n\n_The rest is cut: GitHub limits an issue to 65,536 characters. The run's job summary has everything._`;
  return `${marker}\n${visible}\n\n${u.stateBlock}\n`;
}

/** GitHub logins among the exceptions' owners (`@login`); teams (`@org/team`) cannot be assigned. */
export function ownerLogins(owners: readonly string[]): { users: string[]; teams: string[] } {
  const users = new Set<string>();
  const teams = new Set<string>();
  for (const owner of owners) {
    const m = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))(?:\/([A-Za-z0-9._-]{1,100}))?$/.exec(owner.trim());
    if (!m) continue;
    if (m[2]) teams.add(`@${m[1]}/${m[2]}`);
    else users.add(m[1] as string);
  }
  return { users: [...users], teams: [...teams] };
}
