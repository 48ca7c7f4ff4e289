// Permissions a client-credentials client holds through its roles, in the divisions the
// rule looks at: denied patterns (which a held wildcard falls under), an allow list, and
// wildcards themselves. One finding per permission, naming the roles that grant it.
//
// An org has thousands of permission grants but only a few hundred distinct permissions.
// So each rule judges every distinct permission of the org once, into an array by the
// permission's number, and words its findings then; a client is checked by looking up each
// permission it holds (held-permissions.ts groups them once for all rules).
import type { PermissionPattern } from '../../policy/permission-pattern.ts';
import type { RuleChecks } from '../../policy/types.ts';
import { covers, intersects, isWildcard } from '../permission-match.ts';
import type { Check, EvaluationMemo } from './context.ts';
import { q, ruleFinding } from './finding.ts';
import { heldPermissions, via } from './held-permissions.ts';

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
  const flagged = flaggedPermissions(ctx.memo, check);
  for (let c = 0; c < clients.length; c++) {
    const client = clients[c]!;
    if (client.permissions.length === 0) continue;
    const held = heldPermissions(ctx.memo, client, check.divisions);
    for (let i = 0; i < held.length; i++) {
      const h = held[i]!;
      const wording = flagged[h.id];
      if (wording) out.push(ruleFinding(rule, client, h.grant.permission, `${wording.before}${via(ctx.memo, h)}${wording.after}`));
    }
  }
};

/** The org's permissions this rule reports, by number, worded; judged once per evaluation. */
function flaggedPermissions(memo: EvaluationMemo, check: PermissionCheck): ReadonlyArray<Wording | undefined> {
  let flagged = memo.flagged.get(check);
  if (!flagged) {
    const byId: Array<Wording | undefined> = [];
    for (const [permission, id] of memo.permissionIds) {
      const verdict = judge(check, permission);
      byId[id] = verdict && wording(permission, verdict);
    }
    memo.flagged.set(check, (flagged = byId));
  }
  return flagged;
}

function wording(permission: string, verdict: Verdict): Wording {
  if (verdict.kind === 'wildcard') return { before: `Holds the wildcard permission ${q(permission)} `, after: '.' };
  const before = `Holds permission ${q(permission)} `;
  if (verdict.kind === 'not-allowed') return { before, after: ", which is not among this rule's allowed permissions." };
  return { before, after: verdict.pattern.source === permission ? ', which this rule denies.' : `, which this rule denies (${q(verdict.pattern.source)}).` };
}

/** Deny wins over the wildcard check, which wins over the allow list. */
export function judge(check: PermissionCheck, permission: string): Verdict | undefined {
  const parts = permission.split(':');
  const denied = check.deny?.find((p) => intersects(p, parts));
  if (denied) return { kind: 'denied', pattern: denied };
  if (check.denyWildcards && isWildcard(parts)) return { kind: 'wildcard' };
  if (check.allow && !check.allow.some((p) => covers(p, parts))) return { kind: 'not-allowed' };
  return undefined;
}
