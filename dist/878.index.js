export const id = 878;
export const ids = [878];
export const modules = {

/***/ 3090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cN: () => (/* binding */ inputReader),
  Ui: () => (/* binding */ readActionInputs),
  uR: () => (/* binding */ requireCredentials)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/genesys/client.ts + 5 modules
var client = __webpack_require__(6903);
// EXTERNAL MODULE: ./src/gate/loosening.ts
var loosening = __webpack_require__(6351);
;// CONCATENATED MODULE: ./src/github/issue-mode.ts
const ISSUE_MODES = ['on-failure', 'always', 'off'];

;// CONCATENATED MODULE: ./src/config.ts
// The one definition of the inputs: name, default, description, parser, and, for those the
// CLI takes too, its flag help and environment fallbacks. The action reads its inputs from
// this table (action/inputs.ts), the CLI its flags (cli/args.ts, --help included), and
// action.yml and the README's inputs table say the same (__tests__/config.test.ts checks
// them; `npm exec -- node scripts/gen-inputs-doc.ts` rewrites them). A parser names the
// value in its errors by `label`: `usage-days` in the action, `--usage-days` in the CLI.




const FAIL_ON = ['notice', 'warning', 'error', 'never'];
const config_text = (value) => value;
function integer(min, max) {
    return (value, label) => {
        if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max)
            throw new errors/* ConfigError */.xL(`${label} must be a whole number from ${min} to ${max}; got "${value}".`);
        return Number(value);
    };
}
function choice(choices) {
    return (value, label) => {
        const v = value.toLowerCase();
        if (choices.includes(v))
            return v;
        throw new errors/* ConfigError */.xL(`${label} must be one of ${choices.join(', ')}; got "${value}".`);
    };
}
function config_boolean(value, label) {
    const v = value.toLowerCase();
    if (v === 'true')
        return true;
    if (v === 'false')
        return false;
    throw new errors/* ConfigError */.xL(`${label} must be true or false; got "${value}".`);
}
function httpUrl(value, label) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* ConfigError */.xL(`${label} is not a valid URL: "${value}".`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new errors/* ConfigError */.xL(`${label} must be an http(s) URL, got "${value}".`);
    return value;
}
const INPUTS = {
    'client-id': {
        description: 'Id of the auditing OAuth client (Client Credentials grant). Its role needs oauth:client:view and authorization:role:view. Required except on pull requests, where an empty value (fork pull requests get no secrets) makes the gate compare the policy files only.',
        parse: config_text,
        cli: { arg: '<id>', help: 'auditing OAuth client id', env: ['GENESYSCLOUD_OAUTHCLIENT_ID'] },
    },
    'client-secret': {
        description: 'Secret of the auditing OAuth client. Pass it from a repository or environment secret; it is masked in the log and never written to any output.',
        parse: config_text,
        cli: {
            arg: '<secret>',
            help: 'its secret (prefer the variable: command lines are visible to other local users)',
            env: ['GENESYSCLOUD_OAUTHCLIENT_SECRET'],
        },
    },
    'access-token': {
        description: 'Instead of `client-id` and `client-secret`: an access token minted by an earlier step (it is used as it is and never renewed; masked like the secret). The run state in the tracking issue is then not signed, since there is no lasting secret to sign it with.',
        parse: config_text,
        cli: { arg: '<token>', help: 'an access token from an earlier step, instead of the client id and secret', env: ['GENESYSCLOUD_ACCESS_TOKEN'] },
    },
    region: {
        description: "The org's region, as an alias (us-east-1, eu-west-1, ap-southeast-2, …) or a domain (mypurecloud.com, mypurecloud.ie, usw2.pure.cloud, …); an unknown value lists the valid ones.",
        parse: config_text,
        cli: { arg: '<region>', help: 'region alias or domain, e.g. us-east-1 or mypurecloud.com', env: ['GENESYSCLOUD_REGION'] },
    },
    'api-base-url': {
        description: "Platform API base URL instead of the region's (a proxy, a private deployment, an emulator). The token endpoint is `login.` in place of `api.` in its host, else the same origin, unless `login-base-url` is set.",
        parse: httpUrl,
        cli: { arg: '<url>', help: "API base URL instead of the region's, e.g. an emulator", env: ['GENESYSCLOUD_API_BASE_URL', 'GENESYSCLOUD_API_REGION'] },
    },
    'login-base-url': {
        description: 'Base URL of the login service (where /oauth/token is) instead of the one derived from the region or `api-base-url`.',
        parse: httpUrl,
        cli: { arg: '<url>', help: 'login service base URL instead of the derived one', env: ['GENESYSCLOUD_LOGIN_BASE_URL'] },
    },
    'allow-insecure-http': {
        description: 'Allow http:// for `api-base-url` and `login-base-url` (an emulator or a proxy on the same host); the credentials and token then travel unencrypted (true or false).',
        default: 'false',
        parse: config_boolean,
        cli: { help: 'allow http:// base URLs (an emulator, a local proxy)', env: ['GENESYSCLOUD_ALLOW_INSECURE_HTTP'] },
    },
    policy: {
        description: 'Path of the policy file, relative to the repository root (the CLI: to the working directory).',
        default: 'policies/oauth-policy.yml',
        parse: config_text,
        cli: { arg: '<path>', help: 'policy file' },
    },
    'fail-on': {
        description: "Lowest severity that fails the run: notice, warning, error or never. Empty: the policy's settings.fail-on, else error.",
        defaultDoc: "the policy's `settings.fail-on`, else `error`",
        parse: choice(FAIL_ON),
        cli: { arg: '<level>', help: 'error | warning | never' },
    },
    'usage-days': {
        description: 'Days of API usage to read for rules about unused clients (one organization-wide usage query, in spans of days for a large org, widened to the longest unused rule, read only when the policy has an unused rule); 0 turns it off and those rules are reported as skipped. The API documents oauth:client:view or usage:organization:view as enough; if Genesys Cloud refuses the query or it does not complete, the audit goes on and each unused rule is an error finding "not evaluated", so the run cannot pass on it.',
        default: '90',
        parse: integer(0, 365),
        cli: { arg: '<n>', help: 'days of API usage to read for unused-client rules, 0 = off' },
    },
    'rate-limit': {
        description: "Requests per minute to pace on when the org's own per-token limit (GET /api/v2/organizations/limits/namespaces/platform.api) cannot be read.",
        default: String(client/* DEFAULT_RATE_LIMIT_PER_MINUTE */.ON),
        parse: integer(1, 100_000),
        cli: { arg: '<n>', help: "requests a minute when the org's own limit cannot be read" },
    },
    'sarif-file': {
        description: 'Write a SARIF 2.1.0 report here (relative to the workspace) for GitHub code scanning (github/codeql-action/upload-sarif): one result per client × rule on its policy line. Empty: not written.',
        parse: config_text,
    },
    'report-file': {
        description: 'Write the JSON report here (relative to the workspace): verdict, one result per client × rule, accepted findings and the inventory; its shape is schemas/report.schema.json. Empty: not written.',
        parse: config_text,
    },
    'inventory-csv': {
        description: 'Write the inventory as CSV here (relative to the workspace), one row per client. Empty: not written.',
        parse: config_text,
    },
    'github-token': {
        description: "Token for GitHub: on pull requests it reads the base policy when the clone lacks the base commit and the pull request's current labels, and writes the sticky comment (needs `pull-requests: write`); on scheduled runs it reads and writes the tracking issue (needs `issues: write`).",
        actionDefault: '${{ github.token }}',
        parse: config_text,
    },
    'comment-on-pr': {
        description: "On pull requests: keep one comment with the change's impact, updated in place (true or false).",
        default: 'true',
        parse: config_boolean,
    },
    loosening: {
        description: 'On pull requests, a change that loosens the policy (decided from the two policy files, construct by construct: docs/policy.md): require-label (fail unless the pull request has `loosening-label`), warn (report it, pass), or allow.',
        default: 'require-label',
        parse: choice(loosening/* LOOSENING_MODES */.G_),
    },
    'loosening-label': {
        description: 'The pull request label that acknowledges a loosening change.',
        default: 'oauth-policy/accept-loosening',
        parse: config_text,
    },
    issue: {
        description: 'Scheduled runs: keep one tracking issue per org and policy (label `genesys-oauth-policy`, needs `issues: write`): `on-failure` opens it when the run fails, edits it in place, closes it when the run passes again; `always` keeps it open as a dashboard; `off` touches no issue and so remembers nothing between runs. The issue also holds the state that "new since the last run" is computed from.',
        default: 'on-failure',
        parse: choice(ISSUE_MODES),
    },
    'fail-on-new': {
        description: "Scheduled runs: fail only on findings (at or above fail-on) that the previous run did not report, as linters' baselines do, while the summary still shows every finding. Without a usable baseline every finding is new (true or false).",
        default: 'false',
        parse: config_boolean,
    },
    'merge-reports': {
        description: "Instead of auditing: merge the JSON reports matching these glob patterns (one per line, relative to the workspace; e.g. a matrix's downloaded artifacts) into one summary of org × verdict × counts × new since the last run. Fails when an org fails or a report is missing, damaged or duplicated.",
        parse: config_text,
    },
    'expected-reports': {
        description: 'With `merge-reports`: how many reports the matrix should have produced; fewer fails the merge.',
        parse: integer(1, 1000),
    },
    'report-key': {
        description: "A name that tells this job's reports from another's when several jobs audit the same repository (e.g. the matrix entry's org name): the pull request comment, the tracking issue and the SARIF category. The region, `api-base-url`, policy path and (without a report key) a hash of the auditing client id already tell jobs apart; a report key also keeps one comment whether or not the run had credentials.",
        parse: config_text,
    },
    'without-credentials': {
        description: 'On pull requests without Genesys credentials (forks; secrets not set): fail, or pass after validating and comparing the policy files. Other events always need credentials.',
        default: 'fail',
        parse: choice(['pass', 'fail']),
    },
};
/**
 * Reads and parses inputs by name: `raw` gives the text (undefined or blank = unset), and
 * `label` names an input in error messages.
 */
function readInputs(raw, label) {
    const values = {};
    for (const [name, s] of Object.entries(INPUTS)) {
        const value = raw(name)?.trim() || s.default;
        values[name] = value === undefined ? undefined : s.parse(value, label(name));
    }
    return values;
}
/** Inputs the CLI takes as flags, in table order. */
function cliInputs() {
    return Object.entries(INPUTS).filter((e) => e[1].cli !== undefined);
}
function required(value, message) {
    const v = value?.trim();
    if (!v)
        throw new errors/* ConfigError */.xL(message);
    return v;
}

