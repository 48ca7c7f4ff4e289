export const id = 763;
export const ids = [763];
export const modules = {

/***/ 5763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  act: () => (/* binding */ act)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/audit.ts + 33 modules
var audit = __webpack_require__(4912);
// EXTERNAL MODULE: ./src/github/event.ts
var github_event = __webpack_require__(5015);
// EXTERNAL MODULE: ./src/action/inputs.ts + 3 modules
var action_inputs = __webpack_require__(3090);
// EXTERNAL MODULE: ./src/action/report.ts + 3 modules
var report = __webpack_require__(358);
// EXTERNAL MODULE: ./src/genesys/regions.ts
var regions = __webpack_require__(7119);
// EXTERNAL MODULE: ./src/render/model.ts + 3 modules
var render_model = __webpack_require__(9430);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/render/org.ts
// Which org a report is about. The inventory carries no org id (the audit reads no org
// endpoint), so the org is named by what every run of it shares: the API host and the
// auditing client, which belongs to exactly one org. The key is a hash, so the auditing
// client's id never appears in a report; it changes if the auditing client is replaced.

function orgRef(apiBaseUrl, auditingClientId) {
    const host = new URL(apiBaseUrl).host.toLowerCase();
    const key = (0,external_node_crypto_.createHash)('sha256').update(`${host}\u0000${auditingClientId}`).digest('hex').slice(0, 16);
    return { host, key };
}

// EXTERNAL MODULE: ./src/render/summary.ts + 1 modules
var summary = __webpack_require__(6399);
// EXTERNAL MODULE: ./src/evaluate/findings.ts
var findings = __webpack_require__(7825);
// EXTERNAL MODULE: ./src/genesys/token.ts
var token = __webpack_require__(551);
// EXTERNAL MODULE: ./src/policy/load.ts + 15 modules
var load = __webpack_require__(905);
;// CONCATENATED MODULE: ./src/action/act.ts
// The action once its inputs are read: an audit (schedule, push, workflow_dispatch) or the
// pull-request gate → job summary, annotations, outputs → pass or fail. Loaded by main.ts
// while the token exchange it started is in flight.












/** `audit`: the scheduled audit main.ts started, when it could (it has the org's client). */
async function act(begun, env, redactor, audit) {
    redactor.onSecret((s) => core/* setSecret */.Pq(s));
    try {
        if ('failure' in begun)
            throw begun.failure;
        const { inputs, org: client } = begun;
        if (inputs.merge) {
            await runMerge(inputs.merge, env.workspace);
            return;
        }
        const event = await (0,github_event/* readRunEvent */.Eg)(env.env);
        if (event.pullRequest) {
            // Loaded only for pull requests: Octokit and the gate are half the bundle, and every
            // scheduled run would pay to compile them before its first request.
            const { runPullRequestGate } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(810)]).then(__webpack_require__.bind(__webpack_require__, 810));
            await runPullRequestGate({
                inputs,
                event,
                pr: event.pullRequest,
                workspace: env.workspace,
                redactor,
                githubApiUrl: env.env.GITHUB_API_URL,
                now: () => new Date(),
            });
        }
        else {
            await runScheduledAudit(inputs, redactor, env, client, audit);
        }
    }
    catch (err) {
        begun.org?.cancel();
        await (0,report/* reportFailure */.xV)(err, redactor);
    }
}
/** Schedule, push, workflow_dispatch: the org against the policy as it is. */
async function runScheduledAudit(inputs, redactor, env, client, started) {
    // Without credentials the policy is still checked, so its problems are reported either way.
    if (!inputs.credentials)
        await (0,load/* loadPolicyFile */.n$)(inputs.audit.policyPath, inputs.audit.policyDisplayPath);
    const credentials = (0,action_inputs/* requireCredentials */.uR)(inputs.credentials);
    const result = await (started ?? (0,audit.runAudit)({ ...inputs.audit, credentials }, { redactor, api: client }));
    const { apiBaseUrl } = (0,regions/* resolveEndpoints */.$K)(inputs.audit);
    const org = orgRef(apiBaseUrl, (0,token/* auditingClientId */.qP)(credentials) ?? '');
    // Loaded after the audit: Octokit is a third of the bundle, and the first request to
    // Genesys Cloud must not wait for it to compile.
    const { openTracking, publishRun, rememberRun } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(71)]).then(__webpack_require__.bind(__webpack_require__, 7071));
    const tracking = openTracking({
        mode: inputs.tracking.issue,
        githubToken: inputs.gate.githubToken,
        apiHost: org.host,
        policyFile: inputs.audit.policyDisplayPath,
        reportKey: inputs.gate.reportKey,
        clientSecret: 'clientSecret' in credentials ? credentials.clientSecret : undefined,
        env: env.env,
    });
    const memory = await rememberRun(tracking, result.evaluation.findings, result.inventory);
    const { failOnNew } = inputs.tracking;
    const decisive = failOnNew ? memory.drift.newFindings : result.evaluation.findings;
    const passed = (0,findings/* passes */.WE)({ findings: decisive }, result.failOn);
    // One model for every view: summary, annotations, SARIF, JSON, CSV and the issue agree by construction.
    const model = (0,render_model/* buildReport */.FK)({ ...result, passed, decisive }, { org, rulesDocUrl: (0,report/* rulesDocUrl */.fu)(env.env), drift: { drift: memory.drift, failOnNew } });
    (0,report/* reportAudit */.so)(result, model, TRACKING_SLOTS);
    await (0,report/* writeReportFiles */.t4)(model, inputs.reports);
    await (0,report/* writeSummary */.Sy)((0,summary/* renderSummaryOf */.yd)(model));
    core/* setOutput */.uH('new-findings', memory.drift.newFindings.length);
    core/* setOutput */.uH('resolved-findings', memory.drift.resolved.length);
    await publishRun(memory, model, result.policy, result.inventory, result.evaluation.findings);
    (0,report/* reportVerdict */.Ki)(model);
}
/** The verdict, and room for the tracking issue's warning and the baseline's notice. */
const TRACKING_SLOTS = { error: 1, warning: 2, notice: 3 };
/** `merge-reports`: the matrix's fan-in, one summary for every org. */
async function runMerge(merge, workspace) {
    // A fan-in job only: the report schema's validator is not for every audit to load.
    const [{ mergeReports }, { readReports }, { renderFanIn }] = await Promise.all([
        __webpack_require__.e(/* import() */ 855).then(__webpack_require__.bind(__webpack_require__, 7855)),
        Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(769)]).then(__webpack_require__.bind(__webpack_require__, 8769)),
        __webpack_require__.e(/* import() */ 417).then(__webpack_require__.bind(__webpack_require__, 7417)),
    ]);
    const merged = mergeReports(await readReports(merge.patterns, workspace), merge.expected);
    await (0,report/* writeSummary */.Sy)(renderFanIn(merged));
    core/* setOutput */.uH('passed', String(merged.passed));
    const failing = merged.orgs.filter((o) => !o.passed).length;
    core/* info */.pq(`Merged ${merged.orgs.length} reports: ${failing} orgs fail${merged.problems.length ? `; ${merged.problems.length} problems` : ''}.`);
    for (const p of merged.problems.slice(0, 9))
        core/* error */.z3(p);
    if (!merged.passed)
        core/* setFailed */.C1(merged.problems.length
            ? `The merge failed: ${merged.problems[0]}`
            : `${failing} of ${merged.orgs.length} orgs fail the OAuth client policy (see the job summary).`);
}


/***/ }),

/***/ 358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fz: () => (/* binding */ annotate),
  so: () => (/* binding */ reportAudit),
  xV: () => (/* binding */ reportFailure),
  Ki: () => (/* binding */ reportVerdict),
  fu: () => (/* binding */ rulesDocUrl),
  t4: () => (/* binding */ writeReportFiles),
  Sy: () => (/* binding */ writeSummary)
});

// UNUSED EXPORTS: GATE_SLOTS

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/policy/errors.ts
var policy_errors = __webpack_require__(4795);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/render/annotations.ts

const MAX_ANNOTATIONS_PER_LEVEL = 10;
/** The slots a run keeps: one error for the failure message, one notice for a passing verdict. */
const VERDICT_SLOTS = { error: 1, notice: 1 };
/** Everything of a run worth pointing at, most important first, capped per level. */
function runAnnotations(m, reserved = VERDICT_SLOTS) {
    const all = [
        ...m.notices.map((n) => written({ level: 'warning', title: '', message: (0,render_escape/* inert */.tJ)(n, 1000) })),
        ...pendingFindings(m),
        ...m.policyWarnings.map((w) => written({ level: 'warning', title: 'Policy warning', message: (0,render_escape/* inert */.tJ)(w.message), location: w.location })),
        ...m.skipped.map((s) => written({ level: 'notice', title: `${(0,render_escape/* inert */.tJ)(s.ruleId, 80)} skipped`, message: (0,render_escape/* inert */.tJ)(s.reason), location: s.location })),
    ];
    return capped(all, reserved);
}
/** The verdict: an error when the run fails (the step's failure message), else a notice. */
function verdictAnnotation(m) {
    const c = m.counts;
    const counts = `${c.error} errors, ${c.warning} warnings, ${c.notice} notices, ${m.accepted.length} accepted by exceptions`;
    if (!m.passed) {
        return {
            level: 'error',
            title: 'OAuth policy failed',
            message: `${m.failing} finding${m.failing === 1 ? '' : 's'} at or above fail-on "${m.failOn}" (${counts}; see the job summary).`,
        };
    }
    return { level: 'notice', title: 'OAuth policy passed', message: `No finding reaches fail-on "${m.failOn}" (${counts}).` };
}
function written(a) {
    return { level: a.level, location: a.location, write: () => a };
}
/** One per hit on the rule's own line, one per rule folded on the shared `extends` line. */
function pendingFindings(m) {
    const out = [];
    const folded = new Map();
    for (const h of m.hits) {
        if (!h.rule.atExtends) {
            out.push({ level: h.severity, location: h.location, write: () => hitAnnotation(h) });
            continue;
        }
        const list = folded.get(h.rule.id);
        if (list)
            list.push(h);
        else
            folded.set(h.rule.id, [h]);
    }
    for (const hits of folded.values())
        out.push({ level: levelOf(hits), location: hits[0].rule.location, write: () => ruleAnnotation(hits) });
    return out;
}
function hitAnnotation(h) {
    const who = h.client ? `${(0,render_escape/* inert */.tJ)(h.client.label, 80)} (${(0,render_escape/* inert */.tJ)(h.client.id, 60)}, ${h.client.grantType}): ` : '';
    const items = h.items.length > 1
        ? ` ${h.items.length} items: ${h.items
            .slice(0, 5)
            .map((i) => (0,render_escape/* inert */.tJ)(i, 100))
            .join(', ')}${h.items.length > 5 ? ', …' : ''}${via(h)}.`
        : '';
    return { level: h.severity, title: h.rule.id, message: `${who}${(0,render_escape/* inert */.tJ)(h.message)}${items}`, location: h.location };
}
function via(h) {
    return h.holders.length
        ? ` through ${h.holders
            .slice(0, 3)
            .map((r) => (0,render_escape/* inert */.tJ)(r, 100))
            .join(', ')}${h.holders.length > 3 ? ', …' : ''}`
        : '';
}
/** A built-in rule without its own line: once on the `extends` line, with the clients counted. */
function ruleAnnotation(hits) {
    const first = hits[0];
    const level = levelOf(hits);
    const names = hits.slice(0, 3).map((h) => (h.client ? `${(0,render_escape/* inert */.tJ)(h.client.label, 60)} (${(0,render_escape/* inert */.tJ)(h.client.id, 60)})` : 'the org'));
    const more = hits.length - names.length;
    const n = hits.length;
    return {
        level,
        title: `${first.rule.id}: ${n} client${n === 1 ? '' : 's'}`,
        message: `${(0,render_escape/* inert */.tJ)(first.rule.description)} ${n} client${n === 1 ? '' : 's'}: ${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`,
        location: first.rule.location,
    };
}
function levelOf(hits) {
    return hits.some((h) => h.severity === 'error') ? 'error' : hits.some((h) => h.severity === 'warning') ? 'warning' : 'notice';
}
/**
 * At most MAX_ANNOTATIONS_PER_LEVEL per level counting `reserved`; when some do not fit, the
 * last slot says how many more there are and where to find them.
 */
