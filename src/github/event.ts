// What triggered the run, read from GITHUB_EVENT_NAME and the payload at GITHUB_EVENT_PATH.
// Only the facts the gate needs, checked, so that a strange payload is an error, not a crash.
import { readFile } from 'node:fs/promises';
import { ConfigError } from '../errors.ts';

export interface PullRequestInfo {
  number: number;
  baseSha: string;
  headSha: string;
  /** owner/name of the repository the PR merges into. */
  baseRepo: string;
  /** owner/name of the repository the PR comes from (differs for forks). */
  headRepo: string;
  labels: string[];
}

export interface RunEvent {
  name: string;
  /** owner/name of the repository the workflow runs in. */
  repository: string;
  pullRequest?: PullRequestInfo;
}

export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

export async function readRunEvent(env: Record<string, string | undefined>): Promise<RunEvent> {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const repository = env.GITHUB_REPOSITORY ?? '';
  if (!PULL_REQUEST_EVENTS.includes(name)) return { name, repository };
  const payload = await readPayload(env.GITHUB_EVENT_PATH);
  return { name, repository, pullRequest: pullRequestOf(payload, name) };
}

async function readPayload(file: string | undefined): Promise<unknown> {
  if (!file) throw new ConfigError('GITHUB_EVENT_PATH is not set, so the pull request cannot be read.');
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    throw new ConfigError(`The event payload at ${file} cannot be read as JSON.`);
  }
}

function pullRequestOf(payload: unknown, event: string): PullRequestInfo {
  const pr = (payload as { pull_request?: Record<string, unknown> } | null)?.pull_request;
  const base = pr?.base as { sha?: unknown; repo?: { full_name?: unknown } } | undefined;
  const head = pr?.head as { sha?: unknown; repo?: { full_name?: unknown } | null } | undefined;
  const number = pr?.number;
  if (typeof number !== 'number' || typeof base?.sha !== 'string' || typeof head?.sha !== 'string') {
    throw new ConfigError(`The ${event} event payload has no pull_request with a number and base and head commits.`);
  }
  const baseRepo = typeof base.repo?.full_name === 'string' ? base.repo.full_name : '';
  // A deleted fork has no head repo; treat it as a fork.
  const headRepo = typeof head.repo?.full_name === 'string' ? head.repo.full_name : '';
  const labels = Array.isArray(pr?.labels)
    ? (pr.labels as Array<{ name?: unknown }>).map((l) => l?.name).filter((n): n is string => typeof n === 'string')
    : [];
  return { number, baseSha: base.sha, headSha: head.sha, baseRepo, headRepo, labels };
}

export function isFork(pr: PullRequestInfo): boolean {
  return pr.headRepo === '' || pr.headRepo.toLowerCase() !== pr.baseRepo.toLowerCase();
}