;// CONCATENATED MODULE: ./src/repo-path.ts
// How annotations, findings and messages name a file: relative to the repository root, with
// forward slashes; a file outside it keeps its absolute path.

function toRepoPath(root, file) {
    const rel = external_node_path_default().relative(root, external_node_path_default().resolve(root, file));
    return rel.startsWith('..') || external_node_path_default().isAbsolute(rel) ? external_node_path_default().resolve(root, file) : rel.split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
// The action's inputs (INPUT_* variables, as the runner gives them), checked once with
// messages that name the input. Credentials are optional here: a pull request from a fork
// gets no secrets, and the gate then compares the policy files alone.




/**
 * The runner hands each input to the action as INPUT_<NAME> (upper case, spaces as `_`),
 * which is all @actions/core's getInput reads. Read here directly, so that the first request
 * need not wait for the toolkit, and the HTTP client it bundles, to load. Trimmed.
 */
function inputReader(env) {
    return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
const ENV_FALLBACKS = Object.fromEntries(cliInputs().map(([name, spec]) => [name, spec.cli.env ?? []]));
function envFallback(name, env) {
    return (ENV_FALLBACKS[name] ?? []).map((v) => env[v]?.trim()).find(Boolean);
}
/**
 * Reads the inputs; an empty input falls back to the Genesys conventions' environment variables
 * (GENESYSCLOUD_OAUTHCLIENT_ID, …, as the Terraform provider and the CLI read them).
 */
function readActionInputs(input, workspace, env = {}) {
    const v = readInputs((name) => input(name) || envFallback(name, env), (name) => `\`${name}\``);
    const policyPath = external_node_path_default().resolve(workspace, v.policy);
    return {
        audit: {
            region: v.region,
            apiBaseUrl: v['api-base-url'],
            loginBaseUrl: v['login-base-url'],
            allowInsecureHttp: v['allow-insecure-http'],
            policyPath,
            policyDisplayPath: toRepoPath(workspace, policyPath),
            failOn: v['fail-on'],
            usageDays: v['usage-days'],
            rateLimitPerMinute: v['rate-limit'],
        },
        credentials: readCredentials(v['client-id'], v['client-secret'], v['access-token']),
        reports: {
            sarifFile: optionalPath(v['sarif-file'], workspace),
            reportFile: optionalPath(v['report-file'], workspace),
            inventoryCsv: optionalPath(v['inventory-csv'], workspace),
        },
        tracking: { issue: v.issue, failOnNew: v['fail-on-new'] },
        merge: v['merge-reports']
            ? {
                patterns: v['merge-reports']
                    .split('\n')
                    .map((p) => p.trim())
                    .filter(Boolean),
                expected: v['expected-reports'],
            }
            : undefined,
        gate: {
            githubToken: v['github-token'],
            commentOnPr: v['comment-on-pr'],
            loosening: v.loosening,
            looseningLabel: v['loosening-label'],
            withoutCredentials: v['without-credentials'],
            reportKey: v['report-key'],
        },
    };
}
/** A client id and secret (both or neither: one alone is a mistake worth stopping for), or a token. */
function readCredentials(clientId, clientSecret, accessToken) {
    if (accessToken) {
        if (clientId || clientSecret)
            throw new errors/* ConfigError */.xL('Set either `access-token` or `client-id` and `client-secret`, not both: which one the run logs in with must not be a guess.');
        return { accessToken };
    }
    if (!clientId && !clientSecret)
        return undefined;
    return {
        clientId: required(clientId, 'Input `client-id` is empty: pass the auditing OAuth client id, e.g. `client-id: ${{ secrets.GENESYS_CLIENT_ID }}`.'),
        clientSecret: required(clientSecret, 'Input `client-secret` is empty: pass the auditing OAuth client secret, e.g. `client-secret: ${{ secrets.GENESYS_CLIENT_SECRET }}`.'),
    };
}
/** Credentials a run cannot do without (schedule, push, workflow_dispatch). */
function requireCredentials(credentials) {
    if (credentials)
        return credentials;
    throw new errors/* ConfigError */.xL('Inputs `client-id` and `client-secret` (or `access-token`) are empty: pass the auditing OAuth client, e.g. `client-id: ${{ secrets.GENESYS_CLIENT_ID }}` and `client-secret: ${{ secrets.GENESYS_CLIENT_SECRET }}` (are the secrets set for this repository or environment?).');
}
function optionalPath(value, workspace) {
    return value === undefined ? undefined : external_node_path_default().resolve(workspace, value);
}


/***/ }),

/***/ 2878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/genesys/token.ts
var token = __webpack_require__(551);
// EXTERNAL MODULE: ./src/org-client.ts
var org_client = __webpack_require__(1121);
;// CONCATENATED MODULE: ./src/redactor.ts
// Secrets (client secret, access tokens) are registered here as soon as they are known and
// cut out of every message we print or write. The action also masks them in the runner's
// log via `::add-mask::`; this covers files, outputs and error text as well.
class Redactor {
    secrets = new Set();
    listeners = [];
    /** Registers a secret; listeners (e.g. the runner's log masking) hear of it once. */
    add(secret) {
        if (!secret || secret.length < 4 || this.secrets.has(secret))
            return;
        this.secrets.add(secret);
        for (const listener of this.listeners)
            listener(secret);
    }
    onSecret(listener) {
        this.listeners.push(listener);
        for (const secret of this.secrets)
            listener(secret);
    }
    redact(text) {
        let out = text;
        for (const secret of this.secrets)
            out = out.split(secret).join('***');
        return out;
    }
}

// EXTERNAL MODULE: ./src/github/event.ts
var github_event = __webpack_require__(5015);
// EXTERNAL MODULE: ./src/action/inputs.ts + 3 modules
var action_inputs = __webpack_require__(3090);
;// CONCATENATED MODULE: ./src/action/main.ts





async function run(env = defaultEnv()) {
    const redactor = new Redactor();
    const begun = begin(env, redactor);
    // One turn of the event loop first: the connection comes up and the request goes out
    // before the next step's compile holds the thread for tens of milliseconds.
    await new Promise((resolve) => setImmediate(resolve));
    const { act } = await Promise.all(/* import() */[__webpack_require__.e(515), __webpack_require__.e(763)]).then(__webpack_require__.bind(__webpack_require__, 5763));
    await act(begun, env, redactor);
}
function begin(env, redactor) {
    try {
        const input = (0,action_inputs/* inputReader */.cN)(env.env);
        // Known before anything can fail, so that no error message can carry them.
        for (const secret of ['client-secret', 'access-token', 'github-token'])
            redactor.add(input(secret) || undefined);
        for (const secret of ['GENESYSCLOUD_OAUTHCLIENT_SECRET', 'GENESYSCLOUD_ACCESS_TOKEN'])
            redactor.add(env.env[secret]?.trim() || undefined);
        const inputs = (0,action_inputs/* readActionInputs */.Ui)(input, env.workspace, env.env);
        redactor.add(inputs.credentials && (0,token/* secretOf */.OM)(inputs.credentials));
        redactor.add(inputs.gate.githubToken);
        return { inputs, org: openEarly(inputs, env, redactor) };
    }
    catch (failure) {
        return { failure };
    }
}
/**
 * For a scheduled audit (not a merge, not a pull request) with credentials: the org's client
 * with its token exchange sent; the exchange's outcome waits for the audit (act.ts).
 */
function openEarly(inputs, env, redactor) {
    const { credentials } = inputs;
    if (!credentials || inputs.merge || github_event/* PULL_REQUEST_EVENTS */.m_.includes(env.env.GITHUB_EVENT_NAME ?? ''))
        return undefined;
    const org = (0,org_client/* openOrg */.f)({ ...inputs.audit, credentials }, { redactor });
    org.startToken().catch(() => undefined);
    return org;
}
function defaultEnv() {
    return { workspace: process.env.GITHUB_WORKSPACE || process.cwd(), env: process.env };
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   yU: () => (/* binding */ ExitCode),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
// Errors a user can act on, as opposed to bugs. Each carries one plain sentence and the
// exit code the CLI uses for its class; anything else reaching the top is a bug and is
// printed with its stack.
/**
 * CLI exit codes, so that a scheduler can tell what to do: 0 pass; 1 findings at or above
 * fail-on (fix the org or the policy); 2 bad usage or policy (fix the command or the file);
 * 3 API or network failure (retry later); 4 credentials or permission (fix the secret or
 * the auditing client's role: retrying will not help).
 */
const ExitCode = {
    Pass: 0,
    Findings: 1,
    Usage: 2,
    Api: 3,
    Access: 4,
};
class UserError extends Error {
    exitCode;
    constructor(message, exitCode) {
        super(message);
        this.name = new.target.name;
        this.exitCode = exitCode;
    }
}
/** Bad inputs, flags or environment. */
class ConfigError extends UserError {
    constructor(message) {
        super(message, ExitCode.Usage);
    }
}


/***/ }),

/***/ 7825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   Ot: () => (/* binding */ countBySeverity),
/* harmony export */   WE: () => (/* binding */ passes),
/* harmony export */   f3: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   fl: () => (/* binding */ findingKey),
/* harmony export */   iD: () => (/* binding */ newFinding),
/* harmony export */   r2: () => (/* binding */ cmp)
/* harmony export */ });
/** The one way to make a finding (see Finding): positional, so a check allocates nothing else per finding. */
function newFinding(ruleId, severity, message, location, category, fix, client, subject) {
    return { ruleId, severity, message, location, category, fix, client, subject };
}
const SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
function countBySeverity(findings) {
    let error = 0;
    let warning = 0;
    let notice = 0;
    // Indexed: one pass over tens of thousands of findings, run once, so never warmed up;
    // a for…of there allocates an iterator result per finding. Compared, not used as a key:
    // a property looked up by a computed name costs more than a comparison.
    for (let i = 0; i < findings.length; i++) {
        const severity = findings[i].severity;
        if (severity === 'error')
            error++;
        else if (severity === 'warning')
            warning++;
        else if (severity === 'notice')
            notice++;
    }
    return { error, warning, notice };
}
/** Whether the run passes: no finding at or above `failOn` (`never` always passes). */
function passes(evaluation, failOn) {
    if (failOn === 'never')
        return true;
    const threshold = SEVERITY_RANK[failOn];
    return evaluation.findings.every((f) => SEVERITY_RANK[f.severity] < threshold);
}
/** Identifies "the same finding" across two evaluations (e.g. a policy before and after a change). */
function findingKey(f) {
    return [f.ruleId, f.client?.id || f.client?.name || '', f.subject ?? ''].join('\u0000');
}
/** Stable order: severity, then client name, rule, subject — independent of input order. sortFindings applies it to many at once. */
function compareFindings(a, b) {
    return (SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
        cmp(a.client?.name ?? '', b.client?.name ?? '') ||
        cmp(a.client?.id ?? '', b.client?.id ?? '') ||
        cmp(a.ruleId, b.ruleId) ||
        cmp(a.subject ?? '', b.subject ?? '') ||
        cmp(a.message, b.message) ||
        a.location.line - b.location.line);
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 6351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G_: () => (/* binding */ LOOSENING_MODES),
/* harmony export */   eA: () => (/* binding */ judgeLoosening),
/* harmony export */   m_: () => (/* binding */ withUnexplainedSilencing)
/* harmony export */ });
/* harmony import */ var _evaluate_findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7825);
/* harmony import */ var _policy_reserved_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9591);
// The review gate's second question (the first is "do head findings reach fail-on?"):
// does this change loosen the policy, and has someone explicitly accepted that? The answer
// comes from the policy changes alone; the live impact only says which findings a loosening
// silences. Should the org show a silenced finding that no listed change explains, that is
// itself listed as a loosening change: the verdict never disagrees with the list under it.