function capPerLevel(annotations, reserved = {}) {
    return capped(annotations.map(written), reserved);
}
/** capPerLevel over pending annotations: only those shown are written. */
function capped(pending, reserved) {
    const out = [];
    for (const level of ['error', 'warning', 'notice']) {
        const room = Math.max(1, MAX_ANNOTATIONS_PER_LEVEL - (reserved[level] ?? 0));
        const ofLevel = pending.filter((a) => a.level === level);
        const shown = ofLevel.length > room ? ofLevel.slice(0, room - 1) : ofLevel;
        for (const a of shown)
            out.push(a.write());
        const hidden = ofLevel.length - shown.length;
        if (hidden > 0) {
            out.push({
                level,
                title: `${hidden} more ${level} annotations`,
                message: `${hidden} more ${level}s are in the job summary (GitHub shows at most ${MAX_ANNOTATIONS_PER_LEVEL} annotations of each level per step).`,
                location: ofLevel[shown.length]?.location,
            });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/inventory/types.ts
var types = __webpack_require__(7969);
;// CONCATENATED MODULE: ./src/render/csv.ts
// The inventory as CSV for people who live in spreadsheets: one row per client with what it
// can do and what the audit found. RFC 4180 (CRLF, quotes doubled, fields with a comma, quote
// or line break quoted); a cell that a spreadsheet would run as a formula (starting with
// = + - @, tab or carriage return) is prefixed with an apostrophe, as OWASP advises.
// A cell starting with `:` or `#` is quoted, so no line of the file is a workflow command.


const CSV_COLUMNS = [
    'id',
    'name',
    'description',
    'grant_type',
    'state',
    'roles',
    'scopes',
    'redirect_uris',
    'token_lifetime_seconds',
    'date_created',
    'date_modified',
    'last_used',
    'errors',
    'warnings',
    'notices',
    'rules',
];
function renderInventoryCsv(m) {
    const byClient = new Map();
    for (const h of m.hits) {
        if (!h.client)
            continue;
        let tally = byClient.get(h.client.id);
        if (!tally)
            byClient.set(h.client.id, (tally = { error: 0, warning: 0, notice: 0, rules: new Set() }));
        tally[h.severity] += h.findings.length;
        tally.rules.add(h.rule.id);
    }
    const rows = m.clients.map((c) => {
        const t = byClient.get(c.id);
        return [
            c.id,
            c.name,
            c.description,
            c.grantType === 'unknown' ? c.apiGrantType : c.grantType,
            c.apiState,
            roles(c),
            c.scopes.join('; '),
            c.redirectUris.join('; '),
            String(c.tokenLifetimeSeconds),
            c.dateCreated ?? '',
            c.dateModified ?? '',
            c.lastUsed === undefined ? '' : (c.lastUsed ?? 'none in window'),
            String(t?.error ?? 0),
            String(t?.warning ?? 0),
            String(t?.notice ?? 0),
            [...(t?.rules ?? [])].join('; '),
        ];
    });
    return [[...CSV_COLUMNS], ...rows].map((r) => `${r.map(csvCell).join(',')}\r\n`).join('');
}
function roles(c) {
    return c.roleGrants.map((g) => `${g.roleName} (${g.divisionId === types/* ALL_DIVISIONS */.hJ ? 'all divisions' : g.divisionName})`).join('; ');
}
function csvCell(value) {
    const formulaSafe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    // A line break inside a quoted cell starts a new line of the file: that line may not be a command either.
    const safe = formulaSafe.replace(/(\r\n|\r|\n)([^\r\n]*)/g, (_m, br, rest) => br + (0,render_escape/* noCommand */.hh)(rest));
    // Quoted also when a line could start with it as a workflow command (`::`, `##[`).
    return /[",\r\n]|^[:#]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// EXTERNAL MODULE: ./src/render/json.ts
var json = __webpack_require__(5104);
// EXTERNAL MODULE: ./src/render/model.ts + 3 modules
var render_model = __webpack_require__(9430);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/policy/packs/nhi.ts
var nhi = __webpack_require__(9138);
;// CONCATENATED MODULE: ./src/render/sarif.ts
// SARIF 2.1.0 for GitHub code scanning: one result per client × rule, located on the policy
// line that produced it. `partialFingerprints` (org + client id + rule id) let code scanning
// follow an alert across runs and close it when it is fixed; `automationDetails.id` names
// the org, so a matrix over several orgs uploads one category each.






const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub keeps at most 25,000 results per run; the riskiest come first. */
const MAX_SARIF_RESULTS = 25_000;
const FINGERPRINT_KEY = 'orgClientRule/v1';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/** GitHub's bands: critical ≥ 9, high ≥ 7, medium ≥ 4, low > 0. */
const SECURITY_SEVERITY = { error: '8.0', warning: '5.0', notice: '2.0' };
function renderSarif(m, opts = {}) {
    const rules = (0,render_model/* reportedRules */.rj)(m);
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const orgKey = m.org?.key ?? 'unknown-org';
    const hits = m.hits.slice(0, MAX_SARIF_RESULTS);
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: m.tool.name,
                        informationUri: 'https://github.com/genesys-oauth-policy/action',
                        ...(opts.toolVersion && /^\d+\.\d+\.\d+/.test(opts.toolVersion) ? { semanticVersion: opts.toolVersion } : {}),
                        rules: rules.map(sarifRule),
                    },
                },
                automationDetails: { id: `${m.tool.name}/${m.org ? `${m.org.host}-${orgKey}` : orgKey}/` },
                results: hits.map((h) => sarifResult(h, index.get(h.rule.id) ?? 0, orgKey)),
                properties: { passed: m.passed, failOn: m.failOn, truncated: m.hits.length > hits.length, results: m.hits.length },
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
function sarifRule(r) {
    const description = (0,render_escape/* inert */.tJ)(r.description, 1000) || r.id;
    const why = r.rationale ? (0,render_escape/* inert */.tJ)(r.rationale, 2000) : '';
    const fix = r.fix ? (0,render_escape/* inert */.tJ)(r.fix, 2000) : '';
    const text = [description, why && `Why: ${why}`, fix && `Fix: ${fix}`].filter(Boolean).join('\n\n');
    const owasp = r.nhi.map(nhi/* nhiLabel */.wf).join('; ');
    const markdown = [
        (0,render_escape.md)(r.description, 1000),
        r.rationale && `**Why it matters.** ${(0,render_escape.md)(r.rationale, 2000)}`,
        r.fix && `**Fix.** ${(0,render_escape.md)(r.fix, 2000)}`,
        owasp && `**OWASP Non-Human Identities Top 10.** ${owasp}`,
    ]
        .filter(Boolean)
        .join('\n\n');
    return {
        id: r.id,
        name: pascal(r.id),
        shortDescription: { text: description },
        fullDescription: { text: [description, why].filter(Boolean).join(' ') },
        help: { text, markdown: markdown || (0,render_escape.md)(r.id, 100) },
        ...(r.docsUrl ? { helpUri: r.docsUrl } : {}),
        defaultConfiguration: { level: LEVEL[r.severity] },
        properties: {
            'security-severity': SECURITY_SEVERITY[r.severity],
            precision: 'very-high',
            'problem.severity': r.severity === 'notice' ? 'recommendation' : r.severity,
            tags: ['security', ...(r.category ? [r.category] : []), r.builtIn ? 'built-in' : 'policy', ...nhiTags(r)],
        },
    };
}
/** `owasp-nhi` and one `NHI5:2025` per risk, for built-in rules (the mapping of src/policy/packs/nhi.ts). */
function nhiTags(r) {
    return r.nhi.length ? ['owasp-nhi', ...r.nhi.map((risk) => `${risk}:2025`)] : [];
}
function sarifResult(h, ruleIndex, orgKey) {
    const who = h.client ? `${(0,render_escape/* inert */.tJ)(h.client.label, 120)} (${(0,render_escape/* inert */.tJ)(h.client.id, 80)}, ${h.client.grantType})` : 'The org';
    const items = h.items.length > 1
        ? ` Items (${h.items.length}): ${h.items
            .slice(0, 20)
            .map((i) => (0,render_escape/* inert */.tJ)(i, 120))
            .join(', ')}${h.items.length > 20 ? ', …' : ''}${h.holders.length
            ? ` through ${h.holders
                .slice(0, 10)
                .map((r) => (0,render_escape/* inert */.tJ)(r, 120))
                .join(', ')}`
            : ''}.`
        : '';
    return {
        ruleId: h.rule.id,
        ruleIndex,
        level: LEVEL[h.severity],
        message: { text: `${who}: ${(0,render_escape/* inert */.tJ)(h.message, 500)}${items}` },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: artifact(h.location.file),
                    region: { startLine: Math.max(1, h.location.line), startColumn: Math.max(1, h.location.column) },
                },
            },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(orgKey, h.client?.id ?? '', h.rule.id) },
        properties: {
            ...(h.client ? { clientId: h.client.id, clientName: h.client.name, grantType: h.client.grantType } : {}),
            items: h.items,
            holders: h.holders,
            findings: h.findings.length,
        },
    };
}
/** Repository-relative when the policy is in the workspace (code scanning needs that), else a file URI. */
function artifact(file) {
    return external_node_path_default().isAbsolute(file) ? { uri: (0,external_node_url_.pathToFileURL)(file).href } : { uri: encodeURI(file), uriBaseId: '%SRCROOT%' };
}
function fingerprint(orgKey, clientId, ruleId) {
    return (0,external_node_crypto_.createHash)('sha256').update([orgKey, clientId, ruleId].join('\u0000')).digest('hex').slice(0, 32);
}
function pascal(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join('');
}

// EXTERNAL MODULE: ./src/render/summary.ts + 1 modules
var summary = __webpack_require__(6399);
;// CONCATENATED MODULE: ./src/action/report.ts
// What the action tells the runner: annotations, the job summary, report files, outputs,
// and the failure of the step. Every audit result and every failure goes through here, so
// the views agree.












/**
 * Slots the pull-request gate keeps for itself: its failure message, and up to three warnings
 * (live evaluation skipped, comment skipped, base policy invalid).
 */
const GATE_SLOTS = { error: 1, warning: 3, notice: 1 };
/** Log lines, annotations and counts of an audit; the summary and verdict are the caller's. */
function reportAudit(result, model = (0,render_model/* buildReport */.FK)(result), reserved = GATE_SLOTS) {
    const { evaluation, inventory } = result;
    core/* info */.pq(`Audited ${inventory.clients.length} OAuth clients against ${result.policy.rules.length} rules: ${evaluation.findings.length} findings, ${evaluation.accepted.length} accepted by exceptions.`);
    if (result.api)
        core/* info */.pq(`Genesys Cloud requests: ${result.api.requests} (${result.api.throttled} rate-limited, ${result.api.retries} retries).`);
    for (const a of runAnnotations(model, reserved))
        annotate(a);
    core/* setOutput */.uH('findings', evaluation.findings.length);
    core/* setOutput */.uH('errors', evaluation.counts.error);
    core/* setOutput */.uH('warnings', evaluation.counts.warning);
    core/* setOutput */.uH('notices', evaluation.counts.notice);
}
/** The verdict, in the slot runAnnotations keeps for it: the step's failure, or a notice. */
function reportVerdict(model) {
    core/* setOutput */.uH('passed', String(model.passed));
    const verdict = verdictAnnotation(model);
    if (verdict.level === 'error')
        core/* setFailed */.C1(verdict.message);
    else
        annotate(verdict);
}
/** Writes the report files asked for and sets an output with each path. */
async function writeReportFiles(model, files, toolVersion) {
    const outputs = [
        ['sarifFile', 'sarif-file', () => renderSarif(model, { toolVersion })],
        ['reportFile', 'report-file', () => (0,json/* renderJson */.hF)(model, { toolVersion })],
        ['inventoryCsv', 'inventory-csv', () => renderInventoryCsv(model)],
    ];
    for (const [key, output, render] of outputs) {
        const file = files[key];
        if (!file)
            continue;
        try {
            await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
            await (0,promises_.writeFile)(file, render());
        }
        catch (err) {
            throw new errors/* ConfigError */.xL(`Could not write \`${output}\` to ${file} (${err.code ?? err.message}): check that the path is a file in a writable directory.`);
        }
        core/* setOutput */.uH(output, file);
    }
}
/** Where built-in rule ids link: this action's own docs at the ref the workflow uses. */
function rulesDocUrl(env) {
    const repo = env.GITHUB_ACTION_REPOSITORY;
    const ref = env.GITHUB_ACTION_REF;
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    if (!repo || !ref || !/^[\w.-]+\/[\w.-]+$/.test(repo) || !/^[\w./-]+$/.test(ref) || !/^https:\/\/[\w.-]+(:\d+)?$/.test(server))
        return render_model/* DEFAULT_RULES_DOC_URL */.x8;
    return `${server}/${repo}/blob/${ref}/docs/rules.md`;
}
async function reportFailure(err, redactor) {
    core/* setOutput */.uH('passed', 'false');
    if (err instanceof policy_errors/* PolicyError */.p) {
        const problems = err.problems.map((p) => ({ level: 'error', title: 'Invalid policy', message: p.message, location: p.location }));
        // Every problem in the log (annotations and the summary are capped), none a command.
        for (const p of err.problems)
            core/* info */.pq((0,render_escape/* noCommand */.hh)((0,render_escape/* plain */.pj)(`${p.location.file}:${p.location.line}:${p.location.column}: ${p.message}`, 2000)));
        for (const a of capPerLevel(problems, { error: 1 }))
            annotate(a);
        await writeSummary((0,summary/* renderFailureSummary */.Fr)('the policy file is invalid', err.problems.map((p) => `${p.location.file}:${p.location.line}:${p.location.column}: ${p.message}`)));
        core/* setFailed */.C1(`The policy file is invalid (${err.problems.length} problem${err.problems.length === 1 ? '' : 's'}); see the annotations and the job summary.`);
        return;
    }
    if (err instanceof errors/* UserError */.yo) {
        const message = redactor.redact(err.message);
        await writeSummary((0,summary/* renderFailureSummary */.Fr)('the audit could not run', [message]));
        core/* setFailed */.C1((0,render_escape/* plain */.pj)(message, 2000));
        return;
    }
    // A bug: keep the stack for us, but never a secret.
    const text = redactor.redact(err instanceof Error ? (err.stack ?? err.message) : String(err));
    core/* setFailed */.C1(`Unexpected error (please report it): ${text}`);
}
function annotate(a) {
    const title = a.title ? { title: (0,render_escape/* plain */.pj)(a.title, 200) } : {};
    const props = a.location ? { ...title, file: a.location.file, startLine: a.location.line, startColumn: a.location.column } : title;
    if (a.level === 'error')
        core/* error */.z3(a.message, props);
    else if (a.level === 'warning')
        core/* warning */.$e(a.message, props);
    else
        core/* notice */.lm(a.message, props);
}
/** The CLI path has no GITHUB_STEP_SUMMARY; then the summary is skipped, not an error. */
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await core/* summary */.z.addRaw(markdown, true).write();
}


