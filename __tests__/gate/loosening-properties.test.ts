// The gate's loosening verdict over random valid policies and random single edits whose
// direction is known by construction: widen or narrow a parameter of each check kind, each
// `where` key, each setting, each exception field, the approved clients, a severity, a rule.
// Each edit is judged from the two policies alone, and again with the live impact of a
// random org (where the edit may or may not change a finding): the verdict must be the
// edit's direction both times. A "tighter" edit that silences a finding in some org would
// fail here too, so the direction table is checked against the evaluator itself.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { evaluate } from '../../src/evaluate/evaluate.ts';
import { changeImpact } from '../../src/gate/impact.ts';
import { judgeLoosening, withUnexplainedSilencing } from '../../src/gate/loosening.ts';
import { diffPolicies } from '../../src/gate/policy-diff.ts';
import type { ClientRecord } from '../../src/inventory/types.ts';
import { PolicyError } from '../../src/policy/errors.ts';
import { parsePolicy } from '../../src/policy/load.ts';
import { ccClient, client, inventory } from '../helpers/inventory.ts';

const now = new Date('2026-11-24T12:00:00Z');
const GRANTS = ['client-credentials', 'code', 'implicit', 'saml2-bearer', 'password'] as const;
const STATES = ['active', 'disabled', 'inactive'] as const;
const SCOPES = ['users', 'users:readonly', 'oauth', 'oauth:readonly', 'analytics', 'routing', 'presence'];
const ROLES = ['Admin', 'Viewer', 'Exporter', 'Dialer'];
const PERMISSIONS = ['oauth:client:edit', 'oauth:client:view', 'routing:queue:edit', 'routing:queue:view', 'recording:recording:view', 'admin'];
const HELD_PERMISSIONS = [...PERMISSIONS, 'routing:*:*', '*:*:*', 'oauth:client:*'];
const DIVISIONS = ['home', 'sales', '*'];
const NAMES = ['CRM Sync', 'crm sync', 'WFM', 'Wallboard', 'Desktop', 'Export'];
const REGEXES = ['^[A-Z]', '^https://', 'sync$', '^[a-z ]+$'];
const URIS = [
  'https://app.example.com/cb',
  'http://app.example.com/cb',
  'http://localhost:8080/cb',
  'https://*.example.com/cb',
  'https://10.0.0.1/cb',
  'not a url',
];

type Json = Record<string, unknown>;
type File = {
  version: 1;
  extends?: string[];
  overrides?: Record<string, string>;
  settings: Json;
  rules: Json[];
  clients: Json & { list: Json[] };
  exceptions: Json[];
};
type Direction = 'looser' | 'tighter';
interface Edit {
  name: string;
  direction: Direction;
  /** The edited copy, or undefined when the edit does not apply to this policy. */
  apply(f: File, pick: number): File | undefined;
}

const some = <T>(items: readonly T[], min = 1, max = items.length) => fc.subarray([...items], { minLength: min, maxLength: max });

