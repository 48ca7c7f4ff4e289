export const id = 810;
export const ids = [810];
export const modules = {

/***/ 810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPullRequestGate: () => (/* binding */ runPullRequestGate)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/audit.ts + 36 modules
var audit = __webpack_require__(8549);
// EXTERNAL MODULE: ./src/genesys/token.ts
var token = __webpack_require__(551);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/evaluate/findings.ts
var evaluate_findings = __webpack_require__(7825);
// EXTERNAL MODULE: ./src/policy/reserved-ids.ts
var reserved_ids = __webpack_require__(9591);
;// CONCATENATED MODULE: ./src/gate/impact.ts
// Which findings a policy change silences, adds or re-grades (whether it loosens is decided
// from the two policies alone, in policy-diff.ts): both policies evaluated against the
// same inventory, finding by finding. The org is the same on both sides, so a finding that
// disappears was silenced by the change (an exception, a rule removed or loosened, a client
// approved) unless it was about the policy itself (a stale or expired exception cleaned up).


// A client reference that stops being ambiguous or renamed is housekeeping too: every way a
// change could turn one into silenced findings (an exception or approval pinned, a label
// changed) is itself a loosening the policy diff reports.
const POLICY_HOUSEKEEPING = new Set([...Object.values(reserved_ids/* EXCEPTION_IDS */.Hc), reserved_ids/* DESIRED_STATE_IDS */.ap.missing, ...Object.values(reserved_ids/* CLIENT_REF_IDS */.PD)]);
function changeImpact(base, head) {
    const before = byKey(base.evaluation.findings);
    const after = byKey(head.evaluation.findings);
    const acceptedInHead = new Map(head.evaluation.accepted.map((a) => [(0,evaluate_findings/* findingKey */.fl)(a.finding), a.exception]));
    const headRules = new Set(head.policy.rules.map((r) => r.id));
    const impact = { added: [], silenced: [], resolved: [], severityLowered: [], severityRaised: [] };
    for (const [key, finding] of after) {
        const old = before.get(key);
        if (!old)
            impact.added.push(finding);
        else if (evaluate_findings/* SEVERITY_RANK */.f3[finding.severity] < evaluate_findings/* SEVERITY_RANK */.f3[old.severity])
            impact.severityLowered.push({ before: old, after: finding });
        else if (evaluate_findings/* SEVERITY_RANK */.f3[finding.severity] > evaluate_findings/* SEVERITY_RANK */.f3[old.severity])
            impact.severityRaised.push({ before: old, after: finding });
    }
    for (const [key, finding] of before) {
        if (after.has(key))
            continue;
        const exception = acceptedInHead.get(key);
        if (exception)
            impact.silenced.push({ finding, reason: { kind: 'exception', exception } });
        else if (POLICY_HOUSEKEEPING.has(finding.ruleId))
            impact.resolved.push(finding);
        else if (finding.ruleId === reserved_ids/* DESIRED_STATE_IDS */.ap.unknown || finding.ruleId === reserved_ids/* DESIRED_STATE_IDS */.ap.drift)
            impact.silenced.push({ finding, reason: { kind: 'client-approved' } });
        else
            impact.silenced.push({ finding, reason: { kind: headRules.has(finding.ruleId) ? 'rule-loosened' : 'rule-removed' } });
    }
    return impact;
}
function byKey(findings) {
    return new Map(findings.map((f) => [(0,evaluate_findings/* findingKey */.fl)(f), f]));
}

// EXTERNAL MODULE: ./src/gate/loosening.ts
var gate_loosening = __webpack_require__(6351);
// EXTERNAL MODULE: ./src/policy/packs/index.ts + 1 modules
var packs = __webpack_require__(691);
// EXTERNAL MODULE: ./src/policy/glob.ts
var glob = __webpack_require__(4062);
// EXTERNAL MODULE: ./src/policy/client-ref.ts
var client_ref = __webpack_require__(2427);
;// CONCATENATED MODULE: ./src/gate/coverage.ts
// "Does everything the head's pattern matches fall within the base's?" for the policy's
// globs, permission patterns and client matchers — proved only in the simple cases (same
// text, `*`, a literal the other matches, a fixed prefix then `*`). Anything else counts as
// not covered: the gate then calls the change loosening, because unknown is never safe.


/** Is every string `inner` matches also matched by `outer`? (false when it cannot tell) */
function globCovers(outer, inner) {
    if (outer === inner || outer === '*')
        return true;
    if (!/[*?]/.test(inner))
        return (0,glob/* globToRegExp */.tL)(outer).test(inner);
    // `prefix*` covers anything that starts with that prefix.
    const star = outer.indexOf('*');
    if (star === outer.length - 1 && !/[?]/.test(outer))
        return inner.startsWith(outer.slice(0, -1));
    return false;
}
/** Every string one of `inner` matches is matched by one of `outer`: a list that is as narrow or narrower. */
function globListWithin(inner, outer) {
    return inner.every((i) => outer.some((o) => globCovers(o.source, i.source)));
}
/** Part by part, for `domain:entity:action` patterns (a flat name only by itself). */
function permissionCovers(outer, inner) {
    if (outer.partSources.length !== inner.partSources.length)
        return false;
    return outer.partSources.every((o, i) => globCovers(o, inner.partSources[i]));
}
function permissionListWithin(inner, outer) {
    return inner.every((i) => outer.some((o) => permissionCovers(o, i)));
}
/**
 * Does the head's client matcher select only clients the base's selected? A matcher is an
 * exception's or approved entry's reference (a pinned id, or a bare name-or-id) or a
 * `where.client` list of references and globs; `undefined` means every client. Proved
 * through the policy's own `refWithin` (a pinned id is within only itself; a bare string
 * within a glob that matches it), and for two globs by `globCovers`; anything else is not
 * narrower, so the gate calls the change loosening.
 */
function clientMatchNarrowsOrEqual(before, after) {
    if (before === undefined)
        return true;
    if (after === undefined)
        return false;
    const wide = asList(before);
    return asList(after).every((a) => wide.some((b) => selectorWithin(a, b)));
}
function asList(m) {
    return Array.isArray(m) ? m : [m];
}
function selectorWithin(narrow, wide) {
    if (narrow.kind === 'glob' && wide.kind === 'glob')
        return globCovers(wide.glob.source, narrow.glob.source);
    return (0,client_ref/* refWithin */.T5)(narrow, wide);
}

;// CONCATENATED MODULE: ./src/gate/directions.ts
// Which way each construct of the policy language loosens, one entry per parameter. The
// tables are typed by the compiled policy's own types, so a new check kind, parameter or
// `where` key does not compile until someone says which direction loosens it; the docs'
// table is rendered from the same entries (and a test keeps the two equal).



/** `inner` ⊆ `outer` and back, proved by the caller's test. */
function byInclusion(headWithinBase, baseWithinHead, widerIsLooser) {
    if (headWithinBase && baseWithinHead)
        return 'same';
    if (widerIsLooser)
        return headWithinBase ? 'tighter' : 'looser';
    return baseWithinHead ? 'tighter' : 'looser';
}
const valuesWithin = (inner, outer) => inner.every((v) => outer.includes(v));
const showList = (name) => (list) => list === undefined ? 'unset' : `[${list.map(name).join(', ')}]`;
const showGlobs = showList((g) => g.source);
const showPatterns = showList((p) => p.source);
const showValues = showList((v) => v);
/** An allow list: undefined allows everything; a value added or a pattern widened loosens. */
function allowList(within, show) {
    return {
        loosens: 'an entry added or widened, or the list removed',
        compare: (b, a) => (b === undefined ? (a === undefined ? 'same' : 'tighter') : a === undefined ? 'looser' : byInclusion(within(a, b), within(b, a), true)),
        show,
    };
}
/** A deny list: undefined denies nothing; an entry removed or narrowed loosens. */
function denyList(within, show) {
    return {
        loosens: 'an entry removed or narrowed, or the list removed',
        compare: (b, a) => (b === undefined ? (a === undefined ? 'same' : 'tighter') : a === undefined ? 'looser' : byInclusion(within(a, b), within(b, a), false)),
        show,
    };
}
/** A `where` list: undefined selects every client; selecting fewer loosens. */
function whereList(within, show) {
    return {
        loosens: 'fewer clients selected: an entry removed or narrowed, or a list added where there was none',
        compare: (b, a) => (a === undefined ? (b === undefined ? 'same' : 'tighter') : b === undefined ? 'looser' : byInclusion(within(a, b), within(b, a), false)),
        show,
    };
}
/** A limit findings start above: raising it (or removing it) loosens. */
function maxLimit(unit) {
    return {
        loosens: 'raised, or removed',
        compare: (b, a) => (a === b ? 'same' : b === undefined ? 'tighter' : a === undefined || a > b ? 'looser' : 'tighter'),
        show: (v) => (v === undefined ? 'unset' : `${v}${unit}`),
    };
}
/** A minimum: lowering it loosens. */
const minLimit = { loosens: 'lowered', compare: (b, a) => (a === b ? 'same' : a < b ? 'looser' : 'tighter'), show: String };
/** A requirement that is on or off. */
const requirement = {
    loosens: 'true → false (or removed)',
    compare: (b, a) => (a === b ? 'same' : a ? 'tighter' : 'looser'),
    show: String,
};
/** A regex values must match: removing it loosens; replacing it cannot be ordered, so it loosens too. */
const mustMatch = {
    loosens: 'removed, or replaced by any other pattern (patterns cannot be ordered)',
    compare: (b, a) => b === undefined ? (a === undefined ? 'same' : 'tighter') : a === undefined || a.source !== b.source || a.flags !== b.flags ? 'looser' : 'same',
    show: (v) => (v === undefined ? 'unset' : `/${v.source}/`),
};
const localhost = {
    loosens: 'deny → allow',
    compare: (b, a) => (a === b ? 'same' : a === 'allow' ? 'looser' : 'tighter'),
    show: String,
};
/** Which role grants count: `any` counts every grant, named divisions count those and grants in all divisions, `all` only the latter. */
const DIVISION_RANK = { any: 2, named: 1, all: 0 };
const divisions = {
    loosens: 'fewer grants counted: any → named divisions → all, or a division glob removed or narrowed',
    compare: (b, a) => {
        if (a.kind === 'named' && b.kind === 'named')
            return byInclusion(globListWithin(a.globs, b.globs), globListWithin(b.globs, a.globs), false);
        const d = DIVISION_RANK[a.kind] - DIVISION_RANK[b.kind];
        return d === 0 ? 'same' : d < 0 ? 'looser' : 'tighter';
    },
    show: (v) => (v.kind === 'named' ? showGlobs(v.globs) : v.kind),
};
/** Every check kind and every parameter of it. */
const CHECK_DIRECTIONS = {
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
        params: { maxSeconds: { yaml: 'max-seconds', direction: { ...maxLimit(' s'), loosens: 'raised' } } },
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
    unused: { yaml: 'unused', params: { maxDays: { yaml: 'max-days', direction: { ...maxLimit(' days'), loosens: 'raised' } } } },
};
/** A check kind the base had and the head drops. */
const CHECK_REMOVED = 'the whole check removed from the rule';
const grantWhere = whereList(valuesWithin, showValues);
const clientRefText = (s) => (s.kind === 'glob' ? s.glob.source : (0,client_ref/* clientRefLabel */.jk)(s));
const WHERE_DIRECTIONS = {
    grantTypes: { yaml: 'grant-type', direction: grantWhere },
    clients: {
        yaml: 'client',
        direction: {
            loosens: 'narrowed (fewer clients checked), or replaced by a selection not provably wider',
            show: (list) => (list === undefined ? 'unset' : `[${list.map(clientRefText).join(', ')}]`),
            // Through the one client-matcher comparison, so pinned client forms extend it in one place.
            compare: (b, a) => byInclusion(clientMatchNarrowsOrEqual(b, a), clientMatchNarrowsOrEqual(a, b), false),
        },
    },
    states: { yaml: 'state', direction: grantWhere },
};
const SEVERITY_DIRECTION = {
    loosens: 'lowered (error → warning → notice)',
    compare: (b, a) => (a === b ? 'same' : evaluate_findings/* SEVERITY_RANK */.f3[a] < evaluate_findings/* SEVERITY_RANK */.f3[b] ? 'looser' : 'tighter'),
    show: String,
};
const FAIL_ON_RANK = { notice: 3, warning: 2, error: 1, never: 0 };
const FAIL_ON_DIRECTION = {
    loosens: 'lowered: notice → warning → error → never',
    compare: (b, a) => (a === b ? 'same' : FAIL_ON_RANK[a] < FAIL_ON_RANK[b] ? 'looser' : 'tighter'),
    show: String,
};
const SEVERITY_OR_OFF_RANK = { error: 3, warning: 2, notice: 1, off: 0 };
const CLIENTS_SEVERITY_DIRECTION = {
    loosens: 'lowered: error → warning → notice → off',
    compare: (b, a) => (a === b ? 'same' : SEVERITY_OR_OFF_RANK[a] < SEVERITY_OR_OFF_RANK[b] ? 'looser' : 'tighter'),
    show: String,
};
const MAX_EXCEPTION_DAYS_DIRECTION = { ...maxLimit(' days'), loosens: 'raised (unset means 365)' };
/**
 * Every field of the compiled policy and where the diff judges it. Typed by the compiled
 * types: a new field does not compile until someone says how a change of it is ordered.
 */
const COMPILED_FIELDS = {
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
function directionRows() {
    const rows = [
        ['`version`', 'cannot change (only `1` exists)'],
        ['`extends`', "a pack removed (its rules count as removed); a pack file's rules are compared by id like the file's"],
        ['`overrides`', "a pack's rule (built-in or a pack file's) turned `off` (removed) or its severity lowered"],
        ['`rules[]` (a rule, by `id`)', 'removed, or its `id` changed (removed and another added)'],
        ['`description`, `category`, `fix` of a rule', 'never (wording)'],
        ['`severity`', SEVERITY_DIRECTION.loosens],
    ];
    for (const w of Object.values(WHERE_DIRECTIONS))
        rows.push([`\`where.${w.yaml}\``, w.direction.loosens]);
    for (const check of Object.values(CHECK_DIRECTIONS)) {
        rows.push([`\`${check.yaml}\``, CHECK_REMOVED]);
        if (check.yaml === 'client-description')
            rows.push(['`client-description.required`', 'cannot change (always `true`: the check itself)']);
        for (const p of Object.values(check.params))
            rows.push([`\`${check.yaml}.${p.yaml}\``, p.direction.loosens]);
    }
    rows.push(['`settings.fail-on`', FAIL_ON_DIRECTION.loosens], ['`settings.max-exception-days`', MAX_EXCEPTION_DAYS_DIRECTION.loosens], ['`clients` (the section)', 'removed'], ...['unknown', 'missing', 'drift'].map((k) => [`\`clients.${k}\``, CLIENTS_SEVERITY_DIRECTION.loosens]), ...APPROVED_CLIENT_ROWS, ...EXCEPTION_ROWS);
    return rows;
}
const APPROVED_CLIENT_ROWS = (/* unused pure expression or super */ null && ([
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
]));
const EXCEPTION_ROWS = (/* unused pure expression or super */ null && ([
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
]));
function directionTableMarkdown() {
    return ['| Construct | Loosens when |', '|---|---|', ...directionRows().map(([c, l]) => `| ${c} | ${l} |`)].join('\n');
}

;// CONCATENATED MODULE: ./src/gate/policy-diff.ts
// What a policy change changes, read from the two policies alone (no org needed): rules
// added, removed or changed parameter by parameter, exceptions, settings and approved
// clients. Whether a change loosens is decided here, from the direction tables, never from
// today's findings: a loosening that changes nothing in the org today is still a loosening.





function diffPolicies(base, head) {
    return [...ruleChanges(base, head), ...exceptionChanges(base, head), ...settingChanges(base, head), ...desiredStateChanges(base.desired, head.desired)];
}
/** The change a gate reports when the base policy cannot be read: nothing can be compared, so it counts as loosening. */
function baseInvalidChange(reason) {
    return {
        kind: 'base-invalid',
        loosens: true,
        description: `The base policy is invalid (${reason.replace(/\.$/, '')}), so the change cannot be compared with it and counts as loosening.`,
    };
}
function ruleChanges(base, head) {
    const before = new Map(base.rules.map((r) => [r.id, r]));
    const after = new Map(head.rules.map((r) => [r.id, r]));
    const out = [];
    for (const [id, rule] of after) {
        const old = before.get(id);
        if (!old)
            out.push({ kind: 'rule-added', loosens: false, description: `Rule \`${id}\` is added${origin(rule)}.`, location: rule.location });
        else
            out.push(...ruleBodyChanges(old, rule));
    }
    for (const [id, rule] of before) {
        if (after.has(id))
            continue;
        const off = head.disabledRules.includes(id);
        out.push({
            kind: 'rule-removed',
            loosens: true,
            description: off
                ? `${(0,packs/* isBuiltInPack */.R)(rule.origin) ? 'Built-in rule' : 'Rule'} \`${id}\`${(0,packs/* isBuiltInPack */.R)(rule.origin) ? '' : origin(rule)} is turned off in \`overrides\`.`
                : `Rule \`${id}\` is removed${origin(rule)}.`,
        });
    }
    return out;
}
/** Severity, each `where` key and each parameter of each check, through the direction tables. */
function ruleBodyChanges(old, rule) {
    const out = [];
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
    const param = (order, what, from, to) => {
        if (order !== 'same')
            out.push(ruleChange(rule, order, `\`${what}\` goes from ${from} to ${to}`));
    };
    for (const [key, { yaml, direction }] of Object.entries(WHERE_DIRECTIONS)) {
        param(direction.compare(old.where[key], rule.where[key]), `where.${yaml}`, direction.show(old.where[key]), direction.show(rule.where[key]));
    }
    for (const [kind, { yaml, params }] of Object.entries(CHECK_DIRECTIONS)) {
        const b = old.checks[kind];
        const a = rule.checks[kind];
        if (!b && !a)
            continue;
        if (!a)
            out.push(ruleChange(rule, 'looser', `its \`${yaml}\` check is removed`));
        else if (!b)
            out.push(ruleChange(rule, 'tighter', `it gains a \`${yaml}\` check`));
        else
            for (const [p, { yaml: py, direction }] of Object.entries(params))
                param(direction.compare(b[p], a[p]), `${yaml}.${py}`, direction.show(b[p]), direction.show(a[p]));
    }
    return out;
}
function ruleChange(rule, order, what) {
    const loosens = order === 'looser';
    return {
        kind: loosens ? 'rule-loosened' : 'rule-tightened',
        loosens,
        description: `Rule \`${rule.id}\`: ${what} (${loosens ? 'looser' : 'stricter'}).`,
        location: rule.location,
    };
}
function origin(rule) {
    return rule.origin === 'policy' ? '' : ` (pack \`${rule.origin}\`)`;
}
function exceptionKey(e) {
    // The reference decides, not its label: a pinned id and a bare name never share a key.
    return `${e.ruleId}\u0000${(0,client_ref/* clientRefKey */.cy)(e.clientRef)}\u0000${e.subject?.source ?? ''}`;
}
/**
 * An exception of the head loosens unless it is one of the base's, no later, or lies within
 * one of the base's (same rule, a client and subject no wider, an expiry no later), or
 * accepts findings of a rule the base does not have (nothing of the base's is silenced).
 */
function exceptionChanges(base, head) {
    const before = new Map(base.exceptions.map((e) => [exceptionKey(e), e]));
    const after = new Set(head.exceptions.map(exceptionKey));
    const baseFindings = new Set([...base.rules.map((r) => r.id), ...(base.desired ? Object.values(reserved_ids/* DESIRED_STATE_IDS */.ap) : [])]);
    const out = [];
    for (const e of head.exceptions) {
        const old = before.get(exceptionKey(e));
        const what = capitalize(describeException(e));
        const change = (kind, loosens, text) => out.push({ kind, loosens, description: `${what} ${text}.`, location: e.location });
        if (old) {
            if (e.expires > old.expires)
                change('exception-extended', true, `now expires on ${e.expires} instead of ${old.expires}`);
            else if (e.expires < old.expires)
                change('exception-shortened', false, `now expires on ${e.expires} instead of ${old.expires}`);
        }
        else if (!baseFindings.has(e.ruleId))
            change('exception-added', false, `is added, until ${e.expires} (owner ${e.owner}); the base has no rule \`${e.ruleId}\`, so nothing it reported is silenced`);
        else if (base.exceptions.some((b) => exceptionWithin(e, b)))
            change('exception-narrowed', false, `replaces a wider exception of the base, until ${e.expires}`);
        else
            change('exception-added', true, `is added, until ${e.expires} (owner ${e.owner})`);
    }
    for (const [key, e] of before)
        if (!after.has(key))
            out.push({ kind: 'exception-removed', loosens: false, description: `${capitalize(describeException(e))} is removed.` });
    return out;
}
/** Does `inner` accept only findings `outer` accepted, for no longer? */
function exceptionWithin(inner, outer) {
    if (inner.ruleId !== outer.ruleId || inner.expires > outer.expires)
        return false;
    if (!clientMatchNarrowsOrEqual(outer.clientRef, inner.clientRef))
        return false;
    return !outer.subject || (inner.subject !== undefined && globCovers(outer.subject.source, inner.subject.source));
}
function describeException(e) {
    return `the exception for rule \`${e.ruleId}\` and client "${e.client}"${e.subject ? ` (${e.subject.source})` : ''}`;
}
function settingChanges(base, head) {
    const out = [];
    const setting = (direction, name, b, a) => {
        const order = direction.compare(b, a);
        if (order !== 'same')
            out.push(settingChange(order === 'looser', `\`${name}\` goes from ${direction.show(b)} to ${direction.show(a)}.`));
    };
    setting(FAIL_ON_DIRECTION, 'settings.fail-on', base.failOn ?? 'error', head.failOn ?? 'error');
    setting(MAX_EXCEPTION_DAYS_DIRECTION, 'settings.max-exception-days', base.maxExceptionDays, head.maxExceptionDays);
    const b = base.desired;
    const h = head.desired;
    if (b && !h)
        out.push(settingChange(true, 'The `clients` list of approved clients is removed.'));
    if (!b && h)
        out.push(settingChange(false, 'A `clients` list of approved clients is added.'));
    if (b && h)
        for (const kind of ['unknown', 'missing', 'drift'])
            setting(CLIENTS_SEVERITY_DIRECTION, `clients.${kind}`, b[kind], h[kind]);
    return out;
}
function settingChange(loosens, description) {
    return { kind: loosens ? 'setting-loosened' : 'setting-tightened', loosens, description };
}
/** An approved entry is found again by its id, else its name (as evaluation matches it). */
function approvedKey(c) {
    return c.id !== undefined ? `id:${c.id}` : `name:${c.name ?? ''}`;
}
function desiredStateChanges(base, head) {
    if (!base || !head)
        return [];
    const before = new Map(base.clients.map((c) => [approvedKey(c), c]));
    const after = new Set(head.clients.map(approvedKey));
    const out = [];
    for (const c of head.clients) {
        const old = before.get(approvedKey(c));
        if (!old)
            out.push({ kind: 'client-approved', loosens: true, description: `Client "${label(c)}" is added to the approved clients.`, location: c.location });
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
        if (after.has(approvedKey(c)))
            continue;
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
function approvedEntryChanges(b, a) {
    const out = [];
    const compared = (what, before, after, equal, show) => {
        if (before === undefined && after === undefined)
            return;
        if (before !== undefined && after !== undefined && equal(before, after))
            return;
        out.push([`\`${what}\` goes from ${show(before)} to ${show(after)}`, before === undefined ? 'tighter' : 'looser']);
    };
    const showList = (v) => (v === undefined ? 'not compared' : `[${v.join(', ')}]`);
    const sameSet = (x, y) => x.every((v) => y.includes(v)) && y.every((v) => x.includes(v));
    const roleText = (r) => (r.division === undefined ? r.role : `${r.role} in ${r.division}`);
    if (b.grantType !== a.grantType)
        out.push([`\`grant-type\` goes from ${b.grantType} to ${a.grantType}`, 'looser']);
    if (b.id !== undefined)
        compared('name', b.name, a.name, (x, y) => x === y, (v) => (v === undefined ? 'not compared' : `"${v}"`));
    compared('scopes', b.scopes, a.scopes, sameSet, showList);
    compared('roles', b.roles?.map(roleText), a.roles?.map(roleText), sameSet, showList);
    return out;
}
function label(c) {
    return c.name ?? c.id ?? '';
}
function capitalize(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}

// EXTERNAL MODULE: ./src/github/api.ts
var github_api = __webpack_require__(8943);
// EXTERNAL MODULE: ./src/github/event.ts
var github_event = __webpack_require__(5015);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/github/file-at-commit.ts
// A file's text at a given commit: from the local clone when it has that commit (no token,
// no request), else through the GitHub contents API. `undefined` means the file does not
// exist at that commit (e.g. a policy added by the pull request).



const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function readFileAtCommit(opts) {
    const local = await fromGit(opts.workspace, opts.path, opts.sha);
    if (local !== 'unavailable')
        return { text: local, from: 'git' };
    if (!opts.api) {
        throw new errors/* ConfigError */.xL(`Commit ${opts.sha.slice(0, 7)} is not in the local clone and no GitHub token was given to read ${opts.path} there: set \`github-token\` or check out with \`fetch-depth: 0\`.`);
    }
    return { text: await opts.api.fileAt(opts.repo, opts.path, opts.sha), from: 'api' };
}
/** The file at `sha`, undefined when absent there, 'unavailable' when git cannot tell. */
async function fromGit(workspace, file, sha) {
    if (!/^[0-9a-f]{7,64}$/i.test(sha))
        return 'unavailable';
    const git = (args) => run('git', ['-C', workspace, ...args], { maxBuffer: 16 * 1024 * 1024, encoding: 'utf8' });
    try {
        await git(['cat-file', '-e', `${sha}^{commit}`]);
    }
    catch {
        return 'unavailable';
    }
    try {
        await git(['cat-file', '-e', `${sha}:${file}`]);
    }
    catch {
        return undefined;
    }
    return (await git(['show', `${sha}:${file}`])).stdout;
}

;// CONCATENATED MODULE: ./src/github/labels.ts

async function currentLabels(api, repo, pr) {
    const fallback = (why) => ({
        labels: pr.labels,
        from: 'payload',
        notice: `The pull request's labels were read from the event payload (${why}): a label added after the run started is not seen, so push a commit or re-trigger the workflow after labelling.`,
    });
    if (!api)
        return fallback('no `github-token`');
    try {
        return { labels: await api.listLabels(repo, pr.number), from: 'api' };
    }
    catch (err) {
        if (err instanceof github_api/* GitHubHttpError */.Id)
            return fallback(err.message.replace(/\.$/, ''));
        throw err;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/github/sticky-comment.ts
// One PR comment per job (policy file, org, optional report key), created once and then edited
// in place. It is found again by a hidden marker; a token that may not write comments gets a
// warning, never a failure.


/** GitHub rejects comment bodies over 65,536 characters. */
const MAX_COMMENT_CHARS = 65_536;
/**
 * The hidden marker of a job's comment. With only a policy path it is the marker earlier
 * versions wrote, so their comment keeps being updated.
 */
function commentMarker(key) {
    const values = { ...key, apiBaseUrl: key.apiBaseUrl && withoutCredentials(key.apiBaseUrl) };
    const parts = [
        key.policyPath,
        ...['region', 'apiBaseUrl', 'reportKey', 'auditClient'].flatMap((k) => (values[k] ? [`${MARKER_NAMES[k]}=${values[k]}`] : [])),
    ];
    // `--` and `>` cannot appear inside an HTML comment; newlines would break the marker line.
    return `<!-- genesys-oauth-policy: ${parts
        .join(' ')
        .replace(/[\r\n]+/g, ' ')
        .replace(/--+/g, '-')
        .replace(/>/g, '')} -->`;
}
const MARKER_NAMES = { region: 'region', apiBaseUrl: 'api', reportKey: 'key', auditClient: 'client' };
/**
 * A short, one-way name for the auditing client: two jobs on one pull request that audit
 * different orgs (through different clients, in one region) keep their own comments.
 */
function auditClientKey(clientId) {
    return (0,external_node_crypto_.createHash)('sha256').update(clientId).digest('hex').slice(0, 12);
}
/** The comment is public: a URL's user, password, query and fragment stay out of it. */
function withoutCredentials(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, '')}`;
    }
    catch {
        return url.replace(/[?#@].*$/s, '');
    }
}
async function upsertStickyComment(api, repo, issue, marker, body) {
    const text = fitComment(`${marker}\n${body}`);
    try {
        const existing = (await api.listComments(repo, issue)).filter((c) => c.body.includes(marker));
        // Prefer the bot's own comment: anyone can paste the marker into theirs.
        const mine = existing.find((c) => c.isBot) ?? existing[0];
        if (mine) {
            try {
                await api.updateComment(repo, mine.id, text);
                return { kind: 'updated', id: mine.id };
            }
            catch (err) {
                if (!(err instanceof github_api/* GitHubHttpError */.Id) || (err.status !== 403 && err.status !== 404))
                    throw err;
                // Not ours to edit (or gone): fall through and write a new one.
            }
        }
        await api.createComment(repo, issue, text);
        return { kind: 'created' };
    }
    catch (err) {
        if (err instanceof github_api/* GitHubHttpError */.Id && (err.status === 403 || err.status === 404 || err.status === 401)) {
            return {
                kind: 'skipped',
                warning: `${err.message} The pull request comment was skipped: give the job \`permissions: pull-requests: write\` (fork pull requests get a read-only token).`,
            };
        }
        throw err;
    }
}
function fitComment(text) {
    if (text.length <= MAX_COMMENT_CHARS)
        return text;
    const note = '\n\n_The rest is cut: GitHub limits a comment to 65,536 characters. The job summary has everything._\n';
    return text.slice(0, MAX_COMMENT_CHARS - note.length) + note;
}

// EXTERNAL MODULE: ./src/policy/errors.ts
var policy_errors = __webpack_require__(4795);
// EXTERNAL MODULE: ./src/policy/load.ts + 15 modules
var load = __webpack_require__(905);
// EXTERNAL MODULE: ./src/render/summary.ts + 1 modules
var summary = __webpack_require__(6399);
;// CONCATENATED MODULE: ./src/render/budget.ts
// GitHub drops a job summary over 1 MiB entirely. Every part of a summary (the gate's
// report and the audit's) is sized in UTF-8 bytes against one budget, and a last cap cuts
// anything still over it with a visible note, so the reader knows something is missing.

/** GitHub's limit for one step's summary. */
const GITHUB_SUMMARY_LIMIT_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));

