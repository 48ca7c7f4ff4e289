// What the subcommands share: flag errors in one sentence, paths as the repository names them.
import path from 'node:path';
import { ConfigError } from '../../errors.ts';

export function usageError(err: unknown, command: string): ConfigError {
  return new ConfigError(`${(err as Error).message.replace(/\.$/, '')}; run \`genesys-oauth-policy ${command} --help\` for the options.`);
}

/** A path relative to the working directory, with forward slashes (as annotations want it). */
export function repoPath(cwd: string, file: string): string {
  const rel = path.relative(cwd, path.resolve(cwd, file));
  return rel.startsWith('..') || path.isAbsolute(rel) ? path.resolve(cwd, file) : rel.split(path.sep).join('/');
}