/***/ }),

/***/ 9138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ NHI_RISKS),
/* harmony export */   dy: () => (/* binding */ RULE_NHI),
/* harmony export */   wf: () => (/* binding */ nhiLabel)
/* harmony export */ });
// The OWASP Top 10 Non-Human Identities Risks (2025), and which of them each built-in rule
// guards against, with the references the rule rests on. Shown in docs/rules.md, the job
// summary and SARIF tags; a test keeps a mapping for every built-in rule.
// Source: https://owasp.org/www-project-non-human-identities-top-10/2025/top-10-2025
const NHI_RISKS = {
    NHI1: {
        title: 'Improper Offboarding',
        coverage: 'Unused, disabled and undescribed clients (nobody can say who owns them) are reported; the approved-client list reports clients nobody listed.',
    },
    NHI2: {
        title: 'Secret Leakage',
        coverage: 'Not visible: the API never returns where a client secret is stored, and this tool drops secrets on arrival. Use secret scanning in your repositories.',
    },
    NHI3: {
        title: 'Vulnerable Third-Party NHI',
        coverage: "Partly: clients that can manage integrations are reported; which clients a vendor holds is knowledge the policy's approved-client list records.",
    },
    NHI4: { title: 'Insecure Authentication', coverage: 'Deprecated grants (implicit, password), unknown grant types and unsafe redirect URIs are reported.' },
    NHI5: {
        title: 'Overprivileged NHI',
        coverage: "Roles × permissions × divisions of client-credentials clients and the scopes of user-facing apps are checked against the pack's deny lists and your own rules.",
    },
    NHI6: {
        title: 'Insecure Cloud Deployment Configurations',
        coverage: 'Not visible: how pipelines hold and use the credentials is outside the Genesys Cloud API.',
    },
    NHI7: { title: 'Long-Lived Secrets', coverage: 'Partly: token lifetimes are checked. The API does not report when a client secret was last rotated.' },
    NHI8: { title: 'Environment Isolation', coverage: 'Not visible from one org: run the action per org (a matrix) and keep one policy per environment.' },
    NHI9: {
        title: 'NHI Reuse',
        coverage: "Partly: duplicate client names are reported. Which applications share one client's credentials is not visible through the API.",
    },
    NHI10: { title: 'Human Use of NHI', coverage: 'Not visible: usage is reported per client, not per person behind a request.' },
};
const OVERPRIVILEGED = { nhi: ['NHI5'], references: ['OWASP NHI5:2025 Overprivileged NHI'] };
const DATA = {
    nhi: ['NHI5'],
    references: ['OWASP NHI5:2025 Overprivileged NHI', 'Genesys Cloud roles and permissions: grant the least a client needs'],
};
const RFC9700 = 'RFC 9700 (OAuth 2.0 Security Best Current Practice)';
/** Built-in rule id → the NHI risks it guards against and what it rests on. */
const RULE_NHI = {
    'cc-can-edit-roles-or-grants': OVERPRIVILEGED,
    'cc-can-manage-oauth-clients': OVERPRIVILEGED,
    'cc-can-manage-sso': OVERPRIVILEGED,
    'cc-can-take-over-accounts': OVERPRIVILEGED,
    'cc-can-manage-integrations': { nhi: ['NHI5', 'NHI3'], references: ['OWASP NHI5:2025 Overprivileged NHI', 'OWASP NHI3:2025 Vulnerable Third-Party NHI'] },
    'cc-wildcard-permissions': OVERPRIVILEGED,
    'cc-all-divisions': OVERPRIVILEGED,
    'user-apps-admin-scopes': OVERPRIVILEGED,
    'cc-recording-access': DATA,
    'cc-conversation-content': DATA,
    'cc-bulk-analytics': DATA,
    'cc-customer-personal-data': DATA,
    'user-apps-broad-data-scopes': DATA,
    'no-implicit-grant': { nhi: ['NHI4'], references: ['OWASP NHI4:2025 Insecure Authentication', `${RFC9700} §2.1.2: the implicit grant should not be used`] },
    'no-password-grant': { nhi: ['NHI4'], references: ['OWASP NHI4:2025 Insecure Authentication', `${RFC9700} §2.4: the password grant must not be used`] },
    'known-grant-type': { nhi: ['NHI4'], references: ['OWASP NHI4:2025 Insecure Authentication'] },
    'token-lifetime-24h': { nhi: ['NHI7'], references: ['OWASP NHI7:2025 Long-Lived Secrets', 'RFC 6819 §5.1.5.3: use a short expiration time for tokens'] },
    'redirect-uri-https': {
        nhi: ['NHI4'],
        references: [
            'OWASP NHI4:2025 Insecure Authentication',
            'RFC 6749 §3.1.2.1: redirect endpoints should require TLS',
            'RFC 8252 §7.3: loopback redirects for native apps',
        ],
    },
    'redirect-uri-no-wildcard': { nhi: ['NHI4'], references: ['OWASP NHI4:2025 Insecure Authentication', `${RFC9700} §2.1: exact redirect URI matching`] },
    'redirect-uri-no-ip-literal': { nhi: ['NHI4'], references: ['OWASP NHI4:2025 Insecure Authentication', 'RFC 8252 §8.3: loopback redirect considerations'] },
    'unused-client': { nhi: ['NHI1'], references: ['OWASP NHI1:2025 Improper Offboarding'] },
    'disabled-clients-left-behind': { nhi: ['NHI1'], references: ['OWASP NHI1:2025 Improper Offboarding'] },
    'client-description': { nhi: ['NHI1'], references: ['OWASP NHI1:2025 Improper Offboarding: an NHI nobody can attribute is never offboarded'] },
    'duplicate-client-names': { nhi: ['NHI9', 'NHI1'], references: ['OWASP NHI9:2025 NHI Reuse', 'OWASP NHI1:2025 Improper Offboarding'] },
};
/** `NHI5:2025 Overprivileged NHI` */
function nhiLabel(risk) {
    return `${risk}:2025 ${NHI_RISKS[risk].title}`;
}


/***/ }),

/***/ 7789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QJ: () => (/* binding */ clientLabel),
/* harmony export */   hh: () => (/* binding */ noCommand),
/* harmony export */   md: () => (/* binding */ md),
/* harmony export */   pj: () => (/* binding */ plain),
/* harmony export */   tJ: () => (/* binding */ inert)
/* harmony export */ });
/* unused harmony export noCommands */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8992);
// Untrusted text (client names, descriptions, scopes, API messages) rendered into markdown,
// HTML or a terminal cannot change the structure around it: no table breaks, no links,
// no mentions, no HTML, no formatting, no control or bidi characters.