function utf8Bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
const CUT_NOTE = "\n\n---\n_The job summary is cut here: it would pass GitHub's 1 MiB limit. The log and the annotations have everything._\n";
/** `text` if it fits in `budget` bytes, else its start (whole characters) and the cut note. */
function capBytes(text, budget = summary/* SUMMARY_BUDGET_BYTES */.Xb) {
    if (utf8Bytes(text) <= budget)
        return text;
    const room = budget - utf8Bytes(CUT_NOTE);
    let end = 0;
    let used = 0;
    for (const ch of text) {
        const size = utf8Bytes(ch);
        if (used + size > room)
            break;
        used += size;
        end += ch.length;
    }
    return text.slice(0, end) + CUT_NOTE;
}
/**
 * Parts rendered in order, each given the bytes the earlier ones left (a part renders
 * shorter when told less), then capped as a whole.
 */
function composeSummary(parts, budget = summary/* SUMMARY_BUDGET_BYTES */.Xb) {
    let text = '';
    for (const render of parts) {
        const left = budget - utf8Bytes(text) - 1;
        if (left <= 0)
            break;
        text += `${render(left)}\n`;
    }
    return capBytes(text, budget);
}

// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/render/impact.ts

/**
 * The report in `budget` (as `measure` counts): tables shorten until it fits, with a note of
 * what was cut. The verdict and the loosening banner come first and are always kept.
 */
