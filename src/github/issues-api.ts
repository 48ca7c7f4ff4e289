// The GitHub REST calls the tracking issue needs, over @actions/github's Octokit (which
// honours GITHUB_API_URL, so tests point it at a fake server on loopback).
import { getOctokit } from '@actions/github';
import { wrap, type RepoRef } from './api.ts';

export interface TrackedIssue {
  number: number;
  state: 'open' | 'closed';
  title: string;
  body: string;
  /** Opened by a bot (the action's token), not by a person. */
  byBot: boolean;
}

export interface IssueFields {
  title?: string;
  body?: string;
  state?: 'open' | 'closed';
  labels?: string[];
  assignees?: string[];
}

export interface IssuesApi {
  /** Issues (open and closed, newest first) that carry the label; pull requests left out. */
  listLabelled(repo: RepoRef, label: string): Promise<TrackedIssue[]>;
  create(repo: RepoRef, fields: IssueFields & { title: string; body: string }): Promise<number>;
  update(repo: RepoRef, issue: number, fields: IssueFields): Promise<void>;
  comment(repo: RepoRef, issue: number, body: string): Promise<void>;
}

/** At most this many issues are read when looking for ours: a label is not a crowd. */
const MAX_LISTED = 500;

export function octokitIssuesApi(token: string, baseUrl?: string): IssuesApi {
  const octokit = getOctokit(token, baseUrl ? { baseUrl } : {});
  const call = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      throw wrap(err, what);
    }
  };
  return {
    listLabelled: (repo, label) =>
      call(`list the issues labelled "${label}"`, async () => {
        const out: TrackedIssue[] = [];
        for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
          ...repo,
          labels: label,
          state: 'all',
          sort: 'created',
          direction: 'desc',
          per_page: 100,
        })) {
          for (const i of page.data) {
            if (i.pull_request) continue;
            out.push({ number: i.number, state: i.state === 'closed' ? 'closed' : 'open', title: i.title, body: i.body ?? '', byBot: i.user?.type === 'Bot' });
          }
          if (out.length >= MAX_LISTED) break;
        }
        return out;
      }),
    create: (repo, fields) => call('open the tracking issue', async () => (await octokit.rest.issues.create({ ...repo, ...fields })).data.number),
    update: (repo, issue, fields) =>
      call(`update issue #${issue}`, async () => {
        await octokit.rest.issues.update({ ...repo, issue_number: issue, ...fields });
      }),
    comment: (repo, issue, body) =>
      call(`comment on issue #${issue}`, async () => {
        await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body });
      }),
  };
}