const MARKDOWN_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '|': '&#124;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '~': '&#126;',
    '[': '&#91;',
    ']': '&#93;',
    '(': '&#40;',
    ')': '&#41;',
    '\\': '&#92;',
    '#': '&#35;',
    '!': '&#33;',
    '@': '&#64;',
    ':': '&#58;',
    $: '&#36;',
};
// GitHub decodes entities before it finds mentions, issue references and autolinks (`&#64;`
// still mentions, `x&#64;y.com` still links), so those need a real break: a zero-width space
// after `@` and `#`, and inside `www.`.
const ZWSP = '\u200b';
/** Each character's replacement, the break after `@` and `#` included: one lookup per character replaced. */
const MARKDOWN_REPLACEMENTS = {
    ...MARKDOWN_ENTITIES,
    '@': `${MARKDOWN_ENTITIES['@']}${ZWSP}`,
    '#': `${MARKDOWN_ENTITIES['#']}${ZWSP}`,
};
/** Whether md has anything to replace: one test instead of two replacements for most names and ids. */
const MD_SPECIAL = /[&<>"'|`*_~[\]()\\#!@:$]|www\./i;
/** Text for a markdown table cell or paragraph (one line, at most `maxLength` characters). */
function md(text, maxLength = 200) {
    const clean = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeText */ .jZ)(text, maxLength);
    if (!MD_SPECIAL.test(clean))
        return clean;
    return clean.replace(/(w)(ww\.)/gi, `$1${ZWSP}$2`).replace(/[&<>"'|`*_~[\]()\\#!@:$]/g, (ch) => MARKDOWN_REPLACEMENTS[ch] ?? ch);
}
/**
 * A line for a log or terminal that no runner reads as a workflow command: GitHub's runner
 * acts on lines starting (after blanks) with `::` or the legacy `##[`. The line keeps its
 * width: the last blank before the command, or its first character, becomes a visible `›`
 * (zero-width characters would hide text in a log).
 */
function noCommand(line) {
    const m = /^(\s*)(?=::|##\[)/.exec(line);
    if (!m)
        return line;
    const blanks = m[1] ?? '';
    return blanks ? `${blanks.slice(0, -1)}›${line.slice(blanks.length)}` : `›${line.slice(1)}`;
}
/** Every line of a text block through `noCommand`. */
function noCommands(text) {
    return text.split('\n').map(noCommand).join('\n');
}
/**
 * Plain text GitHub shows outside markdown (annotations, SARIF messages): one line, and no
 * mention, e-mail or web autolink can form. The breaks are visible look-alikes (＠, ․, ∕):
 * annotations are log lines too, where an invisible character would hide text.
 */
function inert(text, maxLength = 400) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeText */ .jZ)(text, maxLength)
        .replace(/@/g, '\uff20')
        .replace(/(www)\./gi, '$1\u2024')
        .replace(/:\/\//g, ':\u2215\u2215');
}
/** Text for one terminal line: control characters and escapes removed. */
function plain(text, maxLength = 200) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeText */ .jZ)(text, maxLength);
}
/** A client as readers see it: its name, or its id when the name is empty or only spaces. */
function clientLabel(client) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeText */ .jZ)(client.name, 10) ? client.name : `(unnamed client ${client.id})`;
}


/***/ }),

/***/ 5104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WI: () => (/* binding */ REPORT_SCHEMA_VERSION),
/* harmony export */   hF: () => (/* binding */ renderJson)
/* harmony export */ });
/* unused harmony exports REPORT_SCHEMA_ID, reportDocument */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9430);

const REPORT_SCHEMA_VERSION = 1;
const REPORT_SCHEMA_ID = 'https://github.com/genesys-oauth-policy/action/schemas/report.schema.json';
function renderJson(m, opts = {}) {
    return `${JSON.stringify(reportDocument(m, opts), null, 2)}\n`;
}
function reportDocument(m, opts = {}) {
    return {
        $schema: REPORT_SCHEMA_ID,
        schemaVersion: REPORT_SCHEMA_VERSION,
        tool: { name: m.tool.name, ...(opts.toolVersion ? { version: opts.toolVersion } : {}) },
        org: m.org ? { host: m.org.host, key: m.org.key } : null,
        policy: { file: m.policyFile, rules: m.rules.length },
        verdict: { passed: m.passed, failOn: m.failOn, failing: m.failing, counts: { ...m.counts }, accepted: m.accepted.length },
        fetchedAt: m.fetchedAt,
        usage: m.usage ? { days: m.usage.days, from: m.usage.from, to: m.usage.to } : null,
        rules: (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .reportedRules */ .rj)(m).map(rule),
        results: m.hits.map(result),
        accepted: m.accepted.map((a) => ({
            client: a.client ? client(a.client) : null,
            ruleId: a.ruleId,
            subject: a.subject ?? null,
            message: a.message,
            exception: { reason: a.reason, owner: a.owner, expires: a.expires, location: location(a.location) },
        })),
        skipped: m.skipped.map((s) => ({ ruleId: s.ruleId, reason: s.reason, location: location(s.location) })),
        policyWarnings: m.policyWarnings.map((w) => ({ message: w.message, location: location(w.location) })),
        notices: [...m.notices],
        inventory: m.clients.map(inventoryClient),
        drift: m.drift ? driftDocument(m.drift) : null,
    };
}
function driftDocument({ drift, failOnNew }) {
    const b = drift.baseline;
    return {
        baseline: b.kind,
        ...(b.kind !== 'ok' ? { reason: b.reason } : {}),
        since: b.kind === 'ok' ? b.state.at : null,
        failOnNew,
        approximate: drift.approximate,
        newFindings: drift.newFindings.length,
        resolvedFindings: drift.resolved.length,
        unchanged: drift.unchanged,
        new: drift.newFindings.map((f) => ({ ruleId: f.ruleId, clientId: f.client?.id ?? null, subject: f.subject ?? null, severity: f.severity })),
        resolved: drift.resolved.map((f) => ({ ruleId: f.rule, clientId: f.clientId, clientName: f.clientName, severity: f.severity })),
        newClients: drift.newClients ? drift.newClients.map((c) => ({ id: c.id, name: c.name })) : null,
        accessChanged: drift.accessChanged ? drift.accessChanged.map((c) => ({ ...c })) : null,
    };
}
function rule(r) {
    return {
        id: r.id,
        description: r.description,
        severity: r.severity,
        category: r.category ?? null,
        builtIn: r.builtIn,
        docsUrl: r.docsUrl ?? null,
        rationale: r.rationale ?? null,
        fix: r.fix ?? null,
        location: location(r.location),
    };
}
function result(h) {
    return {
        ruleId: h.rule.id,
        severity: h.severity,
        client: h.client ? client(h.client) : null,
        message: h.message,
        items: [...h.items],
        holders: [...h.holders],
        location: location(h.location),
        findings: h.findings.map((f) => ({ severity: f.severity, message: f.message, subject: f.subject ?? null, location: location(f.location) })),
    };
}
function client(c) {
    return {
        id: c.id,
        name: c.name,
        grantType: c.grantType,
        state: c.state,
        ...lastUsed(c.lastUsed),
        allDivisions: c.allDivisions,
        adminEquivalent: c.adminEquivalent,
    };
}
function inventoryClient(c) {
    return {
        id: c.id,
        name: c.name,
        description: c.description,
        grantType: c.grantType,
        apiGrantType: c.apiGrantType,
        state: c.state,
        apiState: c.apiState,
        scopes: [...c.scopes],
        roles: c.roleGrants.map((g) => ({ roleId: g.roleId, roleName: g.roleName, divisionId: g.divisionId, divisionName: g.divisionName })),
        permissions: c.permissions.map((p) => ({ permission: p.permission, roleName: p.roleName, divisionId: p.divisionId, divisionName: p.divisionName })),
        tokenLifetimeSeconds: c.tokenLifetimeSeconds,
        redirectUris: [...c.redirectUris],
        dateCreated: c.dateCreated ?? null,
        dateModified: c.dateModified ?? null,
        dateToDelete: c.dateToDelete ?? null,
        createdBy: c.createdBy ?? null,
        modifiedBy: c.modifiedBy ?? null,
        ...lastUsed(c.lastUsed),
    };
}
/** A day, `null` for no request in the usage window, absent when usage was not read. */
function lastUsed(day) {
    return day === undefined ? {} : { lastUsed: day };
}
function location(l) {
    return { file: l.file, line: l.line, column: l.column };
}


/***/ }),

/***/ 9430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  x8: () => (/* binding */ DEFAULT_RULES_DOC_URL),
  FK: () => (/* binding */ buildReport),
  rj: () => (/* binding */ reportedRules)
});

// UNUSED EXPORTS: TOOL_NAME

// EXTERNAL MODULE: ./src/evaluate/findings.ts
var evaluate_findings = __webpack_require__(7825);
// EXTERNAL MODULE: ./src/inventory/types.ts
var types = __webpack_require__(7969);
// EXTERNAL MODULE: ./src/policy/packs/index.ts + 1 modules
var packs = __webpack_require__(691);
// EXTERNAL MODULE: ./src/policy/packs/nhi.ts
var nhi = __webpack_require__(9138);
// EXTERNAL MODULE: ./src/policy/reserved-ids.ts
var reserved_ids = __webpack_require__(9591);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/render/hit.ts
const NO_HOLDERS = [];
/**
 * Its fields are declared, not class fields, so that a construction only assigns them (in
 * one order, one shape): class fields would each be defined first, by a call per hit, cold.
 */
class Hit {
    constructor(client, rule, severity, items, message, location, findings, holdings) {
        this.client = client;
        this.rule = rule;
        this.severity = severity;
        this.items = items;
        this.message = message;
        this.location = location;
        this.findings = findings;
        this.holdings = holdings;
        this.held = undefined;
    }
    /** The roles through which the client holds the items, distinct, in the items' order: read once the fold is done. */
    get holders() {
        return (this.held ??= this.holdings && this.items.length ? this.holdings.holdersOf(this.items) : NO_HOLDERS);
    }
}

// EXTERNAL MODULE: ./src/evaluate/checks/divisions.ts
var divisions = __webpack_require__(1741);
;// CONCATENATED MODULE: ./src/render/holders.ts
// Through which roles (and divisions) a client holds a permission: a hit's holders. A client
// holds a few role grants (one to three), whose permissions its record lists together, so
// the holders of any of its permissions are some of its few role labels, in the record's
// order. A permission therefore maps to a set of them (a bit mask), and each set's list is
// made once per client and shared by every hit that names it. The masks live in one table
// for the whole report, keyed by permission and written for one client at a time (the one
// being looked up), so that a client costs no map, and a permission no list, of its own.

