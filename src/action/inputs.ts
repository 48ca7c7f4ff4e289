// The action's inputs (INPUT_* variables, as the runner gives them), checked once with
// messages that name the input. Credentials are optional here: a pull request from a fork
// gets no secrets, and the gate then compares the policy files alone.
import path from 'node:path';
import type { AuditConfig } from '../audit.ts';
import { DEFAULT_POLICY_PATH, DEFAULT_USAGE_DAYS, optional, parseFailOn, parseInteger, required } from '../config.ts';
import { ConfigError } from '../errors.ts';
import { DEFAULT_RATE_LIMIT_PER_MINUTE } from '../genesys/client.ts';
import type { Credentials } from '../genesys/token.ts';
import { LOOSENING_MODES, type LooseningMode } from '../gate/loosening.ts';

export type InputReader = (name: string) => string;

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
}

export const DEFAULT_LOOSENING_LABEL = 'oauth-policy/accept-loosening';

export function readActionInputs(input: InputReader, workspace: string): ActionInputs {
  const policyInput = optional(input('policy')) ?? DEFAULT_POLICY_PATH;
  const policyPath = path.resolve(workspace, policyInput);
  return {
    audit: {
      region: optional(input('region')),
      apiBaseUrl: optional(input('api-base-url')),
      policyPath,
      policyDisplayPath: toRepoPath(workspace, policyPath),
      failOn: parseFailOn(input('fail-on'), 'fail-on'),
      usageDays: parseInteger(input('usage-days'), 'usage-days', 0, 365, DEFAULT_USAGE_DAYS),
      rateLimitPerMinute: parseInteger(input('rate-limit'), 'rate-limit', 1, 100_000, DEFAULT_RATE_LIMIT_PER_MINUTE),
    },
    credentials: readCredentials(input),
    reports: {
      sarifFile: optionalPath(input('sarif-file'), workspace),
      reportFile: optionalPath(input('report-file'), workspace),
      inventoryCsv: optionalPath(input('inventory-csv'), workspace),
    },
    gate: {
      githubToken: optional(input('github-token')),
      commentOnPr: parseBoolean(input('comment-on-pr'), 'comment-on-pr', true),
      loosening: parseChoice(input('loosening'), 'loosening', LOOSENING_MODES, 'require-label'),
      looseningLabel: optional(input('loosening-label')) ?? DEFAULT_LOOSENING_LABEL,
      withoutCredentials: parseChoice(input('without-credentials'), 'without-credentials', ['pass', 'fail'] as const, 'fail'),
      reportKey: optional(input('report-key')),
    },
  };
}

/** Both or neither: one without the other is a mistake worth stopping for. */
function readCredentials(input: InputReader): Credentials | undefined {
  const clientId = optional(input('client-id'));
  const clientSecret = optional(input('client-secret'));
  if (!clientId && !clientSecret) return undefined;
  return {
    clientId: required(clientId, 'Input `client-id` is empty: pass the auditing OAuth client id, e.g. `client-id: ${{ secrets.GENESYS_CLIENT_ID }}`.'),
    clientSecret: required(clientSecret, 'Input `client-secret` is empty: pass the auditing OAuth client secret, e.g. `client-secret: ${{ secrets.GENESYS_CLIENT_SECRET }}`.'),
  };
}

/** Credentials a run cannot do without (schedule, push, workflow_dispatch). */
export function requireCredentials(credentials: Credentials | undefined): Credentials {
  if (credentials) return credentials;
  throw new ConfigError(
    'Inputs `client-id` and `client-secret` are empty: pass the auditing OAuth client, e.g. `client-id: ${{ secrets.GENESYS_CLIENT_ID }}` and `client-secret: ${{ secrets.GENESYS_CLIENT_SECRET }}` (are the secrets set for this repository or environment?).',
  );
}

function parseBoolean(value: string | undefined, name: string, fallback: boolean): boolean {
  const v = value?.trim().toLowerCase();
  if (!v) return fallback;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new ConfigError(`\`${name}\` must be true or false; got "${value}".`);
}

function parseChoice<T extends string>(value: string | undefined, name: string, choices: readonly T[], fallback: T): T {
  const v = value?.trim().toLowerCase();
  if (!v) return fallback;
  if ((choices as readonly string[]).includes(v)) return v as T;
  throw new ConfigError(`\`${name}\` must be one of ${choices.join(', ')}; got "${value}".`);
}

function optionalPath(value: string | undefined, workspace: string): string | undefined {
  const v = optional(value);
  return v === undefined ? undefined : path.resolve(workspace, v);
}

/** Annotations need the path relative to the repository root, with forward slashes. */
export function toRepoPath(workspace: string, file: string): string {
  const rel = path.relative(workspace, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}
