// One PR comment per job (policy file, org, optional report key), created once and then edited
// in place. It is found again by a hidden marker; a token that may not write comments gets a
// warning, never a failure.
import { createHash } from 'node:crypto';
import type { GitHubApi, RepoRef } from './api.ts';
import { GitHubHttpError } from './api.ts';

/** GitHub rejects comment bodies over 65,536 characters. */
export const MAX_COMMENT_CHARS = 65_536;

export type CommentOutcome = { kind: 'created' } | { kind: 'updated'; id: number } | { kind: 'skipped'; warning: string };

/** What makes one gate job's report distinct from another's on the same pull request. */
export interface CommentKey {
  policyPath: string;
  region?: string;
  apiBaseUrl?: string;
  /** The `report-key` input: any further distinction (e.g. a matrix entry). */
  reportKey?: string;
  /** Stands for the org when there is no report key: a short hash of the auditing client's id (never the id). */
  auditClient?: string;
}

/**
 * The hidden marker of a job's comment. With only a policy path it is the marker earlier
 * versions wrote, so their comment keeps being updated.
 */
export function commentMarker(key: CommentKey): string {
  const values = { ...key, apiBaseUrl: key.apiBaseUrl && withoutCredentials(key.apiBaseUrl) };
  const parts = [
    key.policyPath,
    ...(['region', 'apiBaseUrl', 'reportKey', 'auditClient'] as const).flatMap((k) => (values[k] ? [`${MARKER_NAMES[k]}=${values[k]}`] : [])),
  ];
  // `--` and `>` cannot appear inside an HTML comment; newlines would break the marker line.
  return `<!-- genesys-oauth-policy: ${parts
    .join(' ')
    .replace(/[\r\n]+/g, ' ')
    .replace(/--+/g, '-')
    .replace(/>/g, '')} -->`;
}

const MARKER_NAMES = { region: 'region', apiBaseUrl: 'api', reportKey: 'key', auditClient: 'client' } as const;

/**
 * A short, one-way name for the auditing client: two jobs on one pull request that audit
 * different orgs (through different clients, in one region) keep their own comments.
 */
export function auditClientKey(clientId: string): string {
  return createHash('sha256').update(clientId).digest('hex').slice(0, 12);
}

/** The comment is public: a URL's user, password, query and fragment stay out of it. */
function withoutCredentials(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return url.replace(/[?#@].*$/s, '');
  }
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