const policyFile: fc.Arbitrary<File> = fc
  .record({
    where: fc.option(fc.record({ 'grant-type': some(GRANTS, 2, 4), state: some(STATES, 2, 2), client: some(NAMES, 2, 3) }), { nil: undefined }),
    grantAllow: some(GRANTS, 2, 4),
    grantDeny: some(GRANTS, 2, 3),
    scopeAllow: some(SCOPES, 2, 5),
    scopeDeny: some(SCOPES, 2, 4),
    roleAllow: some(ROLES, 2, 3),
    roleDeny: some(ROLES, 2, 3),
    permAllow: some(PERMISSIONS, 2, 5),
    permDeny: some(PERMISSIONS, 2, 4),
    divisions: fc.constantFrom<unknown>('any', 'all', ['Home', 'Sales']),
    wildcards: fc.boolean(),
    maxSeconds: fc.integer({ min: 1000, max: 100_000 }),
    localhost: fc.constantFrom('allow', 'deny'),
    flags: fc.record({ 'require-https': fc.boolean(), 'deny-wildcards': fc.boolean(), 'deny-ip-literals': fc.boolean() }),
    uriMatch: fc.option(fc.constantFrom(...REGEXES), { nil: undefined }),
    minLength: fc.integer({ min: 3, max: 20 }),
    unique: fc.boolean(),
    nameMatch: fc.option(fc.constantFrom(...REGEXES), { nil: undefined }),
    disabledDays: fc.integer({ min: 10, max: 200 }),
    inactiveDays: fc.integer({ min: 10, max: 200 }),
    unusedDays: fc.integer({ min: 20, max: 120 }),
    pack: fc.boolean(),
    failOn: fc.constantFrom('warning', 'error'),
    maxExceptionDays: fc.integer({ min: 30, max: 700 }),
    drift: fc.constantFrom('warning', 'notice'),
    unknown: fc.constantFrom('error', 'warning'),
    approved: some(NAMES, 1, 3),
    approvedScopes: some(SCOPES, 1, 3),
    exceptions: fc.array(
      fc.record({
        rule: fc.nat(9),
        client: fc.constantFrom(...NAMES),
        subject: fc.option(fc.constantFrom('oauth*', 'users', '*:*:*', 'Admin'), { nil: undefined }),
      }),
      { maxLength: 3 },
    ),
  })
  .map((g): File => {
    const onFlags = Object.fromEntries(
      Object.entries(g.flags)
        .filter(([, on]) => on)
        .map(([k]) => [k, true]),
    );
    if (Object.keys(onFlags).length === 0 && !g.uriMatch) onFlags['require-https'] = true; // the schema wants a stance and one requirement
    const rules: Json[] = [
      { id: 'grants', 'grant-types': { allow: g.grantAllow, deny: g.grantDeny } },
      { id: 'scopes', scopes: { allow: g.scopeAllow, deny: g.scopeDeny }, 'client-name': { unique: true } },
      { id: 'roles', roles: { allow: g.roleAllow, deny: g.roleDeny, divisions: g.divisions } },
      { id: 'perms', permissions: { allow: g.permAllow, deny: g.permDeny, ...(g.wildcards && { wildcards: 'deny' }), divisions: g.divisions } },
      { id: 'tokens', 'token-lifetime': { 'max-seconds': g.maxSeconds } },
      { id: 'uris', 'redirect-uris': { localhost: g.localhost, ...onFlags, ...(g.uriMatch && { 'must-match': g.uriMatch }) } },
      { id: 'described', 'client-description': { required: true, 'min-length': g.minLength } },
      {
        id: 'named',
        'client-name': g.unique ? { unique: true, ...(g.nameMatch && { 'must-match': g.nameMatch }) } : { 'must-match': g.nameMatch ?? '^[A-Z]' },
      },
      { id: 'aged', 'state-age': { 'disabled-max-days': g.disabledDays, 'inactive-max-days': g.inactiveDays } },
      { id: 'unused', unused: { 'max-days': g.unusedDays } },
    ].map((r) => ({ ...r, severity: 'warning', ...(g.where && { where: g.where }) }));
    const seen = new Set<string>();
    const exceptions = g.exceptions
      .map((e) => ({
        rule: rules[e.rule % rules.length]?.id,
        client: e.client,
        ...(e.subject && { subject: e.subject }),
        reason: 'generated for the test',
        owner: 'qa',
        expires: '2027-03-01',
      }))
      .filter((e) => !seen.has(`${e.rule}/${e.client}/${e.subject}`) && seen.add(`${e.rule}/${e.client}/${e.subject}`));
    return {
      version: 1,
      ...(g.pack && { extends: ['recommended'], overrides: { 'token-lifetime-24h': 'notice' } }),
      settings: { 'fail-on': g.failOn, 'max-exception-days': g.maxExceptionDays },
      rules,
      clients: {
        unknown: g.unknown,
        missing: 'warning',
        drift: g.drift,
        list: g.approved.map((name) => ({ name, 'grant-type': 'code', scopes: g.approvedScopes })),
      },
      exceptions,
    };
  });

// --- Edits -------------------------------------------------------------------------------

const clone = (f: File): File => structuredClone(f);
const ruleOf = (f: File, id: string) => f.rules.find((r) => r.id === id) as Json;

