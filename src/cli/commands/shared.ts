// What the subcommands share: their flags parsed with errors in one sentence.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError } from '../../errors.ts';

export { toRepoPath as repoPath } from '../../repo-path.ts';

/** A subcommand's flags and positionals, plus `--help`; an unknown flag is a usage error naming the command. */
export function parseCommand<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], command: string, options: O) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { ...options, help: { type: 'boolean', short: 'h' } } as O & { help: { type: 'boolean'; short: 'h' } },
    });
  } catch (err) {
    throw new ConfigError(`${(err as Error).message.replace(/\.$/, '')}; run \`genesys-oauth-policy ${command} --help\` for the options.`);
  }
}