function renderImpact(report, budget, measure = (t) => t.length) {
    for (const rows of [200, 50, 20, 5, 0]) {
        const text = renderWith(report, rows);
        if (measure(text) <= budget)
            return text;
    }
    return `${[header(report), '', ...looseningBanner(report, 3), ...baseNote(report)].join('\n').trimEnd()}\n\n_The details do not fit here (${report.changes.length} policy changes)._\n`;
}
function renderWith(r, maxRows) {
    const parts = [header(r), '', ...looseningBanner(r, Math.max(maxRows, 3)), ...baseNote(r)];
    if (r.impact) {
        const i = r.impact;
        parts.push(countsTable(i), '');
        parts.push(...section('🔓 Silenced by this change', i.silenced.map((s) => [...findingCells(s.finding), how(s.reason)]), ['Severity', 'Client', 'Rule', 'Finding', 'How it is silenced'], maxRows));
        parts.push(...section('🔻 Severity lowered', i.severityLowered.map((c) => [`${c.before.severity} → ${c.after.severity}`, ...findingCells(c.after).slice(1)]), ['Severity', 'Client', 'Rule', 'Finding'], maxRows));
        parts.push(...section('➕ Added by this change', i.added.map(findingCells), ['Severity', 'Client', 'Rule', 'Finding'], maxRows));
        parts.push(...section('🔺 Severity raised', i.severityRaised.map((c) => [`${c.before.severity} → ${c.after.severity}`, ...findingCells(c.after).slice(1)]), ['Severity', 'Client', 'Rule', 'Finding'], maxRows));
        parts.push(...section('✅ Resolved', i.resolved.map(findingCells), ['Severity', 'Client', 'Rule', 'Finding'], maxRows));
    }
    else if (r.skippedReason !== undefined) {
        parts.push(`> ⏭️ **The live evaluation was skipped**: ${(0,render_escape.md)(r.skippedReason, 500)}. Only the two policy files were compared, so the effect on the org's findings is unknown.`, '');
    }
    parts.push(...changesList(r.changes, maxRows));
    return `${parts.join('\n').trimEnd()}\n`;
}
function header(r) {
    // The title says both halves of the gate's verdict, from the same change list as the banner.
    const v = r.loosening;
    const loosening = !v.loosens
        ? '✅ does not loosen the policy'
        : v.blocks
            ? '❌ loosens the policy (needs the label)'
            : v.acknowledged
                ? '⚠️ loosens the policy (acknowledged)'
                : '⚠️ loosens the policy';
    const headVerdict = !r.head ? 'the org was not evaluated' : r.head.passed ? 'the head policy passes' : `the head policy fails (fail-on: ${r.head.failOn})`;
    const verdict = `${loosening} · ${headVerdict}`;
    const counts = r.head ? ` · ${r.head.counts.error} errors, ${r.head.counts.warning} warnings, ${r.head.counts.notice} notices` : '';
    return [
        `## 🔍 OAuth policy change: ${verdict}`,
        '',
        `Policy <code>${(0,render_escape.md)(r.policyFile, 200)}</code> · base <code>${(0,render_escape.md)(r.baseSha.slice(0, 7), 7)}</code> → head <code>${(0,render_escape.md)(r.headSha.slice(0, 7), 7)}</code>${counts}`,
    ].join('\n');
}
function looseningBanner(r, maxReasons) {
    const v = r.loosening;
    if (!v.loosens)
        return ['> ✅ This change does not loosen the policy.', ''];
    const why = v.reasons.slice(0, maxReasons).map((reason) => `> - ${(0,render_escape.md)(reason, 400)}`);
    if (v.reasons.length > maxReasons)
        why.push(`> - …and ${v.reasons.length - maxReasons} more (not shown: too long)`);
    const label = `<code>${(0,render_escape.md)(r.label, 100)}</code>`;
    const ask = v.acknowledged
        ? `> Acknowledged: the pull request has the label ${label}.`
        : r.mode === 'require-label'
            ? `> ❌ It needs the label ${label} (added by a reviewer who accepts it) before the check passes.`
            : '> Reviewers: make sure this is intended.';
    return ['> ⚠️ **This change loosens the policy:**', ...why, '>', ask, ''];
}
function baseNote(r) {
    if (r.base === 'absent')
        return ['> The policy file is new in this pull request: everything it reports counts as added.', ''];
    const what = r.base === 'invalid' ? 'is invalid' : r.base === 'unreadable' ? 'could not be read' : undefined;
    if (!what)
        return [];
    const shown = r.head ? " The head policy's own evaluation of the org is shown instead." : '';
    return [`> ❗ The base policy ${what}, so nothing could be compared with it: the change counts as loosening.${shown}`, ''];
}
function countsTable(i) {
    return [
        "| Effect on the org's findings | Count |",
        '|---|---|',
        `| 🔓 Silenced | ${i.silenced.length} |`,
        `| 🔻 Severity lowered | ${i.severityLowered.length} |`,
        `| ➕ Added | ${i.added.length} |`,
        `| 🔺 Severity raised | ${i.severityRaised.length} |`,
        `| ✅ Resolved | ${i.resolved.length} |`,
    ].join('\n');
}
function findingCells(f) {
    return [f.severity, f.client ? (0,render_escape.md)((0,render_escape/* clientLabel */.QJ)(f.client), 100) : '—', `<code>${(0,render_escape.md)(f.ruleId, 80)}</code>`, (0,render_escape.md)(f.message, 300)];
}
function how(reason) {
    switch (reason.kind) {
        case 'exception':
            return `exception until ${reason.exception.expires} (${(0,render_escape.md)(reason.exception.owner, 60)}): ${(0,render_escape.md)(reason.exception.reason, 200)}`;
        case 'rule-removed':
            return 'its rule is removed or turned off';
        case 'rule-loosened':
            return 'its rule no longer reports it';
        case 'client-approved':
            return 'the client is now approved as it is';
    }
}
function section(title, rows, header, maxRows) {
    if (rows.length === 0)
        return [];
    const shown = rows.slice(0, maxRows);
    const more = rows.length - shown.length;
    return [
        `### ${title} (${rows.length})`,
        '',
        ...(shown.length ? [`| ${header.join(' | ')} |`, `|${header.map(() => '---|').join('')}`, ...shown.map((cells) => `| ${cells.join(' | ')} |`)] : []),
        ...(more > 0 ? ['', `_…and ${more} more (not shown: too long)._`] : []),
        '',
    ];
}
function changesList(changes, maxRows) {
    if (changes.length === 0)
        return ['_The two policy files evaluate the same way._'];
    // Loosening first: a cut hides the changes that do not loosen before any that do.
    const sorted = [...changes].sort((a, b) => Number(b.loosens) - Number(a.loosens));
    const shown = sorted.slice(0, Math.max(maxRows, 3));
    const hidden = sorted.slice(shown.length);
    const hiddenLoosening = hidden.filter((c) => c.loosens).length;
    return [
        '### Policy changes',
        '',
        ...shown.map((c) => `- ${c.loosens ? '⚠️ ' : ''}${(0,render_escape.md)(c.description, 400)}${c.location ? ` (line ${c.location.line})` : ''}`),
        ...(hidden.length ? ['', `_…and ${hidden.length} more changes, ${hiddenLoosening} of them loosening (not shown: too long)._`] : []),
        '',
    ];
}

