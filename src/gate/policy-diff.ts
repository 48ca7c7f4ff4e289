// What a policy change changes, read from the two policies alone (no org needed): rules
// added, removed or changed parameter by parameter, exceptions, settings and approved
// clients. Whether a change loosens is decided here, from the direction tables, never from
// today's findings: a loosening that changes nothing in the org today is still a loosening.
import { isBuiltInPack } from '../policy/packs/index.ts';
import { DESIRED_STATE_IDS } from '../policy/reserved-ids.ts';
import type { DesiredClient, DesiredState, Policy, PolicyException, Rule, SourceLocation } from '../policy/types.ts';
import { clientMatchNarrowsOrEqual, globCovers } from './coverage.ts';
import { clientRefKey } from '../policy/client-ref.ts';
import {
  CHECK_DIRECTIONS,
  CLIENTS_SEVERITY_DIRECTION,
  FAIL_ON_DIRECTION,
  MAX_EXCEPTION_DAYS_DIRECTION,
  SEVERITY_DIRECTION,
  WHERE_DIRECTIONS,
  type Direction,
  type Order,
} from './directions.ts';

export interface PolicyChange {
  kind:
    | 'base-invalid'
    | 'rule-added'
    | 'rule-removed'
    | 'rule-loosened'
    | 'rule-tightened'
    | 'severity-lowered'
    | 'severity-raised'
    | 'exception-added'
    | 'exception-extended'
    | 'exception-shortened'
    | 'exception-narrowed'
    | 'exception-removed'
    | 'setting-loosened'
    | 'setting-tightened'
    | 'client-approved'
    | 'client-changed'
    | 'client-unlisted'
    | 'findings-silenced';
  /** Does this change, by its nature, let something pass that failed before? */
  loosens: boolean;
  /** One sentence for reviewers. */
  description: string;
  /** Where in the head policy (undefined for something removed). */
  location?: SourceLocation;
}

export function diffPolicies(base: Policy, head: Policy): PolicyChange[] {
  return [...ruleChanges(base, head), ...exceptionChanges(base, head), ...settingChanges(base, head), ...desiredStateChanges(base.desired, head.desired)];
}

/** The change a gate reports when the base policy cannot be read: nothing can be compared, so it counts as loosening. */
export function baseInvalidChange(reason: string): PolicyChange {
  return {
    kind: 'base-invalid',
    loosens: true,
    description: `The base policy is invalid (${reason.replace(/\.$/, '')}), so the change cannot be compared with it and counts as loosening.`,
  };
}

function ruleChanges(base: Policy, head: Policy): PolicyChange[] {
  const before = new Map(base.rules.map((r) => [r.id, r]));
  const after = new Map(head.rules.map((r) => [r.id, r]));
  const out: PolicyChange[] = [];
  for (const [id, rule] of after) {
    const old = before.get(id);
    if (!old) out.push({ kind: 'rule-added', loosens: false, description: `Rule \`${id}\` is added${origin(rule)}.`, location: rule.location });
    else out.push(...ruleBodyChanges(old, rule));
  }
  for (const [id, rule] of before) {
    if (after.has(id)) continue;
    const off = head.disabledRules.includes(id);
    out.push({
      kind: 'rule-removed',
      loosens: true,
      description: off
        ? `${isBuiltInPack(rule.origin) ? 'Built-in rule' : 'Rule'} \`${id}\`${isBuiltInPack(rule.origin) ? '' : origin(rule)} is turned off in \`overrides\`.`
        : `Rule \`${id}\` is removed${origin(rule)}.`,
    });
  }
  return out;
}

/** Severity, each `where` key and each parameter of each check, through the direction tables. */
function ruleBodyChanges(old: Rule, rule: Rule): PolicyChange[] {
  const out: PolicyChange[] = [];
  const at = rule.location;
  const severity = SEVERITY_DIRECTION.compare(old.severity, rule.severity);
  if (severity !== 'same') {
    out.push({
      kind: severity === 'looser' ? 'severity-lowered' : 'severity-raised',
      loosens: severity === 'looser',
      description: `Rule \`${rule.id}\` goes from ${old.severity} to ${rule.severity}.`,
      location: at,
    });
  }
  const param = (order: Order, what: string, from: string, to: string) => {
    if (order !== 'same') out.push(ruleChange(rule, order, `\`${what}\` goes from ${from} to ${to}`));
  };
  for (const [key, { yaml, direction }] of Object.entries(WHERE_DIRECTIONS) as Array<[keyof Rule['where'], { yaml: string; direction: Direction<unknown> }]>) {
    param(direction.compare(old.where[key], rule.where[key]), `where.${yaml}`, direction.show(old.where[key]), direction.show(rule.where[key]));
  }
  for (const [kind, { yaml, params }] of Object.entries(CHECK_DIRECTIONS) as Array<
    [keyof Rule['checks'], { yaml: string; params: Record<string, { yaml: string; direction: Direction<unknown> }> }]
  >) {
    const b = old.checks[kind] as Record<string, unknown> | undefined;
    const a = rule.checks[kind] as Record<string, unknown> | undefined;
    if (!b && !a) continue;
    if (!a) out.push(ruleChange(rule, 'looser', `its \`${yaml}\` check is removed`));
    else if (!b) out.push(ruleChange(rule, 'tighter', `it gains a \`${yaml}\` check`));
    else
      for (const [p, { yaml: py, direction }] of Object.entries(params))
        param(direction.compare(b[p], a[p]), `${yaml}.${py}`, direction.show(b[p]), direction.show(a[p]));
  }
  return out;
}

