// The action's inputs (INPUT_* variables, as the runner gives them) → audit config.
import path from 'node:path';
import type { AuditConfig } from '../audit.ts';
import { DEFAULT_POLICY_PATH, DEFAULT_USAGE_DAYS, optional, parseFailOn, parseInteger, required } from '../config.ts';
import { DEFAULT_RATE_LIMIT_PER_MINUTE } from '../genesys/client.ts';

export type InputReader = (name: string) => string;

export function readActionConfig(input: InputReader, workspace: string): AuditConfig {
  const policyInput = optional(input('policy')) ?? DEFAULT_POLICY_PATH;
  const policyPath = path.resolve(workspace, policyInput);
  return {
    credentials: {
      clientId: required(input('client-id'), 'Input `client-id` is empty: pass the auditing OAuth client id, e.g. `client-id: ${{ secrets.GENESYS_CLIENT_ID }}`.'),
      clientSecret: required(input('client-secret'), 'Input `client-secret` is empty: pass the auditing OAuth client secret, e.g. `client-secret: ${{ secrets.GENESYS_CLIENT_SECRET }}`.'),
    },
    region: optional(input('region')),
    apiBaseUrl: optional(input('api-base-url')),
    policyPath,
    policyDisplayPath: toRepoPath(workspace, policyPath),
    failOn: parseFailOn(input('fail-on'), 'fail-on'),
    usageDays: parseInteger(input('usage-days'), 'usage-days', 0, 365, DEFAULT_USAGE_DAYS),
    rateLimitPerMinute: parseInteger(input('rate-limit'), 'rate-limit', 1, 100_000, DEFAULT_RATE_LIMIT_PER_MINUTE),
  };
}

/** Annotations need the path relative to the repository root, with forward slashes. */
export function toRepoPath(workspace: string, file: string): string {
  const rel = path.relative(workspace, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}
