// `genesys-oauth-policy validate [FILE…]`: policy files checked offline, every problem in one
// pass; exit 2 on any error. In GitHub Actions it also writes the problems as annotations.
import path from 'node:path';
import { INPUTS } from '../../config.ts';
import { ConfigError, ExitCode } from '../../errors.ts';
import { renderValidationCommands, renderValidationJson, renderValidationText } from '../../render/validation.ts';
import { validatePolicyFiles } from '../../validate/validate-files.ts';
import type { CliIo } from '../main.ts';
import { repoPath, parseCommand } from './shared.ts';

export const VALIDATE_USAGE = `Usage: genesys-oauth-policy validate [FILE…] [--format text|json]

Checks policy files offline — YAML, schema, lint and the scope catalog — and reports every
problem of every file at its line. No credentials, no network. FILE defaults to
${INPUTS.policy.default}. In GitHub Actions (GITHUB_ACTIONS=true) the problems are also
annotations. Exit codes: 0 valid, 2 a file is invalid or unreadable.`;

export async function validateCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(argv, 'validate', { format: { type: 'string' } } as const);
  if (values.help) return (io.stdout(`${VALIDATE_USAGE}\n`), ExitCode.Pass);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new ConfigError(`--format must be text or json; got "${format}".`);
  const files = (positionals.length ? positionals : [INPUTS.policy.default]).map((f) => ({ path: path.resolve(io.cwd, f), display: repoPath(io.cwd, f) }));
  const results = await validatePolicyFiles(files);
  io.stdout(format === 'json' ? renderValidationJson(results) : renderValidationText(results));
  if (io.env.GITHUB_ACTIONS === 'true') io.stdout(renderValidationCommands(results));
  return results.every((r) => r.ok) ? ExitCode.Pass : ExitCode.Usage;
}