/** Edit one parameter of one rule in place; return false when it does not apply. */
function param(name: string, direction: Direction, ruleId: string, path: string[], change: (value: unknown, pick: number) => unknown): Edit {
  return {
    name,
    direction,
    apply(f, pick) {
      const out = clone(f);
      let holder = ruleOf(out, ruleId);
      for (const key of path.slice(0, -1)) holder = holder?.[key] as Json;
      if (holder === undefined) return undefined;
      const key = path[path.length - 1] as string;
      const next = change(holder[key], pick);
      if (next === NOT_APPLICABLE) return undefined;
      if (next === undefined) delete holder[key];
      else holder[key] = next;
      return out;
    },
  };
}
const NOT_APPLICABLE = Symbol('not applicable');

const addFrom = (universe: readonly string[]) => (v: unknown, pick: number) => {
  const missing = universe.filter((x) => !(v as string[]).includes(x));
  return missing.length ? [...(v as string[]), missing[pick % missing.length]] : NOT_APPLICABLE;
};
const removeOne = (v: unknown, pick: number) =>
  (v as string[]).length >= 2 ? (v as string[]).filter((_, i) => i !== pick % (v as string[]).length) : NOT_APPLICABLE;
const replaceOne = (universe: readonly string[]) => (v: unknown, pick: number) => {
  const list = v as string[];
  const missing = universe.filter((x) => !list.includes(x));
  if (!missing.length) return NOT_APPLICABLE;
  return list.map((x, i) => (i === pick % list.length ? missing[pick % missing.length] : x));
};
/** `users` → `users*`; a permission's action → `*`. */
const widenOne = (v: unknown, pick: number) => {
  const list = v as string[];
  const i = pick % list.length;
  const entry = list[i] as string;
  const wide = entry.includes(':') && entry.split(':').length === 3 ? entry.replace(/[^:]+$/, '*') : `${entry}*`;
  return list.includes(wide) ? NOT_APPLICABLE : list.map((x, j) => (j === i ? wide : x));
};
const plus =
  (n: number, max = Infinity) =>
  (v: unknown, pick: number) =>
    Math.min((v as number) + 1 + (pick % n), max) === v ? NOT_APPLICABLE : Math.min((v as number) + 1 + (pick % n), max);
const minus =
  (n: number, min = 0) =>
  (v: unknown, pick: number) =>
    Math.max((v as number) - 1 - (pick % n), min) === v ? NOT_APPLICABLE : Math.max((v as number) - 1 - (pick % n), min);
const flag = (from: unknown, to: unknown) => (v: unknown) => (v === from ? to : NOT_APPLICABLE);
const set = (to: unknown) => (v: unknown) => (v === undefined ? to : NOT_APPLICABLE);
const unset = (v: unknown) => (v === undefined ? NOT_APPLICABLE : undefined);
const replaceRegex = (v: unknown, pick: number) => {
  if (v === undefined) return NOT_APPLICABLE;
  const others = REGEXES.filter((r) => r !== v);
  return others[pick % others.length];
};
const DIVISION_ORDER = ['all', 'named', 'any'];
const divisionKind = (v: unknown) => (Array.isArray(v) ? 'named' : (v as string));
const divisionsTo = (direction: Direction) => (v: unknown, pick: number) => {
  const from = DIVISION_ORDER.indexOf(divisionKind(v));
  const options = DIVISION_ORDER.filter((_, i) => (direction === 'tighter' ? i > from : i < from));
  if (!options.length) return NOT_APPLICABLE;
  const kind = options[pick % options.length];
  return kind === 'named' ? ['Home'] : kind;
};

function listEdits(ruleId: string, key: string, universe: readonly string[], kind: 'allow' | 'deny'): Edit[] {
  const grows = kind === 'allow' ? 'looser' : 'tighter';
  const shrinks = kind === 'allow' ? 'tighter' : 'looser';
  return [
    param(`${key}.${kind} entry added`, grows, ruleId, [key, kind], addFrom(universe)),
    param(`${key}.${kind} entry removed`, shrinks, ruleId, [key, kind], removeOne),
    param(`${key}.${kind} entry replaced`, 'looser', ruleId, [key, kind], replaceOne(universe)),
    param(`${key}.${kind} entry widened`, grows, ruleId, [key, kind], widenOne),
    param(`${key}.${kind} removed`, 'looser', ruleId, [key, kind], (v) => (v !== undefined ? undefined : NOT_APPLICABLE)),
  ];
}

