// Clients with no API request for N days, from the usage the audit read. Usage is counted
// in UTC days and today's count may be incomplete, so a request today or yesterday always
// counts as recent. Clients younger than N days are not judged (a grace period). When
// usage was not read, or the window read is shorter than N days, evaluation skips the rule
// (see evaluate.ts): it is reported as skipped, never as passed.
import type { Rule } from '../../policy/types.ts';
import { newFinding, type Finding } from '../findings.ts';
import type { Check } from './context.ts';
import { daysAgo } from './context.ts';
import { ruleFinding } from './finding.ts';

export const checkUnused: Check = (rule, clients, ctx, out) => {
  const check = rule.checks.unused;
  const { usage } = ctx;
  if (!check || !usage || usage.days < check.maxDays) return;
  // Clients share the day they were last used, and the never used one sentence: a message
  // per day (or null: recent enough), not per client.
  const never = `Made no API request in the ${usage.days} days read (${usage.from} to ${usage.to}); this rule allows ${check.maxDays}.`;
  const byLastUse = new Map<string, string | null>();
  const lastUsedOn = (day: string) => {
    let message = byLastUse.get(day);
    if (message === undefined) byLastUse.set(day, (message = idleSince(day, daysAgo(ctx, day), check.maxDays)));
    return message;
  };
  for (let i = 0; i < clients.length; i++) {
    const client = clients[i]!;
    const { lastUsed } = client;
    if (lastUsed === undefined) continue;
    const age = client.dateCreated ? daysAgo(ctx, client.dateCreated) : undefined;
    if (age !== undefined && age < check.maxDays) continue;
    const message = lastUsed === null ? never : lastUsedOn(lastUsed);
    if (message !== null) out.push(ruleFinding(rule, client, undefined, message));
  }
};

function idleSince(lastUsed: string, idle: number | undefined, maxDays: number): string | null {
  if (idle === undefined || idle < maxDays) return null;
  return `Made its last API request on ${lastUsed}, ${idle} days ago; this rule allows ${maxDays}.`;
}

/** Why a rule with an `unused` check cannot be evaluated on this inventory, or undefined. */
export function unusedSkipReason(maxDays: number, usage: { days: number } | undefined): string | undefined {
  if (!usage) return 'usage was not read (set `usage-days`, and give the auditing client usage:organization:view)';
  if (usage.days < maxDays) return `usage was read for ${usage.days} days, fewer than the ${maxDays} days this rule needs`;
  return undefined;
}

/**
 * Usage was asked for but could not be read: each rule with an `unused` check is reported
 * as not evaluated, an error, so that the run never passes on a rule it could not judge.
 */
export function unusedNotEvaluated(rules: readonly Rule[], usageUnreadable: string | undefined): Finding[] {
  if (!usageUnreadable) return [];
  return rules
    .filter((rule) => rule.checks.unused)
    .map((rule) => newFinding(rule.id, 'error', `Not evaluated: ${usageUnreadable}.`, rule.location, rule.category, undefined, undefined, undefined));
}