const LOOSENING_MODES = ['require-label', 'warn', 'allow'];
function judgeLoosening(changes, mode, label, labels) {
    const reasons = changes.filter((c) => c.loosens).map((c) => c.description.replace(/\.$/, ''));
    const loosens = reasons.length > 0;
    const acknowledged = labels.includes(label);
    return { loosens, reasons, acknowledged, blocks: loosens && mode === 'require-label' && !acknowledged };
}
/**
 * The changes, plus one loosening change when the org shows findings silenced or re-graded
 * down although no change is called loosening (the static comparison missed something; fail
 * closed). A drift finding replaced by an `unknown-client` finding no milder is not silenced.
 */
function withUnexplainedSilencing(changes, impact) {
    if (!impact || changes.some((c) => c.loosens))
        return [...changes];
    const unknownAfter = new Map(impact.added.filter((f) => f.ruleId === _policy_reserved_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .DESIRED_STATE_IDS */ .ap.unknown && f.client).map((f) => [f.client?.id, f]));
    const replaced = (f) => {
        const unknown = f.ruleId === _policy_reserved_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .DESIRED_STATE_IDS */ .ap.drift ? unknownAfter.get(f.client?.id) : undefined;
        return unknown !== undefined && _evaluate_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[unknown.severity] >= _evaluate_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_RANK */ .f3[f.severity];
    };
    const silenced = impact.silenced.filter((s) => !replaced(s.finding));
    const n = silenced.length + impact.severityLowered.length;
    if (n === 0)
        return [...changes];
    const examples = [...silenced.map((s) => s.finding), ...impact.severityLowered.map((c) => c.before)].slice(0, 3).map(short);
    return [
        ...changes,
        {
            kind: 'findings-silenced',
            loosens: true,
            description: `The org's findings show ${n} finding${n === 1 ? '' : 's'} silenced or made milder that no change above explains (${examples.join('; ')}); this counts as loosening.`,
        },
    ];
}
function short(f) {
    return [f.ruleId, f.client?.name, f.subject].filter(Boolean).join(' ');
}


/***/ }),

/***/ 6903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ON: () => (/* binding */ DEFAULT_RATE_LIMIT_PER_MINUTE),
  cU: () => (/* binding */ GenesysClient)
});

// UNUSED EXPORTS: DEFAULT_MAX_READ_BYTES, DEFAULT_READ_DEADLINE_MS, routeOf

// EXTERNAL MODULE: ./src/genesys/errors.ts
var errors = __webpack_require__(5987);
// EXTERNAL MODULE: ./src/genesys/token.ts
var token = __webpack_require__(551);
// EXTERNAL MODULE: ./src/genesys/transport.ts + 1 modules
var transport = __webpack_require__(4208);
// EXTERNAL MODULE: ./src/genesys/clock.ts
var clock = __webpack_require__(4032);
// EXTERNAL MODULE: ./src/genesys/pacer.ts + 2 modules
var pacer = __webpack_require__(7953);
;// CONCATENATED MODULE: ./src/genesys/json-body.ts
// Response text to a JSON value that is safe to keep: no deeper than any model nests (so no
// recursion over it later, the shape check's or a JSON.stringify's, can overflow the stack),
// and without any `secret` field. JSON.parse itself is iterative in Node 24 and takes any
// depth, so depth is checked on the parsed value: a walk of its containers costs a fraction
// of a scan of the text, and both refuse exactly the same valid bodies.
/** Deeper than any Genesys Cloud model nests; a body past it is refused. */
const MAX_JSON_DEPTH = 256;
/**
 * The body as JSON, with every `secret` field dropped (`found` gets each value, to mask it
 * should it show up elsewhere), or why not: too deep, or not JSON.
 */
function parseBody(text, found) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        // Text that is not JSON and also nests past the limit is refused as too deep (no retry).
        return { ok: false, tooDeep: err instanceof RangeError || nestsDeeperThan(text, MAX_JSON_DEPTH) };
    }
    if (containersDeeperThan(value, MAX_JSON_DEPTH))
        return { ok: false, tooDeep: true };
    // The API no longer sends client secrets, so the walk that drops them runs only when the
    // text could hold a `secret` key: spelled out, or with a \u escape (the only JSON escape
    // that can make a letter).
    if (text.includes('secret') || text.includes('\\u'))
        dropSecrets(value, found);
    return { ok: true, value };
}
/**
 * Whether objects and arrays nest deeper than `limit` (the root is depth 1): depth first on a
 * stack of its own, no recursion. Each container is visited once, with its depth beside it
 * (no array per level: a large org's usage answers are a million containers).
 */
function containersDeeperThan(root, limit) {
    if (!isContainer(root))
        return false;
    const stack = [root];
    const depths = [1];
    while (stack.length) {
        const container = stack.pop();
        const depth = depths.pop();
        if (depth > limit)
            return true;
        if (Array.isArray(container)) {
            for (let i = 0; i < container.length; i++) {
                const item = container[i];
                if (isContainer(item)) {
                    stack.push(item);
                    depths.push(depth + 1);
                }
            }
        }
        else {
            const o = container;
            for (const key in o) {
                const item = o[key];
                if (isContainer(item)) {
                    stack.push(item);
                    depths.push(depth + 1);
                }
            }
        }
    }
    return false;
}
function isContainer(v) {
    return typeof v === 'object' && v !== null;
}
/** Removes every `secret` key in place and reports string values; iterative, so depth cannot overflow. */
function dropSecrets(root, found) {
    const stack = [root];
    while (stack.length) {
        const v = stack.pop();
        if (typeof v !== 'object' || v === null)
            continue;
        if (Array.isArray(v)) {
            for (const item of v)
                stack.push(item);
            continue;
        }
        const o = v;
        if ('secret' in o) {
            if (typeof o.secret === 'string')
                found(o.secret);
            delete o.secret;
        }
        for (const key in o)
            stack.push(o[key]);
    }
}
/** Whether brackets outside strings nest deeper than `limit`: one pass over the text, no recursion. */
function nestsDeeperThan(text, limit) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 34) {
            // Most of a body is strings: jump over each at once.
            i = closingQuote(text, i + 1);
            if (i < 0)
                return false; // unterminated: not JSON, which the parse says
        }
        else if (c === 123 || c === 91) {
            if (++depth > limit)
                return true;
        }
        else if (c === 125 || c === 93)
            depth--;
    }
    return false;
}
/** The index of the quote that ends the string whose text starts at `from`, or -1. */
function closingQuote(text, from) {
    for (let at = from;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0)
            return -1;
        let backslashes = 0;
        while (quote - backslashes - 1 >= from && text.charCodeAt(quote - backslashes - 1) === 92)
            backslashes++;
        if (backslashes % 2 === 0)
            return quote;
        at = quote + 1;
    }
}

// EXTERNAL MODULE: ./src/genesys/retry.ts
var retry = __webpack_require__(6428);
// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/genesys/api-errors.ts


function apiError(res, what, attempts, redactor) {
    const message = errorMessage(res.text, redactor);
    const detail = message ? ` — "${message}"` : '';
    const path = what.slice(what.indexOf(' ') + 1);
    const status = res.status;
    if (status === 401) {
        return new errors/* GenesysError */.DF('credentials', `Genesys Cloud rejected the access token for ${what} even after a fresh token${detail}; check that the OAuth client is still active.`, { status });
    }
    if (status === 403) {
        const anyOf = (0,errors/* permissionsFor */.mr)(path).length ? (0,errors/* permissionsFor */.mr)(path) : permissionsIn(message);
        return new errors/* GenesysError */.DF('permission', `Genesys Cloud refused ${what} (HTTP 403) because ${(0,errors/* grantAdvice */.FA)(anyOf)}${detail}.`, { status });
    }
    if (status === 404) {
        return new errors/* GenesysError */.DF('not-found', `Genesys Cloud found nothing at ${what} (HTTP 404)${detail}; check that the region or api-base-url points at the org's Platform API.`, { status });
    }
    if (status >= 500) {
        const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
        return new errors/* GenesysError */.DF('server', `Genesys Cloud failed ${what} with HTTP ${status}${tries}${detail}; try again later.`, { status });
    }
    if (status >= 300 && status < 400) {
        // Redirects are never followed: the token must not travel to wherever one points.
        return new errors/* GenesysError */.DF('server', `Genesys Cloud answered ${what} with a redirect (HTTP ${status}), which this tool does not follow; check that the region or api-base-url points straight at the Platform API.`, { status });
    }
    return new errors/* GenesysError */.DF('server', `Genesys Cloud answered HTTP ${status} to ${what}${detail}; this tool sent a request the API does not accept, please report it.`, { status });
}
/** The API's own message, cleaned: it is untrusted text and must not carry secrets. */
function errorMessage(text, redactor) {
    try {
        const body = JSON.parse(text);
        return typeof body?.message === 'string' ? (0,src_text/* sanitizeText */.jZ)(redactor.redact(body.message), 300) : '';
    }
    catch {
        return '';
    }
}
/** Permission names a 403's message lists (`… assigned: [a:b:view, c:d:view]`). */
function permissionsIn(message) {
    const list = /\[([^\]]*)\]/.exec(message)?.[1] ?? '';
    return list
        .split(',')
        .map((p) => p.trim())
        .filter((p) => /^[\w*]+:[\w*]+:[\w*]+$/.test(p));
}

