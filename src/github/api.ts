// The few GitHub REST calls the pull-request gate makes, over @actions/github's Octokit
// (which honours GITHUB_API_URL, so tests point it at a fake server on loopback).
import { getOctokit } from '@actions/github';
import { ExitCode, UserError } from '../errors.ts';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface IssueComment {
  id: number;
  body: string;
  isBot: boolean;
}

export interface GitHubApi {
  /** A file's text at a commit; undefined when the file does not exist there. */
  fileAt(repo: RepoRef, path: string, ref: string): Promise<string | undefined>;
  listComments(repo: RepoRef, issue: number): Promise<IssueComment[]>;
  /** The labels an issue or pull request has now. */
  listLabels(repo: RepoRef, issue: number): Promise<string[]>;
  createComment(repo: RepoRef, issue: number, body: string): Promise<void>;
  updateComment(repo: RepoRef, commentId: number, body: string): Promise<void>;
}

/** A GitHub API failure: a user-facing error (token scope, permissions), not a bug. */
export class GitHubHttpError extends UserError {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message, ExitCode.Api);
    this.status = status;
  }
}

export function octokitApi(token: string, baseUrl?: string): GitHubApi {
  const octokit = getOctokit(token, baseUrl ? { baseUrl } : {});
  return {
    async fileAt(repo, path, ref) {
      try {
        const res = await octokit.rest.repos.getContent({ ...repo, path, ref, mediaType: { format: 'raw' } });
        return typeof res.data === 'string' ? res.data : decodeContent(res.data);
      } catch (err) {
        if (statusOf(err) === 404) return undefined;
        throw wrap(err, `read ${path} at ${ref.slice(0, 7)}`);
      }
    },
    async listComments(repo, issue) {
      try {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 });
        return comments.map((c) => ({ id: c.id, body: c.body ?? '', isBot: c.user?.type === 'Bot' }));
      } catch (err) {
        throw wrap(err, `list the comments of #${issue}`);
      }
    },
    async listLabels(repo, issue) {
      try {
        const labels = await octokit.paginate(octokit.rest.issues.listLabelsOnIssue, { ...repo, issue_number: issue, per_page: 100 });
        return labels.map((l) => l.name).filter((n): n is string => typeof n === 'string');
      } catch (err) {
        throw wrap(err, `list the labels of #${issue}`);
      }
    },
    async createComment(repo, issue, body) {
      try {
        await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body });
      } catch (err) {
        throw wrap(err, `comment on #${issue}`);
      }
    },
    async updateComment(repo, commentId, body) {
      try {
        await octokit.rest.issues.updateComment({ ...repo, comment_id: commentId, body });
      } catch (err) {
        throw wrap(err, `update comment ${commentId}`);
      }
    },
  };
}

export function parseRepo(fullName: string): RepoRef {
  const [owner = '', repo = ''] = fullName.split('/');
  return { owner, repo };
}

/** The contents API in JSON form carries base64 content. */
function decodeContent(data: unknown): string | undefined {
  const d = data as { content?: unknown; encoding?: unknown; type?: unknown };
  if (d?.type !== 'file' || typeof d.content !== 'string') return undefined;
  return d.encoding === 'base64' ? Buffer.from(d.content, 'base64').toString('utf8') : d.content;
}

function statusOf(err: unknown): number {
  const status = (err as { status?: unknown })?.status;
  return typeof status === 'number' ? status : 0;
}

/** A GitHub API failure as one sentence: what was refused, and the status. */
export function wrap(err: unknown, what: string): GitHubHttpError {
  const status = statusOf(err);
  return new GitHubHttpError(status, `GitHub refused to ${what}${status ? ` (HTTP ${status})` : ''}.`);
}
