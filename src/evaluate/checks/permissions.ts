// Permissions a client-credentials client holds through its roles, in the divisions the
// rule looks at: denied patterns (which a held wildcard falls under), an allow list, and
// wildcards themselves. One finding per permission, naming the roles that grant it.
//
// An org has thousands of permission grants but only a few hundred distinct permissions.
// So each rule judges each distinct permission once (when a client it checks first holds
// it), into an array by the permission's number, and words its findings then; a client is
// checked by looking up each permission it holds (held-permissions.ts groups them once for
// all rules).
import type { PermissionPattern } from '../../policy/permission-pattern.ts';
import type { RuleChecks } from '../../policy/types.ts';
import { covers, intersects, isWildcard } from '../permission-match.ts';
import type { Check, EvaluationMemo } from './context.ts';
import { q, ruleFinding } from './finding.ts';
import { groupings, via } from './held-permissions.ts';

type PermissionCheck = NonNullable<RuleChecks['permissions']>;
export type Verdict = { kind: 'denied'; pattern: PermissionPattern } | { kind: 'wildcard' } | { kind: 'not-allowed' };
/** A finding's message around its "through role …": what the rule says of one permission. */
export interface Wording {
  before: string;
  after: string;
}

export const checkPermissions: Check = (rule, clients, ctx, out) => {
  const check = rule.checks.permissions;
  if (!check) return;
  const { memo } = ctx;
  const flagged = flaggedPermissions(memo, check);
  const held = groupings(memo, check.divisions);
  const segments = held.segments(clients);
  for (let c = 0; c < clients.length; c++) {
    const end = held.starts[segments[c]! + 1]!;
    for (let p = held.starts[segments[c]!]!; p < end; p++) {
      const id = held.ids[p]!;
      let wording = flagged[id];
      if (wording === undefined) wording = flagged[id] = worded(check, memo, id);
      if (wording) out.push(ruleFinding(rule, clients[c]!, held.grants[p]!.permission, `${wording.before}${via(held, p)}${wording.after}`));
    }
  }
};

/**
 * What the check reports of each of the org's permissions, by number: judged when first
 * held by a client it checks, once per evaluation (`undefined` until then, `null` for nothing).
 */
function flaggedPermissions(memo: EvaluationMemo, check: PermissionCheck): Array<Wording | null> {
  let flagged = memo.flagged.get(check);
  if (!flagged) memo.flagged.set(check, (flagged = []));
  return flagged;
}

function worded(check: PermissionCheck, memo: EvaluationMemo, id: number): Wording | null {
  const permission = memo.permissions[id]!;
  // Split once for every rule that judges it.
  const verdict = judge(check, (memo.permissionParts[id] ??= permission.split(':')));
  return verdict ? wording(permission, verdict) : null;
}

function wording(permission: string, verdict: Verdict): Wording {
  if (verdict.kind === 'wildcard') return { before: `Holds the wildcard permission ${q(permission)} `, after: '.' };
  const before = `Holds permission ${q(permission)} `;
  if (verdict.kind === 'not-allowed') return { before, after: ", which is not among this rule's allowed permissions." };
  return { before, after: verdict.pattern.source === permission ? ', which this rule denies.' : `, which this rule denies (${q(verdict.pattern.source)}).` };
}

/** Deny wins over the wildcard check, which wins over the allow list. `parts`: the permission split on `:`. */
export function judge(check: PermissionCheck, parts: readonly string[]): Verdict | undefined {
  const denied = check.deny?.find((p) => intersects(p, parts));
  if (denied) return { kind: 'denied', pattern: denied };
  if (check.denyWildcards && isWildcard(parts)) return { kind: 'wildcard' };
  if (check.allow && !check.allow.some((p) => covers(p, parts))) return { kind: 'not-allowed' };
  return undefined;
}