;// CONCATENATED MODULE: ./src/genesys/route-holds.ts
class RouteHolds {
    /** Route → until when a 429 asked requests to it to wait. */
    holds = new Map();
    /** Routes that answered 429, → the tail of their queue. */
    serial = new Map();
    clock;
    constructor(clock) {
        this.clock = clock;
    }
    /** Runs `fn` at once, or after the route's earlier requests when it has answered 429. */
    inTurn(route, fn) {
        const tail = this.serial.get(route);
        if (!tail)
            return fn();
        const turn = tail.then(fn);
        this.serial.set(route, turn.catch(() => undefined));
        return turn;
    }
    /** Set before the next queued request to the route may start. */
    hold(route, waitMs) {
        const now = this.clock.now();
        this.holds.set(route, Math.max(this.holds.get(route) ?? 0, now + waitMs));
        if (!this.serial.has(route))
            this.serial.set(route, Promise.resolve());
    }
    /** How long a request to the route must still wait (0 when it may go). */
    waitFor(route) {
        return Math.max(0, (this.holds.get(route) ?? 0) - this.clock.now());
    }
}
/** `/api/v2/oauth/clients/abc` → `/api/v2/oauth/clients/{id}`, for holds and request counts by route. */
function routeOf(path) {
    return path
        .split('/')
        .map((seg, i, all) => (i > 3 && /[0-9a-f]{8}-|^\d+$|^[A-Za-z0-9_-]{20,}$/.test(seg) && all[i - 1] !== 'namespaces' ? '{id}' : seg))
        .join('/');
}

;// CONCATENATED MODULE: ./src/genesys/token-source.ts
class TokenSource {
    token;
    /** Tokens the API answered 401 to: never used again. */
    rejected = new Set();
    request;
    clock;
    /** `request` fetches a fresh token (with its own retries). */
    constructor(request, clock) {
        this.request = request;
        this.clock = clock;
    }
    /**
     * A token that is neither due for renewal nor rejected. A token this call renewed is used
     * as it is (even one with a lifetime too short to be "fresh"), so that renewals never loop.
     */
    async current() {
        for (;;) {
            const renewing = !this.token;
            const pending = this.token ?? this.renew();
            const token = await pending;
            if (renewing || (token.renewAt > this.clock.now() && !this.rejected.has(token.value)))
                return token;
            if (this.token === pending)
                this.token = undefined;
        }
    }
    /** The API answered 401 to this token: the next caller gets a fresh one. */
    reject(token) {
        this.rejected.add(token.value);
    }
    renew() {
        const pending = this.request();
        this.token = pending;
        pending.catch(() => {
            if (this.token === pending)
                this.token = undefined;
        });
        return pending;
    }
}

;// CONCATENATED MODULE: ./src/genesys/urls.ts
// Request URLs. A path, or a URI the API handed out (`nextUri`), resolved against the
// configured API base URL. The bearer token goes to that origin (scheme, host and port)
// and nowhere else: a URI that leads anywhere else is an error that names it.


function apiUrl(apiBaseUrl, pathOrUri, query) {
    const base = new URL(`${apiBaseUrl}/`);
    const url = resolve(pathOrUri, base);
    if (url.origin !== base.origin || url.username || url.password) {
        const shown = (0,src_text/* sanitizeText */.jZ)(`${url.protocol}//${url.host}${url.pathname}`, 200);
        throw new errors/* GenesysError */.DF('malformed', `Genesys Cloud answered with a link to ${shown}, outside the configured API origin ${base.origin}; the access token is only sent to that origin, so the audit stopped instead of following it.`);
    }
    // Keep the base path of an overridden base URL (a proxy under /genesys, say).
    const prefix = base.pathname.replace(/\/$/, '');
    if (prefix && pathOrUri.startsWith('/') && !pathOrUri.startsWith('//') && !url.pathname.startsWith(`${prefix}/`))
        url.pathname = prefix + url.pathname;
    for (const [key, value] of Object.entries(query)) {
        if (value === undefined)
            continue;
        if (Array.isArray(value))
            for (const v of value)
                url.searchParams.append(key, v);
        else
            url.searchParams.set(key, String(value));
    }
    return url.href;
}
function originOf(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return url;
    }
}
function resolve(pathOrUri, base) {
    try {
        return new URL(pathOrUri, base);
    }
    catch {
        throw new errors/* GenesysError */.DF('malformed', `Genesys Cloud answered with a link that is not a valid URI ("${(0,src_text/* sanitizeText */.jZ)(pathOrUri, 120)}"); try again later.`);
    }
}

;// CONCATENATED MODULE: ./src/genesys/client.ts












/** Longest a whole read of the org may take: far beyond any real org (most take seconds). */
const DEFAULT_READ_DEADLINE_MS = 60 * 60_000;
/** Most response text one read may hold in all (each body is capped too): a large org reads tens of MB. */
const DEFAULT_MAX_READ_BYTES = 256 * 1024 * 1024;
/** The documented default per-token limit: 300 requests a minute. */
const DEFAULT_RATE_LIMIT_PER_MINUTE = 300;
/** A body cut short is retried this many times before it counts as malformed. */
const MALFORMED_RETRIES = 2;
/**
 * A host that has never answered gets this many quick attempts: a refused connection there
 * is a wrong URL or a host that is down, not a blip, and should fail in seconds. Once a host
 * has answered, failures are blips and get the whole retry budget.
 */
