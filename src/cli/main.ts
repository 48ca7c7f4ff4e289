// The CLI: same audit as the action, rendered for a terminal or as JSON; returns the exit code.
import { runAudit } from '../audit.ts';
import { ExitCode, UserError } from '../errors.ts';
import { Redactor } from '../redactor.ts';
import { renderConsole } from '../render/console.ts';
import { renderJson } from '../render/json.ts';
import type { Transport } from '../genesys/transport.ts';
import { parseCli, USAGE } from './args.ts';

export interface CliIo {
  argv: string[];
  env: Record<string, string | undefined>;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
  version: string;
  transport?: Transport;
}

export async function main(io: CliIo): Promise<number> {
  const redactor = new Redactor();
  try {
    const command = parseCli(io.argv, io.env, io.cwd, io.isTty);
    if (command.kind === 'help') {
      io.stdout(`${USAGE}\n`);
      return ExitCode.Pass;
    }
    if (command.kind === 'version') {
      io.stdout(`${io.version}\n`);
      return ExitCode.Pass;
    }
    const { config, format, color } = command.options;
    redactor.add(config.credentials.clientSecret);
    const result = await runAudit(config, { redactor, transport: io.transport });
    io.stdout(format === 'json' ? renderJson(result) : renderConsole(result, { color }));
    return result.passed ? ExitCode.Pass : ExitCode.Findings;
  } catch (err) {
    if (err instanceof UserError) {
      io.stderr(`error: ${redactor.redact(err.message)}\n`);
      return err.exitCode;
    }
    io.stderr(`unexpected error (please report it): ${redactor.redact(err instanceof Error ? (err.stack ?? err.message) : String(err))}\n`);
    return ExitCode.Api;
  }
}