/** Past this many role labels a client's masks would not stay small: it is indexed apart. */
const MAX_LABELS = 8;
const holders_NO_HOLDERS = [];
/** The permissions' masks, shared by every client of a report. */
class HolderTable {
    slots = new Map();
    /** The client whose masks the slots hold (0: none yet). */
    loaded = 0;
    clients = 0;
    /** A client's holdings, to look its permissions up in. */
    holdings(grants) {
        return new Holdings(this, ++this.clients, grants);
    }
    /** The slots, holding the client's masks (a slot another client wrote is not the client's: mask 0). */
    slotsFor(h) {
        if (this.loaded !== h.serial)
            this.load(h);
        return this.slots;
    }
    /** Writes the client's masks over the slots: once per client and stretch of its findings (a view reads a client's hits together). */
    load(h) {
        this.loaded = h.serial;
        const { grants, runEnds } = h;
        for (let label = 0, i = 0; label < runEnds.length; label++) {
            for (const end = runEnds[label]; i < end; i++) {
                let slot = this.slots.get(grants[i].permission);
                if (slot === undefined)
                    this.slots.set(grants[i].permission, (slot = { owner: h.serial, mask: 0 }));
                else if (slot.owner !== h.serial) {
                    slot.owner = h.serial;
                    slot.mask = 0;
                }
                slot.mask |= 1 << label;
            }
        }
    }
}
/** One client's role labels, and the holder lists made of them. */
class Holdings {
    grants;
    serial;
    table;
    /** Its role labels in the record's order, one per run of grants; undefined until first asked. */
    labels = undefined;
    /** Where each label's run of grants ends. */
    runEnds = [];
    /** The list of each mask, made when first asked. */
    lists = [];
    /** For a client the masks cannot serve (a label on two runs of grants, or too many labels): lists by permission. */
    exact = undefined;
    constructor(table, serial, grants) {
        this.table = table;
        this.serial = serial;
        this.grants = grants;
    }
    /** The labels through which the client holds `permission`, distinct, in the record's order: shared, never to grow. */
    of(permission) {
        return this.holdersOf([permission]);
    }
    /**
     * The holders of a hit's items: each item's labels, distinct, in the items' and then the
     * record's order. Most hits' items are held through the same roles (one mask): then that
     * mask's list, shared.
     */
    holdersOf(items) {
        this.labels ??= this.labelRuns();
        if (this.exact)
            return unionOf(items, this.exact);
        const slots = this.table.slotsFor(this);
        // Indexed, no calls per item: once per item of the hits a view reads, cold.
        let mask = -1;
        let mixed = false;
        for (let i = 0; i < items.length && !mixed; i++) {
            const slot = slots.get(items[i]);
            const m = slot !== undefined && slot.owner === this.serial ? slot.mask : 0;
            mixed = mask !== -1 && m !== mask;
            mask = m;
        }
        if (!mixed)
            return mask <= 0 ? holders_NO_HOLDERS : this.listOf(mask);
        // Each item's labels not listed yet, in the record's order: the bits not seen yet.
        const labels = this.labels;
        const union = [];
        let seen = 0;
        for (let i = 0; i < items.length; i++) {
            const slot = slots.get(items[i]);
            const fresh = (slot !== undefined && slot.owner === this.serial ? slot.mask : 0) & ~seen;
            seen |= fresh;
            for (let bit = 0; fresh !== 0 && bit < labels.length; bit++)
                if (fresh & (1 << bit))
                    union.push(labels[bit]);
        }
        return union;
    }
    listOf(mask) {
        return (this.lists[mask] ??= this.labelsIn(mask));
    }
    /** A label per run of grants of one role and division, and where it ends; when a label comes back, or too many come, the exact index. */
    labelRuns() {
        const labels = [];
        for (let i = 0; i < this.grants.length; i++) {
            const g = this.grants[i];
            if (i > 0 && !newRole(this.grants[i - 1], g))
                continue;
            const label = holderLabel(g);
            if (labels.length === MAX_LABELS || labels.includes(label)) {
                this.exact = exactIndex(this.grants);
                break;
            }
            if (i > 0)
                this.runEnds.push(i);
            labels.push(label);
        }
        this.runEnds.push(this.grants.length);
        return labels;
    }
    labelsIn(mask) {
        const labels = this.labels ?? [];
        const list = [];
        for (let i = 0; i < labels.length; i++)
            if (mask & (1 << i))
                list.push(labels[i]);
        return list;
    }
}
/** Each item's labels in `byItem`, distinct, in the items' order. */
function unionOf(items, byItem) {
    if (items.length === 1)
        return byItem.get(items[0]) ?? holders_NO_HOLDERS;
    const union = [];
    const seen = new Set();
    for (let i = 0; i < items.length; i++) {
        const labels = byItem.get(items[i]) ?? holders_NO_HOLDERS;
        for (let j = 0; j < labels.length; j++) {
            const label = labels[j];
            if (seen.has(label))
                continue;
            seen.add(label);
            union.push(label);
        }
    }
    return union;
}
/** Whether `g` starts another role grant's permissions than `prev`'s. */
function newRole(prev, g) {
    return g.roleName !== prev.roleName || g.divisionId !== prev.divisionId || g.divisionName !== prev.divisionName;
}
/** A role and its division: "Master Admin (all divisions)". */
function holderLabel(p) {
    return `${p.roleName} (${(0,divisions/* divisionPhrase */.zG)(p)})`;
}
/** Each permission's labels, distinct, in the record's order, by a map: for the few clients the masks cannot serve. */
function exactIndex(grants) {
    const index = new Map();
    const seen = new Map();
    for (let i = 0; i < grants.length; i++) {
        const g = grants[i];
        const label = holderLabel(g);
        const labels = index.get(g.permission);
        if (!labels) {
            index.set(g.permission, [label]);
            continue;
        }
        // A set per permission answers once its list is long, so that a hostile record stays linear.
        let set = seen.get(g.permission);
        if (!set && labels.length > 8)
            seen.set(g.permission, (set = new Set(labels)));
        if (set ? set.has(label) : labels.includes(label))
            continue;
        set?.add(label);
        labels.push(label);
    }
    return index;
}

;// CONCATENATED MODULE: ./src/render/groups.ts



/** The empty item list, shared until a hit grows after its run, which copies it (see ownItems). */
const NO_TEXTS = [];
/** Hits grouped by client and folded into rows, clients in risk order. */
function clientGroups(findings, resolver) {
    const folds = foldByClient(findings, resolver);
    const ranked = [];
    // Indexed: once per client, cold.
    for (let i = 0; i < folds.length; i++) {
        const c = folds[i];
        const rows = foldRows(c.hits);
        const group = { client: c.hits[0]?.client, severity: rows[0]?.[0].severity ?? 'notice', rows };
        const client = group.client;
        ranked.push({
            group,
            risk: riskOf(group),
            lastUsed: client?.lastUsed ?? '',
            errors: errorCount(rows),
            label: client?.label ?? '',
            id: client?.id ?? '',
        });
    }
    return ranked.sort(compareRisk).map((r) => r.group);
}
/**
 * The findings folded per client, in the order clients first appear. Findings come sorted
 * (severity, client, rule, subject), so the findings of one client × rule × line are
 * usually adjacent: each such run opens its hit at once, its lists at their size; a run
 * whose hit is already open (a client's findings of several severities) joins it.
 */
function foldByClient(findings, resolver) {
    const clients = new Map();
    const folds = [];
    const table = new HolderTable();
    const oneItem = new Map();
    let key = '';
    let client;
    let fold;
    for (let start = 0; start < findings.length;) {
        const f = findings[start];
        // The previous run's client is usually this one's (the same object: findingClient).
        if (!fold || (f.client !== client && key !== (f.client?.id ?? ''))) {
            key = f.client?.id ?? '';
            fold = clients.get(key);
            if (!fold) {
                // Findings without a client are the org's (key ''), which holds no permissions.
                const record = key === '' ? undefined : resolver.recordOf(key);
                const holdings = record?.permissions.length ? table.holdings(record.permissions) : undefined;
                fold = { hits: [], byLine: undefined, ref: undefined, holdings, grown: undefined, sets: undefined };
                clients.set(key, fold);
                folds.push(fold);
            }
        }
        client = f.client;
        const end = runEnd(findings, start, key);
        const hit = hitOf(fold, f);
        if (hit)
            for (let i = start; i < end; i++)
                addFinding(fold, hit, findings[i]);
        else
            openHit(fold, findings, start, end, resolver, oneItem);
        start = end;
    }
    return folds;
}
/** The end of the run of findings from `start` with its client (`key`), rule and line. */
function runEnd(findings, start, key) {
    const f = findings[start];
    let end = start + 1;
    while (end < findings.length) {
        const g = findings[end];
        // A client's findings share one client object (findingClient): its id is compared only when they do not.
        if (g.ruleId !== f.ruleId || g.location.line !== f.location.line || (g.client !== f.client && (g.client?.id ?? '') !== key))
            break;
        end++;
    }
    return end;
}
/** The client's hit for the finding's rule and line, if one is open. */
function hitOf(c, f) {
    if (c.byLine)
        return c.byLine.get(lineKey(f.location.line, f.ruleId));
    for (let i = 0; i < c.hits.length; i++) {
        const h = c.hits[i];
        if (h.rule.id === f.ruleId && h.location.line === f.location.line)
            return h;
    }
    return undefined;
}
/** A hit's key among its client's: its line, then its rule id (a line holds no space). */
function lineKey(line, ruleId) {
    return `${line} ${ruleId}`;
}
/** A hit opened by a run of findings: most runs are one finding, whose item list is a literal. */
function openHit(c, findings, start, end, resolver, oneItem) {
    const f = findings[start];
    const one = end - start === 1;
    const hit = new Hit(f.client && (c.ref ??= resolver.refOf(f)), resolver.ruleOf(f), one ? f.severity : worstOf(findings, start, end), one ? (f.subject === undefined ? NO_TEXTS : itemList(oneItem, f.subject)) : itemsOf(findings, start, end), f.message, f.location, one ? [f] : findings.slice(start, end), f.client && c.holdings);
    c.hits.push(hit);
    if (c.byLine)
        c.byLine.set(lineKey(f.location.line, f.ruleId), hit);
    else if (c.hits.length > FEW_HITS) {
        // Past a few hits (a client with many structural findings, one per line), scanning
        // them for each run would be quadratic.
        c.byLine = new Map();
        for (let i = 0; i < c.hits.length; i++) {
            const h = c.hits[i];
            c.byLine.set(lineKey(h.location.line, h.rule.id), h);
        }
    }
}
function itemList(oneItem, item) {
    let list = oneItem.get(item);
    if (list === undefined)
        oneItem.set(item, (list = [item]));
    return list;
}
function worstOf(findings, start, end) {
    let worst = findings[start].severity;
    for (let i = start + 1; i < end; i++) {
        const s = findings[i].severity;
        if (evaluate_findings/* SEVERITY_RANK */.f3[s] > evaluate_findings/* SEVERITY_RANK */.f3[worst])
            worst = s;
    }
    return worst;
}
/**
 * A list without repeats in the making, in order: scanned while short, answered by a set past
 * SCAN_LIMIT, so that a run of 1,000 items stays linear. Its array is reused from run to run
 * (overwritten, never emptied, which would give up its room), and copied out at its size.
 */
class DistinctTexts {
    list = [];
    size = 0;
    seen = undefined;
    clear() {
        this.size = 0;
        this.seen = undefined;
    }
    /** Appends `value` unless the list holds it; whether it did. */
    add(value) {
        if (this.size <= SCAN_LIMIT) {
            for (let i = 0; i < this.size; i++)
                if (this.list[i] === value)
                    return false;
        }
        else {
            this.seen ??= new Set(this.list.slice(0, this.size));
            if (this.seen.has(value))
                return false;
            this.seen.add(value);
        }
        if (this.size < this.list.length)
            this.list[this.size] = value;
        else
            this.list.push(value);
        this.size++;
        return true;
    }
    /** The list so far, at its size. */
    copy() {
        return this.size ? this.list.slice(0, this.size) : NO_TEXTS;
    }
}
/** A run's items in the making: one list serves every run (the fold is synchronous). */
const runItems = new DistinctTexts();
/** A run's items, distinct, in order. */
function itemsOf(findings, start, end) {
    runItems.clear();
    for (let i = start; i < end; i++) {
        const { subject } = findings[i];
        if (subject !== undefined)
            runItems.add(subject);
    }
    return runItems.copy();
}
/** A finding joining a hit opened by an earlier run (a client's findings of several severities). */
function addFinding(c, hit, f) {
    if (evaluate_findings/* SEVERITY_RANK */.f3[f.severity] > evaluate_findings/* SEVERITY_RANK */.f3[hit.severity])
        hit.severity = f.severity;
    hit.findings.push(f);
    if (f.subject !== undefined)
        addDistinct(c, ownItems(c, hit), f.subject);
}
/** A hit's item list, its own to grow: copied the first time it grows after its run (until then it may be shared: see NO_TEXTS, OneItemLists). */
function ownItems(c, hit) {
    let own = c.grown?.get(hit);
    if (!own) {
        hit.items = own = hit.items.slice();
        (c.grown ??= new Map()).set(hit, own);
    }
    return own;
}
/** Lists this short are scanned; past it a set answers, so a hit of 1,000 items stays linear. */
const SCAN_LIMIT = 8;
/** Appends `value` to a hit's `list` unless it holds it. */
function addDistinct(c, list, value) {
    if (list.length <= SCAN_LIMIT) {
        if (!list.includes(value))
            list.push(value);
        return;
    }
    c.sets ??= new Map();
    let seen = c.sets.get(list);
    if (!seen)
        c.sets.set(list, (seen = new Set(list)));
    if (seen.has(value))
        return;
    seen.add(value);
    list.push(value);
}
/** Hits of one client with the same severity and the same items become one row. */
function foldRows(hits) {
    // Hits open in the order of the findings, which is usually already the rows' order.
    const sorted = isInRowOrder(hits) ? hits : [...hits].sort(rowOrder);
    if (sorted.length === 1)
        return [[sorted[0]]];
    return sorted.length > FEW_HITS ? keyedRows(sorted) : scannedRows(sorted);
}
/**
 * A client has a few hits (a rule each): each is compared with the rows so far, without a
 * key per hit. A row that gains a hit is replaced rather than grown, so it stays at its size.
 */
