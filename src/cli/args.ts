// Command-line flags and GENESYSCLOUD_* variables → audit config. Flags win over variables.
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { AuditConfig } from '../audit.ts';
import { DEFAULT_POLICY_PATH, DEFAULT_USAGE_DAYS, optional, parseFailOn, parseInteger, required } from '../config.ts';
import { DEFAULT_RATE_LIMIT_PER_MINUTE } from '../genesys/client.ts';
import { ConfigError } from '../errors.ts';

export const USAGE = `Usage: genesys-oauth-policy [options]

Audits a Genesys Cloud organization's OAuth clients against a YAML policy.

Options:
  --policy <path>          policy file (default: ${DEFAULT_POLICY_PATH})
  --region <region>        region alias or domain, e.g. us-east-1 or mypurecloud.com
                           (default: $GENESYSCLOUD_REGION)
  --client-id <id>         auditing OAuth client id (default: $GENESYSCLOUD_OAUTHCLIENT_ID)
  --client-secret <secret> its secret (default: $GENESYSCLOUD_OAUTHCLIENT_SECRET; prefer the
                           variable: command lines are visible to other local users)
  --api-base-url <url>     API base URL instead of the region's, e.g. an emulator
                           (default: $GENESYSCLOUD_API_BASE_URL)
  --fail-on <level>        error | warning | never (default: the policy's settings.fail-on, else error)
  --usage-days <n>         days of API usage to read for unused-client rules, 0 = off
                           (default: ${DEFAULT_USAGE_DAYS}; oauth:client:view or usage:organization:view)
  --rate-limit <n>         requests a minute when the org's own limit cannot be read
                           (default: ${DEFAULT_RATE_LIMIT_PER_MINUTE})
  --format <format>        table | json (default: table)
  --no-color               plain output (also when NO_COLOR is set or stdout is not a terminal)
  -h, --help               show this help
  --version                show the version

Exit codes: 0 pass, 1 findings at or above fail-on, 2 bad usage or policy, 3 API or network failure
(retry later), 4 credentials or permission (fix the secret or the auditing client's role).`;

export interface CliOptions {
  config: AuditConfig;
  format: 'table' | 'json';
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
        policy: { type: 'string' },
        region: { type: 'string' },
        'client-id': { type: 'string' },
        'client-secret': { type: 'string' },
        'api-base-url': { type: 'string' },
        'fail-on': { type: 'string' },
        'usage-days': { type: 'string' },
        'rate-limit': { type: 'string' },
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
  const str = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const format = optional(str('format')) ?? 'table';
  if (format !== 'table' && format !== 'json') throw new ConfigError(`--format must be table or json; got "${format}".`);
  const policyInput = optional(str('policy')) ?? DEFAULT_POLICY_PATH;
  const policyPath = path.resolve(cwd, policyInput);
  const region = optional(str('region')) ?? optional(env.GENESYSCLOUD_REGION);
  const apiBaseUrl = optional(str('api-base-url')) ?? optional(env.GENESYSCLOUD_API_BASE_URL);
  return {
    kind: 'audit',
    options: {
      format,
      color: !values['no-color'] && !env.NO_COLOR && isTty && format === 'table',
      config: {
        credentials: {
          clientId: required(str('client-id') ?? env.GENESYSCLOUD_OAUTHCLIENT_ID, 'No client id: pass --client-id or set GENESYSCLOUD_OAUTHCLIENT_ID.'),
          clientSecret: required(
            str('client-secret') ?? env.GENESYSCLOUD_OAUTHCLIENT_SECRET,
            'No client secret: set GENESYSCLOUD_OAUTHCLIENT_SECRET (or pass --client-secret).',
          ),
        },
        region,
        apiBaseUrl,
        policyPath,
        policyDisplayPath: path.relative(cwd, policyPath).split(path.sep).join('/') || policyInput,
        failOn: parseFailOn(str('fail-on'), '--fail-on'),
        usageDays: parseInteger(str('usage-days'), '--usage-days', 0, 365, DEFAULT_USAGE_DAYS),
        rateLimitPerMinute: parseInteger(str('rate-limit'), '--rate-limit', 1, 100_000, DEFAULT_RATE_LIMIT_PER_MINUTE),
      },
    },
  };
}