const UNANSWERED_ATTEMPTS = 3;
const UNANSWERED_RETRY = { ...retry/* DEFAULT_RETRY */.vI, baseDelayMs: 250, maxDelayMs: 1000 };
class GenesysClient {
    stats = { requests: 0, tokenRequests: 0, throttled: 0, retries: 0, byRoute: new Map() };
    pacer;
    opts;
    clock;
    retry;
    random;
    tokens;
    /** Origins that have answered with any HTTP status. */
    answered = new Set();
    holds;
    abort = new AbortController();
    readDeadlineMs;
    /** When the first request started: the read deadline counts from here. */
    firstRequestAt;
    bytesRead = 0;
    constructor(opts) {
        this.opts = opts;
        this.clock = opts.clock ?? clock/* systemClock */.m;
        this.retry = opts.retry ?? retry/* DEFAULT_RETRY */.vI;
        this.random = opts.random ?? Math.random;
        this.pacer = new pacer/* Pacer */._E({
            limit: opts.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE,
            windowMs: opts.rateLimitWindowMs ?? 60_000,
            marginMs: 100,
            maxInFlight: opts.maxInFlight,
            clock: this.clock,
            signal: this.abort.signal,
        });
        this.tokens = new TokenSource(() => this.requestTokenWithRetries(), this.clock);
        this.holds = new RouteHolds(this.clock);
        this.readDeadlineMs = opts.readDeadlineMs ?? DEFAULT_READ_DEADLINE_MS;
        opts.redactor.add((0,token/* secretOf */.OM)(opts.credentials));
    }
    /**
     * GET a path (`/api/v2/...`) or a `nextUri` the API handed out. A `bulk` read (one of a
     * request per client) waits behind every other kind of request for its turn.
     */
    async get(pathOrUri, query = {}, bulk = false) {
        return this.send('GET', apiUrl(this.opts.endpoints.apiBaseUrl, pathOrUri, query), undefined, bulk);
    }
    async post(path, body) {
        return this.send('POST', apiUrl(this.opts.endpoints.apiBaseUrl, path, {}), JSON.stringify(body));
    }
    tokenStarted;
    /**
     * Starts the token exchange now, for a caller with local work to do meanwhile; requests
     * sent later share it. Settles with that first exchange (a refused token rejects), however
     * often it is asked.
     */
    startToken() {
        this.tokenStarted ??= this.tokens.current().then(() => undefined);
        return this.tokenStarted;
    }
    /**
     * Stops every request of this client: waits end at once, requests in flight are aborted
     * and later ones fail. For a run that has already failed, so that nothing keeps it alive.
     */
    cancel() {
        this.abort.abort();
    }
    /** Waits on the client's clock; a cancelled client stops waiting. */
    async sleep(ms) {
        try {
            await this.clock.sleep(ms, this.abort.signal);
        }
        catch (err) {
            throw this.abort.signal.aborted ? cancelled() : err;
        }
        if (this.abort.signal.aborted)
            throw cancelled();
    }
    async send(method, url, body, bulk = false) {
        const started = this.clock.now();
        this.firstRequestAt ??= started;
        const path = (0,transport/* pathOf */.XM)(url);
        const what = `${method} ${path}`;
        const route = `${method} ${routeOf(path)}`;
        let renewed = false;
        let malformed = 0;
        for (let attempt = 1;; attempt++) {
            const exchanged = await this.attempt(method, url, body, attempt, started, route, bulk);
            if (exchanged === 'retry')
                continue;
            const { response: res, token } = exchanged;
            if (res.status === 401 && !renewed) {
                // The token may have expired or been revoked early: one fresh token, one retry.
                renewed = true;
                this.tokens.reject(token);
                continue;
            }
            if (res.status === 429) {
                await this.waitAfter429(res, what, started);
                continue;
            }
            const backoff = (0,retry/* backoffMs */.jo)(this.retry, attempt, this.random);
            if ((0,retry/* isRetryableStatus */.PS)(res.status) && this.canRetry(started, backoff)) {
                await this.pause(backoff);
                continue;
            }
            if (res.status >= 200 && res.status < 300) {
                const parsed = this.parse(res.text);
                if (parsed.ok)
                    return parsed.value;
                if (parsed.tooDeep)
                    throw (0,errors/* nestedTooDeeply */.vR)(what);
                if (malformed++ < MALFORMED_RETRIES && this.canRetry(started, 0)) {
                    this.stats.retries++;
                    continue;
                }
                throw new errors/* GenesysError */.DF('malformed', `Genesys Cloud answered ${what} with a body that is not valid JSON (${attempt} attempts); if api-base-url points at a proxy, check that it passes the API through, else try again later.`, { status: res.status });
            }
            throw apiError(res, what, attempt, this.opts.redactor);
        }
    }
    /** One paced exchange; a transient network failure becomes 'retry' while time remains. */
    async attempt(method, url, body, attempt, started, route, bulk) {
        try {
            return await this.holds.inTurn(route, async () => {
                const wait = this.holds.waitFor(route);
                if (wait > 0)
                    await this.sleep(wait);
                this.checkDeadline();
                const exchanged = await this.pacer.run(() => this.exchange(method, url, body, route), bulk);
                // Set before the next queued request to the route may start.
                if (exchanged.response.status === 429)
                    this.holds.hold(route, retryAfterMs(exchanged.response, this.clock.now()));
                return exchanged;
            });
        }
        catch (err) {
            if (this.abort.signal.aborted)
                throw cancelled();
            await this.afterNetworkFailure(err, url, attempt, started);
            return 'retry';
        }
    }
    /** Waits before the next attempt after a transient network failure, or throws. */
    async afterNetworkFailure(err, url, attempt, started) {
        if (!(err instanceof errors/* GenesysError */.DF && err.transient))
            throw err;
        const neverAnswered = !this.answered.has(originOf(url));
        const wait = (0,retry/* backoffMs */.jo)(neverAnswered ? UNANSWERED_RETRY : this.retry, attempt, this.random);
        if ((neverAnswered && attempt >= UNANSWERED_ATTEMPTS) || !this.canRetry(started, wait)) {
            const tries = `${attempt} attempt${attempt === 1 ? '' : 's'} in ${seconds(this.clock.now() - started)}`;
            throw new errors/* GenesysError */.DF(err.kind, `${err.message.replace(/\.$/, '')} (${tries}).`, { reason: err.reason });
        }
        await this.pause(wait);
    }
    async waitAfter429(res, what, started) {
        this.stats.throttled++;
        const wait = retryAfterMs(res, this.clock.now());
        if (wait > this.retry.maxRetryAfterMs || !this.canRetry(started, wait)) {
            throw new errors/* GenesysError */.DF('rate-limited', `Genesys Cloud kept rate-limiting ${what} (HTTP 429, Retry-After ${seconds(wait)}) beyond the ${seconds(this.retry.maxTotalMs)} retry budget; another integration may be using the same OAuth client, try again later.`, { status: 429 });
        }
        await this.pause(wait);
    }
    canRetry(started, waitMs) {
        const at = this.clock.now() + waitMs;
        return at - started <= this.retry.maxTotalMs && at - (this.firstRequestAt ?? at) <= this.readDeadlineMs;
    }
    /** The whole read has a deadline: past it, nothing more is sent. */
    checkDeadline() {
        if (this.firstRequestAt === undefined || this.clock.now() - this.firstRequestAt <= this.readDeadlineMs)
            return;
        throw new errors/* GenesysError */.DF('network', `Reading the org from Genesys Cloud took longer than ${duration(this.readDeadlineMs)}, the limit of one run, far beyond what any org needs; the API is answering too slowly, try again later.`, { reason: 'timeout' });
    }
    async pause(ms) {
        this.stats.retries++;
        await this.sleep(ms);
    }
    async exchange(method, url, body, route) {
        const token = await this.tokens.current();
        if (this.abort.signal.aborted)
            throw cancelled();
        const headers = { authorization: `Bearer ${token.value}`, accept: 'application/json' };
        if (body !== undefined)
            headers['content-type'] = 'application/json';
        const req = { method, url, headers, body, signal: this.abort.signal };
        this.count(route);
        return { response: await this.transport(req), token };
    }
    /** The transport, noting which origins have answered and how much they sent in all. */
    async transport(req) {
        const res = await this.opts.transport(req);
        this.answered.add(originOf(req.url));
        this.bytesRead += res.text.length;
        const max = this.opts.maxReadBytes ?? DEFAULT_MAX_READ_BYTES;
        if (this.bytesRead > max) {
            throw new errors/* GenesysError */.DF('malformed', `Genesys Cloud sent more than ${Math.round(max / 1048576)} MiB in all while the org was read, far more than any org holds; the API or a proxy in front of it is misbehaving, try again later.`);
        }
        return res;
    }
    count(route) {
        this.stats.requests++;
        this.stats.byRoute.set(route, (this.stats.byRoute.get(route) ?? 0) + 1);
    }
    /** The token request, retried on 429 (after Retry-After), 5xx and dropped connections. */
    async requestTokenWithRetries() {
        const { endpoints, credentials, redactor } = this.opts;
        if ('accessToken' in credentials)
            return this.givenToken(credentials.accessToken);
        const started = this.clock.now();
        this.firstRequestAt ??= started;
        for (let attempt = 1;; attempt++) {
            try {
                if (this.abort.signal.aborted)
                    throw cancelled();
                this.checkDeadline();
                this.stats.tokenRequests++;
                return await (0,token/* requestToken */.Fr)((req) => this.transport({ ...req, signal: this.abort.signal }), endpoints.tokenUrl, credentials, redactor, () => this.clock.now());
            }
            catch (err) {
                if (this.abort.signal.aborted)
                    throw cancelled();
                if (err instanceof errors/* GenesysError */.DF && err.kind === 'network') {
                    await this.afterNetworkFailure(err, endpoints.tokenUrl, attempt, started);
                    continue;
                }
                const retryable = err instanceof errors/* GenesysError */.DF && (err.kind === 'rate-limited' || (err.kind === 'server' && (0,retry/* isRetryableStatus */.PS)(err.status ?? 0)));
                const wait = err instanceof errors/* GenesysError */.DF && err.retryAfterMs !== undefined ? err.retryAfterMs : (0,retry/* backoffMs */.jo)(this.retry, attempt, this.random);
                if (!retryable || wait > this.retry.maxRetryAfterMs || !this.canRetry(started, wait))
                    throw err;
                await this.pause(wait);
            }
        }
    }
    givenTokenServed = false;
    /** A token from an earlier step: served once; asked again (after a 401), it is refused. */
    givenToken(value) {
        if (this.givenTokenServed) {
            throw new errors/* GenesysError */.DF('credentials', 'Genesys Cloud refused the access token from `access-token` (expired or revoked): mint a new one in the step before, or pass `client-id` and `client-secret` instead.');
        }
        this.givenTokenServed = true;
        return { value, expiresAt: Number.MAX_SAFE_INTEGER, renewAt: Number.MAX_SAFE_INTEGER };
    }
    /** JSON with every `secret` field dropped on arrival (and its value masked, should it show up elsewhere). */
    parse(text) {
        return parseBody(text, (secret) => this.opts.redactor.add(secret));
    }
}
/** A 429's Retry-After; a second when it has none. */
function retryAfterMs(res, now) {
    return (0,retry/* parseRetryAfter */.mu)(res.headers['retry-after'], now) ?? 1000;
}
function cancelled() {
    return new errors/* GenesysError */.DF('cancelled', 'A Genesys Cloud request was stopped because another request of the same run had failed.');
}
function duration(ms) {
    return ms >= 120_000 ? `${Math.round(ms / 60_000)} min` : seconds(ms);
}
function seconds(ms) {
    return `${Math.round(ms / 100) / 10} s`;
}


/***/ }),

/***/ 4032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);
// Time as a dependency, so pacing and retries can be tested without waiting.

const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => (ms > 0 ? (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms, undefined, { signal }) : Promise.resolve()),
};


/***/ }),

/***/ 5987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ GenesysError),
/* harmony export */   FA: () => (/* binding */ grantAdvice),
/* harmony export */   mr: () => (/* binding */ permissionsFor),
/* harmony export */   vR: () => (/* binding */ nestedTooDeeply)
/* harmony export */ });
/* unused harmony exports AUDIT_PERMISSIONS, REQUIRED_PERMISSION, either */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// Typed failures of the Genesys Cloud access layer, each with one actionable sentence.

class GenesysError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    kind;
    status;
    transient;
    reason;
    retryAfterMs;
    constructor(kind, message, details = {}) {
        super(message, kind === 'credentials' || kind === 'permission' ? _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Access : _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Api);
        this.kind = kind;
        this.status = details.status;
        this.transient = details.transient ?? false;
        this.reason = details.reason;
        this.retryAfterMs = details.retryAfterMs;
    }
}
/** Every permission the audit may use: the two it needs, and the one usage may need. */
const AUDIT_PERMISSIONS = ['oauth:client:view', 'authorization:role:view', 'usage:organization:view'];
/**
 * The permissions each read needs (any one of them suffices, as the SDK docs say of these
 * "Requires ANY permissions" operations), for 403 messages that say what to grant.
 */