function scannedRows(hits) {
    const rows = [];
    for (let i = 0; i < hits.length; i++) {
        const h = hits[i];
        let j = 0;
        for (; j < rows.length; j++) {
            const first = rows[j][0];
            // Most hits differ from a row in severity or first item: told apart without a call.
            if (first.severity === h.severity && first.items[0] === h.items[0] && sameRow(first, h))
                break;
        }
        if (j < rows.length)
            rows[j] = [...rows[j], h];
        else
            rows.push([h]);
    }
    return rows;
}
/** A client with many hits: rows found by key. */
function keyedRows(hits) {
    const rows = [];
    const byKey = new Map();
    for (let i = 0; i < hits.length; i++) {
        const h = hits[i];
        const key = rowKey(h);
        const row = byKey.get(key);
        if (row)
            row.push(h);
        else {
            const opened = [h];
            rows.push(opened);
            byKey.set(key, opened);
        }
    }
    return rows;
}
/** Past this many hits, a client's hits are found by key (lines, rows): below, scanned. */
const FEW_HITS = 32;
/**
 * Whether a hit belongs in the row `first` opened: what rowKey says, compared directly. A
 * client's hits with the same items have the same holders (they follow from the items and
 * the client's grants), so holders are not compared, nor worked out.
 */
function sameRow(first, h) {
    if (first.severity !== h.severity)
        return false;
    if (!h.items.length)
        return !first.items.length && first.rule.id === h.rule.id;
    return sameTexts(first.items, h.items);
}
function sameTexts(a, b) {
    if (a === b)
        return true;
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
/** Most severe first, then by rule id. */
function rowOrder(a, b) {
    return evaluate_findings/* SEVERITY_RANK */.f3[b.severity] - evaluate_findings/* SEVERITY_RANK */.f3[a.severity] || (0,evaluate_findings/* cmp */.r2)(a.rule.id, b.rule.id);
}
function isInRowOrder(hits) {
    for (let i = 1; i < hits.length; i++) {
        const a = hits[i - 1];
        const b = hits[i];
        // rowOrder(a, b) > 0, without a call (once per hit, cold).
        if (a.severity !== b.severity ? evaluate_findings/* SEVERITY_RANK */.f3[a.severity] < evaluate_findings/* SEVERITY_RANK */.f3[b.severity] : a.rule.id > b.rule.id)
            return false;
    }
    return true;
}
/**
 * Severity and items (their holders follow, see sameRow), or the rule for a hit without
 * items. Each text is prefixed with its length, so that no item from the API (a scope may
 * hold any character) can make two different lists one key and hide one row inside another.
 */
function rowKey(h) {
    if (!h.items.length)
        return `r${h.severity} ${h.rule.id}`;
    // One item (most hits): the general key without a loop.
    if (h.items.length === 1)
        return `i${h.severity} ${lengthPrefixed(h.items[0])}`;
    let key = `i${h.severity} `;
    for (const item of h.items)
        key += lengthPrefixed(item);
    return key;
}
function lengthPrefixed(text) {
    return `${text.length}:${text}`;
}
function riskOf({ severity, client: c }) {
    return evaluate_findings/* SEVERITY_RANK */.f3[severity] * 8 + Number(!!c?.adminEquivalent) * 4 + Number(!!c?.allDivisions) * 2 + Number(c?.state === 'active');
}
/**
 * Risk: worst severity, then what the client can do, whether it is in use, its errors; then
 * name and id. Compared field by field without calls: a sort calls this some 20,000 times
 * for 2,000 clients, cold.
 */
function compareRisk(a, b) {
    if (a.risk !== b.risk)
        return b.risk - a.risk;
    if (a.lastUsed !== b.lastUsed)
        return a.lastUsed < b.lastUsed ? 1 : -1;
    if (a.errors !== b.errors)
        return b.errors - a.errors;
    if (a.label !== b.label)
        return a.label < b.label ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
function errorCount(rows) {
    let n = 0;
    // Indexed, no callback: once per client, cold.
    for (let i = 0; i < rows.length; i++)
        if (rows[i][0].severity === 'error')
            n += rows[i].length;
    return n;
}

;// CONCATENATED MODULE: ./src/render/model.ts







/** Where built-in rule ids link when the edge does not know the action's own repository. */
const DEFAULT_RULES_DOC_URL = 'https://github.com/genesys-oauth-policy/action/blob/v1/docs/rules.md';
const TOOL_NAME = 'genesys-oauth-policy';
function buildReport(input, context = {}) {
    const docs = context.rulesDocUrl ?? DEFAULT_RULES_DOC_URL;
    const rules = ruleRefs(input.policy.rules, docs);
    const byId = new Map(rules.map((r) => [r.id, r]));
    const records = recordsById(input.inventory.clients);
    const clientRefs = new Map();
    const adminPermissions = new Map();
    const refOf = (f) => {
        if (!f.client)
            return undefined;
        let ref = clientRefs.get(f.client.id);
        if (!ref)
            clientRefs.set(f.client.id, (ref = clientRef(f.client, records.get(f.client.id), adminPermissions)));
        return ref;
    };
    const groups = clientGroups(input.evaluation.findings, { refOf, ruleOf: (f) => byId.get(f.ruleId) ?? adHocRule(f), recordOf: (id) => records.get(id) });
    const { counts, accepted } = input.evaluation;
    return {
        tool: { name: TOOL_NAME },
        org: context.org,
        policyFile: input.policy.file,
        passed: input.passed,
        failOn: input.failOn,
        counts,
        failing: input.failOn === 'never' ? 0 : failing(input, input.failOn),
        ...(context.drift ? { drift: context.drift } : {}),
        fetchedAt: input.inventory.fetchedAt,
        usage: input.inventory.usage,
        clientCount: input.inventory.clients.length,
        rules,
        hits: hitsOf(groups),
        groups,
        accepted: accepted.map((a) => acceptedRow(a, refOf)),
        skipped: input.evaluation.skipped,
        policyWarnings: input.policy.warnings,
        notices: input.inventory.notices,
        clients: input.inventory.clients,
    };
}
/**
 * Findings at or above `failOn` that decide the verdict. The evaluation's counts are its
 * findings' (finishEvaluation counts them by severity): when its findings decide, they
 * answer without a pass over tens of thousands of findings.
 */
function failing(input, failOn) {
    const { findings, counts } = input.evaluation;
    if (input.decisive !== undefined && input.decisive !== findings)
        return countAtLeast(input.decisive, failOn);
    let n = 0;
    for (const s of Object.keys(counts))
        if (evaluate_findings/* SEVERITY_RANK */.f3[s] >= evaluate_findings/* SEVERITY_RANK */.f3[failOn])
            n += counts[s];
    return n;
}
/** The records by id (the last of a repeated id, as a map of entries would): indexed, no pair per client, cold. */
function recordsById(clients) {
    const records = new Map();
    for (let i = 0; i < clients.length; i++)
        records.set(clients[i].id, clients[i]);
    return records;
}
function countAtLeast(findings, severity) {
    const rank = evaluate_findings/* SEVERITY_RANK */.f3[severity];
    let n = 0;
    // Indexed: see groups.ts.
    for (let i = 0; i < findings.length; i++)
        if (evaluate_findings/* SEVERITY_RANK */.f3[findings[i].severity] >= rank)
            n++;
    return n;
}
/** The groups' hits in order: clients by risk, each client's rows in order. */
function hitsOf(groups) {
    const hits = [];
    // Indexed, no spread: once per row of the org, cold.
    for (let i = 0; i < groups.length; i++) {
        const rows = groups[i].rows;
        for (let j = 0; j < rows.length; j++) {
            const row = rows[j];
            for (let k = 0; k < row.length; k++)
                hits.push(row[k]);
        }
    }
    return hits;
}
/** The policy's rules, then the checks outside rules that reported something: every id a result names. */
function reportedRules(m) {
    const seen = new Map();
    for (const r of m.rules)
        if (!seen.has(r.id))
            seen.set(r.id, r);
    for (const h of m.hits)
        if (!seen.has(h.rule.id))
            seen.set(h.rule.id, h.rule);
    return [...seen.values()];
}
function ruleRefs(rules, docs) {
    const sharing = new Map();
    const at = (l) => `${l.line}:${l.column}`;
    for (const r of rules)
        if ((0,packs/* isBuiltInPack */.R)(r.origin))
            sharing.set(at(r.location), (sharing.get(at(r.location)) ?? 0) + 1);
    return rules.map((r) => {
        const builtIn = (0,packs/* isBuiltInPack */.R)(r.origin);
        return {
            id: r.id,
            description: r.description,
            severity: r.severity,
            category: r.category,
            rationale: r.rationale,
            fix: r.fix,
            builtIn,
            docsUrl: builtIn ? `${docs}#${r.id}` : undefined,
            packFile: builtIn || r.origin === 'policy' ? undefined : r.origin,
            nhi: (builtIn && nhi/* RULE_NHI */.dy[r.id]?.nhi) || [],
            location: r.location,
            atExtends: builtIn && (sharing.get(at(r.location)) ?? 0) > 1,
        };
    });
}
/** What the checks outside rules (approved clients, exceptions) are about, in one sentence. */
const STRUCTURAL_CHECKS = {
    [reserved_ids/* DESIRED_STATE_IDS */.ap.unknown]: 'Every client of the org is listed among the approved clients.',
    [reserved_ids/* DESIRED_STATE_IDS */.ap.missing]: 'Every approved client exists in the org.',
    [reserved_ids/* DESIRED_STATE_IDS */.ap.drift]: 'Approved clients hold exactly the scopes and roles the policy lists.',
    [reserved_ids/* EXCEPTION_IDS */.Hc.expired]: 'Exceptions are removed or renewed when they expire.',
    [reserved_ids/* EXCEPTION_IDS */.Hc.stale]: 'Exceptions accept a finding that still exists.',
    [reserved_ids/* EXCEPTION_IDS */.Hc.tooLong]: 'Exceptions last no longer than settings.max-exception-days.',
};
/** Findings of checks that are not policy rules (approved clients, exceptions): their own line. */
function adHocRule(f) {
    const description = STRUCTURAL_CHECKS[f.ruleId] ?? `Policy check ${f.ruleId}.`;
    // Every field, in ruleRefs' order: code that reads rules meets one shape.
    return {
        id: f.ruleId,
        description,
        severity: f.severity,
        category: f.category,
        rationale: undefined,
        fix: f.fix,
        builtIn: false,
        docsUrl: undefined,
        packFile: undefined,
        nhi: [],
        location: f.location,
        atExtends: false,
    };
}
/** Permissions that let a client give itself anything: roles, grants, OAuth clients, SSO, passwords. */
const ADMIN_PERMISSION = /^(\*:\*:\*|authorization:(role|grant|\*):(add|edit|\*)|oauth:(client|\*):(add|edit|\*)|sso:(provider|\*):(add|edit|\*)|directory:(user|\*):(setPassword|\*))$/;
const ADMIN_SCOPES = new Set(['authorization', 'oauth', 'identity-providers', 'organization']);
/** `adminPermissions`: whether each permission is admin-equivalent, tested once per text (clients share their roles'). */
function clientRef(c, record, adminPermissions) {
    return {
        id: c.id,
        name: c.name,
        label: (0,render_escape/* clientLabel */.QJ)(c),
        grantType: c.grantType,
        state: record?.apiState ?? 'unknown',
        lastUsed: record?.lastUsed,
        allDivisions: !!record && inAllDivisions(record),
        adminEquivalent: !!record && isAdminEquivalent(record, adminPermissions),
    };
}
// Indexed loops, no callbacks: once per client and per permission it holds, cold.
function inAllDivisions(record) {
    for (let i = 0; i < record.roleGrants.length; i++)
        if (record.roleGrants[i].divisionId === types/* ALL_DIVISIONS */.hJ)
            return true;
    return false;
}
function isAdminEquivalent({ permissions, scopes }, adminPermissions) {
    for (let i = 0; i < permissions.length; i++) {
        const { permission } = permissions[i];
        let admin = adminPermissions.get(permission);
        if (admin === undefined)
            adminPermissions.set(permission, (admin = ADMIN_PERMISSION.test(permission)));
        if (admin)
            return true;
    }
    for (let i = 0; i < scopes.length; i++)
        if (ADMIN_SCOPES.has(scopes[i]))
            return true;
    return false;
}
function acceptedRow({ finding: f, exception: e }, refOf) {
    return {
        client: refOf(f),
        ruleId: f.ruleId,
        subject: f.subject,
        message: f.message,
        reason: e.reason,
        owner: e.owner,
        expires: e.expires,
        location: e.location,
    };
}


/***/ }),

