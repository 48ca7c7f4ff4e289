// The action's inputs (INPUT_* variables, as the runner gives them), checked once with
// messages that name the input. Credentials are optional here: a pull request from a fork
// gets no secrets, and the gate then compares the policy files alone.
import path from 'node:path';
import type { AuditConfig } from '../audit.ts';
import { cliInputs, readInputs, required, type InputName } from '../config.ts';
import type { IssueMode } from '../github/issue-mode.ts';
import { toRepoPath } from '../repo-path.ts';
import { ConfigError } from '../errors.ts';
import type { Credentials } from '../genesys/token.ts';
import type { LooseningMode } from '../gate/loosening.ts';

export type InputReader = (name: InputName) => string;

/**
 * The runner hands each input to the action as INPUT_<NAME> (upper case, spaces as `_`),
 * which is all @actions/core's getInput reads. Read here directly, so that the first request
 * need not wait for the toolkit, and the HTTP client it bundles, to load. Trimmed.
 */
export function inputReader(env: Record<string, string | undefined>): InputReader {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export interface GateInputs {
  githubToken?: string;
  commentOnPr: boolean;
  loosening: LooseningMode;
  looseningLabel: string;
  /** Whether a pull request run without Genesys credentials passes or fails. */
  withoutCredentials: 'pass' | 'fail';
  /** Tells this job's pull request comment from another's (matrix jobs). */
  reportKey?: string;
}

export interface ActionInputs {
  /** Everything of the audit but the credentials. */
  audit: Omit<AuditConfig, 'credentials'>;
  /** Undefined when neither credential is set (fork pull requests, secrets not configured). */
  credentials?: Credentials;
  gate: GateInputs;
  /** Report files to write (absolute paths); undefined = not written. */
  reports: { sarifFile?: string; reportFile?: string; inventoryCsv?: string };
  /** Scheduled runs: the tracking issue and the baseline. */
  tracking: { issue: IssueMode; failOnNew: boolean };
  /** Set when the action merges a matrix's reports instead of auditing. */
  merge?: { patterns: string[]; expected?: number };
}

const ENV_FALLBACKS: Partial<Record<InputName, readonly string[]>> = Object.fromEntries(cliInputs().map(([name, spec]) => [name, spec.cli.env ?? []]));

function envFallback(name: InputName, env: Record<string, string | undefined>): string | undefined {
  return (ENV_FALLBACKS[name] ?? []).map((v) => env[v]?.trim()).find(Boolean);
}

/**
 * Reads the inputs; an empty input falls back to the Genesys conventions' environment variables
 * (GENESYSCLOUD_OAUTHCLIENT_ID, …, as the Terraform provider and the CLI read them).
 */
export function readActionInputs(input: InputReader, workspace: string, env: Record<string, string | undefined> = {}): ActionInputs {
  const v = readInputs(
    (name) => input(name) || envFallback(name, env),
    (name) => `\`${name}\``,
  );
  const policyPath = path.resolve(workspace, v.policy);
  return {
    audit: {
      region: v.region,
      apiBaseUrl: v['api-base-url'],
      loginBaseUrl: v['login-base-url'],
      allowInsecureHttp: v['allow-insecure-http'],
      policyPath,
      policyDisplayPath: toRepoPath(workspace, policyPath),
      failOn: v['fail-on'],
      usageDays: v['usage-days'],
      rateLimitPerMinute: v['rate-limit'],
    },
    credentials: readCredentials(v['client-id'], v['client-secret'], v['access-token']),
    reports: {
      sarifFile: optionalPath(v['sarif-file'], workspace),
      reportFile: optionalPath(v['report-file'], workspace),
      inventoryCsv: optionalPath(v['inventory-csv'], workspace),
    },
    tracking: { issue: v.issue, failOnNew: v['fail-on-new'] },
    merge: v['merge-reports']
      ? {
          patterns: v['merge-reports']
            .split('\n')
            .map((p) => p.trim())
            .filter(Boolean),
          expected: v['expected-reports'],
        }
      : undefined,
    gate: {
      githubToken: v['github-token'],
      commentOnPr: v['comment-on-pr'],
      loosening: v.loosening,
      looseningLabel: v['loosening-label'],
      withoutCredentials: v['without-credentials'],
      reportKey: v['report-key'],
    },
  };
}

/** A client id and secret (both or neither: one alone is a mistake worth stopping for), or a token. */
function readCredentials(clientId: string | undefined, clientSecret: string | undefined, accessToken: string | undefined): Credentials | undefined {
  if (accessToken) {
    if (clientId || clientSecret)
      throw new ConfigError('Set either `access-token` or `client-id` and `client-secret`, not both: which one the run logs in with must not be a guess.');
    return { accessToken };
  }
  if (!clientId && !clientSecret) return undefined;
  return {
    clientId: required(clientId, 'Input `client-id` is empty: pass the auditing OAuth client id, e.g. `client-id: ${{ secrets.GENESYS_CLIENT_ID }}`.'),
    clientSecret: required(
      clientSecret,
      'Input `client-secret` is empty: pass the auditing OAuth client secret, e.g. `client-secret: ${{ secrets.GENESYS_CLIENT_SECRET }}`.',
    ),
  };
}

/** Credentials a run cannot do without (schedule, push, workflow_dispatch). */
export function requireCredentials(credentials: Credentials | undefined): Credentials {
  if (credentials) return credentials;
  throw new ConfigError(
    'Inputs `client-id` and `client-secret` (or `access-token`) are empty: pass the auditing OAuth client, e.g. `client-id: ${{ secrets.GENESYS_CLIENT_ID }}` and `client-secret: ${{ secrets.GENESYS_CLIENT_SECRET }}` (are the secrets set for this repository or environment?).',
  );
}

function optionalPath(value: string | undefined, workspace: string): string | undefined {
  return value === undefined ? undefined : path.resolve(workspace, value);
}
