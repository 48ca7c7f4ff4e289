// Runs the CLI with the process's arguments, environment and streams; the version it reports
// is package.json's, the one the release check compares with the changelog and the tag.
import pkg from '../../package.json' with { type: 'json' };
import { main } from './main.ts';

export function runCli(): Promise<number> {
  return main({
    argv: process.argv.slice(2),
    env: process.env,
    cwd: process.cwd(),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTty: Boolean(process.stdout.isTTY),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    version: pkg.version,
  });
}