const PACK_IDS = [
  'cc-can-edit-roles-or-grants',
  'cc-wildcard-permissions',
  'no-implicit-grant',
  'token-lifetime-24h',
  'redirect-uri-https',
  'duplicate-client-names',
];
const RULE_IDS = ['grants', 'scopes', 'roles', 'perms', 'tokens', 'uris', 'described', 'named', 'aged', 'unused'];

function onEveryRule(make: (id: string) => Edit): Edit {
  const edits = RULE_IDS.map(make);
  return {
    name: edits[0]?.name.replace(/ \(grants\)$/, '') ?? '',
    direction: edits[0]?.direction ?? 'looser',
    apply: (f, pick) => edits[pick % edits.length]?.apply(f, Math.floor(pick / edits.length)),
  };
}

function fileEdit(name: string, direction: Direction, change: (f: File, pick: number) => boolean): Edit {
  return {
    name,
    direction,
    apply(f, pick) {
      const out = clone(f);
      return change(out, pick) ? out : undefined;
    },
  };
}

const EDITS: Edit[] = [
  // grant-types: `grant-types.allow` is an allow list of values.
  param('grant-types.allow entry added', 'looser', 'grants', ['grant-types', 'allow'], addFrom(GRANTS)),
  param('grant-types.allow entry removed', 'tighter', 'grants', ['grant-types', 'allow'], removeOne),
  param('grant-types.deny entry added', 'tighter', 'grants', ['grant-types', 'deny'], addFrom(GRANTS)),
  param('grant-types.deny entry removed', 'looser', 'grants', ['grant-types', 'deny'], removeOne),
  param('grant-types.deny removed', 'looser', 'grants', ['grant-types', 'deny'], unset),
  ...listEdits('scopes', 'scopes', SCOPES, 'allow'),
  ...listEdits('scopes', 'scopes', SCOPES, 'deny'),
  ...listEdits('roles', 'roles', ROLES, 'allow'),
  ...listEdits('roles', 'roles', ROLES, 'deny'),
  param('roles.divisions tighter', 'tighter', 'roles', ['roles', 'divisions'], divisionsTo('tighter')),
  param('roles.divisions looser', 'looser', 'roles', ['roles', 'divisions'], divisionsTo('looser')),
  ...listEdits('perms', 'permissions', PERMISSIONS, 'allow'),
  ...listEdits('perms', 'permissions', PERMISSIONS, 'deny'),
  param('permissions.wildcards deny removed', 'looser', 'perms', ['permissions', 'wildcards'], unset),
  param('permissions.wildcards deny added', 'tighter', 'perms', ['permissions', 'wildcards'], set('deny')),
  param('permissions.divisions tighter', 'tighter', 'perms', ['permissions', 'divisions'], divisionsTo('tighter')),
  param('permissions.divisions looser', 'looser', 'perms', ['permissions', 'divisions'], divisionsTo('looser')),
  param('token-lifetime.max-seconds raised', 'looser', 'tokens', ['token-lifetime', 'max-seconds'], plus(90_000, 172_800)),
  param('token-lifetime.max-seconds lowered', 'tighter', 'tokens', ['token-lifetime', 'max-seconds'], minus(900, 300)),
  param('redirect-uris.localhost deny → allow', 'looser', 'uris', ['redirect-uris', 'localhost'], flag('deny', 'allow')),
  param('redirect-uris.localhost allow → deny', 'tighter', 'uris', ['redirect-uris', 'localhost'], flag('allow', 'deny')),
  ...(['require-https', 'deny-wildcards', 'deny-ip-literals'] as const).flatMap((k) => [
    param(`redirect-uris.${k} removed`, 'looser', 'uris', ['redirect-uris', k], (v) => (v === true ? undefined : NOT_APPLICABLE)),
    param(`redirect-uris.${k} on`, 'tighter', 'uris', ['redirect-uris', k], (v) => (v === true ? NOT_APPLICABLE : true)),
  ]),
  param('redirect-uris.must-match removed', 'looser', 'uris', ['redirect-uris', 'must-match'], unset),
  param('redirect-uris.must-match replaced', 'looser', 'uris', ['redirect-uris', 'must-match'], replaceRegex),
  param('redirect-uris.must-match added', 'tighter', 'uris', ['redirect-uris', 'must-match'], set('^https://')),
  param('client-description.min-length lowered', 'looser', 'described', ['client-description', 'min-length'], minus(5, 1)),
  param('client-description.min-length raised', 'tighter', 'described', ['client-description', 'min-length'], plus(5)),
  param('client-name.unique removed', 'looser', 'named', ['client-name', 'unique'], (v) => (v === true ? undefined : NOT_APPLICABLE)),
  param('client-name.unique on', 'tighter', 'named', ['client-name', 'unique'], set(true)),
  param('client-name.must-match removed', 'looser', 'named', ['client-name', 'must-match'], (v) => (v === undefined ? NOT_APPLICABLE : undefined)),
  param('client-name.must-match replaced', 'looser', 'named', ['client-name', 'must-match'], replaceRegex),
  param('client-name.must-match added', 'tighter', 'named', ['client-name', 'must-match'], set('^[A-Z]')),
  param('state-age.disabled-max-days raised', 'looser', 'aged', ['state-age', 'disabled-max-days'], plus(300)),
  param('state-age.disabled-max-days lowered', 'tighter', 'aged', ['state-age', 'disabled-max-days'], minus(9, 1)),
  param('state-age.inactive-max-days removed', 'looser', 'aged', ['state-age', 'inactive-max-days'], unset),
  param('state-age.inactive-max-days lowered', 'tighter', 'aged', ['state-age', 'inactive-max-days'], minus(9, 1)),
  param('unused.max-days raised', 'looser', 'unused', ['unused', 'max-days'], plus(200, 365)),
  param('unused.max-days lowered', 'tighter', 'unused', ['unused', 'max-days'], minus(15, 1)),
  // A rule as a whole.
  onEveryRule((id) => param(`severity lowered (${id})`, 'looser', id, ['severity'], flag('warning', 'notice'))),
  onEveryRule((id) => param(`severity raised (${id})`, 'tighter', id, ['severity'], flag('warning', 'error'))),
  onEveryRule((id) =>
    param(`where.grant-type entry removed (${id})`, 'looser', id, ['where', 'grant-type'], (v) => (v === undefined ? NOT_APPLICABLE : removeOne(v, 0))),
  ),
  onEveryRule((id) =>
    param(`where.grant-type entry added (${id})`, 'tighter', id, ['where', 'grant-type'], (v, p) => (v === undefined ? NOT_APPLICABLE : addFrom(GRANTS)(v, p))),
  ),
  onEveryRule((id) =>
    param(`where.client entry removed (${id})`, 'looser', id, ['where', 'client'], (v, p) => (v === undefined ? NOT_APPLICABLE : removeOne(v, p))),
  ),
  onEveryRule((id) =>
    param(`where.client entry widened (${id})`, 'tighter', id, ['where', 'client'], (v, p) => (v === undefined ? NOT_APPLICABLE : widenOne(v, p))),
  ),
  onEveryRule((id) =>
    param(`where.client replaced (${id})`, 'looser', id, ['where', 'client'], (v, p) =>
      v === undefined ? NOT_APPLICABLE : replaceOne([...NAMES, 'Other*'])(v, p),
    ),
  ),
  onEveryRule((id) =>
    param(`where.state entry removed (${id})`, 'looser', id, ['where', 'state'], (v, p) => (v === undefined ? NOT_APPLICABLE : removeOne(v, p))),
  ),
  onEveryRule((id) =>
    param(`where.state entry added (${id})`, 'tighter', id, ['where', 'state'], (v, p) => (v === undefined ? NOT_APPLICABLE : addFrom(STATES)(v, p))),
  ),
  onEveryRule((id) => param(`where removed (${id})`, 'tighter', id, ['where'], (v) => (v === undefined ? NOT_APPLICABLE : undefined))),
  onEveryRule((id) =>
    param(`where added (${id})`, 'looser', id, ['where'], (v, p) => (v === undefined ? { 'grant-type': [GRANTS[p % GRANTS.length]] } : NOT_APPLICABLE)),
  ),
  param('a second check removed', 'looser', 'scopes', ['client-name'], unset),
  param('a check added', 'tighter', 'grants', ['client-description'], set({ required: true, 'min-length': 2 })),
  fileEdit('a rule removed', 'looser', (f, pick) => {
    const id = RULE_IDS[pick % RULE_IDS.length];
    f.rules = f.rules.filter((r) => r.id !== id);
    f.exceptions = f.exceptions.filter((e) => e.rule !== id);
    return true;
  }),
  fileEdit('a rule added', 'tighter', (f) => (f.rules.push({ id: 'extra', 'grant-types': { deny: ['password'] } }), true)),
  fileEdit('a rule renamed', 'looser', (f, pick) => {
    const rule = f.rules[pick % f.rules.length] as Json;
    f.exceptions = f.exceptions.filter((e) => e.rule !== rule.id);
    rule.id = `${String(rule.id)}-renamed`;
    return true;
  }),
  // Packs and overrides.
  fileEdit('extends removed', 'looser', (f) => (f.extends ? (delete f.extends, delete f.overrides, true) : false)),
  fileEdit('extends added', 'tighter', (f) => (f.extends ? false : ((f.extends = ['recommended']), true))),
  fileEdit('a built-in rule turned off', 'looser', (f, pick) => {
    if (!f.extends) return false;
    f.overrides = { ...f.overrides, [PACK_IDS[pick % PACK_IDS.length] as string]: 'off' };
    return true;
  }),
  fileEdit('a built-in rule lowered', 'looser', (f) => (f.extends ? ((f.overrides = { ...f.overrides, 'no-implicit-grant': 'notice' }), true) : false)),
  fileEdit('a built-in rule raised', 'tighter', (f) => (f.extends ? ((f.overrides = { ...f.overrides, 'client-description': 'error' }), true) : false)),
  fileEdit('an override removed that had lowered a rule', 'tighter', (f) =>
    f.overrides?.['token-lifetime-24h'] === 'notice' ? (delete f.overrides['token-lifetime-24h'], true) : false,
  ),
  // Settings.
  fileEdit(
    'settings.fail-on lowered',
    'looser',
    (f, pick) => ((f.settings['fail-on'] = f.settings['fail-on'] === 'warning' ? ['error', 'never'][pick % 2] : 'never'), true),
  ),
  fileEdit('settings.fail-on raised', 'tighter', (f) => (f.settings['fail-on'] === 'error' ? ((f.settings['fail-on'] = 'warning'), true) : false)),
  fileEdit('settings.fail-on removed from warning', 'looser', (f) => (f.settings['fail-on'] === 'warning' ? (delete f.settings['fail-on'], true) : false)),
  fileEdit(
    'settings.max-exception-days raised',
    'looser',
    (f, pick) => ((f.settings['max-exception-days'] = (f.settings['max-exception-days'] as number) + 1 + (pick % 100)), true),
  ),
  fileEdit(
    'settings.max-exception-days lowered',
    'tighter',
    (f, pick) => ((f.settings['max-exception-days'] = Math.max(1, (f.settings['max-exception-days'] as number) - 1 - (pick % 20))), true),
  ),
  // Approved clients.
  ...(['unknown', 'missing', 'drift'] as const).flatMap((k) => [
    fileEdit(`clients.${k} lowered`, 'looser', (f, pick) => {
      const order = ['off', 'notice', 'warning', 'error'];
      const at = order.indexOf(f.clients[k] as string);
      if (at === 0) return false;
      f.clients[k] = order[pick % at];
      return true;
    }),
    fileEdit(`clients.${k} raised`, 'tighter', (f, pick) => {
      const order = ['off', 'notice', 'warning', 'error'];
      const at = order.indexOf(f.clients[k] as string);
      if (at === order.length - 1) return false;
      f.clients[k] = order[at + 1 + (pick % (order.length - 1 - at))];
      return true;
    }),
  ]),
  fileEdit('clients section removed', 'looser', (f) => {
    f.exceptions = f.exceptions.filter((e) => !String(e.rule).includes('client'));
    delete (f as Partial<File>).clients;
    return true;
  }),
  fileEdit('approved client added', 'looser', (f, pick) => {
    const missing = NAMES.filter((n) => !f.clients.list.some((c) => c.name === n));
    if (!missing.length) return false;
    f.clients.list.push({ name: missing[pick % missing.length], 'grant-type': 'code' });
    return true;
  }),
  fileEdit('approved client removed (unknown no milder than drift)', 'tighter', (f, pick) => {
    if (f.clients.list.length < 2) return false;
    f.clients.list.splice(pick % f.clients.list.length, 1);
    return true;
  }),
  fileEdit('approved client scopes widened', 'looser', (f, pick) => {
    const entry = f.clients.list[pick % f.clients.list.length] as Json;
    const scopes = entry.scopes as string[];
    const missing = SCOPES.filter((s) => !scopes.includes(s));
    if (!missing.length) return false;
    entry.scopes = [...scopes, missing[pick % missing.length]];
    return true;
  }),
  fileEdit('approved client scopes no longer compared', 'looser', (f, pick) => {
    const entry = f.clients.list[pick % f.clients.list.length] as Json;
    delete entry.scopes;
    return true;
  }),
  fileEdit('approved client grant type changed', 'looser', (f, pick) => {
    const entry = f.clients.list[pick % f.clients.list.length] as Json;
    entry['grant-type'] = 'implicit';
    return true;
  }),
  // Exceptions.
  fileEdit('exception added', 'looser', (f, pick) => {
    const rule = RULE_IDS[pick % RULE_IDS.length];
    const name = NAMES[pick % NAMES.length];
    if (f.exceptions.some((e) => e.rule === rule && e.client === name && e.subject === undefined)) return false;
    f.exceptions.push({ rule, client: name, reason: 'added by the edit', owner: 'qa', expires: '2027-02-01' });
    return true;
  }),
  fileEdit(
    'exception for a client that does not exist',
    'looser',
    (f, pick) => (
      f.exceptions.push({ rule: RULE_IDS[pick % RULE_IDS.length], client: 'Not created yet', reason: 'added by the edit', owner: 'qa', expires: '2027-02-01' }),
      true
    ),
  ),
  fileEdit('exception removed', 'tighter', (f, pick) => (f.exceptions.length ? (f.exceptions.splice(pick % f.exceptions.length, 1), true) : false)),
  fileEdit('exception extended', 'looser', (f, pick) =>
    f.exceptions.length ? (((f.exceptions[pick % f.exceptions.length] as Json).expires = '2027-09-01'), true) : false,
  ),
  fileEdit('exception shortened', 'tighter', (f, pick) =>
    f.exceptions.length ? (((f.exceptions[pick % f.exceptions.length] as Json).expires = '2026-12-20'), true) : false,
  ),
  fileEdit('exception subject removed', 'looser', (f, pick) => {
    const e = f.exceptions[pick % Math.max(1, f.exceptions.length)];
    if (!e || e.subject === undefined || f.exceptions.some((o) => o !== e && o.rule === e.rule && o.client === e.client && o.subject === undefined))
      return false;
    delete e.subject;
    return true;
  }),
  fileEdit('exception subject narrowed from none', 'tighter', (f, pick) => {
    const e = f.exceptions[pick % Math.max(1, f.exceptions.length)];
    if (!e || e.subject !== undefined || f.exceptions.some((o) => o.rule === e.rule && o.client === e.client && o.subject === 'oauth')) return false;
    e.subject = 'oauth';
    return true;
  }),
  fileEdit('exception client changed', 'looser', (f, pick) => {
    const e = f.exceptions[pick % Math.max(1, f.exceptions.length)];
    if (!e) return false;
    const other = NAMES.find((n) => n !== e.client && !f.exceptions.some((o) => o.rule === e.rule && o.client === n && o.subject === e.subject));
    if (!other) return false;
    e.client = other;
    return true;
  }),
  // Pinned references (issue 17): the id decides, and a name cannot be proved to be that id
  // from the policies alone. (id → bare name is in directions.test.ts.)
  fileEdit('exception pinned to an id', 'looser', (f, pick) => {
    const e = f.exceptions[pick % Math.max(1, f.exceptions.length)];
    if (!e || typeof e.client !== 'string') return false;
    e.client = { id: `client-${700 + (pick % 20)}`, name: e.client };
    return true;
  }),
];

