// `genesys-oauth-policy merge-reports FILE…`: a matrix's JSON reports in one table. Exit 1
// when an org fails, 2 when a report is missing, damaged or duplicated.
import { ConfigError, ExitCode } from '../../errors.ts';
import { mergeReports } from '../../fan-in/merge.ts';
import { readReports } from '../../fan-in/read-reports.ts';
import { renderFanIn } from '../../render/fan-in.ts';
import type { CliIo } from '../main.ts';
import { parseCommand } from './shared.ts';

export const MERGE_USAGE = `Usage: genesys-oauth-policy merge-reports FILE|GLOB… [--expected N]

Merges the JSON reports of several audits (a matrix of orgs) into one markdown table: org ×
verdict × counts × new since the last run. --expected is how many reports the matrix
should have produced: fewer fails the merge.
Exit codes: 0 every org passes, 1 an org fails, 2 a report is missing, damaged or duplicated.`;

export async function mergeReportsCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(argv, 'merge-reports', { expected: { type: 'string' } } as const);
  if (values.help) return (io.stdout(`${MERGE_USAGE}\n`), ExitCode.Pass);
  if (positionals.length === 0) throw new ConfigError('merge-reports needs the report files (or glob patterns) to merge.');
  const expected = values.expected === undefined ? undefined : Number(values.expected);
  if (expected !== undefined && !(Number.isInteger(expected) && expected > 0))
    throw new ConfigError(`--expected must be a whole number above 0; got "${values.expected}".`);
  const merged = mergeReports(await readReports(positionals, io.cwd), expected);
  io.stdout(renderFanIn(merged));
  return merged.problems.length ? ExitCode.Usage : merged.passed ? ExitCode.Pass : ExitCode.Findings;
}