function ruleChange(rule: Rule, order: Exclude<Order, 'same'>, what: string): PolicyChange {
  const loosens = order === 'looser';
  return {
    kind: loosens ? 'rule-loosened' : 'rule-tightened',
    loosens,
    description: `Rule \`${rule.id}\`: ${what} (${loosens ? 'looser' : 'stricter'}).`,
    location: rule.location,
  };
}

function origin(rule: Rule): string {
  return rule.origin === 'policy' ? '' : ` (pack \`${rule.origin}\`)`;
}

function exceptionKey(e: PolicyException): string {
  // The reference decides, not its label: a pinned id and a bare name never share a key.
  return `${e.ruleId}\u0000${clientRefKey(e.clientRef)}\u0000${e.subject?.source ?? ''}`;
}

/**
 * An exception of the head loosens unless it is one of the base's, no later, or lies within
 * one of the base's (same rule, a client and subject no wider, an expiry no later), or
 * accepts findings of a rule the base does not have (nothing of the base's is silenced).
 */
function exceptionChanges(base: Policy, head: Policy): PolicyChange[] {
  const before = new Map(base.exceptions.map((e) => [exceptionKey(e), e]));
  const after = new Set(head.exceptions.map(exceptionKey));
  const baseFindings = new Set([...base.rules.map((r) => r.id), ...(base.desired ? Object.values(DESIRED_STATE_IDS) : [])]);
  const out: PolicyChange[] = [];
  for (const e of head.exceptions) {
    const old = before.get(exceptionKey(e));
    const what = capitalize(describeException(e));
    const change = (kind: PolicyChange['kind'], loosens: boolean, text: string) =>
      out.push({ kind, loosens, description: `${what} ${text}.`, location: e.location });
    if (old) {
      if (e.expires > old.expires) change('exception-extended', true, `now expires on ${e.expires} instead of ${old.expires}`);
      else if (e.expires < old.expires) change('exception-shortened', false, `now expires on ${e.expires} instead of ${old.expires}`);
    } else if (!baseFindings.has(e.ruleId))
      change(
        'exception-added',
        false,
        `is added, until ${e.expires} (owner ${e.owner}); the base has no rule \`${e.ruleId}\`, so nothing it reported is silenced`,
      );
    else if (base.exceptions.some((b) => exceptionWithin(e, b)))
      change('exception-narrowed', false, `replaces a wider exception of the base, until ${e.expires}`);
    else change('exception-added', true, `is added, until ${e.expires} (owner ${e.owner})`);
  }
  for (const [key, e] of before)
    if (!after.has(key)) out.push({ kind: 'exception-removed', loosens: false, description: `${capitalize(describeException(e))} is removed.` });
  return out;
}

/** Does `inner` accept only findings `outer` accepted, for no longer? */
function exceptionWithin(inner: PolicyException, outer: PolicyException): boolean {
  if (inner.ruleId !== outer.ruleId || inner.expires > outer.expires) return false;
  if (!clientMatchNarrowsOrEqual(outer.clientRef, inner.clientRef)) return false;
  return !outer.subject || (inner.subject !== undefined && globCovers(outer.subject.source, inner.subject.source));
}

function describeException(e: PolicyException): string {
  return `the exception for rule \`${e.ruleId}\` and client "${e.client}"${e.subject ? ` (${e.subject.source})` : ''}`;
}