const REQUIRED_PERMISSION = [
    { pattern: /^\/api\/v2\/oauth\/clients\/[^/]+\/usage\b/, anyOf: ['oauth:client:view', 'usage:client:view'] },
    { pattern: /^\/api\/v2\/oauth\/clients\b/, anyOf: ['oauth:client:view'] },
    { pattern: /^\/api\/v2\/authorization\/roles\b/, anyOf: ['authorization:role:view'] },
    { pattern: /^\/api\/v2\/usage\//, anyOf: ['oauth:client:view', 'usage:organization:view'] },
];
function permissionsFor(path) {
    return REQUIRED_PERMISSION.find((p) => p.pattern.test(path))?.anyOf ?? [];
}
/** `a`, `a or b`, `a, b or c` (or `and`). */
function either(names, conjunction = 'or') {
    return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]}`;
}
/**
 * What is missing and what to do, in one clause. Genesys Cloud's built-in roles hold far
 * more than these reads, so the advice is a role of the org's own with exactly what the
 * audit needs.
 */
function grantAdvice(anyOf) {
    const ideal = `ideally a custom role with exactly ${either(AUDIT_PERMISSIONS, 'and')}`;
    if (anyOf.length === 0)
        return `the auditing OAuth client lacks a permission this request needs: assign it a role that holds it, ${ideal}`;
    const holds = anyOf.length === 1 ? anyOf[0] : 'one of them';
    return `the auditing OAuth client lacks the permission ${either(anyOf)}: assign it a role that holds ${holds}, ${ideal}`;
}
/** A body nested deeper than the stack: JSON.parse or the shape check would overflow on it. */
function nestedTooDeeply(what) {
    return new GenesysError('malformed', `Genesys Cloud answered ${what} with a body nested too deeply to check; the API or a proxy in front of it is misbehaving, try again later.`);
}


/***/ }),

/***/ 7953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uK: () => (/* binding */ MAX_IN_FLIGHT),
  _E: () => (/* binding */ Pacer)
});

// UNUSED EXPORTS: MIN_IN_FLIGHT, inFlightCap

;// CONCATENATED MODULE: ./src/genesys/lanes.ts
// Two first-in-first-out queues, the urgent one served first: a chain of round trips (the
// usage query's POST and polls) goes ahead of bulk reads that would hold it a whole window.
// Each queue is read from a head index, since thousands of detail reads can wait in it.
class Lanes {
    queues = [[], []];
    heads = [0, 0];
    get size() {
        return this.queues[0].length - this.heads[0] + this.queues[1].length - this.heads[1];
    }
    push(item, bulk) {
        this.queues[bulk ? 1 : 0].push(item);
    }
    /** The oldest urgent item, else the oldest bulk one; undefined when both are empty. */
    shift() {
        for (const lane of [0, 1]) {
            const queue = this.queues[lane];
            if (this.heads[lane] === queue.length)
                continue;
            const item = queue[this.heads[lane]++];
            if (this.heads[lane] === queue.length) {
                queue.length = 0;
                this.heads[lane] = 0;
            }
            return item;
        }
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/genesys/min-heap.ts
// A binary min-heap of numbers: the earliest of many times, in O(log n) per change.
class MinHeap {
    items = [];
    get size() {
        return this.items.length;
    }
    peek() {
        return this.items[0];
    }
    push(value) {
        const items = this.items;
        let i = items.push(value) - 1;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (items[parent] <= value)
                break;
            items[i] = items[parent];
            i = parent;
        }
        items[i] = value;
    }
    pop() {
        const items = this.items;
        const top = items[0];
        const last = items.pop();
        if (last === undefined || items.length === 0)
            return top;
        let i = 0;
        for (;;) {
            const left = 2 * i + 1;
            if (left >= items.length)
                break;
            const right = left + 1;
            const child = right < items.length && items[right] < items[left] ? right : left;
            if (items[child] >= last)
                break;
            items[i] = items[child];
            i = child;
        }
        items[i] = last;
        return top;
    }
}

;// CONCATENATED MODULE: ./src/genesys/pacer.ts


/** Fewest and most requests in flight when the cap follows the limit. */
const MIN_IN_FLIGHT = 16;
const MAX_IN_FLIGHT = 128;
/** Requests in flight for a limit: a fiftieth of a window's budget, within [16, 128]. */
function inFlightCap(limit) {
    return Math.min(MAX_IN_FLIGHT, Math.max(MIN_IN_FLIGHT, Math.ceil(limit / 50)));
}
class Pacer {
    opts;
    /** When the answers of requests still in the window arrived, earliest first. */
    answered = new MinHeap();
    /** Requests sent and not yet answered: in the window until their answer is. */
    unanswered = 0;
    /** Waits for budget that only an answer can free. */
    awaitingAnswer = [];
    inFlight = 0;
    /** Requests waiting for a place in flight. */
    waiting = new Lanes();
    /** Requests waiting for a rate permit; `chain` holds their turns. */
    rateWaiting = new Lanes();
    chain = Promise.resolve();
    limit;
    /** Rate permits granted so far (requests sent, retries included). */
    permits = 0;
    /** Waits for a number of permits (whenGranted). */
    awaitingPermits = [];
    constructor(opts) {
        this.opts = opts;
        this.limit = opts.limit;
    }
    /** Changes the budget, e.g. once the org's real limit has been read. */
    setLimit(limit) {
        this.limit = Math.max(1, Math.floor(limit));
        this.admit();
    }
    get currentLimit() {
        return this.limit;
    }
    /** Rate permits granted so far: the requests sent, retries included. */
    get granted() {
        return this.permits;
    }
    /**
     * Settles once `count` requests have had their rate permit, or the run is aborted (then it
     * rejects). The caller must know that many will be asked for, or race this with the end of
     * what asks.
     */
    whenGranted(count) {
        if (this.permits >= count)
            return Promise.resolve();
        return this.untilAborted((wake) => this.awaitingPermits.push({ count, wake }));
    }
    /**
     * Runs `fn` when both the rate budget and the in-flight cap allow one more request. A `bulk`
     * request (one of thousands of detail reads) waits behind every other kind.
     */
    async run(fn, bulk = false) {
        await this.acquireSlot(bulk);
        try {
            await this.acquireRate(bulk);
            try {
                return await fn();
            }
            finally {
                this.answeredNow();
            }
        }
        finally {
            this.releaseSlot();
        }
    }
    /**
     * Rate permits are granted one at a time, in turns, so waits never overlap or race; each
     * turn goes to the most urgent request waiting then, so an urgent one needs no bulk turn first.
     */
    acquireRate(bulk) {
        return new Promise((resolve, reject) => {
            this.rateWaiting.push({ resolve, reject }, bulk);
            this.chain = this.chain.then(() => this.waitForBudget().then(() => this.rateWaiting.shift()?.resolve(), (err) => this.rateWaiting.shift()?.reject(err)));
        });
    }
    async waitForBudget() {
        const { clock, windowMs, marginMs } = this.opts;
        for (;;) {
            const now = clock.now();
            while (this.answered.size && this.answered.peek() + windowMs + marginMs <= now)
                this.answered.pop();
            if (this.answered.size + this.unanswered < this.limit) {
                this.unanswered++;
                this.permitted();
                return;
            }
            // An answer not yet in cannot leave the window before one that is.
            if (this.answered.size)
                await clock.sleep(this.answered.peek() + windowMs + marginMs - now, this.opts.signal);
            else
                await this.nextAnswer();
        }
    }
    permitted() {
        this.permits++;
        for (let i = this.awaitingPermits.length - 1; i >= 0; i--) {
            const waiter = this.awaitingPermits[i];
            if (waiter.count > this.permits)
                continue;
            this.awaitingPermits.splice(i, 1);
            waiter.wake();
        }
    }
    answeredNow() {
        this.unanswered--;
        this.answered.push(this.opts.clock.now());
        for (const wake of this.awaitingAnswer.splice(0))
            wake();
    }
    nextAnswer() {
        return this.untilAborted((wake) => this.awaitingAnswer.push(wake));
    }
    /** Waits until `register`'s wake is called, or rejects once the run is aborted. */
    untilAborted(register) {
        const { signal } = this.opts;
        if (signal?.aborted)
            return Promise.reject(signal.reason);
        return new Promise((resolve, reject) => {
            const abort = () => reject(signal?.reason);
            signal?.addEventListener('abort', abort, { once: true });
            register(() => {
                signal?.removeEventListener('abort', abort);
                resolve();
            });
        });
    }
    get cap() {
        return this.opts.maxInFlight ?? inFlightCap(this.limit);
    }
    acquireSlot(bulk) {
        if (!this.waiting.size && this.inFlight < this.cap) {
            this.inFlight++;
            return Promise.resolve();
        }
        return new Promise((resolve) => this.waiting.push(resolve, bulk));
    }
    releaseSlot() {
        this.inFlight--;
        this.admit();
    }
    /** Lets waiting requests in, urgent first, while the cap allows (it grows with a raised limit). */
    admit() {
        while (this.waiting.size && this.inFlight < this.cap) {
            this.inFlight++;
            this.waiting.shift()?.();
        }
    }
}


/***/ }),

/***/ 7119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $K: () => (/* binding */ resolveEndpoints)
/* harmony export */ });
/* unused harmony exports REGIONS, regionDomain, isLoopback */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// Genesys Cloud regions: alias → domain, as the official SDKs name them, plus the newer
// eusc-de-east-1. The API lives on api.<domain>, the token endpoint on login.<domain>.

const REGIONS = {
    'us-east-1': 'mypurecloud.com',
    'us-east-2': 'use2.us-gov-pure.cloud',
    'us-west-2': 'usw2.pure.cloud',
    'ca-central-1': 'cac1.pure.cloud',
    'sa-east-1': 'sae1.pure.cloud',
    'mx-central-1': 'mxc1.pure.cloud',
    'eu-west-1': 'mypurecloud.ie',
    'eu-west-2': 'euw2.pure.cloud',
    'eu-central-1': 'mypurecloud.de',
    'eu-central-2': 'euc2.pure.cloud',
    'me-central-1': 'mec1.pure.cloud',
    'ap-south-1': 'aps1.pure.cloud',
    'ap-southeast-1': 'apse1.pure.cloud',
    'ap-southeast-2': 'mypurecloud.com.au',
    'ap-northeast-1': 'mypurecloud.jp',
    'ap-northeast-2': 'apne2.pure.cloud',
    'ap-northeast-3': 'apne3.pure.cloud',
    'eusc-de-east-1': 'edee1.eusc-pure.cloud',
};
/** Accepts a region alias (`eu-west-1`) or its domain (`mypurecloud.ie`), any case. */
function regionDomain(region) {
    const value = region
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/^(api|login)\./, '')
        .replace(/\/+$/, '');
    if (REGIONS[value])
        return REGIONS[value];
    if (Object.values(REGIONS).includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`Unknown Genesys Cloud region "${withoutUserinfo(region)}"; use one of: ${Object.entries(REGIONS)
        .map(([alias, domain]) => `${alias} (${domain})`)
        .join(', ')}.`);
}
/**
 * Resolves where to send requests. An explicit API base URL (the emulator, a proxy, a
 * private deployment) wins over the region; its token endpoint is `login.` in place of
 * `api.` when the host follows that convention, else the same origin, under the same path
 * prefix. An explicit login base URL wins for the token endpoint.
 */
function resolveEndpoints(opts) {
    const login = opts.loginBaseUrl ? parseBaseUrl(opts.loginBaseUrl, 'login-base-url', opts.allowInsecureHttp) : undefined;
    if (opts.apiBaseUrl) {
        const api = parseBaseUrl(opts.apiBaseUrl, 'api-base-url', opts.allowInsecureHttp);
        return { apiBaseUrl: stripSlash(api.href), tokenUrl: `${stripSlash((login ?? loginFromApi(api)).href)}/oauth/token` };
    }
    if (!opts.region)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL('No Genesys Cloud region given: set `region` (e.g. us-east-1 or mypurecloud.com).');
    const domain = regionDomain(opts.region);
    const tokenBase = login ? stripSlash(login.href) : `https://login.${domain}`;
    return { apiBaseUrl: `https://api.${domain}`, tokenUrl: `${tokenBase}/oauth/token` };
}
function parseBaseUrl(value, name, allowInsecureHttp = false) {
    let url;
    try {
        url = new URL(value.trim());
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`\`${name}\` is not a valid URL: "${withoutUserinfo(value)}".`);
    }
    if (url.username || url.password) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`\`${name}\` must not carry a user name or password ("${withoutUserinfo(value)}"); the action authenticates with the OAuth client's credentials only.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`\`${name}\` must be an http(s) URL, got "${withoutUserinfo(value)}".`);
    }
    if (url.search || url.hash)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`\`${name}\` must be a base URL without a query or fragment, got "${withoutUserinfo(value)}".`);
    if (url.protocol === 'http:' && !isLoopback(url.hostname) && !allowInsecureHttp) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`\`${name}\` uses plain http:// to ${url.host}, which would send the client secret and token in clear; use https://, or set \`allow-insecure-http\` to true for a trusted network.`);
    }
    return url;
}
/** localhost, 127.0.0.0/8 and ::1: traffic that never leaves the machine. */
function isLoopback(hostname) {
    return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}