// EXTERNAL MODULE: ./src/action/report.ts + 3 modules
var action_report = __webpack_require__(358);
;// CONCATENATED MODULE: ./src/action/gate-run.ts
// The pull-request gate: the policy at the head and at the base, the org read once, both
// evaluated, and the difference reported — in the job summary and one sticky comment.
// The run fails when the head policy's findings reach fail-on (as on any run), when the
// change loosens the policy without the acknowledgement label (by default; read from the
// pull request as it is now), and, unless told otherwise, when there were no credentials to
// evaluate the change with. Whether it loosens comes from the two policies alone.


















/** Room left in a comment for the marker and the cut note. */
const COMMENT_BUDGET = MAX_COMMENT_CHARS - 1000;
async function runPullRequestGate(context) {
    const token = context.inputs.gate.githubToken;
    const ctx = { ...context, github: token ? (0,github_api/* octokitApi */.kk)(token, context.githubApiUrl) : undefined };
    const { inputs, pr } = ctx;
    const head = await headPolicy(ctx);
    const base = await basePolicy(ctx);
    let changes = base.policy ? diffPolicies(base.policy, head) : [baseInvalidChange(base.problem ?? 'unknown problem')];
    let result;
    let impact;
    if (inputs.credentials) {
        const access = { ...inputs.audit, credentials: inputs.credentials };
        const { inventory, api } = await (0,audit/* readOrgInventory */.XW)(access, base.policy ? [head, base.policy] : [head], { redactor: ctx.redactor });
        const now = ctx.now();
        result = { policy: head, inventory, api, ...(0,audit/* judge */.S4)(head, inventory, inputs.audit.failOn, now) };
        if (base.policy)
            impact = changeImpact({ policy: base.policy, evaluation: (0,audit/* judge */.S4)(base.policy, inventory, inputs.audit.failOn, now).evaluation }, result);
    }
    changes = (0,gate_loosening/* withUnexplainedSilencing */.m_)(changes, impact);
    const labels = changes.some((c) => c.loosens) ? await readLabels(ctx) : pr.labels;
    const loosening = (0,gate_loosening/* judgeLoosening */.eA)(changes, inputs.gate.loosening, inputs.gate.looseningLabel, labels);
    const report = {
        policyFile: inputs.audit.policyDisplayPath,
        baseSha: pr.baseSha,
        headSha: pr.headSha,
        base: base.state,
        changes,
        impact,
        skippedReason: inputs.credentials ? undefined : skippedReason(pr),
        loosening,
        mode: inputs.gate.loosening,
        label: inputs.gate.looseningLabel,
        head: result && { passed: result.passed, failOn: result.failOn, counts: result.evaluation.counts },
    };
    if (result)
        (0,action_report/* reportAudit */.so)(result);
    else
        for (const w of head.warnings)
            (0,action_report/* annotate */.fz)({ level: 'warning', title: 'Policy warning', message: w.message, location: w.location });
    core/* setOutput */.uH('loosens', String(loosening.loosens));
    core/* setOutput */.uH('silenced', impact?.silenced.length ?? '');
    core/* setOutput */.uH('added', impact?.added.length ?? '');
    // One byte budget for the whole summary: the gate's report first (a quarter at most), the audit in what is left.
    await (0,action_report/* writeSummary */.Sy)(composeSummary([
        (left) => renderImpact(report, Math.min(left, summary/* SUMMARY_BUDGET_BYTES */.Xb / 4), utf8Bytes),
        ...(result ? [(left) => (0,summary/* renderSummary */.Br)(result, left)] : []),
    ]));
    await comment(ctx, renderImpact(report, COMMENT_BUDGET));
    decide(ctx, result, loosening.blocks, report.skippedReason);
}
/** The labels now (through the API), so that re-running after labelling sees the label. */
async function readLabels(ctx) {
    const read = await currentLabels(ctx.github, prRepo(ctx), ctx.pr);
    if (read.notice)
        core/* notice */.lm(read.notice);
    return read.labels;
}
function decide(ctx, result, loosenBlocks, skipped) {
    const { gate } = ctx.inputs;
    const reasons = [];
    if (result && !result.passed)
        reasons.push(`${result.evaluation.findings.length} findings at or above fail-on "${result.failOn}"`);
    if (loosenBlocks)
        reasons.push(`the change loosens the policy and the pull request does not have the label "${gate.looseningLabel}"`);
    if (!result && gate.withoutCredentials === 'fail')
        reasons.push(`the live evaluation was skipped (${skipped}); set \`without-credentials: pass\` to accept that`);
    core/* setOutput */.uH('passed', String(reasons.length === 0));
    if (reasons.length)
        core/* setFailed */.C1(`The policy change fails the gate: ${reasons.join('; ')}. See the job summary.`);
    else if (!result)
        core/* warning */.$e(`The live evaluation was skipped (${skipped}); the policy files were only validated and compared.`);
}
async function comment(ctx, body) {
    if (!ctx.inputs.gate.commentOnPr)
        return;
    if (!ctx.github) {
        core/* warning */.$e('The pull request comment was skipped: no `github-token`.');
        return;
    }
    const outcome = await upsertStickyComment(ctx.github, prRepo(ctx), ctx.pr.number, commentMarker(commentKey(ctx.inputs)), body);
    if (outcome.kind === 'skipped')
        core/* warning */.$e(outcome.warning);
    else
        core/* info */.pq(`Pull request comment ${outcome.kind}.`);
}
/**
 * What tells this job's comment from another job's on the same pull request. The report key,
 * when set, names the job on its own, so a run without credentials (a fork) and one with them
 * update the same comment.
 */
