// The CLI: same audit as the action, rendered for a terminal or as JSON; returns the exit code.
import { runAudit } from '../audit.ts';
import { ExitCode, UserError } from '../errors.ts';
import { Redactor } from '../redactor.ts';
import { resolveEndpoints } from '../genesys/regions.ts';
import type { Transport } from '../genesys/transport.ts';
import { renderConsole } from '../render/console.ts';
import { renderInventoryCsv } from '../render/csv.ts';
import { noCommands } from '../render/escape.ts';
import { renderJson } from '../render/json.ts';
import { buildReport, type ReportModel } from '../render/model.ts';
import { orgRef } from '../render/org.ts';
import { renderSarif } from '../render/sarif.ts';
import { parseCli, USAGE, type OutputFormat } from './args.ts';
import { auditingClientId, secretOf } from '../genesys/token.ts';
import { explainCommand } from './commands/explain.ts';
import { mergeReportsCommand } from './commands/merge-reports.ts';
import { testCommand } from './commands/test.ts';
import { validateCommand } from './commands/validate.ts';

export interface CliIo {
  argv: string[];
  env: Record<string, string | undefined>;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
  /** Terminal columns when stdout is a terminal. */
  columns?: number;
  version: string;
  transport?: Transport;
}

/** Subcommands beside the audit (the default, also spelled `audit`). */
const SUBCOMMANDS: Readonly<Record<string, (argv: string[], io: CliIo, redactor: Redactor) => Promise<number>>> = {
  validate: (argv, io) => validateCommand(argv, io),
  test: (argv, io) => testCommand(argv, io, new Date()),
  explain: explainCommand,
  'merge-reports': (argv, io) => mergeReportsCommand(argv, io),
};

export async function main(io: CliIo): Promise<number> {
  const redactor = new Redactor();
  try {
    const [first, ...rest] = io.argv;
    const sub = first === undefined ? undefined : SUBCOMMANDS[first];
    if (sub) return await sub(rest, io, redactor);
    const command = parseCli(first === 'audit' ? rest : io.argv, io.env, io.cwd, io.isTty);
    if (command.kind === 'help') {
      io.stdout(`${USAGE}\n`);
      return ExitCode.Pass;
    }
    if (command.kind === 'version') {
      io.stdout(`${io.version}\n`);
      return ExitCode.Pass;
    }
    const { config, format, color } = command.options;
    redactor.add(secretOf(config.credentials));
    const result = await runAudit(config, { redactor, transport: io.transport });
    const model = buildReport(result, { org: orgRef(resolveEndpoints(config).apiBaseUrl, auditingClientId(config.credentials) ?? '') });
    io.stdout(render(model, format, { color, width: io.isTty ? io.columns : undefined, version: io.version }));
    return result.passed ? ExitCode.Pass : ExitCode.Findings;
  } catch (err) {
    if (err instanceof UserError) {
      io.stderr(`${noCommands(`error: ${redactor.redact(err.message)}`)}\n`);
      return err.exitCode;
    }
    io.stderr(`${noCommands(`unexpected error (please report it): ${redactor.redact(err instanceof Error ? (err.stack ?? err.message) : String(err))}`)}\n`);
    return ExitCode.Api;
  }
}

/** One output per format; machine formats are data, the table is for people. */
function render(model: ReportModel, format: OutputFormat, opts: { color: boolean; width?: number; version: string }): string {
  switch (format) {
    case 'json':
      return renderJson(model, { toolVersion: opts.version });
    case 'sarif':
      return renderSarif(model, { toolVersion: opts.version });
    case 'csv':
      return renderInventoryCsv(model);
    case 'table':
      return renderConsole(model, { color: opts.color, width: opts.width });
  }
}
