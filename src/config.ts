// The one definition of the inputs: name, default, description, parser, and, for those the
// CLI takes too, its flag help and environment fallbacks. The action reads its inputs from
// this table (action/inputs.ts), the CLI its flags (cli/args.ts, --help included), and
// action.yml and the README's inputs table say the same (__tests__/config.test.ts checks
// them; `npm exec -- node scripts/gen-inputs-doc.ts` rewrites them). A parser names the
// value in its errors by `label`: `usage-days` in the action, `--usage-days` in the CLI.
import { ConfigError } from './errors.ts';
import { DEFAULT_RATE_LIMIT_PER_MINUTE } from './genesys/client.ts';
import { LOOSENING_MODES, type LooseningMode } from './gate/loosening.ts';
import { ISSUE_MODES } from './github/issue-mode.ts';
import type { FailOn } from './policy/types.ts';

export interface InputSpec<T> {
  /** Shown in action.yml and the README. */
  description: string;
  /** The value an empty input takes, as action.yml writes it. */
  default?: string;
  /** What action.yml writes as the default when it is not the code's (the runner fills it in). */
  actionDefault?: string;
  /** The README's Default column when the default is a behaviour rather than a value. */
  defaultDoc?: string;
  /** Empty → undefined (then the default, if any, is parsed instead). */
  parse(value: string, label: string): T;
  /**
   * Taken by the CLI as `--<name> <arg>` (or a bare `--<name>`, meaning true, without
   * `arg`): its help line and environment variables, the first set one wins.
   */
  cli?: { arg?: string; help: string; env?: readonly string[] };
}

const FAIL_ON: readonly FailOn[] = ['notice', 'warning', 'error', 'never'];

const text = (value: string): string => value;

function integer(min: number, max: number) {
  return (value: string, label: string): number => {
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max)
      throw new ConfigError(`${label} must be a whole number from ${min} to ${max}; got "${value}".`);
    return Number(value);
  };
}

function choice<T extends string>(choices: readonly T[]) {
  return (value: string, label: string): T => {
    const v = value.toLowerCase();
    if ((choices as readonly string[]).includes(v)) return v as T;
    throw new ConfigError(`${label} must be one of ${choices.join(', ')}; got "${value}".`);
  };
}

function boolean(value: string, label: string): boolean {
  const v = value.toLowerCase();
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new ConfigError(`${label} must be true or false; got "${value}".`);
}

