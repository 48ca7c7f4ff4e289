// Command-line flags and GENESYSCLOUD_* variables → audit config. Flags win over variables.
// The flags the action has as inputs, their defaults, variables and parsing come from the
// inputs table (config.ts); --format and --no-color are the CLI's own.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { AuditConfig } from '../audit.ts';
import { cliInputs, readInputs, required, type InputName } from '../config.ts';
import { ConfigError } from '../errors.ts';

/** `--flag <arg>  help (default: …; $VAR)`, wrapped to the help's width. */
function optionLine(flag: string, help: string, defaults: string[]): string {
  const note = defaults.length ? ` (default: ${defaults.join('; ')})` : '';
  const words = `${help}${note}`.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + word.length + 1 > 62) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.map((l, i) => `  ${(i === 0 ? flag : '').padEnd(Math.max(25, flag.length + 1))}${l}`).join('\n');
}

function inputLines(): string[] {
  return cliInputs().map(([name, spec]) => {
    const shown = spec.defaultDoc?.replace(/`/g, '') ?? (spec.cli.arg ? spec.default : undefined);
    const defaults = [...(shown !== undefined ? [shown] : []), ...(spec.cli.env ?? []).map((v) => `$${v}`)];
    return optionLine(spec.cli.arg ? `--${name} ${spec.cli.arg}` : `--${name}`, spec.cli.help, defaults);
  });
}

export const USAGE = `Usage: genesys-oauth-policy [audit] [options]
       genesys-oauth-policy validate [FILE…]        check policy files offline
       genesys-oauth-policy test [PATH…]            run policy unit tests
       genesys-oauth-policy explain RULE-ID|CLIENT  why a rule exists, why a client is reported
       genesys-oauth-policy merge-reports FILE…     one table for a matrix's JSON reports
       (each takes --help)

Audits a Genesys Cloud organization's OAuth clients against a YAML policy.

Options:
${inputLines().join('\n')}
${optionLine('--format <format>', "table | json | sarif | csv: json is the report file's document, sarif is for code scanning, csv is the inventory", ['table'])}
${optionLine('--no-color', 'plain output (also when NO_COLOR is set or stdout is not a terminal)', [])}
${optionLine('-h, --help', 'show this help', [])}
${optionLine('--version', 'show the version', [])}

Exit codes: 0 pass, 1 findings at or above fail-on, 2 bad usage or policy, 3 API or network failure
(retry later), 4 credentials or permission (fix the secret or the auditing client's role).`;

export const OUTPUT_FORMATS = ['table', 'json', 'sarif', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface CliOptions {
  config: AuditConfig;
  format: OutputFormat;
  color: boolean;
}

export type CliCommand = { kind: 'help' } | { kind: 'version' } | { kind: 'audit'; options: CliOptions };

export function parseCli(argv: string[], env: Record<string, string | undefined>, cwd: string, isTty: boolean): CliCommand {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        ...Object.fromEntries(cliInputs().map(([name, spec]) => [name, { type: spec.cli.arg ? ('string' as const) : ('boolean' as const) }])),
        format: { type: 'string' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    }));
  } catch (err) {
    throw new ConfigError(`${(err as Error).message.replace(/\.$/, '')}; run with --help for the options.`);
  }
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  // A boolean flag (no argument) reads as the text "true" when given.
  const str = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : values[name] === true ? 'true' : undefined);
  const format = (str('format')?.trim() || 'table') as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) throw new ConfigError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}; got "${format}".`);
  const envNames = new Map<InputName, readonly string[]>(cliInputs().map(([name, spec]) => [name, spec.cli.env ?? []]));
  const fromEnv = (name: InputName) => (envNames.get(name) ?? []).map((v) => env[v]?.trim()).find(Boolean);
  const v = readInputs(
    (name) => str(name)?.trim() || fromEnv(name),
    (name) => `\`--${name}\``,
  );
  if (!v.region && !v['api-base-url'])
    throw new ConfigError('No Genesys Cloud region: pass --region (e.g. us-east-1 or mypurecloud.com) or set GENESYSCLOUD_REGION.');
  const policyPath = path.resolve(cwd, v.policy);
  const config: AuditConfig = {
    credentials:
      v['access-token'] && !v['client-id'] && !v['client-secret']
        ? { accessToken: v['access-token'] }
        : {
            clientId: required(
              v['client-id'],
              'No client id: pass --client-id or set GENESYSCLOUD_OAUTHCLIENT_ID (or give a token with GENESYSCLOUD_ACCESS_TOKEN).',
            ),
            clientSecret: required(v['client-secret'], 'No client secret: set GENESYSCLOUD_OAUTHCLIENT_SECRET (or pass --client-secret).'),
          },
    region: v.region,
    apiBaseUrl: v['api-base-url'],
    loginBaseUrl: v['login-base-url'],
    allowInsecureHttp: v['allow-insecure-http'],
    policyPath,
    policyDisplayPath: path.relative(cwd, policyPath).split(path.sep).join('/') || v.policy,
    failOn: v['fail-on'],
    usageDays: v['usage-days'],
    rateLimitPerMinute: v['rate-limit'],
  };
  return { kind: 'audit', options: { format, color: !values['no-color'] && !env.NO_COLOR && isTty && format === 'table', config } };
}