/** The URL as typed, with any `user:password@` masked: a password must never be echoed. */
function withoutUserinfo(value) {
    // Up to the last `@`: a password may itself hold `/`, `?`, `#` or `@`.
    return value.trim().replace(/^([a-z][a-z0-9+.-]*:\/\/)?.*@/is, (_all, scheme) => `${scheme ?? ''}***@`);
}
function loginFromApi(api) {
    const login = new URL(api.href);
    if (login.hostname.startsWith('api.'))
        login.hostname = `login.${login.hostname.slice(4)}`;
    return login;
}
function stripSlash(href) {
    return href.replace(/\/+$/, '');
}


/***/ }),

/***/ 6428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PS: () => (/* binding */ isRetryableStatus),
/* harmony export */   jo: () => (/* binding */ backoffMs),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY)
/* harmony export */ });
// When and how long to wait before trying a request again. Pure: the caller sleeps.
const DEFAULT_RETRY = {
    maxTotalMs: 180_000,
    baseDelayMs: 500,
    maxDelayMs: 20_000,
    maxRetryAfterMs: 180_000,
};
/** Every 5xx but 501 (Not Implemented will not change), as the official SDKs retry. */
function isRetryableStatus(status) {
    return status >= 500 && status <= 599 && status !== 501;
}
/** Exponential backoff with equal jitter (half fixed, half random); `random` in [0, 1). */
function backoffMs(policy, attempt, random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
/** Retry-After in seconds (the platform's form) or an HTTP date; undefined when absent or bad. */
function parseRetryAfter(value, now) {
    const v = Array.isArray(value) ? value[0] : value;
    if (!v)
        return undefined;
    if (/^\d+(\.\d+)?$/.test(v.trim()))
        return Math.ceil(Number(v) * 1000);
    const date = Date.parse(v);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}


/***/ }),

/***/ 551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fr: () => (/* binding */ requestToken),
/* harmony export */   OM: () => (/* binding */ secretOf),
/* harmony export */   qP: () => (/* binding */ auditingClientId)
/* harmony export */ });
/* unused harmony export TOKEN_RENEW_MARGIN_MS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5987);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6428);


/** The secret to mask and to key the run state with: the client secret, or the token. */
function secretOf(c) {
    return 'accessToken' in c ? c.accessToken : c.clientSecret;
}
/** The auditing client's id, when the run logged in as one (not with a given token). */
function auditingClientId(c) {
    return 'clientId' in c ? c.clientId : undefined;
}
/** Renew a minute before expiry, or a tenth of the lifetime before it when that is shorter. */
const TOKEN_RENEW_MARGIN_MS = 60_000;
async function requestToken(transport, tokenUrl, credentials, redactor, now) {
    const basic = Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString('base64');
    redactor.add(basic);
    const res = await transport({
        method: 'POST',
        url: tokenUrl,
        headers: {
            authorization: `Basic ${basic}`,
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'application/json',
        },
        body: 'grant_type=client_credentials',
    });
    if (res.status === 400 || res.status === 401 || res.status === 403) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GenesysError */ .DF('credentials', `Genesys Cloud rejected the OAuth client credentials (HTTP ${res.status}${oauthReason(res.text)}): check the client id and secret, that the client uses the Client Credentials grant and is active, and that the region is the org's region.`, { status: res.status });
    }
    if (res.status === 429) {
        // The login service has its own budget; the caller waits Retry-After and asks again.
        const retryAfterMs = (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRetryAfter */ .mu)(res.headers['retry-after'], now()) ?? 1000;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GenesysError */ .DF('rate-limited', `The Genesys Cloud token endpoint rate-limited this OAuth client (HTTP 429, Retry-After ${Math.round(retryAfterMs / 1000)} s) beyond the retry budget; another process may be requesting tokens with the same client, try again later.`, { status: 429, retryAfterMs });
    }
    if (res.status !== 200) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GenesysError */ .DF('server', `The Genesys Cloud token endpoint answered HTTP ${res.status}; try again later.`, { status: res.status });
    }
    const body = parseTokenBody(res.text);
    redactor.add(body.access_token);
    const ttlMs = Math.max(0, (body.expires_in ?? 86_399) * 1000);
    const issued = now();
    return { value: body.access_token, expiresAt: issued + ttlMs, renewAt: issued + ttlMs - Math.min(TOKEN_RENEW_MARGIN_MS, ttlMs / 10) };
}
function parseTokenBody(text) {
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GenesysError */ .DF('malformed', 'The Genesys Cloud token endpoint answered with a body that is not JSON; check that the region or api-base-url points at Genesys Cloud.');
    }
    const token = body.access_token;
    if (typeof token !== 'string' || token === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GenesysError */ .DF('malformed', 'The Genesys Cloud token endpoint answered without an access_token; check that the region or api-base-url points at Genesys Cloud.');
    }
    const expires = body.expires_in;
    return { access_token: token, expires_in: typeof expires === 'number' ? expires : undefined };
}
/** The OAuth error code, e.g. `: invalid_client`, never the raw body. */
function oauthReason(text) {
    try {
        const code = JSON.parse(text).error;
        return typeof code === 'string' && /^[\w.-]{1,64}$/.test(code) ? `: ${code}` : '';
    }
    catch {
        return '';
    }
}


/***/ }),

/***/ 4208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XM: () => (/* binding */ pathOf),
  iL: () => (/* binding */ undiciTransport)
});

// UNUSED EXPORTS: DEFAULT_MAX_BODY_BYTES, DEFAULT_REQUEST_DEADLINE_MS, networkReason

// EXTERNAL MODULE: ./node_modules/undici/lib/dispatcher/agent.js
var agent = __webpack_require__(7405);
var agent_default = /*#__PURE__*/__webpack_require__.n(agent);
// EXTERNAL MODULE: ./node_modules/undici/lib/api/api-request.js
var api_request = __webpack_require__(4043);
var api_request_default = /*#__PURE__*/__webpack_require__.n(api_request);
// EXTERNAL MODULE: ./src/genesys/errors.ts
var errors = __webpack_require__(5987);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/genesys/body.ts
// A response body read as text, cut off at a cap. A large body (tens of MB for a large org's
// listing or usage answer) is decoded chunk by chunk as it comes and the text joined by the
// engine: a buffer of the whole body came from malloc, which kept the freed space, and a
// large org's run peaked ~50 MiB higher for it. A small one (every detail read of a legacy
// listing) is decoded once at the end: a streaming decoder per body cost more than the read.
// Either way a character split across chunks, an invalid sequence and a byte-order mark come
// out as one Buffer.toString of the whole body did.

/**
 * The whole body as UTF-8 text, or `tooLarge()` once it passes `maxBytes`. A `declared`
 * length over the cap is refused before any byte is read; any other is not trusted.
 */
async function readCappedText(body, declared, maxBytes, tooLarge) {
    if (declared !== undefined && declared > maxBytes) {
        body.destroy();
        throw tooLarge();
    }
    const held = [];
    let heldBytes = 0;
    let decoder;
    const pieces = [];
    let size = 0;
    for await (const chunk of body) {
        if (size + chunk.length > maxBytes) {
            body.destroy();
            throw tooLarge();
        }
        size += chunk.length;
        if (decoder)
            pieces.push(decoder.decode(chunk, { stream: true }));
        else {
            held.push(chunk);
            heldBytes += chunk.length;
            if (heldBytes > DECODE_AS_IT_COMES_PAST) {
                // ignoreBOM keeps a leading BOM in the text, as Buffer.toString does (JSON.parse refuses it).
                decoder = new external_node_util_.TextDecoder('utf-8', { ignoreBOM: true });
                for (const h of held.splice(0))
                    pieces.push(decoder.decode(h, { stream: true }));
            }
        }
    }
    if (!decoder)
        return Buffer.concat(held, heldBytes).toString('utf8');
    pieces.push(decoder.decode());
    return pieces.join('');
}
/** Bodies up to this size are held as bytes and decoded once. */
const DECODE_AS_IT_COMES_PAST = 256 * 1024;
/** A Content-Length header as a number of bytes; undefined when absent, repeated or not a plain count. */
function declaredLength(header) {
    if (typeof header !== 'string' || !/^\d{1,15}$/.test(header))
        return undefined;
    return Number(header);
}

// EXTERNAL MODULE: ./src/genesys/pacer.ts + 2 modules
var pacer = __webpack_require__(7953);
;// CONCATENATED MODULE: ./src/genesys/transport.ts





/** A real org's largest answer (every OAuth client at once) is a few MB. */
const DEFAULT_MAX_BODY_BYTES = 32 * 1024 * 1024;
/** The platform answers in seconds; a minute means the exchange is stuck. */
const DEFAULT_REQUEST_DEADLINE_MS = 60_000;
/**
 * A keep-alive transport; errors name the request without its secrets. HTTP/1.1 only (undici
 * 8 offers h2 by default): a connection per request in flight is what the pacer counts on,
 * and node:http2 (with tls and crypto) is then never loaded on the way to the first request
 * (scripts/build.ts defers it).
 */
function undiciTransport(opts = {}) {
    const dispatcher = opts.dispatcher ?? new (agent_default())({ keepAliveTimeout: 10_000, connections: pacer/* MAX_IN_FLIGHT */.uK, allowH2: false });
    const timeout = opts.timeoutMs ?? 60_000;
    const deadlineMs = opts.deadlineMs ?? DEFAULT_REQUEST_DEADLINE_MS;
    const maxBytes = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    return async (req) => {
        const stop = stopper(req.signal, deadlineMs);
        const { signal } = stop;
        try {
            const url = new URL(req.url);
            const res = await api_request_default().call(dispatcher, {
                origin: url.origin,
                path: `${url.pathname}${url.search}`,
                method: req.method,
                headers: req.headers,
                body: req.body,
                signal,
                headersTimeout: timeout,
                bodyTimeout: timeout,
            });
            const text = await readBody(res, maxBytes, req);
            return { status: res.statusCode, headers: res.headers, text };
        }
        catch (err) {
            if (err instanceof errors/* GenesysError */.DF)
                throw err;
            if (stop.timedOut && !req.signal?.aborted)
                throw deadlineError(req, deadlineMs);
            throw networkError(req, err);
        }
        finally {
            stop.done();
        }
    };
}
/**
 * One exchange's signal: aborted by the caller's, or once `deadlineMs` pass. A timer and a
 * place in the caller's set, released when the exchange ends: AbortSignal.any and
 * AbortSignal.timeout, or a listener per exchange on the caller's signal, cost more than
 * the request itself at thousands of requests.
 */
