// Which way each construct of the policy language loosens, one entry per parameter. The
// tables are typed by the compiled policy's own types, so a new check kind, parameter or
// `where` key does not compile until someone says which direction loosens it; the docs'
// table is rendered from the same entries (and a test keeps the two equal).
import { SEVERITY_RANK } from '../evaluate/findings.ts';
import type { Glob } from '../policy/glob.ts';
import type { PermissionPattern } from '../policy/permission-pattern.ts';
import type { DesiredClient, DesiredState, DivisionFilter, FailOn, Policy, PolicyException, Rule, RuleChecks, SeverityOrOff } from '../policy/types.ts';
import { clientMatchNarrowsOrEqual, globListWithin, permissionListWithin } from './coverage.ts';
import { clientRefLabel } from '../policy/client-ref.ts';
import type { ClientSelector } from '../policy/types.ts';

/** How the head's value compares with the base's: `looser` also when it cannot be ordered. */
export type Order = 'same' | 'tighter' | 'looser';

export interface Direction<T> {
  /** What loosens it, for reviewers and the docs. */
  loosens: string;
  compare(before: T, after: T): Order;
  show(value: T): string;
}

/** `inner` ⊆ `outer` and back, proved by the caller's test. */
function byInclusion(headWithinBase: boolean, baseWithinHead: boolean, widerIsLooser: boolean): Order {
  if (headWithinBase && baseWithinHead) return 'same';
  if (widerIsLooser) return headWithinBase ? 'tighter' : 'looser';
  return baseWithinHead ? 'tighter' : 'looser';
}

type Within<T> = (inner: readonly T[], outer: readonly T[]) => boolean;
const valuesWithin: Within<string> = (inner, outer) => inner.every((v) => outer.includes(v));
const showList =
  <T>(name: (v: T) => string) =>
  (list: readonly T[] | undefined) =>
    list === undefined ? 'unset' : `[${list.map(name).join(', ')}]`;
const showGlobs = showList<Glob>((g) => g.source);
const showPatterns = showList<PermissionPattern>((p) => p.source);
const showValues = showList<string>((v) => v);

/** An allow list: undefined allows everything; a value added or a pattern widened loosens. */
function allowList<T>(within: Within<T>, show: (v: readonly T[] | undefined) => string): Direction<readonly T[] | undefined> {
  return {
    loosens: 'an entry added or widened, or the list removed',
    compare: (b, a) => (b === undefined ? (a === undefined ? 'same' : 'tighter') : a === undefined ? 'looser' : byInclusion(within(a, b), within(b, a), true)),
    show,
  };
}

/** A deny list: undefined denies nothing; an entry removed or narrowed loosens. */
function denyList<T>(within: Within<T>, show: (v: readonly T[] | undefined) => string): Direction<readonly T[] | undefined> {
  return {
    loosens: 'an entry removed or narrowed, or the list removed',
    compare: (b, a) => (b === undefined ? (a === undefined ? 'same' : 'tighter') : a === undefined ? 'looser' : byInclusion(within(a, b), within(b, a), false)),
    show,
  };
}

/** A `where` list: undefined selects every client; selecting fewer loosens. */
function whereList<T>(within: Within<T>, show: (v: readonly T[] | undefined) => string): Direction<readonly T[] | undefined> {
  return {
    loosens: 'fewer clients selected: an entry removed or narrowed, or a list added where there was none',
    compare: (b, a) => (a === undefined ? (b === undefined ? 'same' : 'tighter') : b === undefined ? 'looser' : byInclusion(within(a, b), within(b, a), false)),
    show,
  };
}

/** A limit findings start above: raising it (or removing it) loosens. */
function maxLimit(unit: string): Direction<number | undefined> {
  return {
    loosens: 'raised, or removed',
    compare: (b, a) => (a === b ? 'same' : b === undefined ? 'tighter' : a === undefined || a > b ? 'looser' : 'tighter'),
    show: (v) => (v === undefined ? 'unset' : `${v}${unit}`),
  };
}

/** A minimum: lowering it loosens. */
const minLimit: Direction<number> = { loosens: 'lowered', compare: (b, a) => (a === b ? 'same' : a < b ? 'looser' : 'tighter'), show: String };

/** A requirement that is on or off. */
const requirement: Direction<boolean> = {
  loosens: 'true → false (or removed)',
  compare: (b, a) => (a === b ? 'same' : a ? 'tighter' : 'looser'),
  show: String,
};

