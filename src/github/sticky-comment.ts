// One PR comment per policy file, created once and then edited in place. It is found again
// by a hidden marker; a token that may not write comments gets a warning, never a failure.
import type { GitHubApi, RepoRef } from './api.ts';
import { GitHubHttpError } from './api.ts';

/** GitHub rejects comment bodies over 65,536 characters. */
export const MAX_COMMENT_CHARS = 65_536;

export type CommentOutcome = { kind: 'created' } | { kind: 'updated'; id: number } | { kind: 'skipped'; warning: string };

export function commentMarker(policyPath: string): string {
  // `--` cannot appear inside an HTML comment; the path is ours, but be strict anyway.
  return `<!-- genesys-oauth-policy: ${policyPath.replace(/--+/g, '-')} -->`;
}

export async function upsertStickyComment(api: GitHubApi, repo: RepoRef, issue: number, marker: string, body: string): Promise<CommentOutcome> {
  const text = fitComment(`${marker}\n${body}`);
  try {
    const existing = (await api.listComments(repo, issue)).filter((c) => c.body.includes(marker));
    // Prefer the bot's own comment: anyone can paste the marker into theirs.
    const mine = existing.find((c) => c.isBot) ?? existing[0];
    if (mine) {
      try {
        await api.updateComment(repo, mine.id, text);
        return { kind: 'updated', id: mine.id };
      } catch (err) {
        if (!(err instanceof GitHubHttpError) || (err.status !== 403 && err.status !== 404)) throw err;
        // Not ours to edit (or gone): fall through and write a new one.
      }
    }
    await api.createComment(repo, issue, text);
    return { kind: 'created' };
  } catch (err) {
    if (err instanceof GitHubHttpError && (err.status === 403 || err.status === 404 || err.status === 401)) {
      return {
        kind: 'skipped',
        warning: `${err.message} The pull request comment was skipped: give the job \`permissions: pull-requests: write\` (fork pull requests get a read-only token).`,
      };
    }
    throw err;
  }
}

function fitComment(text: string): string {
  if (text.length <= MAX_COMMENT_CHARS) return text;
  const note = '\n\n_The rest is cut: GitHub limits a comment to 65,536 characters. The job summary has everything._\n';
  return text.slice(0, MAX_COMMENT_CHARS - note.length) + note;
}
