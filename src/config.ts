// Input values shared by the action and the CLI, checked once with messages that name the
// input and the bad value. An empty value counts as unset.
import { ConfigError } from './errors.ts';
import type { FailOn } from './policy/types.ts';

export const DEFAULT_POLICY_PATH = 'policies/oauth-policy.yml';
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];

export function parseFailOn(value: string | undefined, name: string): FailOn | undefined {
  const v = value?.trim().toLowerCase();
  if (!v) return undefined;
  if ((FAIL_ON as readonly string[]).includes(v)) return v as FailOn;
  throw new ConfigError(`\`${name}\` must be one of ${FAIL_ON.join(', ')}; got "${value}".`);
}

export function required(value: string | undefined, message: string): string {
  const v = value?.trim();
  if (!v) throw new ConfigError(message);
  return v;
}

export function optional(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}

export const DEFAULT_USAGE_DAYS = 90;

/** A whole number within bounds; empty → the default. */
export function parseInteger(value: string | undefined, name: string, min: number, max: number, fallback: number): number {
  const v = value?.trim();
  if (!v) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
    throw new ConfigError(`\`${name}\` must be a whole number from ${min} to ${max}; got "${value}".`);
  }
  return Number(v);
}
