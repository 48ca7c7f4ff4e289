// The pull request's labels as they are now. The event payload is a snapshot from when the
// run was triggered, so "Re-run" after a reviewer adds the label would still see the old
// ones; the API answers with today's. The payload is the fallback, said out loud.
import type { PullRequestInfo } from './event.ts';
import { GitHubHttpError, type GitHubApi, type RepoRef } from './api.ts';

export interface CurrentLabels {
  labels: string[];
  from: 'api' | 'payload';
  /** Why the payload's labels were used, for a notice. */
  notice?: string;
}

export async function currentLabels(api: GitHubApi | undefined, repo: RepoRef, pr: PullRequestInfo): Promise<CurrentLabels> {
  const fallback = (why: string): CurrentLabels => ({
    labels: pr.labels,
    from: 'payload',
    notice: `The pull request's labels were read from the event payload (${why}): a label added after the run started is not seen, so push a commit or re-trigger the workflow after labelling.`,
  });
  if (!api) return fallback('no `github-token`');
  try {
    return { labels: await api.listLabels(repo, pr.number), from: 'api' };
  } catch (err) {
    if (err instanceof GitHubHttpError) return fallback(err.message.replace(/\.$/, ''));
    throw err;
  }
}