/***/ 6399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Xb: () => (/* binding */ SUMMARY_BUDGET_BYTES),
  Fr: () => (/* binding */ renderFailureSummary),
  Br: () => (/* binding */ renderSummary),
  yd: () => (/* binding */ renderSummaryOf)
});

// UNUSED EXPORTS: FIX_FIRST_ROWS, VISIBLE_ROWS

// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/render/drift.ts

/** Rows per table before the rest is counted, not listed: the section stays one screen. */
const MAX_ROWS = 25;
function renderDrift(drift, failOnNew) {
    const { baseline } = drift;
    if (baseline.kind !== 'ok') {
        const why = baseline.kind === 'none' ? `No baseline: ${baseline.reason}.` : `The saved baseline was ignored: ${baseline.reason}.`;
        return `### Since the last run\n\n${why} Every finding counts as new${failOnNew ? ' for `fail-on-new`' : ''}; the next run compares with this one.\n`;
    }
    const blocks = [
        `### Since the last run (${(0,render_escape.md)(baseline.state.at.slice(0, 16).replace('T', ' '), 40)} UTC)`,
        `**${drift.newFindings.length} new**, ${drift.resolved.length} resolved, ${drift.unchanged} unchanged${drift.approximate ? ' (the saved baseline was cut to fit, so some "new" findings may be old)' : ''}.`,
    ];
    if (drift.newFindings.length)
        blocks.push(table('| New finding | Client | Severity |\n|---|---|---|', drift.newFindings.map(newRow)));
    if (drift.resolved.length)
        blocks.push(table('| Resolved | Client |\n|---|---|', drift.resolved.map((f) => `| \`${(0,render_escape.md)(f.rule, 80)}\` | ${client(f.clientName, f.clientId)} |`)));
    if (drift.newClients?.length)
        blocks.push(`New clients: ${list(drift.newClients.map((c) => client(c.name, c.id)))}.`);
    const grew = drift.accessChanged?.filter((c) => c.grew) ?? [];
    const changed = drift.accessChanged?.filter((c) => !c.grew) ?? [];
    if (grew.length)
        blocks.push(`Access grew: ${list(grew.map((c) => `${client(c.name, c.id)} (${c.itemsBefore} → ${c.itemsAfter} grants)`))}.`);
    if (changed.length)
        blocks.push(`Access changed: ${list(changed.map((c) => client(c.name, c.id)))}.`);
    if (drift.newClients === undefined)
        blocks.push('_New clients and access changes are not tracked: the saved baseline has no client list (an org too large to remember)._');
    return `${blocks.join('\n\n')}\n`;
}
function table(head, lines) {
    const shown = lines.slice(0, MAX_ROWS).join('\n');
    return lines.length > MAX_ROWS ? `${head}\n${shown}\n\n_…and ${lines.length - MAX_ROWS} more in the job summary._` : `${head}\n${shown}`;
}
function newRow(f) {
    return `| \`${(0,render_escape.md)(f.ruleId, 80)}\`${f.subject ? ` ${(0,render_escape.md)(f.subject, 80)}` : ''} | ${f.client ? client(f.client.name, f.client.id) : '—'} | ${f.severity} |`;
}
function client(name, id) {
    return `${(0,render_escape.md)(name || '(unnamed)', 80)} (\`${(0,render_escape.md)(id, 40)}\`)`;
}
function list(items) {
    return items.length > MAX_ROWS ? `${items.slice(0, MAX_ROWS).join(', ')} and ${items.length - MAX_ROWS} more` : items.join(', ');
}

// EXTERNAL MODULE: ./src/inventory/types.ts
var types = __webpack_require__(7969);
// EXTERNAL MODULE: ./src/evaluate/findings.ts
var findings = __webpack_require__(7825);
// EXTERNAL MODULE: ./src/policy/packs/nhi.ts
var packs_nhi = __webpack_require__(9138);
// EXTERNAL MODULE: ./src/render/model.ts + 3 modules
var model = __webpack_require__(9430);
;// CONCATENATED MODULE: ./src/render/summary.ts
// The job summary, read top down by someone deciding what to fix: the verdict and the few
// things to fix first, then one row per client × rule (items folded in, clients in risk
// order), then everything else collapsed: notices, how to fix each rule, every finding,
// accepted findings and the inventory. GitHub drops a step summary over 1 MiB entirely, so
// every row is rendered once, measured once, and what does not fit is cut once with a note.
// The hot loops over hits are indexed: a render runs once per process, mostly before the JIT
// compiles it, where for-of allocates an iterator result at each step (rows made lazily by
// generators are the exception: only what fits is made).






/** Stay well under GitHub's 1 MiB (1,048,576 bytes of UTF-8) step-summary limit. */
const SUMMARY_BUDGET_BYTES = 900 * 1024;
/** Rows of the open findings table; the others are collapsed. */
const VISIBLE_ROWS = 40;
/** Rows of "Fix first". */
const FIX_FIRST_ROWS = 5;
/** Notices, skipped checks and policy warnings shown above the findings. */
const MAX_ATTENTION_LINES = 20;
/** Items shown in one row; the rest are counted (all of them are in the full detail). */
const ITEMS_PER_ROW = 6;
const SEVERITY_ICON = { error: '🔴', warning: '🟠', notice: '🔵' };
const CATEGORY_LABEL = {
    'privilege-escalation': 'Privilege escalation',
    'data-access': 'Data access',
    'credential-hygiene': 'Credential hygiene',
    housekeeping: 'Housekeeping',
};
function renderSummary(result, budget = SUMMARY_BUDGET_BYTES, context = {}) {
    return renderSummaryOf((0,model/* buildReport */.FK)(result, context), budget);
}
function renderSummaryOf(m, budget = SUMMARY_BUDGET_BYTES) {
    const repeats = repeated();
    const tally = tallyHits(m.hits);
    const drift = m.drift ? [renderDrift(m.drift.drift, m.drift.failOnNew)] : [];
    const top = [verdictLine(m), '', countsLine(m), '', ...drift, ...categoryTable(tally), ...attentionLines(m), ...fixFirst(m, repeats)].join('\n');
    const { visible, rest } = splitVisible(m);
    const sections = [
        findingsSection('### Findings by client', visible, false, repeats),
        findingsSection(visible.length ? 'Other findings by client' : 'Findings by client', rest, true, repeats),
        fixSection(m, tally),
        acceptedSection(m),
        detailSection(m, tally),
        inventorySection(m.clients),
    ].filter((s) => s !== undefined);
    return fit(`${top}\n`, sections, budget);
}
/**
 * The open table holds what fails the run (rows at or above fail-on; when nothing fails, the
 * most severe rows there are), at most VISIBLE_ROWS of them so it reads in one screen for
 * any org; every other row is in the collapsed table below, grouped the same way.
 */
function splitVisible({ groups, failOn, failing }) {
    const rank = (s) => findings/* SEVERITY_RANK */.f3[s];
    let worst = 0;
    // Indexed loops: once per client, cold.
    for (let i = 0; i < groups.length; i++)
        worst = Math.max(worst, rank(groups[i].severity));
    const threshold = failOn !== 'never' && failing > 0 ? rank(failOn) : worst;
    let room = VISIBLE_ROWS;
    const visible = [];
    const rest = [];
    let i = 0;
    for (; i < groups.length && room > 0; i++) {
        const g = groups[i];
        const open = g.rows.filter((r) => rank(r[0].severity) >= threshold).slice(0, room);
        if (!open.length) {
            if (g.rows.length)
                rest.push(g);
            continue;
        }
        room -= open.length;
        visible.push({ ...g, rows: open });
        const closed = g.rows.filter((r) => !open.includes(r));
        if (closed.length)
            rest.push({ ...g, rows: closed });
    }
    // Once the open table is full, every other group goes below whole, as it is.
    for (; i < groups.length; i++)
        if (groups[i].rows.length)
            rest.push(groups[i]);
    return { visible, rest };
}
/** Each item's row, rendered when it is read. */
function* rendered(items, row) {
    for (const item of items)
        yield row(item);
}
/**
 * Keeps `head`, then each section in order while it fits: rows are measured once and cut
 * once, so the cost is linear in the rows whatever the budget.
 */