function httpUrl(value: string, label: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${label} is not a valid URL: "${value}".`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError(`${label} must be an http(s) URL, got "${value}".`);
  return value;
}

export const INPUTS = {
  'client-id': {
    description:
      'Id of the auditing OAuth client (Client Credentials grant). Its role needs oauth:client:view and authorization:role:view. Required except on pull requests, where an empty value (fork pull requests get no secrets) makes the gate compare the policy files only.',
    parse: text,
    cli: { arg: '<id>', help: 'auditing OAuth client id', env: ['GENESYSCLOUD_OAUTHCLIENT_ID'] },
  },
  'client-secret': {
    description:
      'Secret of the auditing OAuth client. Pass it from a repository or environment secret; it is masked in the log and never written to any output.',
    parse: text,
    cli: {
      arg: '<secret>',
      help: 'its secret (prefer the variable: command lines are visible to other local users)',
      env: ['GENESYSCLOUD_OAUTHCLIENT_SECRET'],
    },
  },
  'access-token': {
    description:
      'Instead of `client-id` and `client-secret`: an access token minted by an earlier step (it is used as it is and never renewed; masked like the secret). The run state in the tracking issue is then not signed, since there is no lasting secret to sign it with.',
    parse: text,
    cli: { arg: '<token>', help: 'an access token from an earlier step, instead of the client id and secret', env: ['GENESYSCLOUD_ACCESS_TOKEN'] },
  },
  region: {
    description:
      "The org's region, as an alias (us-east-1, eu-west-1, ap-southeast-2, …) or a domain (mypurecloud.com, mypurecloud.ie, usw2.pure.cloud, …); an unknown value lists the valid ones.",
    parse: text,
    cli: { arg: '<region>', help: 'region alias or domain, e.g. us-east-1 or mypurecloud.com', env: ['GENESYSCLOUD_REGION'] },
  },
  'api-base-url': {
    description:
      "Platform API base URL instead of the region's (a proxy, a private deployment, an emulator). The token endpoint is `login.` in place of `api.` in its host, else the same origin, unless `login-base-url` is set.",
    parse: httpUrl,
    cli: { arg: '<url>', help: "API base URL instead of the region's, e.g. an emulator", env: ['GENESYSCLOUD_API_BASE_URL', 'GENESYSCLOUD_API_REGION'] },
  },
  'login-base-url': {
    description: 'Base URL of the login service (where /oauth/token is) instead of the one derived from the region or `api-base-url`.',
    parse: httpUrl,
    cli: { arg: '<url>', help: 'login service base URL instead of the derived one', env: ['GENESYSCLOUD_LOGIN_BASE_URL'] },
  },
  'allow-insecure-http': {
    description:
      'Allow http:// for `api-base-url` and `login-base-url` (an emulator or a proxy on the same host); the credentials and token then travel unencrypted (true or false).',
    default: 'false',
    parse: boolean,
    cli: { help: 'allow http:// base URLs (an emulator, a local proxy)', env: ['GENESYSCLOUD_ALLOW_INSECURE_HTTP'] },
  },
  policy: {
    description: 'Path of the policy file, relative to the repository root (the CLI: to the working directory).',
    default: 'policies/oauth-policy.yml',
    parse: text,
    cli: { arg: '<path>', help: 'policy file' },
  },
  'fail-on': {
    description: "Lowest severity that fails the run: notice, warning, error or never. Empty: the policy's settings.fail-on, else error.",
    defaultDoc: "the policy's `settings.fail-on`, else `error`",
    parse: choice(FAIL_ON),
    cli: { arg: '<level>', help: 'error | warning | never' },
  },
  'usage-days': {
    description:
      'Days of API usage to read for rules about unused clients (one organization-wide usage query, in spans of days for a large org, widened to the longest unused rule, read only when the policy has an unused rule); 0 turns it off and those rules are reported as skipped. The API documents oauth:client:view or usage:organization:view as enough; if Genesys Cloud refuses the query or it does not complete, the audit goes on and each unused rule is an error finding "not evaluated", so the run cannot pass on it.',
    default: '90',
    parse: integer(0, 365),
    cli: { arg: '<n>', help: 'days of API usage to read for unused-client rules, 0 = off' },
  },
  'rate-limit': {
    description: "Requests per minute to pace on when the org's own per-token limit (GET /api/v2/organizations/limits/namespaces/platform.api) cannot be read.",
    default: String(DEFAULT_RATE_LIMIT_PER_MINUTE),
    parse: integer(1, 100_000),
    cli: { arg: '<n>', help: "requests a minute when the org's own limit cannot be read" },
  },
  'sarif-file': {
    description:
      'Write a SARIF 2.1.0 report here (relative to the workspace) for GitHub code scanning (github/codeql-action/upload-sarif): one result per client × rule on its policy line. Empty: not written.',
    parse: text,
  },
  'report-file': {
    description:
      'Write the JSON report here (relative to the workspace): verdict, one result per client × rule, accepted findings and the inventory; its shape is schemas/report.schema.json. Empty: not written.',
    parse: text,
  },
  'inventory-csv': {
    description: 'Write the inventory as CSV here (relative to the workspace), one row per client. Empty: not written.',
    parse: text,
  },
  'github-token': {
    description:
      "Token for GitHub: on pull requests it reads the base policy when the clone lacks the base commit and the pull request's current labels, and writes the sticky comment (needs `pull-requests: write`); on scheduled runs it reads and writes the tracking issue (needs `issues: write`).",
    actionDefault: '${{ github.token }}',
    parse: text,
  },
  'comment-on-pr': {
    description: "On pull requests: keep one comment with the change's impact, updated in place (true or false).",
    default: 'true',
    parse: boolean,
  },
  loosening: {
    description:
      'On pull requests, a change that loosens the policy (decided from the two policy files, construct by construct: docs/policy.md): require-label (fail unless the pull request has `loosening-label`), warn (report it, pass), or allow.',
    default: 'require-label',
    parse: choice<LooseningMode>(LOOSENING_MODES),
  },
  'loosening-label': {
    description: 'The pull request label that acknowledges a loosening change.',
    default: 'oauth-policy/accept-loosening',
    parse: text,
  },
  issue: {
    description:
      'Scheduled runs: keep one tracking issue per org and policy (label `genesys-oauth-policy`, needs `issues: write`): `on-failure` opens it when the run fails, edits it in place, closes it when the run passes again; `always` keeps it open as a dashboard; `off` touches no issue and so remembers nothing between runs. The issue also holds the state that "new since the last run" is computed from.',
    default: 'on-failure',
    parse: choice(ISSUE_MODES),
  },
  'fail-on-new': {
    description:
      "Scheduled runs: fail only on findings (at or above fail-on) that the previous run did not report, as linters' baselines do, while the summary still shows every finding. Without a usable baseline every finding is new (true or false).",
    default: 'false',
    parse: boolean,
  },
  'merge-reports': {
    description:
      "Instead of auditing: merge the JSON reports matching these glob patterns (one per line, relative to the workspace; e.g. a matrix's downloaded artifacts) into one summary of org × verdict × counts × new since the last run. Fails when an org fails or a report is missing, damaged or duplicated.",
    parse: text,
  },
  'expected-reports': {
    description: 'With `merge-reports`: how many reports the matrix should have produced; fewer fails the merge.',
    parse: integer(1, 1000),
  },
  'report-key': {
    description:
      "A name that tells this job's reports from another's when several jobs audit the same repository (e.g. the matrix entry's org name): the pull request comment, the tracking issue and the SARIF category. The region, `api-base-url`, policy path and (without a report key) a hash of the auditing client id already tell jobs apart; a report key also keeps one comment whether or not the run had credentials.",
    parse: text,
  },
  'without-credentials': {
    description:
      'On pull requests without Genesys credentials (forks; secrets not set): fail, or pass after validating and comparing the policy files. Other events always need credentials.',
    default: 'fail',
    parse: choice(['pass', 'fail'] as const),
  },
} satisfies Record<string, InputSpec<unknown>>;

export type InputName = keyof typeof INPUTS;
type Parsed<S> = S extends { parse(value: string, label: string): infer T } ? T : never;
/** Each input's parsed value; undefined when empty and without a default. */
export type InputValues = {
  [K in InputName]: (typeof INPUTS)[K] extends { default: string } ? Parsed<(typeof INPUTS)[K]> : Parsed<(typeof INPUTS)[K]> | undefined;
};

/**
 * Reads and parses inputs by name: `raw` gives the text (undefined or blank = unset), and
 * `label` names an input in error messages.
 */
export function readInputs(raw: (name: InputName) => string | undefined, label: (name: InputName) => string): InputValues {
  const values: Record<string, unknown> = {};
  for (const [name, s] of Object.entries(INPUTS) as Array<[InputName, InputSpec<unknown>]>) {
    const value = raw(name)?.trim() || s.default;
    values[name] = value === undefined ? undefined : s.parse(value, label(name));
  }
  return values as InputValues;
}

type CliInputSpec = InputSpec<unknown> & { cli: NonNullable<InputSpec<unknown>['cli']> };

/** Inputs the CLI takes as flags, in table order. */
export function cliInputs(): Array<[InputName, CliInputSpec]> {
  return (Object.entries(INPUTS) as Array<[InputName, InputSpec<unknown>]>).filter((e): e is [InputName, CliInputSpec] => e[1].cli !== undefined);
}

export function required(value: string | undefined, message: string): string {
  const v = value?.trim();
  if (!v) throw new ConfigError(message);
  return v;
}