function settingChanges(base: Policy, head: Policy): PolicyChange[] {
  const out: PolicyChange[] = [];
  const setting = <T>(direction: Direction<T>, name: string, b: T, a: T) => {
    const order = direction.compare(b, a);
    if (order !== 'same') out.push(settingChange(order === 'looser', `\`${name}\` goes from ${direction.show(b)} to ${direction.show(a)}.`));
  };
  setting(FAIL_ON_DIRECTION, 'settings.fail-on', base.failOn ?? 'error', head.failOn ?? 'error');
  setting(MAX_EXCEPTION_DAYS_DIRECTION, 'settings.max-exception-days', base.maxExceptionDays, head.maxExceptionDays);
  const b = base.desired;
  const h = head.desired;
  if (b && !h) out.push(settingChange(true, 'The `clients` list of approved clients is removed.'));
  if (!b && h) out.push(settingChange(false, 'A `clients` list of approved clients is added.'));
  if (b && h) for (const kind of ['unknown', 'missing', 'drift'] as const) setting(CLIENTS_SEVERITY_DIRECTION, `clients.${kind}`, b[kind], h[kind]);
  return out;
}

function settingChange(loosens: boolean, description: string): PolicyChange {
  return { kind: loosens ? 'setting-loosened' : 'setting-tightened', loosens, description };
}

/** An approved entry is found again by its id, else its name (as evaluation matches it). */
function approvedKey(c: DesiredClient): string {
  return c.id !== undefined ? `id:${c.id}` : `name:${c.name ?? ''}`;
}

function desiredStateChanges(base: DesiredState | undefined, head: DesiredState | undefined): PolicyChange[] {
  if (!base || !head) return [];
  const before = new Map(base.clients.map((c) => [approvedKey(c), c]));
  const after = new Set(head.clients.map(approvedKey));
  const out: PolicyChange[] = [];
  for (const c of head.clients) {
    const old = before.get(approvedKey(c));
    if (!old) out.push({ kind: 'client-approved', loosens: true, description: `Client "${label(c)}" is added to the approved clients.`, location: c.location });
    else {
      for (const [what, order] of approvedEntryChanges(old, c)) {
        out.push({
          kind: 'client-changed',
          loosens: order === 'looser',
          description: `Approved client "${label(c)}": ${what} (${order === 'looser' ? 'looser' : 'stricter'}).`,
          location: c.location,
        });
      }
    }
  }
  // Unlisted, its drift findings become one `unknown` finding: milder when `unknown` is. And
  // when an entry by id and one by name may be the same client, the other entry still
  // matches it and nothing replaces the drift findings.
  const milder = CLIENTS_SEVERITY_DIRECTION.compare(base.drift, head.unknown) === 'looser';
  for (const c of base.clients) {
    if (after.has(approvedKey(c))) continue;
    const overlaps = head.clients.some((other) => (other.id !== undefined) !== (c.id !== undefined));
    const why = milder
      ? `; its drift findings become one \`unknown\` finding at ${head.unknown}`
      : overlaps
        ? `; another entry (by ${c.id !== undefined ? 'name' : 'id'}) may be the same client, so its drift findings may go unreported`
        : '';
    out.push({ kind: 'client-unlisted', loosens: milder || overlaps, description: `Client "${label(c)}" is no longer an approved client${why}.` });
  }
  return out;
}

/** Drift is reported both ways (held but not listed, listed but not held), so any change of a compared value can silence one. */
function approvedEntryChanges(b: DesiredClient, a: DesiredClient): Array<[string, Exclude<Order, 'same'>]> {
  const out: Array<[string, Exclude<Order, 'same'>]> = [];
  const compared = <T>(what: string, before: T | undefined, after: T | undefined, equal: (x: T, y: T) => boolean, show: (v: T | undefined) => string) => {
    if (before === undefined && after === undefined) return;
    if (before !== undefined && after !== undefined && equal(before, after)) return;
    out.push([`\`${what}\` goes from ${show(before)} to ${show(after)}`, before === undefined ? 'tighter' : 'looser']);
  };
  const showList = (v: readonly string[] | undefined) => (v === undefined ? 'not compared' : `[${v.join(', ')}]`);
  const sameSet = (x: readonly string[], y: readonly string[]) => x.every((v) => y.includes(v)) && y.every((v) => x.includes(v));
  const roleText = (r: { role: string; division?: string }) => (r.division === undefined ? r.role : `${r.role} in ${r.division}`);
  if (b.grantType !== a.grantType) out.push([`\`grant-type\` goes from ${b.grantType} to ${a.grantType}`, 'looser']);
  if (b.id !== undefined)
    compared(
      'name',
      b.name,
      a.name,
      (x, y) => x === y,
      (v) => (v === undefined ? 'not compared' : `"${v}"`),
    );
  compared('scopes', b.scopes, a.scopes, sameSet, showList);
  compared('roles', b.roles?.map(roleText), a.roles?.map(roleText), sameSet, showList);
  return out;
}

function label(c: DesiredClient): string {
  return c.name ?? c.id ?? '';
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