function commentKey(inputs) {
    const { audit, gate, credentials } = inputs;
    return {
        policyPath: audit.policyDisplayPath,
        region: audit.region,
        apiBaseUrl: audit.apiBaseUrl,
        reportKey: gate.reportKey,
        auditClient: gate.reportKey || !credentials || !(0,token/* auditingClientId */.qP)(credentials) ? undefined : auditClientKey((0,token/* auditingClientId */.qP)(credentials)),
    };
}
/**
 * `pull_request` runs on the pull request's merge commit, checked out in the workspace.
 * `pull_request_target` checks out the base: the head's policy is then read as data at the
 * head commit (never executed), so the gate judges what would merge.
 */
async function headPolicy(ctx) {
    const { audit } = ctx.inputs;
    if (ctx.event.name !== 'pull_request_target')
        return (0,load/* loadPolicyFile */.n$)(audit.policyPath, audit.policyDisplayPath);
    const file = await readAt(ctx, audit.policyDisplayPath, ctx.pr.headSha);
    if (file.text === undefined)
        throw new errors/* ConfigError */.xL(`The pull request deletes the policy file ${audit.policyDisplayPath}; the gate has nothing to judge.`);
    return (0,load/* parsePolicyReadingPacks */.q8)(audit.policyDisplayPath, file.text, packsAt(ctx, ctx.pr.headSha));
}
/** Pack files the policy extends, read at the same commit as the policy and the same way. */
function packsAt(ctx, sha) {
    return async (path) => (await readAt(ctx, path, sha)).text;
}
/** The repository the pull request merges into (labels, comments, files at a commit). */
function prRepo(ctx) {
    return (0,github_api/* parseRepo */.E3)(ctx.pr.baseRepo || ctx.event.repository);
}
/** A file of the pull request's repository at a commit: the local clone first, else the API. */
function readAt(ctx, path, sha) {
    return readFileAtCommit({ workspace: ctx.workspace, path, sha, repo: prRepo(ctx), api: ctx.github });
}
const EMPTY_POLICY = 'version: 1\n';
/** The base policy; one that is invalid or cannot be read is reported, never an error of the run and never a pass. */
async function basePolicy(ctx) {
    const { audit } = ctx.inputs;
    let text;
    try {
        const file = await readAt(ctx, audit.policyDisplayPath, ctx.pr.baseSha);
        core/* info */.pq(`Base policy ${audit.policyDisplayPath} at ${ctx.pr.baseSha.slice(0, 7)}: ${file.text === undefined ? 'absent' : `read from ${file.from}`}.`);
        text = file.text;
    }
    catch (err) {
        if (!(err instanceof github_api/* GitHubHttpError */.Id || err instanceof errors/* ConfigError */.xL))
            throw err;
        const problem = ctx.redactor.redact(err.message);
        core/* warning */.$e(`The base policy could not be read, so the change counts as loosening: ${problem}`);
        return { state: 'unreadable', problem: `it could not be read: ${problem}` };
    }
    if (text === undefined)
        return { policy: (0,load/* parsePolicy */.ON)(audit.policyDisplayPath, EMPTY_POLICY), state: 'absent' };
    try {
        return { policy: await (0,load/* parsePolicyReadingPacks */.q8)(audit.policyDisplayPath, text, packsAt(ctx, ctx.pr.baseSha)), state: 'loaded' };
    }
    catch (err) {
        if (err instanceof github_api/* GitHubHttpError */.Id || err instanceof errors/* ConfigError */.xL) {
            const problem = ctx.redactor.redact(err.message);
            core/* warning */.$e(`A pack file of the base policy could not be read, so the change counts as loosening: ${problem}`);
            return { state: 'unreadable', problem: `a pack file of it could not be read: ${problem}` };
        }
        if (!(err instanceof policy_errors/* PolicyError */.p))
            throw err;
        const first = err.problems[0];
        const problem = first ? `line ${first.location.line}: ${first.message}` : 'it does not load';
        core/* warning */.$e(`The base policy is invalid, so the change cannot be compared with it and counts as loosening: ${problem}`);
        return { state: 'invalid', problem };
    }
}
function skippedReason(pr) {
    return (0,github_event/* isFork */.B0)(pr)
        ? "this pull request comes from a fork, and GitHub does not give the repository's secrets to workflows that forks trigger"
        : 'the inputs `client-id` and `client-secret` are empty (are the secrets set for this repository or environment?)';
}


