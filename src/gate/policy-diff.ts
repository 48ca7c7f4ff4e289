// What a policy change changes, read from the two policies alone (no org needed): rules
// added, removed, changed or re-graded, exceptions added, extended or dropped, and the
// settings that decide what fails. Each change says whether it loosens the policy, so a
// reviewer sees it even when the live evaluation could not run (fork pull requests).
import { SEVERITY_RANK } from '../evaluate/findings.ts';
import type { FailOn, Policy, PolicyException, Rule, SeverityOrOff, SourceLocation } from '../policy/types.ts';

export interface PolicyChange {
  kind:
    | 'rule-added'
    | 'rule-removed'
    | 'rule-changed'
    | 'severity-lowered'
    | 'severity-raised'
    | 'exception-added'
    | 'exception-extended'
    | 'exception-shortened'
    | 'exception-removed'
    | 'setting-loosened'
    | 'setting-tightened'
    | 'client-approved'
    | 'client-unlisted';
  /** Does this change, by its nature, let something pass that failed before? */
  loosens: boolean;
  /** One sentence for reviewers. */
  description: string;
  /** Where in the head policy (undefined for something removed). */
  location?: SourceLocation;
}

export function diffPolicies(base: Policy, head: Policy): PolicyChange[] {
  return [...ruleChanges(base, head), ...exceptionChanges(base.exceptions, head.exceptions), ...settingChanges(base, head), ...desiredStateChanges(base, head)];
}

function ruleChanges(base: Policy, head: Policy): PolicyChange[] {
  const before = new Map(base.rules.map((r) => [r.id, r]));
  const after = new Map(head.rules.map((r) => [r.id, r]));
  const out: PolicyChange[] = [];
  for (const [id, rule] of after) {
    const old = before.get(id);
    if (!old) out.push({ kind: 'rule-added', loosens: false, description: `Rule \`${id}\` is added${origin(rule)}.`, location: rule.location });
    else {
      if (old.fingerprint !== rule.fingerprint) {
        out.push({ kind: 'rule-changed', loosens: false, description: `Rule \`${id}\` now selects or checks something else; its findings below show the effect.`, location: rule.location });
      }
      const delta = SEVERITY_RANK[rule.severity] - SEVERITY_RANK[old.severity];
      if (delta !== 0) {
        const kind = delta < 0 ? 'severity-lowered' : 'severity-raised';
        out.push({ kind, loosens: delta < 0, description: `Rule \`${id}\` goes from ${old.severity} to ${rule.severity}.`, location: rule.location });
      }
    }
  }
  for (const [id, rule] of before) {
    if (after.has(id)) continue;
    const off = head.disabledRules.includes(id);
    out.push({ kind: 'rule-removed', loosens: true, description: off ? `Built-in rule \`${id}\` is turned off in \`overrides\`.` : `Rule \`${id}\` is removed${origin(rule)}.` });
  }
  return out;
}

function origin(rule: Rule): string {
  return rule.origin === 'policy' ? '' : ` (pack \`${rule.origin}\`)`;
}

function exceptionKey(e: PolicyException): string {
  return `${e.ruleId}\u0000${e.client}\u0000${e.subject?.source ?? ''}`;
}

function exceptionChanges(base: readonly PolicyException[], head: readonly PolicyException[]): PolicyChange[] {
  const before = new Map(base.map((e) => [exceptionKey(e), e]));
  const after = new Map(head.map((e) => [exceptionKey(e), e]));
  const out: PolicyChange[] = [];
  for (const [key, e] of after) {
    const old = before.get(key);
    const what = `the exception for rule \`${e.ruleId}\` and client "${e.client}"${e.subject ? ` (${e.subject.source})` : ''}`;
    if (!old) out.push({ kind: 'exception-added', loosens: true, description: `${capitalize(what)} is added, until ${e.expires} (owner ${e.owner}).`, location: e.location });
    else if (e.expires > old.expires) out.push({ kind: 'exception-extended', loosens: true, description: `${capitalize(what)} now expires on ${e.expires} instead of ${old.expires}.`, location: e.location });
    else if (e.expires < old.expires) out.push({ kind: 'exception-shortened', loosens: false, description: `${capitalize(what)} now expires on ${e.expires} instead of ${old.expires}.`, location: e.location });
  }
  for (const [key, e] of before) {
    if (!after.has(key)) out.push({ kind: 'exception-removed', loosens: false, description: `The exception for rule \`${e.ruleId}\` and client "${e.client}" is removed.` });
  }
  return out;
}

const FAIL_ON_RANK: Readonly<Record<FailOn, number>> = { warning: 2, error: 1, never: 0 };
const SEVERITY_OR_OFF_RANK: Readonly<Record<SeverityOrOff, number>> = { error: 3, warning: 2, notice: 1, off: 0 };

function settingChanges(base: Policy, head: Policy): PolicyChange[] {
  const out: PolicyChange[] = [];
  const failOn = (p: Policy) => p.failOn ?? 'error';
  const delta = FAIL_ON_RANK[failOn(head)] - FAIL_ON_RANK[failOn(base)];
  if (delta !== 0) out.push(setting(delta < 0, `\`settings.fail-on\` goes from ${failOn(base)} to ${failOn(head)}.`));
  if (head.maxExceptionDays !== base.maxExceptionDays) {
    out.push(setting(head.maxExceptionDays > base.maxExceptionDays, `\`settings.max-exception-days\` goes from ${base.maxExceptionDays} to ${head.maxExceptionDays}.`));
  }
  const b = base.desired;
  const h = head.desired;
  if (b && !h) out.push(setting(true, 'The `clients` list of approved clients is removed.'));
  if (!b && h) out.push(setting(false, 'A `clients` list of approved clients is added.'));
  if (b && h) {
    for (const kind of ['unknown', 'missing', 'drift'] as const) {
      const d = SEVERITY_OR_OFF_RANK[h[kind]] - SEVERITY_OR_OFF_RANK[b[kind]];
      if (d !== 0) out.push(setting(d < 0, `\`clients.${kind}\` goes from ${b[kind]} to ${h[kind]}.`));
    }
  }
  return out;
}

function setting(loosens: boolean, description: string): PolicyChange {
  return { kind: loosens ? 'setting-loosened' : 'setting-tightened', loosens, description };
}

function desiredStateChanges(base: Policy, head: Policy): PolicyChange[] {
  if (!base.desired || !head.desired) return [];
  const key = (c: { id?: string; name?: string }) => c.id ?? `name:${c.name}`;
  const before = new Set(base.desired.clients.map(key));
  const after = new Set(head.desired.clients.map(key));
  const out: PolicyChange[] = [];
  for (const c of head.desired.clients) {
    if (!before.has(key(c))) out.push({ kind: 'client-approved', loosens: true, description: `Client "${c.name ?? c.id}" is added to the approved clients.`, location: c.location });
  }
  for (const c of base.desired.clients) {
    if (!after.has(key(c))) out.push({ kind: 'client-unlisted', loosens: false, description: `Client "${c.name ?? c.id}" is no longer an approved client.` });
  }
  return out;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