/** A regex values must match: removing it loosens; replacing it cannot be ordered, so it loosens too. */
const mustMatch: Direction<RegExp | undefined> = {
  loosens: 'removed, or replaced by any other pattern (patterns cannot be ordered)',
  compare: (b, a) =>
    b === undefined ? (a === undefined ? 'same' : 'tighter') : a === undefined || a.source !== b.source || a.flags !== b.flags ? 'looser' : 'same',
  show: (v) => (v === undefined ? 'unset' : `/${v.source}/`),
};

const localhost: Direction<'allow' | 'deny'> = {
  loosens: 'deny → allow',
  compare: (b, a) => (a === b ? 'same' : a === 'allow' ? 'looser' : 'tighter'),
  show: String,
};

/** Which role grants count: `any` counts every grant, named divisions count those and grants in all divisions, `all` only the latter. */
const DIVISION_RANK: Readonly<Record<DivisionFilter['kind'], number>> = { any: 2, named: 1, all: 0 };
const divisions: Direction<DivisionFilter> = {
  loosens: 'fewer grants counted: any → named divisions → all, or a division glob removed or narrowed',
  compare: (b, a) => {
    if (a.kind === 'named' && b.kind === 'named') return byInclusion(globListWithin(a.globs, b.globs), globListWithin(b.globs, a.globs), false);
    const d = DIVISION_RANK[a.kind] - DIVISION_RANK[b.kind];
    return d === 0 ? 'same' : d < 0 ? 'looser' : 'tighter';
  },
  show: (v) => (v.kind === 'named' ? showGlobs(v.globs) : v.kind),
};

type Params<T> = { [P in keyof T]-?: { yaml: string; direction: Direction<T[P]> } };
type CheckTable = { [K in keyof RuleChecks]-?: { yaml: string; params: Params<NonNullable<RuleChecks[K]>> } };

/** Every check kind and every parameter of it. */
export const CHECK_DIRECTIONS: CheckTable = {
  grantTypes: {
    yaml: 'grant-types',
    params: { allow: { yaml: 'allow', direction: allowList(valuesWithin, showValues) }, deny: { yaml: 'deny', direction: denyList(valuesWithin, showValues) } },
  },
  scopes: {
    yaml: 'scopes',
    params: {
      allow: { yaml: 'allow', direction: allowList(globListWithin, showGlobs) },
      deny: { yaml: 'deny', direction: denyList(globListWithin, showGlobs) },
    },
  },
  roles: {
    yaml: 'roles',
    params: {
      allow: { yaml: 'allow', direction: allowList(globListWithin, showGlobs) },
      deny: { yaml: 'deny', direction: denyList(globListWithin, showGlobs) },
      divisions: { yaml: 'divisions', direction: divisions },
    },
  },
  permissions: {
    yaml: 'permissions',
    params: {
      allow: { yaml: 'allow', direction: allowList(permissionListWithin, showPatterns) },
      deny: { yaml: 'deny', direction: denyList(permissionListWithin, showPatterns) },
      denyWildcards: { yaml: 'wildcards', direction: { ...requirement, loosens: 'deny → unset', show: (v) => (v ? 'deny' : 'unset') } },
      divisions: { yaml: 'divisions', direction: divisions },
    },
  },
  tokenLifetime: {
    yaml: 'token-lifetime',
    params: { maxSeconds: { yaml: 'max-seconds', direction: { ...maxLimit(' s'), loosens: 'raised' } as Direction<number> } },
  },
  redirectUris: {
    yaml: 'redirect-uris',
    params: {
      localhost: { yaml: 'localhost', direction: localhost },
      requireHttps: { yaml: 'require-https', direction: requirement },
      denyWildcards: { yaml: 'deny-wildcards', direction: requirement },
      denyIpLiterals: { yaml: 'deny-ip-literals', direction: requirement },
      mustMatch: { yaml: 'must-match', direction: mustMatch },
    },
  },
  description: { yaml: 'client-description', params: { minLength: { yaml: 'min-length', direction: minLimit } } },
  name: { yaml: 'client-name', params: { unique: { yaml: 'unique', direction: requirement }, mustMatch: { yaml: 'must-match', direction: mustMatch } } },
  stateAge: {
    yaml: 'state-age',
    params: {
      disabledMaxDays: { yaml: 'disabled-max-days', direction: maxLimit(' days') },
      inactiveMaxDays: { yaml: 'inactive-max-days', direction: maxLimit(' days') },
    },
  },
  unused: { yaml: 'unused', params: { maxDays: { yaml: 'max-days', direction: { ...maxLimit(' days'), loosens: 'raised' } as Direction<number> } } },
};