/***/ }),

/***/ 8943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ parseRepo),
/* harmony export */   Id: () => (/* binding */ GitHubHttpError),
/* harmony export */   LV: () => (/* binding */ wrap),
/* harmony export */   kk: () => (/* binding */ octokitApi)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// The few GitHub REST calls the pull-request gate makes, over @actions/github's Octokit
// (which honours GITHUB_API_URL, so tests point it at a fake server on loopback).


/** A GitHub API failure: a user-facing error (token scope, permissions), not a bug. */
class GitHubHttpError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo {
    status;
    constructor(status, message) {
        super(message, _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Api);
        this.status = status;
    }
}
function octokitApi(token, baseUrl) {
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, baseUrl ? { baseUrl } : {});
    return {
        async fileAt(repo, path, ref) {
            try {
                const res = await octokit.rest.repos.getContent({ ...repo, path, ref, mediaType: { format: 'raw' } });
                return typeof res.data === 'string' ? res.data : decodeContent(res.data);
            }
            catch (err) {
                if (statusOf(err) === 404)
                    return undefined;
                throw wrap(err, `read ${path} at ${ref.slice(0, 7)}`);
            }
        },
        async listComments(repo, issue) {
            try {
                const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 });
                return comments.map((c) => ({ id: c.id, body: c.body ?? '', isBot: c.user?.type === 'Bot' }));
            }
            catch (err) {
                throw wrap(err, `list the comments of #${issue}`);
            }
        },
        async listLabels(repo, issue) {
            try {
                const labels = await octokit.paginate(octokit.rest.issues.listLabelsOnIssue, { ...repo, issue_number: issue, per_page: 100 });
                return labels.map((l) => l.name).filter((n) => typeof n === 'string');
            }
            catch (err) {
                throw wrap(err, `list the labels of #${issue}`);
            }
        },
        async createComment(repo, issue, body) {
            try {
                await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body });
            }
            catch (err) {
                throw wrap(err, `comment on #${issue}`);
            }
        },
        async updateComment(repo, commentId, body) {
            try {
                await octokit.rest.issues.updateComment({ ...repo, comment_id: commentId, body });
            }
            catch (err) {
                throw wrap(err, `update comment ${commentId}`);
            }
        },
    };
}
function parseRepo(fullName) {
    const [owner = '', repo = ''] = fullName.split('/');
    return { owner, repo };
}
/** The contents API in JSON form carries base64 content. */
function decodeContent(data) {
    const d = data;
    if (d?.type !== 'file' || typeof d.content !== 'string')
        return undefined;
    return d.encoding === 'base64' ? Buffer.from(d.content, 'base64').toString('utf8') : d.content;
}
function statusOf(err) {
    const status = err?.status;
    return typeof status === 'number' ? status : 0;
}
/** A GitHub API failure as one sentence: what was refused, and the status. */
function wrap(err, what) {
    const status = statusOf(err);
    return new GitHubHttpError(status, `GitHub refused to ${what}${status ? ` (HTTP ${status})` : ''}.`);
}


/***/ })

};

//# sourceMappingURL=810.index.js.map