// A file's text at a given commit: from the local clone when it has that commit (no token,
// no request), else through the GitHub contents API. `undefined` means the file does not
// exist at that commit (e.g. a policy added by the pull request).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ConfigError } from '../errors.ts';
import type { GitHubApi, RepoRef } from './api.ts';

const run = promisify(execFile);

export interface FileAtCommit {
  text: string | undefined;
  /** Where it was read from, for the log. */
  from: 'git' | 'api';
}

export async function readFileAtCommit(opts: { workspace: string; path: string; sha: string; repo: RepoRef; api?: GitHubApi }): Promise<FileAtCommit> {
  const local = await fromGit(opts.workspace, opts.path, opts.sha);
  if (local !== 'unavailable') return { text: local, from: 'git' };
  if (!opts.api) {
    throw new ConfigError(
      `Commit ${opts.sha.slice(0, 7)} is not in the local clone and no GitHub token was given to read ${opts.path} there: set \`github-token\` or check out with \`fetch-depth: 0\`.`,
    );
  }
  return { text: await opts.api.fileAt(opts.repo, opts.path, opts.sha), from: 'api' };
}

/** The file at `sha`, undefined when absent there, 'unavailable' when git cannot tell. */
async function fromGit(workspace: string, file: string, sha: string): Promise<string | undefined | 'unavailable'> {
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) return 'unavailable';
  const git = (args: string[]) => run('git', ['-C', workspace, ...args], { maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' });
  try {
    await git(['cat-file', '-e', `${sha}^{commit}`]);
  } catch {
    return 'unavailable';
  }
  try {
    await git(['cat-file', '-e', `${sha}:${file}`]);
  } catch {
    return undefined;
  }
  return (await git(['show', `${sha}:${file}`])).stdout;
}