/** A check kind the base had and the head drops. */
export const CHECK_REMOVED = 'the whole check removed from the rule';

const grantWhere = whereList(valuesWithin, showValues);
const clientRefText = (s: ClientSelector) => (s.kind === 'glob' ? s.glob.source : clientRefLabel(s));
export const WHERE_DIRECTIONS: { [K in keyof Rule['where']]-?: { yaml: string; direction: Direction<Rule['where'][K]> } } = {
  grantTypes: { yaml: 'grant-type', direction: grantWhere as Direction<Rule['where']['grantTypes']> },
  clients: {
    yaml: 'client',
    direction: {
      loosens: 'narrowed (fewer clients checked), or replaced by a selection not provably wider',
      show: (list: Rule['where']['clients']) => (list === undefined ? 'unset' : `[${list.map(clientRefText).join(', ')}]`),
      // Through the one client-matcher comparison, so pinned client forms extend it in one place.
      compare: (b, a) => byInclusion(clientMatchNarrowsOrEqual(b, a), clientMatchNarrowsOrEqual(a, b), false),
    },
  },
  states: { yaml: 'state', direction: grantWhere as Direction<Rule['where']['states']> },
};

export const SEVERITY_DIRECTION: Direction<Rule['severity']> = {
  loosens: 'lowered (error → warning → notice)',
  compare: (b, a) => (a === b ? 'same' : SEVERITY_RANK[a] < SEVERITY_RANK[b] ? 'looser' : 'tighter'),
  show: String,
};

const FAIL_ON_RANK: Readonly<Record<FailOn, number>> = { notice: 3, warning: 2, error: 1, never: 0 };
export const FAIL_ON_DIRECTION: Direction<FailOn> = {
  loosens: 'lowered: notice → warning → error → never',
  compare: (b, a) => (a === b ? 'same' : FAIL_ON_RANK[a] < FAIL_ON_RANK[b] ? 'looser' : 'tighter'),
  show: String,
};

const SEVERITY_OR_OFF_RANK: Readonly<Record<SeverityOrOff, number>> = { error: 3, warning: 2, notice: 1, off: 0 };
export const CLIENTS_SEVERITY_DIRECTION: Direction<SeverityOrOff> = {
  loosens: 'lowered: error → warning → notice → off',
  compare: (b, a) => (a === b ? 'same' : SEVERITY_OR_OFF_RANK[a] < SEVERITY_OR_OFF_RANK[b] ? 'looser' : 'tighter'),
  show: String,
};

export const MAX_EXCEPTION_DAYS_DIRECTION: Direction<number> = { ...(maxLimit(' days') as Direction<number>), loosens: 'raised (unset means 365)' };

/**
 * Every field of the compiled policy and where the diff judges it. Typed by the compiled
 * types: a new field does not compile until someone says how a change of it is ordered.
 */
export const COMPILED_FIELDS: {
  policy: { [K in keyof Policy]-?: string };
  rule: { [K in keyof Rule]-?: string };
  desiredState: { [K in keyof DesiredState]-?: string };
  desiredClient: { [K in keyof DesiredClient]-?: string };
  exception: { [K in keyof PolicyException]-?: string };
} = {
  policy: {
    file: 'not compared: where it was read',
    failOn: 'FAIL_ON_DIRECTION',
    rules: 'by id: removed loosens; each kept rule through SEVERITY_DIRECTION, WHERE_DIRECTIONS, CHECK_DIRECTIONS',
    disabledRules: 'as rules removed',
    desired: 'removed loosens; CLIENTS_SEVERITY_DIRECTION; approved entries (APPROVED_CLIENT_ROWS)',
    exceptions: 'EXCEPTION_ROWS',
    maxExceptionDays: 'MAX_EXCEPTION_DAYS_DIRECTION',
    warnings: 'not compared: messages',
  },
  rule: {
    id: 'identity: a changed id is a rule removed and another added',
    description: 'not compared: wording',
    severity: 'SEVERITY_DIRECTION',
    category: 'not compared: wording',
    rationale: 'not compared: wording',
    fix: 'not compared: wording',
    origin: 'not compared: where it came from',
    location: 'not compared: a line',
    fingerprint: 'not compared: derived from where and checks, which are',
    where: 'WHERE_DIRECTIONS',
    checks: 'CHECK_DIRECTIONS',
  },
  desiredState: {
    unknown: 'CLIENTS_SEVERITY_DIRECTION',
    missing: 'CLIENTS_SEVERITY_DIRECTION',
    drift: 'CLIENTS_SEVERITY_DIRECTION',
    clients: 'APPROVED_CLIENT_ROWS',
    location: 'not compared: a line',
  },
  desiredClient: {
    name: 'identity without an id; compared with one',
    id: 'identity',
    clientRef: 'identity (id, else the name-or-id text)',
    grantType: 'any change loosens',
    scopes: 'removed or changed loosens',
    roles: 'removed or changed loosens',
    owner: 'not compared: wording',
    location: 'not compared: a line',
  },
  exception: {
    ruleId: 'identity',
    client: 'not compared: the label of clientRef',
    clientRef: 'clientMatchNarrowsOrEqual',
    subject: 'globCovers',
    reason: 'not compared: wording',
    owner: 'not compared: wording',
    expires: 'later loosens',
    location: 'not compared: a line',
  },
};