function stopper(caller, deadlineMs) {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
        timedOut = true;
        controller.abort(new DOMException('The exchange passed its deadline.', 'TimeoutError'));
    }, deadlineMs);
    // A timer that alone keeps the process alive would hold a finished run open.
    timer.unref();
    const unfollow = caller ? follow(caller, controller) : undefined;
    return {
        signal: controller.signal,
        get timedOut() {
            return timedOut;
        },
        done() {
            clearTimeout(timer);
            unfollow?.();
        },
    };
}
/** The exchanges in flight under each caller's signal: one listener per signal aborts them all. */
const following = new WeakMap();
function follow(caller, controller) {
    if (caller.aborted) {
        controller.abort(caller.reason);
        return () => undefined;
    }
    let set = following.get(caller);
    if (!set) {
        const created = new Set();
        following.set(caller, (set = created));
        caller.addEventListener('abort', () => {
            for (const c of created)
                c.abort(caller.reason);
            created.clear();
        }, { once: true });
    }
    set.add(controller);
    const mine = set;
    return () => mine.delete(controller);
}
/** The body as text, cut off at `maxBytes` (body.ts). */
async function readBody(res, maxBytes, req) {
    const tooLarge = () => new errors/* GenesysError */.DF('malformed', `Genesys Cloud answered ${req.method} ${pathOf(req.url)} with a body over ${Math.round(maxBytes / 1048576)} MiB, far more than any org's answer; the API or a proxy in front of it is misbehaving, try again later.`);
    return readCappedText(res.body, declaredLength(res.headers['content-length']), maxBytes, tooLarge);
}
function deadlineError(req, deadlineMs) {
    return new errors/* GenesysError */.DF('network', `Genesys Cloud did not complete ${req.method} ${pathOf(req.url)} within ${Math.round(deadlineMs / 1000)} s at ${safeHost(req.url)}; try again later.`, { transient: true, reason: 'timeout' });
}
function networkError(req, err) {
    const code = err.code || err.cause?.code || '';
    const host = safeHost(req.url);
    const reason = networkReason(code);
    const what = `${req.method} ${pathOf(req.url)}`;
    const text = describe(reason, code, host) ?? `${err instanceof Error ? err.message.replace(/\.$/, '') : String(err)}; check the network`;
    // EAI_AGAIN is the resolver failing for now, not a name that does not exist.
    const transient = TRANSIENT.has(reason) || code === 'EAI_AGAIN';
    const said = code === 'EAI_AGAIN' ? `the host name ${host} could not be resolved for now (EAI_AGAIN); try again later` : text;
    return new errors/* GenesysError */.DF('network', `Could not reach Genesys Cloud at ${host} (${what}): ${said}.`, { transient, reason });
}
/** Resets, refusals and timeouts can pass; a host that does not resolve or bad TLS will not. */
const TRANSIENT = new Set(['refused', 'reset', 'timeout']);
function networkReason(code) {
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return 'dns';
    if (code === 'ECONNREFUSED')
        return 'refused';
    if (['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED'].includes(code))
        return 'reset';
    if (code === 'ETIMEDOUT' || (code.startsWith('UND_ERR_') && code.includes('TIMEOUT')))
        return 'timeout';
    if (/CERT|TLS|SSL/.test(code))
        return 'tls';
    return 'other';
}
/** What happened and what to do, in one clause each. */
function describe(reason, code, host) {
    switch (reason) {
        case 'dns':
            return `the host name ${host} does not resolve; check the region or api-base-url`;
        case 'refused':
            return 'the connection was refused; check the region or api-base-url and that the host is up';
        case 'reset':
            return 'the connection was reset; try again later';
        case 'timeout':
            return 'the request timed out; try again later';
        case 'tls':
            return code.includes('CERT')
                ? `TLS failed (${code}); if a proxy inspects TLS, give Node its CA certificate with NODE_EXTRA_CA_CERTS`
                : `TLS failed (${code}); check that the host speaks TLS where the URL says https`;
        default:
            return undefined;
    }
}
function safeHost(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return 'an invalid URL';
    }
}
function pathOf(url) {
    // A path is its own path (without a base, URL would throw for it, and a throw per request
    // is most of what naming thousands of detail reads cost).
    if (url.startsWith('/'))
        return url;
    try {
        return new URL(url).pathname;
    }
    catch {
        return url;
    }
}


/***/ }),

/***/ 5015:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B0: () => (/* binding */ isFork),
/* harmony export */   Eg: () => (/* binding */ readRunEvent),
/* harmony export */   m_: () => (/* binding */ PULL_REQUEST_EVENTS)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
// What triggered the run, read from GITHUB_EVENT_NAME and the payload at GITHUB_EVENT_PATH.
// Only the facts the gate needs, checked, so that a strange payload is an error, not a crash.


const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
async function readRunEvent(env) {
    const name = env.GITHUB_EVENT_NAME ?? '';
    const repository = env.GITHUB_REPOSITORY ?? '';
    if (!PULL_REQUEST_EVENTS.includes(name))
        return { name, repository };
    const payload = await readPayload(env.GITHUB_EVENT_PATH);
    return { name, repository, pullRequest: pullRequestOf(payload, name) };
}
async function readPayload(file) {
    if (!file)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL('GITHUB_EVENT_PATH is not set, so the pull request cannot be read.');
    try {
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`The event payload at ${file} cannot be read as JSON.`);
    }
}
function pullRequestOf(payload, event) {
    const pr = payload?.pull_request;
    const base = pr?.base;
    const head = pr?.head;
    const number = pr?.number;
    if (typeof number !== 'number' || typeof base?.sha !== 'string' || typeof head?.sha !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`The ${event} event payload has no pull_request with a number and base and head commits.`);
    }
    const baseRepo = typeof base.repo?.full_name === 'string' ? base.repo.full_name : '';
    // A deleted fork has no head repo; treat it as a fork.
    const headRepo = typeof head.repo?.full_name === 'string' ? head.repo.full_name : '';
    const labels = Array.isArray(pr?.labels)
        ? pr.labels.map((l) => l?.name).filter((n) => typeof n === 'string')
        : [];
    return { number, baseSha: base.sha, headSha: head.sha, baseRepo, headRepo, labels };
}
function isFork(pr) {
    return pr.headRepo === '' || pr.headRepo.toLowerCase() !== pr.baseRepo.toLowerCase();
}


/***/ }),

/***/ 1121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ openOrg)
/* harmony export */ });
/* harmony import */ var _genesys_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6903);
/* harmony import */ var _genesys_clock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4032);
/* harmony import */ var _genesys_regions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7119);
/* harmony import */ var _genesys_transport_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4208);




function openOrg(access, deps) {
    return new _genesys_client_js__WEBPACK_IMPORTED_MODULE_0__/* .GenesysClient */ .cU({
        endpoints: (0,_genesys_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveEndpoints */ .$K)(access),
        credentials: access.credentials,
        transport: deps.transport ?? (0,_genesys_transport_js__WEBPACK_IMPORTED_MODULE_3__/* .undiciTransport */ .iL)(),
        redactor: deps.redactor,
        clock: deps.clock ?? _genesys_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .systemClock */ .m,
        rateLimitPerMinute: access.rateLimitPerMinute,
    });
}


/***/ }),

/***/ 9591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hc: () => (/* binding */ EXCEPTION_IDS),
/* harmony export */   O4: () => (/* binding */ RESERVED_IDS),
/* harmony export */   PD: () => (/* binding */ CLIENT_REF_IDS),
/* harmony export */   ap: () => (/* binding */ DESIRED_STATE_IDS)
/* harmony export */ });
// Ids of the findings that come from the policy's structure rather than from a rule:
// the approved-client list, the exceptions, and entries whose client reference does not
// name one client. Rules may not use them; exceptions may name the desired-state ones
// (to accept, say, a client not yet listed), never the others.
const DESIRED_STATE_IDS = {
    unknown: 'unknown-client',
    missing: 'missing-client',
    drift: 'client-drift',
};
const EXCEPTION_IDS = {
    expired: 'expired-exception',
    stale: 'stale-exception',
    tooLong: 'exception-too-long',
};
/** A policy entry naming a client that several clients match, or a pinned id whose name changed. */
const CLIENT_REF_IDS = {
    ambiguous: 'ambiguous-client',
    renamed: 'renamed-client',
};
const RESERVED_IDS = new Set([
    ...Object.values(DESIRED_STATE_IDS),
    ...Object.values(EXCEPTION_IDS),
    ...Object.values(CLIENT_REF_IDS),
]);


/***/ }),

/***/ 8992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jZ: () => (/* binding */ sanitizeText),
/* harmony export */   wL: () => (/* binding */ charCount)
/* harmony export */ });
/* unused harmony export truncate */
// Untrusted text (client names, descriptions, API messages) made safe for one line of a
// log or message: no control characters, no bidi overrides, bounded length.
// C0/C1 controls (newlines included), bidi embeddings/overrides/isolates, zero-width joiners.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b\u200c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
// The same class without the global flag: a test that keeps no state between calls.
const HAS_UNSAFE = new RegExp(UNSAFE.source);
// A UTF-16 unit that is half of a character (or a lone half, which counts as one).
const SURROGATE = /[\ud800-\udfff]/;
function sanitizeText(text, maxLength = 200) {
    // Most text has nothing to remove (`\r` and `\n` are among UNSAFE): one scan, no copies.
    const clean = (HAS_UNSAFE.test(text) ? text.replace(/\r\n?/g, '\n').replace(UNSAFE, (ch) => (ch === '\n' || ch === '\r' || ch === '\t' ? ' ' : '')) : text).trim();
    return truncate(clean, maxLength);
}
/** Characters as a reader counts them (a surrogate pair is one); a plain length for most text. */
function charCount(text) {
    return SURROGATE.test(text) ? Array.from(text).length : text.length;
}
function truncate(text, maxLength) {
    // No more UTF-16 units than allowed characters: it fits, whatever it holds (no count needed).
    if (text.length <= maxLength)
        return text;
    // Without surrogates every unit is a character: cut by index, no array of characters.
    if (!SURROGATE.test(text))
        return `${text.slice(0, Math.max(1, maxLength - 1))}…`;
    const chars = Array.from(text);
    return chars.length <= maxLength ? text : `${chars.slice(0, Math.max(1, maxLength - 1)).join('')}…`;
}


/***/ })

};

//# sourceMappingURL=878.index.js.map