function fit(head, sections, budget) {
    const NOTE_RESERVE = 300;
    const reserve = NOTE_RESERVE * sections.length;
    if (bytes(head) + reserve > budget)
        return `${head.split('\n\n').slice(0, 2).join('\n\n')}\n\n_The details do not fit in a job summary; see the annotations and the report files._\n`;
    let left = budget - bytes(head) - reserve;
    const out = [head];
    for (const s of sections) {
        const frame = bytes(s.head) + bytes(s.tail) + 2;
        if (left < frame) {
            out.push(`${s.cut(s.count)}\n`);
            continue;
        }
        left -= frame;
        // Every line goes into `out`, joined once: the summary is copied once, not per section.
        out.push(s.head);
        let shown = 0;
        for (const row of s.rows) {
            const size = bytes(row) + 1;
            if (size > left)
                break;
            left -= size;
            out.push(row);
            shown++;
        }
        if (shown < s.count)
            out.push('', s.cut(s.count - shown), '');
        out.push(s.tail);
    }
    return out.join('\n');
}
function bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** Lines of a failure summary (each at most ~6 KB escaped): far under the budget. */
const MAX_FAILURE_LINES = 100;
/** Renders a failure before or during the audit (bad policy, API error). */
function renderFailureSummary(title, lines) {
    const shown = lines.slice(0, MAX_FAILURE_LINES).map((l) => `- ${(0,render_escape.md)(l, 1000)}`);
    if (lines.length > shown.length)
        shown.push(`- …and ${lines.length - shown.length} more (see the log).`);
    return [`## ⚠️ Genesys Cloud OAuth policy: ${(0,render_escape.md)(title, 300)}`, '', ...shown, ''].join('\n');
}
function verdictLine(m) {
    const n = m.counts.error + m.counts.warning + m.counts.notice;
    if (m.passed) {
        return n === 0
            ? `## ✅ Genesys Cloud OAuth policy: all ${m.clientCount} clients pass`
            : `## ✅ Genesys Cloud OAuth policy: passed with ${n} finding${n === 1 ? '' : 's'} below the threshold (fail-on: ${m.failOn})`;
    }
    return `## ❌ Genesys Cloud OAuth policy: failed: ${m.failing} finding${m.failing === 1 ? '' : 's'} at or above fail-on (${m.failOn})`;
}
function countsLine(m) {
    return [
        `Policy <code>${(0,render_escape.md)(m.policyFile, 300)}</code>`,
        ...(m.org ? [`org <code>${(0,render_escape.md)(m.org.host, 100)}</code>`] : []),
        `${m.clientCount} clients`,
        `${m.rules.length} rules`,
        `**${m.counts.error}** errors`,
        `**${m.counts.warning}** warnings`,
        `**${m.counts.notice}** notices`,
        `${m.accepted.length} accepted by exceptions`,
        `read ${(0,render_escape.md)(m.fetchedAt, 40)}`,
    ].join(' · ');
}
function tallyHits(hits) {
    const tally = { byCategory: new Map(), ruleIds: new Set(), findings: 0 };
    // Indexed: once per hit, cold.
    for (let i = 0; i < hits.length; i++) {
        const { rule, findings, severity } = hits[i];
        tally.ruleIds.add(rule.id);
        tally.findings += findings.length;
        const category = rule.category ?? findings[0]?.category;
        if (!category)
            continue;
        let t = tally.byCategory.get(category);
        if (!t)
            tally.byCategory.set(category, (t = { error: 0, warning: 0, notice: 0 }));
        // A hit of one finding (most) has its severity.
        if (findings.length === 1)
            t[severity]++;
        else
            for (const f of findings)
                t[f.severity]++;
    }
    return tally;
}
/** Findings by category and severity: where the problems are, in at most four rows. */
function categoryTable({ byCategory }) {
    const rows = Object.keys(CATEGORY_LABEL).flatMap((c) => {
        const t = byCategory.get(c);
        return t ? [`| ${CATEGORY_LABEL[c]} | ${t.error} | ${t.warning} | ${t.notice} |`] : [];
    });
    return rows.length ? ['| Category | Errors | Warnings | Notices |', '|---|---|---|---|', ...rows, ''] : [];
}
/** Inventory notices, skipped checks and policy warnings: what the reader must not miss. */
function attentionLines(m) {
    const lines = [
        ...m.notices.map((n) => `> ⚠️ ${(0,render_escape.md)(n, 500)}`),
        ...m.skipped.map((s) => `> ⏭️ <code>${(0,render_escape.md)(s.ruleId, 80)}</code> (line ${s.location.line}): ${(0,render_escape.md)(s.reason, 400)}`),
        ...m.policyWarnings.map((w) => `> 📝 Policy line ${w.location.line}: ${(0,render_escape.md)(w.message, 400)}`),
    ];
    if (lines.length === 0)
        return [];
    const shown = lines.slice(0, MAX_ATTENTION_LINES);
    if (lines.length > shown.length)
        shown.push(`> …and ${lines.length - shown.length} more notices, skipped checks and policy warnings (see the annotations and the JSON report).`);
    return [shown.join('\n>\n'), ''];
}
/** The riskiest rows, one line each, with what to do. */
function fixFirst(m, repeats) {
    // Each client's first row above notice, riskiest clients first.
    const rows = [];
    for (const g of m.groups) {
        if (rows.length === FIX_FIRST_ROWS)
            break;
        const row = g.rows.find((r) => r[0].severity !== 'notice');
        if (row)
            rows.push(row);
    }
    if (rows.length === 0)
        return [];
    const lines = rows.map((r, i) => {
        const { rule, severity, client } = r[0];
        const what = rule.fix ?? rule.description;
        return `${i + 1}. ${SEVERITY_ICON[severity]} **${clientName(client)}**: ${repeats.ruleList(r)}. ${(0,render_escape.md)(what, 300)}`;
    });
    return ['### Fix first', '', ...lines, ''];
}
function findingsSection(title, groups, collapsed, repeats) {
    let rows = 0;
    // Indexed, no callback: once per client, cold.
    for (let i = 0; i < groups.length; i++)
        rows += groups[i].rows.length;
    if (rows === 0)
        return undefined;
    const table = ['| | Client | Rule | What |', '|---|---|---|---|'];
    const count = `${groups.length} client${groups.length === 1 ? '' : 's'}, ${rows} row${rows === 1 ? '' : 's'}`;
    const head = collapsed ? [`<details><summary>${title}: ${count}</summary>`, '', ...table] : [`${title} (${count})`, '', ...table];
    return {
        head: head.join('\n'),
        count: rows,
        rows: findingRows(groups, repeats),
        tail: collapsed ? '\n</details>\n' : '',
        cut: (n) => `_${n} more rows are not shown: the summary would exceed GitHub's size limit (see the JSON report or SARIF)._`,
    };
}
/** The client is named on its first row only. */
function* findingRows(groups, repeats) {
    for (const g of groups)
        for (let i = 0; i < g.rows.length; i++)
            yield findingRow(g.rows[i], i === 0, repeats);
}
function findingRow(r, first, repeats) {
    const { severity } = r[0];
    const client = first ? clientCell(r[0].client, repeats) : '';
    return `| ${SEVERITY_ICON[severity]} ${severity} | ${client} | ${repeats.ruleList(r)} | ${whatCell(r, repeats)} |`;
}
function clientName(c) {
    return c ? (0,render_escape.md)(c.label, 120) : 'the org';
}
function clientCell(c, repeats) {
    if (!c)
        return '—';
    const facts = [`<code>${(0,render_escape.md)(c.id, 80)}</code>`, repeats.fact(c.grantType, 30), repeats.fact(c.state, 20)];
    if (c.lastUsed)
        facts.push(`used ${repeats.fact(c.lastUsed, 20)}`);
    else if (c.lastUsed === null)
        facts.push('unused in the window');
    if (c.allDivisions)
        facts.push('all divisions');
    if (c.adminEquivalent)
        facts.push('admin-equivalent');
    return `**${(0,render_escape.md)(c.label, 120)}**<br><sub>${facts.join(' · ')}</sub>`;
}
function repeated() {
    const link = remembered(ruleLink);
    return {
        ruleList: (row) => (row.length === 1 ? link(row[0].rule) : row.map((h) => link(h.rule)).join(', ')),
        item: remembered((text) => (0,render_escape.md)(text, 100)),
        message: remembered((text) => (0,render_escape.md)(text, 300)),
        fact: rememberedByLength(render_escape.md),
    };
}
/** `make`, computing each key's value once. */
function remembered(make) {
    const known = new Map();
    return (key) => {
        let value = known.get(key);
        if (value === undefined)
            known.set(key, (value = make(key)));
        return value;
    };
}
/** `make`, computing each text's value once for each length. */
function rememberedByLength(make) {
    const byLength = new Map();
    return (text, maxLength) => {
        let of = byLength.get(maxLength);
        if (!of)
            byLength.set(maxLength, (of = remembered((t) => make(t, maxLength))));
        return of(text);
    };
}
/** Built-in ids link to their entry in docs/rules.md; policy and pack-file ids are the reader's own, by line. */
function ruleLink(r) {
    const id = `<code>${(0,render_escape.md)(r.id, 80)}</code>`;
    if (r.builtIn && r.docsUrl)
        return `[${id}](${encodeURI(r.docsUrl)})`;
    return `${id} (${r.packFile ? `<code>${(0,render_escape.md)(r.packFile, 200)}</code> ` : ''}line ${r.location.line})`;
}
function whatCell(r, repeats) {
    const { items, message } = r[0];
    if (items.length <= 1 && r.length === 1)
        return repeats.message(message);
    // Holders are worked out when read (see hit.ts): only for rows that show them.
    const { holders } = r[0];
    const shown = items.slice(0, ITEMS_PER_ROW).map((i) => `<code>${repeats.item(i)}</code>`);
    const more = items.length - shown.length;
    const via = holders.length
        ? ` through ${holders.slice(0, 3).map(repeats.item).join(', ')}${holders.length > 3 ? ` and ${holders.length - 3} more roles` : ''}`
        : '';
    return `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}${via}`;
}
/** Why each rule with findings matters and what to do, once per rule. */
function fixSection(m, { ruleIds }) {
    const explained = m.rules.filter((r) => ruleIds.has(r.id) && (r.fix || r.rationale));
    if (explained.length === 0)
        return undefined;
    return {
        head: [
            `<details><summary>How to fix: ${explained.length} rule${explained.length === 1 ? '' : 's'}</summary>`,
            '',
            '| Rule | Category | OWASP NHI | Why it matters | Fix |',
            '|---|---|---|---|---|',
        ].join('\n'),
        count: explained.length,
        rows: rendered(explained, ruleRow),
        tail: '\n</details>\n',
        cut: (n) => `_${n} more rules are not shown: the summary would exceed GitHub's size limit._`,
    };
}
function ruleRow(r) {
    const nhi = r.nhi.length ? r.nhi.map((risk) => `${risk} ${packs_nhi/* NHI_RISKS */.Fu[risk].title}`).join(', ') : '—';
    return `| ${ruleLink(r)} | ${r.category ? CATEGORY_LABEL[r.category] : '—'} | ${nhi} | ${(0,render_escape.md)(r.rationale ?? r.description, 400)} | ${(0,render_escape.md)(r.fix ?? '', 400)} |`;
}
function acceptedSection(m) {
    if (m.accepted.length === 0)
        return undefined;
    const n = m.accepted.length;
    return {
        head: [
            `<details><summary>Accepted by exceptions: ${n} finding${n === 1 ? '' : 's'}</summary>`,
            '',
            '| Client | Client id | Rule | Detail | Reason | Owner | Expires |',
            '|---|---|---|---|---|---|---|',
        ].join('\n'),
        count: n,
        rows: rendered(m.accepted, acceptedRow),
        tail: '\n</details>\n',
        cut: (k) => `_${k} more accepted findings are not shown: the summary would exceed GitHub's size limit._`,
    };
}
function acceptedRow(a) {
    return `| ${clientName(a.client)} | ${a.client ? `<code>${(0,render_escape.md)(a.client.id, 80)}</code>` : '—'} | <code>${(0,render_escape.md)(a.ruleId, 80)}</code> | ${(0,render_escape.md)(a.message, 300)} | ${(0,render_escape.md)(a.reason, 300)} | ${(0,render_escape.md)(a.owner, 80)} | ${(0,render_escape.md)(a.expires, 12)} (line ${a.location.line}) |`;
}
/** Every finding, one row per item: what the folded rows stand for. */
function detailSection(m, { findings }) {
    if (findings === 0)
        return undefined;
    return {
        head: [`<details><summary>Every finding: ${findings}</summary>`, '', '| Severity | Client | Rule | Line | Detail |', '|---|---|---|---|---|'].join('\n'),
        count: findings,
        rows: detailRows(m.hits),
        tail: '\n</details>\n',
        cut: (n) => `_${n} more findings are not shown: the summary would exceed GitHub's size limit (see the JSON report or SARIF)._`,
    };
}
function* detailRows(hits) {
    for (const h of hits)
        for (const f of h.findings)
            yield `| ${f.severity} | ${clientName(h.client)} | <code>${(0,render_escape.md)(f.ruleId, 80)}</code> | ${f.location.line} | ${(0,render_escape.md)(f.message, 400)} |`;
}
function inventorySection(clients) {
    if (clients.length === 0)
        return undefined;
    return {
        head: [
            `<details><summary>Inventory: ${clients.length} OAuth clients</summary>`,
            '',
            '| Client | Client id | Grant type | State | Scopes or roles |',
            '|---|---|---|---|---|',
        ].join('\n'),
        count: clients.length,
        rows: rendered(clients, inventoryRow),
        tail: '\n</details>\n',
        cut: (n) => `_${n} more clients are not shown: the summary would exceed GitHub's size limit (see the inventory CSV or the JSON report)._`,
    };
}
function inventoryRow(c) {
    return `| ${(0,render_escape.md)((0,render_escape/* clientLabel */.QJ)(c), 120)} | <code>${(0,render_escape.md)(c.id, 80)}</code> | ${c.grantType === 'unknown' ? (0,render_escape.md)(c.apiGrantType || 'unknown') : c.grantType} | ${(0,render_escape.md)(c.apiState)} | ${access(c)} |`;
}
function access(c) {
    if (c.grantType === 'client-credentials') {
        if (c.roleGrants.length === 0)
            return '_no roles_';
        return c.roleGrants.map((g) => `${(0,render_escape.md)(g.roleName, 80)} (${g.divisionId === types/* ALL_DIVISIONS */.hJ ? 'all divisions' : (0,render_escape.md)(g.divisionName, 60)})`).join(', ');
    }
    return c.scopes.length ? c.scopes.map((s) => (0,render_escape.md)(s, 80)).join(', ') : '_no scopes_';
}


/***/ })

};

//# sourceMappingURL=763.index.js.map