/**
 * Every construct and what loosens it, for the docs (docs/policy.md holds this table
 * verbatim; a test compares them).
 */
export function directionRows(): Array<[construct: string, loosens: string]> {
  const rows: Array<[string, string]> = [
    ['`version`', 'cannot change (only `1` exists)'],
    ['`extends`', "a pack removed (its rules count as removed); a pack file's rules are compared by id like the file's"],
    ['`overrides`', "a pack's rule (built-in or a pack file's) turned `off` (removed) or its severity lowered"],
    ['`rules[]` (a rule, by `id`)', 'removed, or its `id` changed (removed and another added)'],
    ['`description`, `category`, `fix` of a rule', 'never (wording)'],
    ['`severity`', SEVERITY_DIRECTION.loosens],
  ];
  for (const w of Object.values(WHERE_DIRECTIONS)) rows.push([`\`where.${w.yaml}\``, w.direction.loosens]);
  for (const check of Object.values(CHECK_DIRECTIONS)) {
    rows.push([`\`${check.yaml}\``, CHECK_REMOVED]);
    if (check.yaml === 'client-description') rows.push(['`client-description.required`', 'cannot change (always `true`: the check itself)']);
    for (const p of Object.values(check.params) as Array<{ yaml: string; direction: Direction<unknown> }>)
      rows.push([`\`${check.yaml}.${p.yaml}\``, p.direction.loosens]);
  }
  rows.push(
    ['`settings.fail-on`', FAIL_ON_DIRECTION.loosens],
    ['`settings.max-exception-days`', MAX_EXCEPTION_DAYS_DIRECTION.loosens],
    ['`clients` (the section)', 'removed'],
    ...(['unknown', 'missing', 'drift'] as const).map((k): [string, string] => [`\`clients.${k}\``, CLIENTS_SEVERITY_DIRECTION.loosens]),
    ...APPROVED_CLIENT_ROWS,
    ...EXCEPTION_ROWS,
  );
  return rows;
}

export const APPROVED_CLIENT_ROWS: Array<[string, string]> = [
  [
    '`clients.list` entry',
    'added (a client approved); removed while `clients.unknown` is lower than `clients.drift` (its drift findings become one milder finding), or while an entry of the other kind (by `id` / by `name`) may be the same client',
  ],
  ['`clients.list[].id`', 'changed (another client: removed and another added)'],
  ['`clients.list[].grant-type`', 'any change (drift is reported both ways)'],
  ['`clients.list[].name` (with an `id`)', 'removed or changed'],
  ['`clients.list[].scopes`', 'removed, or changed (drift is reported both ways)'],
  ['`clients.list[].roles`', 'removed, or changed (drift is reported both ways)'],
  ['`clients.list[].owner`, `clients.list[].description`', 'never (wording)'],
];

export const EXCEPTION_ROWS: Array<[string, string]> = [
  [
    '`exceptions[]` (an exception)',
    "added, unless it lies within one of the base's (same rule, client and subject no wider, expiry no later) or names a rule the base does not have",
  ],
  ['`exceptions[].rule`', 'changed (another rule: an exception added)'],
  [
    '`exceptions[].client`',
    'changed to a reference that may match another client: a pinned `{ id }` turned into a bare name, another id or name (a name beside a pinned id only labels it)',
  ],
  ['`exceptions[].subject`', 'removed or widened'],
  ['`exceptions[].expires`', 'later'],
  ['`exceptions[].reason`, `exceptions[].owner`', 'never (wording)'],
];

export function directionTableMarkdown(): string {
  return ['| Construct | Loosens when |', '|---|---|', ...directionRows().map(([c, l]) => `| ${c} | ${l} |`)].join('\n');
}