// --- Orgs ----------------------------------------------------------------------------------

const day = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString();
const userClient = fc
  .record({
    name: fc.constantFrom(...NAMES),
    grant: fc.constantFrom('code', 'implicit', 'saml2-bearer', 'password'),
    scopes: some(SCOPES, 0),
    uris: some(URIS, 0, 3),
    description: fc.constantFrom('', 'short', 'a description long enough'),
    state: fc.constantFrom(...STATES),
    modified: fc.integer({ min: 0, max: 400 }),
    lastUsed: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
    tokenSeconds: fc.integer({ min: 300, max: 172_800 }),
  })
  .map((c) =>
    client({
      name: c.name,
      grantType: c.grant as 'code',
      apiGrantType: c.grant.toUpperCase(),
      scopes: c.scopes,
      redirectUris: c.uris,
      description: c.description,
      state: c.state,
      dateModified: day(c.modified),
      dateCreated: day(500),
      lastUsed: c.lastUsed === null ? null : day(c.lastUsed).slice(0, 10),
      tokenLifetimeSeconds: c.tokenSeconds,
    }),
  );
const machineClient = fc
  .record({
    name: fc.constantFrom(...NAMES),
    roles: fc.array(fc.record({ role: fc.constantFrom(...ROLES), division: fc.constantFrom(...DIVISIONS), permissions: some(HELD_PERMISSIONS, 0, 3) }), {
      maxLength: 3,
    }),
    state: fc.constantFrom(...STATES),
    modified: fc.integer({ min: 0, max: 400 }),
    tokenSeconds: fc.integer({ min: 300, max: 172_800 }),
  })
  .map((c) =>
    ccClient(c.roles, {
      name: c.name,
      state: c.state,
      dateModified: day(c.modified),
      dateCreated: day(500),
      lastUsed: null,
      tokenLifetimeSeconds: c.tokenSeconds,
    }),
  );
const org = fc.array(fc.oneof(userClient, machineClient), { maxLength: 10 });

// --- The property -------------------------------------------------------------------------

const load = (f: File) => parsePolicy('p.yml', stringify(f));
const loadIfValid = (f: File) => {
  try {
    return load(f);
  } catch (err) {
    if (err instanceof PolicyError) return undefined;
    throw err;
  }
};
const verdict = (changes: ReturnType<typeof diffPolicies>) => judgeLoosening(changes, 'require-label', 'ok', []).loosens;

describe('the gate classifies every single edit by its direction', () => {
  it('covers every edit kind the generator knows (sanity of the test itself)', () => {
    expect(EDITS.length).toBeGreaterThan(80);
    expect(new Set(EDITS.map((e) => e.name)).size).toBe(EDITS.length);
  });

  const seen = { changedFindings: 0, changedNothing: 0 };

  it.each(EDITS.map((e) => [e.name, e.direction, e] as const))(
    '%s: %s, from the two policies alone and with the live impact of a random org',
    (_name, _direction, edit) => {
      const expected = edit.direction === 'looser';
      fc.assert(
        fc.property(policyFile, fc.nat(1000), org, (file, pick, clients: ClientRecord[]) => {
          const edited = edit.apply(file, pick);
          fc.pre(edited !== undefined);
          const head = loadIfValid(edited as File);
          fc.pre(head !== undefined); // an edit that makes the file invalid is not one the gate sees
          const base = load(file);
          const changes = diffPolicies(base, head as NonNullable<typeof head>);
          expect({ loosens: verdict(changes), changes: changes.map((c) => c.description) }).toMatchObject({ loosens: expected });
          expect(changes.length).toBeGreaterThan(0); // a tighter edit is seen too, not passed as "nothing changed"
          const usage = { days: 365, from: day(365).slice(0, 10), to: day(0).slice(0, 10) };
          const inv = inventory(clients, usage);
          const impact = changeImpact(
            { policy: base, evaluation: evaluate(base, inv, { now }) },
            { policy: head as NonNullable<typeof head>, evaluation: evaluate(head as NonNullable<typeof head>, inv, { now }) },
          );
          const live = withUnexplainedSilencing(changes, impact);
          expect({ loosens: verdict(live), changes: live.map((c) => c.description) }).toMatchObject({ loosens: expected });
          if (impact.silenced.length + impact.added.length + impact.severityLowered.length + impact.severityRaised.length > 0) seen.changedFindings++;
          else seen.changedNothing++;
        }),
        { numRuns: 8, seed: 9, endOnFailure: true },
      );
    },
  );

  it('met both kinds of org: edits that changed findings today and edits that changed none', () => {
    expect(seen.changedFindings).toBeGreaterThan(100);
    expect(seen.changedNothing).toBeGreaterThan(100);
  });
});
