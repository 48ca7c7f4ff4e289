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
// EXTERNAL MODULE: ./src/audit.ts + 36 modules
var audit = __webpack_require__(8549);
// EXTERNAL MODULE: ./src/github/event.ts
var github_event = __webpack_require__(5015);
// EXTERNAL MODULE: ./src/action/inputs.ts + 3 modules
var action_inputs = __webpack_require__(3090);
// EXTERNAL MODULE: ./src/action/report.ts + 3 modules
var report = __webpack_require__(358);
// EXTERNAL MODULE: ./src/genesys/regions.ts
var regions = __webpack_require__(7119);
// EXTERNAL MODULE: ./src/render/model.ts + 2 modules
var render_model = __webpack_require__(2412);
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












async function act(begun, env, redactor) {
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
            await runScheduledAudit(inputs, redactor, env, client);
        }
    }
    catch (err) {
        begun.org?.cancel();
        await (0,report/* reportFailure */.xV)(err, redactor);
    }
}
/** Schedule, push, workflow_dispatch: the org against the policy as it is. */
async function runScheduledAudit(inputs, redactor, env, client) {
    // Without credentials the policy is still checked, so its problems are reported either way.
    if (!inputs.credentials)
        await (0,load/* loadPolicyFile */.n$)(inputs.audit.policyPath, inputs.audit.policyDisplayPath);
    const credentials = (0,action_inputs/* requireCredentials */.uR)(inputs.credentials);
    const result = await (0,audit/* runAudit */.bD)({ ...inputs.audit, credentials }, { redactor, api: client });
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

// EXTERNAL MODULE: ./src/render/holders.ts
var holders = __webpack_require__(2227);
;// CONCATENATED MODULE: ./src/render/csv.ts


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
    return c.roleGrants.map(holders/* holderLabel */.zc).join('; ');
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
// EXTERNAL MODULE: ./src/render/model.ts + 2 modules
var render_model = __webpack_require__(2412);
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

/***/ 8549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S4: () => (/* binding */ audit_judge),
  XW: () => (/* binding */ readOrgInventory),
  bD: () => (/* binding */ runAudit)
});

// UNUSED EXPORTS: usageWindowDays

// NAMESPACE OBJECT: ./src/genesys/models-validator.ts
var models_validator_namespaceObject = {};
__webpack_require__.r(models_validator_namespaceObject);
__webpack_require__.d(models_validator_namespaceObject, {
  ApiUsageClientQuery: () => (ApiUsageClientQuery),
  ApiUsageOrganizationQuery: () => (ApiUsageOrganizationQuery),
  ApiUsageQueryResult: () => (ApiUsageQueryResult),
  ApiUsageRow: () => (ApiUsageRow),
  AuthzDivision: () => (AuthzDivision),
  AuthzDivisionEntityListing: () => (AuthzDivisionEntityListing),
  Cursors: () => (Cursors),
  Detail: () => (Detail),
  DomainEntityRef: () => (DomainEntityRef),
  DomainOrganizationRole: () => (DomainOrganizationRole),
  DomainPermissionPolicy: () => (DomainPermissionPolicy),
  DomainResourceConditionNode: () => (DomainResourceConditionNode),
  DomainResourceConditionValue: () => (DomainResourceConditionValue),
  ErrorBody: () => (ErrorBody),
  Limit: () => (Limit),
  LimitsEntityListing: () => (LimitsEntityListing),
  OAuthClient: () => (OAuthClient),
  OAuthClientEntityListing: () => (OAuthClientEntityListing),
  OAuthScope: () => (OAuthScope),
  OAuthScopeListing: () => (OAuthScopeListing),
  OrganizationRoleEntityListing: () => (OrganizationRoleEntityListing),
  RoleDivision: () => (RoleDivision),
  UsageExecutionResult: () => (UsageExecutionResult)
});

// EXTERNAL MODULE: ./src/org-client.ts
var org_client = __webpack_require__(1121);
// EXTERNAL MODULE: ./src/genesys/errors.ts
var errors = __webpack_require__(5987);
;// CONCATENATED MODULE: ./src/genesys/models-validator.ts
// GENERATED by scripts/gen-models.ts from purecloud-platform-client-v2@262.0.0. Do not edit by hand.
// @ts-nocheck -- ajv standalone code
/* eslint-disable */
const OAuthClient = validate21;
const schema32 = { "type": "object", "properties": { "id": { "type": "string" }, "name": { "type": "string" }, "accessTokenValiditySeconds": { "type": "number" }, "description": { "type": "string" }, "registeredRedirectUri": { "type": "array", "items": { "type": "string" } }, "secret": { "type": "string" }, "roleIds": { "type": "array", "items": { "type": "string" } }, "dateCreated": { "type": "string" }, "dateModified": { "type": "string" }, "createdBy": { "$ref": "#/$defs/DomainEntityRef" }, "modifiedBy": { "$ref": "#/$defs/DomainEntityRef" }, "authorizedGrantType": { "type": "string" }, "scope": { "type": "array", "items": { "type": "string" } }, "roleDivisions": { "type": "array", "items": { "$ref": "#/$defs/RoleDivision" } }, "state": { "type": "string" }, "dateToDelete": { "type": "string" }, "selfUri": { "type": "string" } } };
const schema33 = { "type": "object", "properties": { "id": { "type": "string" }, "name": { "type": "string" }, "selfUri": { "type": "string" } } };
const schema35 = { "type": "object", "properties": { "roleId": { "type": "string" }, "divisionId": { "type": "string" } }, "required": ["roleId", "divisionId"] };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate21.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.id !== undefined) {
                const _errs1 = errors;
                if (typeof data.id !== "string") {
                    validate21.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.name !== undefined) {
                    const _errs3 = errors;
                    if (typeof data.name !== "string") {
                        validate21.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                    }
                    var valid0 = _errs3 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.accessTokenValiditySeconds !== undefined) {
                        const _errs5 = errors;
                        if (!(typeof data.accessTokenValiditySeconds == "number")) {
                            validate21.errors = [{ instancePath: instancePath + "/accessTokenValiditySeconds", schemaPath: "#/properties/accessTokenValiditySeconds/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                            return false;
                        }
                        var valid0 = _errs5 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.description !== undefined) {
                            const _errs7 = errors;
                            if (typeof data.description !== "string") {
                                validate21.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                            var valid0 = _errs7 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.registeredRedirectUri !== undefined) {
                                let data4 = data.registeredRedirectUri;
                                const _errs9 = errors;
                                if (errors === _errs9) {
                                    if (Array.isArray(data4)) {
                                        var valid1 = true;
                                        const len0 = data4.length;
                                        for (let i0 = 0; i0 < len0; i0++) {
                                            const _errs11 = errors;
                                            if (typeof data4[i0] !== "string") {
                                                validate21.errors = [{ instancePath: instancePath + "/registeredRedirectUri/" + i0, schemaPath: "#/properties/registeredRedirectUri/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                            var valid1 = _errs11 === errors;
                                            if (!valid1) {
                                                break;
                                            }
                                        }
                                    }
                                    else {
                                        validate21.errors = [{ instancePath: instancePath + "/registeredRedirectUri", schemaPath: "#/properties/registeredRedirectUri/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                    }
                                }
                                var valid0 = _errs9 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.secret !== undefined) {
                                    const _errs13 = errors;
                                    if (typeof data.secret !== "string") {
                                        validate21.errors = [{ instancePath: instancePath + "/secret", schemaPath: "#/properties/secret/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                    }
                                    var valid0 = _errs13 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.roleIds !== undefined) {
                                        let data7 = data.roleIds;
                                        const _errs15 = errors;
                                        if (errors === _errs15) {
                                            if (Array.isArray(data7)) {
                                                var valid2 = true;
                                                const len1 = data7.length;
                                                for (let i1 = 0; i1 < len1; i1++) {
                                                    const _errs17 = errors;
                                                    if (typeof data7[i1] !== "string") {
                                                        validate21.errors = [{ instancePath: instancePath + "/roleIds/" + i1, schemaPath: "#/properties/roleIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                    }
                                                    var valid2 = _errs17 === errors;
                                                    if (!valid2) {
                                                        break;
                                                    }
                                                }
                                            }
                                            else {
                                                validate21.errors = [{ instancePath: instancePath + "/roleIds", schemaPath: "#/properties/roleIds/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                            }
                                        }
                                        var valid0 = _errs15 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.dateCreated !== undefined) {
                                            const _errs19 = errors;
                                            if (typeof data.dateCreated !== "string") {
                                                validate21.errors = [{ instancePath: instancePath + "/dateCreated", schemaPath: "#/properties/dateCreated/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                            var valid0 = _errs19 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                        if (valid0) {
                                            if (data.dateModified !== undefined) {
                                                const _errs21 = errors;
                                                if (typeof data.dateModified !== "string") {
                                                    validate21.errors = [{ instancePath: instancePath + "/dateModified", schemaPath: "#/properties/dateModified/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                }
                                                var valid0 = _errs21 === errors;
                                            }
                                            else {
                                                var valid0 = true;
                                            }
                                            if (valid0) {
                                                if (data.createdBy !== undefined) {
                                                    let data11 = data.createdBy;
                                                    const _errs23 = errors;
                                                    const _errs24 = errors;
                                                    if (errors === _errs24) {
                                                        if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                                                            if (data11.id !== undefined) {
                                                                const _errs26 = errors;
                                                                if (typeof data11.id !== "string") {
                                                                    validate21.errors = [{ instancePath: instancePath + "/createdBy/id", schemaPath: "#/$defs/DomainEntityRef/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                }
                                                                var valid4 = _errs26 === errors;
                                                            }
                                                            else {
                                                                var valid4 = true;
                                                            }
                                                            if (valid4) {
                                                                if (data11.name !== undefined) {
                                                                    const _errs28 = errors;
                                                                    if (typeof data11.name !== "string") {
                                                                        validate21.errors = [{ instancePath: instancePath + "/createdBy/name", schemaPath: "#/$defs/DomainEntityRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                    }
                                                                    var valid4 = _errs28 === errors;
                                                                }
                                                                else {
                                                                    var valid4 = true;
                                                                }
                                                                if (valid4) {
                                                                    if (data11.selfUri !== undefined) {
                                                                        const _errs30 = errors;
                                                                        if (typeof data11.selfUri !== "string") {
                                                                            validate21.errors = [{ instancePath: instancePath + "/createdBy/selfUri", schemaPath: "#/$defs/DomainEntityRef/properties/selfUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                        }
                                                                        var valid4 = _errs30 === errors;
                                                                    }
                                                                    else {
                                                                        var valid4 = true;
                                                                    }
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            validate21.errors = [{ instancePath: instancePath + "/createdBy", schemaPath: "#/$defs/DomainEntityRef/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                            return false;
                                                        }
                                                    }
                                                    var valid0 = _errs23 === errors;
                                                }
                                                else {
                                                    var valid0 = true;
                                                }
                                                if (valid0) {
                                                    if (data.modifiedBy !== undefined) {
                                                        let data15 = data.modifiedBy;
                                                        const _errs32 = errors;
                                                        const _errs33 = errors;
                                                        if (errors === _errs33) {
                                                            if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                                                                if (data15.id !== undefined) {
                                                                    const _errs35 = errors;
                                                                    if (typeof data15.id !== "string") {
                                                                        validate21.errors = [{ instancePath: instancePath + "/modifiedBy/id", schemaPath: "#/$defs/DomainEntityRef/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                    }
                                                                    var valid6 = _errs35 === errors;
                                                                }
                                                                else {
                                                                    var valid6 = true;
                                                                }
                                                                if (valid6) {
                                                                    if (data15.name !== undefined) {
                                                                        const _errs37 = errors;
                                                                        if (typeof data15.name !== "string") {
                                                                            validate21.errors = [{ instancePath: instancePath + "/modifiedBy/name", schemaPath: "#/$defs/DomainEntityRef/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                        }
                                                                        var valid6 = _errs37 === errors;
                                                                    }
                                                                    else {
                                                                        var valid6 = true;
                                                                    }
                                                                    if (valid6) {
                                                                        if (data15.selfUri !== undefined) {
                                                                            const _errs39 = errors;
                                                                            if (typeof data15.selfUri !== "string") {
                                                                                validate21.errors = [{ instancePath: instancePath + "/modifiedBy/selfUri", schemaPath: "#/$defs/DomainEntityRef/properties/selfUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                return false;
                                                                            }
                                                                            var valid6 = _errs39 === errors;
                                                                        }
                                                                        else {
                                                                            var valid6 = true;
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                            else {
                                                                validate21.errors = [{ instancePath: instancePath + "/modifiedBy", schemaPath: "#/$defs/DomainEntityRef/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                return false;
                                                            }
                                                        }
                                                        var valid0 = _errs32 === errors;
                                                    }
                                                    else {
                                                        var valid0 = true;
                                                    }
                                                    if (valid0) {
                                                        if (data.authorizedGrantType !== undefined) {
                                                            const _errs41 = errors;
                                                            if (typeof data.authorizedGrantType !== "string") {
                                                                validate21.errors = [{ instancePath: instancePath + "/authorizedGrantType", schemaPath: "#/properties/authorizedGrantType/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                            }
                                                            var valid0 = _errs41 === errors;
                                                        }
                                                        else {
                                                            var valid0 = true;
                                                        }
                                                        if (valid0) {
                                                            if (data.scope !== undefined) {
                                                                let data20 = data.scope;
                                                                const _errs43 = errors;
                                                                if (errors === _errs43) {
                                                                    if (Array.isArray(data20)) {
                                                                        var valid7 = true;
                                                                        const len2 = data20.length;
                                                                        for (let i2 = 0; i2 < len2; i2++) {
                                                                            const _errs45 = errors;
                                                                            if (typeof data20[i2] !== "string") {
                                                                                validate21.errors = [{ instancePath: instancePath + "/scope/" + i2, schemaPath: "#/properties/scope/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                return false;
                                                                            }
                                                                            var valid7 = _errs45 === errors;
                                                                            if (!valid7) {
                                                                                break;
                                                                            }
                                                                        }
                                                                    }
                                                                    else {
                                                                        validate21.errors = [{ instancePath: instancePath + "/scope", schemaPath: "#/properties/scope/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                        return false;
                                                                    }
                                                                }
                                                                var valid0 = _errs43 === errors;
                                                            }
                                                            else {
                                                                var valid0 = true;
                                                            }
                                                            if (valid0) {
                                                                if (data.roleDivisions !== undefined) {
                                                                    let data22 = data.roleDivisions;
                                                                    const _errs47 = errors;
                                                                    if (errors === _errs47) {
                                                                        if (Array.isArray(data22)) {
                                                                            var valid8 = true;
                                                                            const len3 = data22.length;
                                                                            for (let i3 = 0; i3 < len3; i3++) {
                                                                                let data23 = data22[i3];
                                                                                const _errs49 = errors;
                                                                                const _errs50 = errors;
                                                                                if (errors === _errs50) {
                                                                                    if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                                                                                        let missing0;
                                                                                        if (((data23.roleId === undefined) && (missing0 = "roleId")) || ((data23.divisionId === undefined) && (missing0 = "divisionId"))) {
                                                                                            validate21.errors = [{ instancePath: instancePath + "/roleDivisions/" + i3, schemaPath: "#/$defs/RoleDivision/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                                                                                            return false;
                                                                                        }
                                                                                        else {
                                                                                            if (data23.roleId !== undefined) {
                                                                                                const _errs52 = errors;
                                                                                                if (typeof data23.roleId !== "string") {
                                                                                                    validate21.errors = [{ instancePath: instancePath + "/roleDivisions/" + i3 + "/roleId", schemaPath: "#/$defs/RoleDivision/properties/roleId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                    return false;
                                                                                                }
                                                                                                var valid10 = _errs52 === errors;
                                                                                            }
                                                                                            else {
                                                                                                var valid10 = true;
                                                                                            }
                                                                                            if (valid10) {
                                                                                                if (data23.divisionId !== undefined) {
                                                                                                    const _errs54 = errors;
                                                                                                    if (typeof data23.divisionId !== "string") {
                                                                                                        validate21.errors = [{ instancePath: instancePath + "/roleDivisions/" + i3 + "/divisionId", schemaPath: "#/$defs/RoleDivision/properties/divisionId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                    var valid10 = _errs54 === errors;
                                                                                                }
                                                                                                else {
                                                                                                    var valid10 = true;
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                    else {
                                                                                        validate21.errors = [{ instancePath: instancePath + "/roleDivisions/" + i3, schemaPath: "#/$defs/RoleDivision/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                        return false;
                                                                                    }
                                                                                }
                                                                                var valid8 = _errs49 === errors;
                                                                                if (!valid8) {
                                                                                    break;
                                                                                }
                                                                            }
                                                                        }
                                                                        else {
                                                                            validate21.errors = [{ instancePath: instancePath + "/roleDivisions", schemaPath: "#/properties/roleDivisions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                            return false;
                                                                        }
                                                                    }
                                                                    var valid0 = _errs47 === errors;
                                                                }
                                                                else {
                                                                    var valid0 = true;
                                                                }
                                                                if (valid0) {
                                                                    if (data.state !== undefined) {
                                                                        const _errs56 = errors;
                                                                        if (typeof data.state !== "string") {
                                                                            validate21.errors = [{ instancePath: instancePath + "/state", schemaPath: "#/properties/state/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                        }
                                                                        var valid0 = _errs56 === errors;
                                                                    }
                                                                    else {
                                                                        var valid0 = true;
                                                                    }
                                                                    if (valid0) {
                                                                        if (data.dateToDelete !== undefined) {
                                                                            const _errs58 = errors;
                                                                            if (typeof data.dateToDelete !== "string") {
                                                                                validate21.errors = [{ instancePath: instancePath + "/dateToDelete", schemaPath: "#/properties/dateToDelete/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                return false;
                                                                            }
                                                                            var valid0 = _errs58 === errors;
                                                                        }
                                                                        else {
                                                                            var valid0 = true;
                                                                        }
                                                                        if (valid0) {
                                                                            if (data.selfUri !== undefined) {
                                                                                const _errs60 = errors;
                                                                                if (typeof data.selfUri !== "string") {
                                                                                    validate21.errors = [{ instancePath: instancePath + "/selfUri", schemaPath: "#/properties/selfUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                    return false;
                                                                                }
                                                                                var valid0 = _errs60 === errors;
                                                                            }
                                                                            else {
                                                                                var valid0 = true;
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate21.errors = vErrors;
    return errors === 0;
}
validate21.evaluated = { "props": { "id": true, "name": true, "accessTokenValiditySeconds": true, "description": true, "registeredRedirectUri": true, "secret": true, "roleIds": true, "dateCreated": true, "dateModified": true, "createdBy": true, "modifiedBy": true, "authorizedGrantType": true, "scope": true, "roleDivisions": true, "state": true, "dateToDelete": true, "selfUri": true }, "dynamicProps": false, "dynamicItems": false };
const OAuthClientEntityListing = validate22;
const schema36 = { "type": "object", "properties": { "entities": { "type": "array", "items": { "$ref": "#/$defs/OAuthClient" } }, "pageSize": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^[0-9]{1,15}$" }] }, "pageNumber": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^[0-9]{1,15}$" }] }, "total": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^[0-9]{1,15}$" }] }, "lastUri": { "type": "string" }, "firstUri": { "type": "string" }, "selfUri": { "type": "string" }, "nextUri": { "type": "string" }, "previousUri": { "type": "string" }, "pageCount": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^[0-9]{1,15}$" }] } } };
const pattern4 = new RegExp("^[0-9]{1,15}$", "u");
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate22.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.entities !== undefined) {
                let data0 = data.entities;
                const _errs1 = errors;
                if (errors === _errs1) {
                    if (Array.isArray(data0)) {
                        var valid1 = true;
                        const len0 = data0.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                            const _errs3 = errors;
                            if (!(validate21(data0[i0], { instancePath: instancePath + "/entities/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                                vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                                errors = vErrors.length;
                            }
                            var valid1 = _errs3 === errors;
                            if (!valid1) {
                                break;
                            }
                        }
                    }
                    else {
                        validate22.errors = [{ instancePath: instancePath + "/entities", schemaPath: "#/properties/entities/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                    }
                }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.pageSize !== undefined) {
                    let data2 = data.pageSize;
                    const _errs4 = errors;
                    const _errs5 = errors;
                    let valid2 = false;
                    const _errs6 = errors;
                    if (!(typeof data2 == "number")) {
                        const err0 = { instancePath: instancePath + "/pageSize", schemaPath: "#/properties/pageSize/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                            vErrors = [err0];
                        }
                        else {
                            vErrors.push(err0);
                        }
                        errors++;
                    }
                    var _valid0 = _errs6 === errors;
                    valid2 = valid2 || _valid0;
                    const _errs8 = errors;
                    if (errors === _errs8) {
                        if (typeof data2 === "string") {
                            if (!pattern4.test(data2)) {
                                const err1 = { instancePath: instancePath + "/pageSize", schemaPath: "#/properties/pageSize/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]{1,15}$" }, message: "must match pattern \"" + "^[0-9]{1,15}$" + "\"" };
                                if (vErrors === null) {
                                    vErrors = [err1];
                                }
                                else {
                                    vErrors.push(err1);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err2 = { instancePath: instancePath + "/pageSize", schemaPath: "#/properties/pageSize/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err2];
                            }
                            else {
                                vErrors.push(err2);
                            }
                            errors++;
                        }
                    }
                    var _valid0 = _errs8 === errors;
                    valid2 = valid2 || _valid0;
                    if (!valid2) {
                        const err3 = { instancePath: instancePath + "/pageSize", schemaPath: "#/properties/pageSize/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                        if (vErrors === null) {
                            vErrors = [err3];
                        }
                        else {
                            vErrors.push(err3);
                        }
                        errors++;
                        validate22.errors = vErrors;
                        return false;
                    }
                    else {
                        errors = _errs5;
                        if (vErrors !== null) {
                            if (_errs5) {
                                vErrors.length = _errs5;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                    var valid0 = _errs4 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.pageNumber !== undefined) {
                        let data3 = data.pageNumber;
                        const _errs10 = errors;
                        const _errs11 = errors;
                        let valid3 = false;
                        const _errs12 = errors;
                        if (!(typeof data3 == "number")) {
                            const err4 = { instancePath: instancePath + "/pageNumber", schemaPath: "#/properties/pageNumber/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                            if (vErrors === null) {
                                vErrors = [err4];
                            }
                            else {
                                vErrors.push(err4);
                            }
                            errors++;
                        }
                        var _valid1 = _errs12 === errors;
                        valid3 = valid3 || _valid1;
                        const _errs14 = errors;
                        if (errors === _errs14) {
                            if (typeof data3 === "string") {
                                if (!pattern4.test(data3)) {
                                    const err5 = { instancePath: instancePath + "/pageNumber", schemaPath: "#/properties/pageNumber/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]{1,15}$" }, message: "must match pattern \"" + "^[0-9]{1,15}$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err5];
                                    }
                                    else {
                                        vErrors.push(err5);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err6 = { instancePath: instancePath + "/pageNumber", schemaPath: "#/properties/pageNumber/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err6];
                                }
                                else {
                                    vErrors.push(err6);
                                }
                                errors++;
                            }
                        }
                        var _valid1 = _errs14 === errors;
                        valid3 = valid3 || _valid1;
                        if (!valid3) {
                            const err7 = { instancePath: instancePath + "/pageNumber", schemaPath: "#/properties/pageNumber/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                            validate22.errors = vErrors;
                            return false;
                        }
                        else {
                            errors = _errs11;
                            if (vErrors !== null) {
                                if (_errs11) {
                                    vErrors.length = _errs11;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                        var valid0 = _errs10 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.total !== undefined) {
                            let data4 = data.total;
                            const _errs16 = errors;
                            const _errs17 = errors;
                            let valid4 = false;
                            const _errs18 = errors;
                            if (!(typeof data4 == "number")) {
                                const err8 = { instancePath: instancePath + "/total", schemaPath: "#/properties/total/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err8];
                                }
                                else {
                                    vErrors.push(err8);
                                }
                                errors++;
                            }
                            var _valid2 = _errs18 === errors;
                            valid4 = valid4 || _valid2;
                            const _errs20 = errors;
                            if (errors === _errs20) {
                                if (typeof data4 === "string") {
                                    if (!pattern4.test(data4)) {
                                        const err9 = { instancePath: instancePath + "/total", schemaPath: "#/properties/total/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]{1,15}$" }, message: "must match pattern \"" + "^[0-9]{1,15}$" + "\"" };
                                        if (vErrors === null) {
                                            vErrors = [err9];
                                        }
                                        else {
                                            vErrors.push(err9);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err10 = { instancePath: instancePath + "/total", schemaPath: "#/properties/total/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err10];
                                    }
                                    else {
                                        vErrors.push(err10);
                                    }
                                    errors++;
                                }
                            }
                            var _valid2 = _errs20 === errors;
                            valid4 = valid4 || _valid2;
                            if (!valid4) {
                                const err11 = { instancePath: instancePath + "/total", schemaPath: "#/properties/total/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                if (vErrors === null) {
                                    vErrors = [err11];
                                }
                                else {
                                    vErrors.push(err11);
                                }
                                errors++;
                                validate22.errors = vErrors;
                                return false;
                            }
                            else {
                                errors = _errs17;
                                if (vErrors !== null) {
                                    if (_errs17) {
                                        vErrors.length = _errs17;
                                    }
                                    else {
                                        vErrors = null;
                                    }
                                }
                            }
                            var valid0 = _errs16 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.lastUri !== undefined) {
                                const _errs22 = errors;
                                if (typeof data.lastUri !== "string") {
                                    validate22.errors = [{ instancePath: instancePath + "/lastUri", schemaPath: "#/properties/lastUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                                var valid0 = _errs22 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.firstUri !== undefined) {
                                    const _errs24 = errors;
                                    if (typeof data.firstUri !== "string") {
                                        validate22.errors = [{ instancePath: instancePath + "/firstUri", schemaPath: "#/properties/firstUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                    }
                                    var valid0 = _errs24 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.selfUri !== undefined) {
                                        const _errs26 = errors;
                                        if (typeof data.selfUri !== "string") {
                                            validate22.errors = [{ instancePath: instancePath + "/selfUri", schemaPath: "#/properties/selfUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                        }
                                        var valid0 = _errs26 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.nextUri !== undefined) {
                                            const _errs28 = errors;
                                            if (typeof data.nextUri !== "string") {
                                                validate22.errors = [{ instancePath: instancePath + "/nextUri", schemaPath: "#/properties/nextUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                            var valid0 = _errs28 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                        if (valid0) {
                                            if (data.previousUri !== undefined) {
                                                const _errs30 = errors;
                                                if (typeof data.previousUri !== "string") {
                                                    validate22.errors = [{ instancePath: instancePath + "/previousUri", schemaPath: "#/properties/previousUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                }
                                                var valid0 = _errs30 === errors;
                                            }
                                            else {
                                                var valid0 = true;
                                            }
                                            if (valid0) {
                                                if (data.pageCount !== undefined) {
                                                    let data10 = data.pageCount;
                                                    const _errs32 = errors;
                                                    const _errs33 = errors;
                                                    let valid5 = false;
                                                    const _errs34 = errors;
                                                    if (!(typeof data10 == "number")) {
                                                        const err12 = { instancePath: instancePath + "/pageCount", schemaPath: "#/properties/pageCount/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                        if (vErrors === null) {
                                                            vErrors = [err12];
                                                        }
                                                        else {
                                                            vErrors.push(err12);
                                                        }
                                                        errors++;
                                                    }
                                                    var _valid3 = _errs34 === errors;
                                                    valid5 = valid5 || _valid3;
                                                    const _errs36 = errors;
                                                    if (errors === _errs36) {
                                                        if (typeof data10 === "string") {
                                                            if (!pattern4.test(data10)) {
                                                                const err13 = { instancePath: instancePath + "/pageCount", schemaPath: "#/properties/pageCount/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]{1,15}$" }, message: "must match pattern \"" + "^[0-9]{1,15}$" + "\"" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err13];
                                                                }
                                                                else {
                                                                    vErrors.push(err13);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        else {
                                                            const err14 = { instancePath: instancePath + "/pageCount", schemaPath: "#/properties/pageCount/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err14];
                                                            }
                                                            else {
                                                                vErrors.push(err14);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    var _valid3 = _errs36 === errors;
                                                    valid5 = valid5 || _valid3;
                                                    if (!valid5) {
                                                        const err15 = { instancePath: instancePath + "/pageCount", schemaPath: "#/properties/pageCount/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                        if (vErrors === null) {
                                                            vErrors = [err15];
                                                        }
                                                        else {
                                                            vErrors.push(err15);
                                                        }
                                                        errors++;
                                                        validate22.errors = vErrors;
                                                        return false;
                                                    }
                                                    else {
                                                        errors = _errs33;
                                                        if (vErrors !== null) {
                                                            if (_errs33) {
                                                                vErrors.length = _errs33;
                                                            }
                                                            else {
                                                                vErrors = null;
                                                            }
                                                        }
                                                    }
                                                    var valid0 = _errs32 === errors;
                                                }
                                                else {
                                                    var valid0 = true;
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate22.errors = vErrors;
    return errors === 0;
}
validate22.evaluated = { "props": { "entities": true, "pageSize": true, "pageNumber": true, "total": true, "lastUri": true, "firstUri": true, "selfUri": true, "nextUri": true, "previousUri": true, "pageCount": true }, "dynamicProps": false, "dynamicItems": false };
const OAuthScope = validate24;
const schema37 = { "type": "object", "properties": { "id": { "type": "string" }, "description": { "type": "string" }, "selfUri": { "type": "string" } } };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate24.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.id !== undefined) {
                const _errs1 = errors;
                if (typeof data.id !== "string") {
                    validate24.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.description !== undefined) {
                    const _errs3 = errors;
                    if (typeof data.description !== "string") {
                        validate24.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                    }
                    var valid0 = _errs3 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.selfUri !== undefined) {
                        const _errs5 = errors;
                        if (typeof data.selfUri !== "string") {
                            validate24.errors = [{ instancePath: instancePath + "/selfUri", schemaPath: "#/properties/selfUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                        var valid0 = _errs5 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                }
            }
        }
        else {
            validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate24.errors = vErrors;
    return errors === 0;
}
validate24.evaluated = { "props": { "id": true, "description": true, "selfUri": true }, "dynamicProps": false, "dynamicItems": false };
const OAuthScopeListing = validate25;
const schema38 = { "type": "object", "properties": { "total": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^[0-9]{1,15}$" }] }, "entities": { "type": "array", "items": { "$ref": "#/$defs/OAuthScope" } }, "selfUri": { "type": "string" } } };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate25.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.total !== undefined) {
                let data0 = data.total;
                const _errs1 = errors;
                const _errs2 = errors;
                let valid1 = false;
                const _errs3 = errors;
                if (!(typeof data0 == "number")) {
                    const err0 = { instancePath: instancePath + "/total", schemaPath: "#/properties/total/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                        vErrors = [err0];
                    }
                    else {
                        vErrors.push(err0);
                    }
                    errors++;
                }
                var _valid0 = _errs3 === errors;
                valid1 = valid1 || _valid0;
                const _errs5 = errors;
                if (errors === _errs5) {
                    if (typeof data0 === "string") {
                        if (!pattern4.test(data0)) {
                            const err1 = { instancePath: instancePath + "/total", schemaPath: "#/properties/total/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]{1,15}$" }, message: "must match pattern \"" + "^[0-9]{1,15}$" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err1];
                            }
                            else {
                                vErrors.push(err1);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err2 = { instancePath: instancePath + "/total", schemaPath: "#/properties/total/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err2];
                        }
                        else {
                            vErrors.push(err2);
                        }
                        errors++;
                    }
                }
                var _valid0 = _errs5 === errors;
                valid1 = valid1 || _valid0;
                if (!valid1) {
                    const err3 = { instancePath: instancePath + "/total", schemaPath: "#/properties/total/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                    validate25.errors = vErrors;
                    return false;
                }
                else {
                    errors = _errs2;
                    if (vErrors !== null) {
                        if (_errs2) {
                            vErrors.length = _errs2;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.entities !== undefined) {
                    let data1 = data.entities;
                    const _errs7 = errors;
                    if (errors === _errs7) {
                        if (Array.isArray(data1)) {
                            var valid2 = true;
                            const len0 = data1.length;
                            for (let i0 = 0; i0 < len0; i0++) {
                                let data2 = data1[i0];
                                const _errs9 = errors;
                                const _errs10 = errors;
                                if (errors === _errs10) {
                                    if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                                        if (data2.id !== undefined) {
                                            const _errs12 = errors;
                                            if (typeof data2.id !== "string") {
                                                validate25.errors = [{ instancePath: instancePath + "/entities/" + i0 + "/id", schemaPath: "#/$defs/OAuthScope/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                            var valid4 = _errs12 === errors;
                                        }
                                        else {
                                            var valid4 = true;
                                        }
                                        if (valid4) {
                                            if (data2.description !== undefined) {
                                                const _errs14 = errors;
                                                if (typeof data2.description !== "string") {
                                                    validate25.errors = [{ instancePath: instancePath + "/entities/" + i0 + "/description", schemaPath: "#/$defs/OAuthScope/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                }
                                                var valid4 = _errs14 === errors;
                                            }
                                            else {
                                                var valid4 = true;
                                            }
                                            if (valid4) {
                                                if (data2.selfUri !== undefined) {
                                                    const _errs16 = errors;
                                                    if (typeof data2.selfUri !== "string") {
                                                        validate25.errors = [{ instancePath: instancePath + "/entities/" + i0 + "/selfUri", schemaPath: "#/$defs/OAuthScope/properties/selfUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                    }
                                                    var valid4 = _errs16 === errors;
                                                }
                                                else {
                                                    var valid4 = true;
                                                }
                                            }
                                        }
                                    }
                                    else {
                                        validate25.errors = [{ instancePath: instancePath + "/entities/" + i0, schemaPath: "#/$defs/OAuthScope/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                    }
                                }
                                var valid2 = _errs9 === errors;
                                if (!valid2) {
                                    break;
                                }
                            }
                        }
                        else {
                            validate25.errors = [{ instancePath: instancePath + "/entities", schemaPath: "#/properties/entities/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                        }
                    }
                    var valid0 = _errs7 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.selfUri !== undefined) {
                        const _errs18 = errors;
                        if (typeof data.selfUri !== "string") {
                            validate25.errors = [{ instancePath: instancePath + "/selfUri", schemaPath: "#/properties/selfUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                        var valid0 = _errs18 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                }
            }
        }
        else {
            validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate25.errors = vErrors;
    return errors === 0;
}
validate25.evaluated = { "props": { "total": true, "entities": true, "selfUri": true }, "dynamicProps": false, "dynamicItems": false };
const RoleDivision = validate26;
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate26.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if (((data.roleId === undefined) && (missing0 = "roleId")) || ((data.divisionId === undefined) && (missing0 = "divisionId"))) {
                validate26.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                return false;
            }
            else {
                if (data.roleId !== undefined) {
                    const _errs1 = errors;
                    if (typeof data.roleId !== "string") {
                        validate26.errors = [{ instancePath: instancePath + "/roleId", schemaPath: "#/properties/roleId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                    }
                    var valid0 = _errs1 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.divisionId !== undefined) {
                        const _errs3 = errors;
                        if (typeof data.divisionId !== "string") {
                            validate26.errors = [{ instancePath: instancePath + "/divisionId", schemaPath: "#/properties/divisionId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                        var valid0 = _errs3 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                }
            }
        }
        else {
            validate26.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate26.errors = vErrors;
    return errors === 0;
}
validate26.evaluated = { "props": { "roleId": true, "divisionId": true }, "dynamicProps": false, "dynamicItems": false };
const DomainEntityRef = validate27;
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate27.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.id !== undefined) {
                const _errs1 = errors;
                if (typeof data.id !== "string") {
                    validate27.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.name !== undefined) {
                    const _errs3 = errors;
                    if (typeof data.name !== "string") {
                        validate27.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                    }
                    var valid0 = _errs3 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.selfUri !== undefined) {
                        const _errs5 = errors;
                        if (typeof data.selfUri !== "string") {
                            validate27.errors = [{ instancePath: instancePath + "/selfUri", schemaPath: "#/properties/selfUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                        var valid0 = _errs5 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                }
            }
        }
        else {
            validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate27.errors = vErrors;
    return errors === 0;
}
validate27.evaluated = { "props": { "id": true, "name": true, "selfUri": true }, "dynamicProps": false, "dynamicItems": false };
const DomainOrganizationRole = validate28;
const schema42 = { "type": "object", "properties": { "id": { "type": "string" }, "name": { "type": "string" }, "description": { "type": "string" }, "defaultRoleId": { "type": "string" }, "permissions": { "type": "array", "items": { "type": "string" } }, "unusedPermissions": { "type": "array", "items": { "type": "string" } }, "permissionPolicies": { "type": "array", "items": { "$ref": "#/$defs/DomainPermissionPolicy" } }, "userCount": { "type": "number" }, "roleNeedsUpdate": { "type": "boolean" }, "baseLicense": { "type": "string" }, "addonLicenses": { "type": "array", "items": { "type": "string" } }, "dateLicenseLastUpdated": { "type": "string" }, "default": { "type": "boolean" }, "base": { "type": "boolean" }, "selfUri": { "type": "string" } } };
const schema43 = { "type": "object", "properties": { "domain": { "type": "string" }, "entityName": { "type": "string" }, "policyName": { "type": "string" }, "policyDescription": { "type": "string" }, "actionSet": { "type": "array", "items": { "type": "string" } }, "namedResources": { "type": "array", "items": { "type": "string" } }, "allowConditions": { "type": "boolean" }, "resourceConditionNode": { "$ref": "#/$defs/DomainResourceConditionNode" } } };
const schema44 = { "type": "object", "properties": { "variableName": { "type": "string" }, "operator": { "type": "string" }, "operands": { "type": "array", "items": { "$ref": "#/$defs/DomainResourceConditionValue" } }, "conjunction": { "type": "string" }, "terms": { "type": "array", "items": { "$ref": "#/$defs/DomainResourceConditionNode" } } } };
const schema45 = { "type": "object", "properties": { "user": { "type": "object" }, "queue": { "type": "object" }, "team": { "type": "object" }, "value": { "type": "string" }, "type": { "type": "string" } } };
const wrapper0 = { validate: validate30 };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate30.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.variableName !== undefined) {
                const _errs1 = errors;
                if (typeof data.variableName !== "string") {
                    validate30.errors = [{ instancePath: instancePath + "/variableName", schemaPath: "#/properties/variableName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.operator !== undefined) {
                    const _errs3 = errors;
                    if (typeof data.operator !== "string") {
                        validate30.errors = [{ instancePath: instancePath + "/operator", schemaPath: "#/properties/operator/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                    }
                    var valid0 = _errs3 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.operands !== undefined) {
                        let data2 = data.operands;
                        const _errs5 = errors;
                        if (errors === _errs5) {
                            if (Array.isArray(data2)) {
                                var valid1 = true;
                                const len0 = data2.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                    let data3 = data2[i0];
                                    const _errs7 = errors;
                                    const _errs8 = errors;
                                    if (errors === _errs8) {
                                        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                                            if (data3.user !== undefined) {
                                                let data4 = data3.user;
                                                const _errs10 = errors;
                                                if (!(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
                                                    validate30.errors = [{ instancePath: instancePath + "/operands/" + i0 + "/user", schemaPath: "#/$defs/DomainResourceConditionValue/properties/user/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                    return false;
                                                }
                                                var valid3 = _errs10 === errors;
                                            }
                                            else {
                                                var valid3 = true;
                                            }
                                            if (valid3) {
                                                if (data3.queue !== undefined) {
                                                    let data5 = data3.queue;
                                                    const _errs12 = errors;
                                                    if (!(data5 && typeof data5 == "object" && !Array.isArray(data5))) {
                                                        validate30.errors = [{ instancePath: instancePath + "/operands/" + i0 + "/queue", schemaPath: "#/$defs/DomainResourceConditionValue/properties/queue/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                    }
                                                    var valid3 = _errs12 === errors;
                                                }
                                                else {
                                                    var valid3 = true;
                                                }
                                                if (valid3) {
                                                    if (data3.team !== undefined) {
                                                        let data6 = data3.team;
                                                        const _errs14 = errors;
                                                        if (!(data6 && typeof data6 == "object" && !Array.isArray(data6))) {
                                                            validate30.errors = [{ instancePath: instancePath + "/operands/" + i0 + "/team", schemaPath: "#/$defs/DomainResourceConditionValue/properties/team/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                            return false;
                                                        }
                                                        var valid3 = _errs14 === errors;
                                                    }
                                                    else {
                                                        var valid3 = true;
                                                    }
                                                    if (valid3) {
                                                        if (data3.value !== undefined) {
                                                            const _errs16 = errors;
                                                            if (typeof data3.value !== "string") {
                                                                validate30.errors = [{ instancePath: instancePath + "/operands/" + i0 + "/value", schemaPath: "#/$defs/DomainResourceConditionValue/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                            }
                                                            var valid3 = _errs16 === errors;
                                                        }
                                                        else {
                                                            var valid3 = true;
                                                        }
                                                        if (valid3) {
                                                            if (data3.type !== undefined) {
                                                                const _errs18 = errors;
                                                                if (typeof data3.type !== "string") {
                                                                    validate30.errors = [{ instancePath: instancePath + "/operands/" + i0 + "/type", schemaPath: "#/$defs/DomainResourceConditionValue/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                }
                                                                var valid3 = _errs18 === errors;
                                                            }
                                                            else {
                                                                var valid3 = true;
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                        else {
                                            validate30.errors = [{ instancePath: instancePath + "/operands/" + i0, schemaPath: "#/$defs/DomainResourceConditionValue/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                        }
                                    }
                                    var valid1 = _errs7 === errors;
                                    if (!valid1) {
                                        break;
                                    }
                                }
                            }
                            else {
                                validate30.errors = [{ instancePath: instancePath + "/operands", schemaPath: "#/properties/operands/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                            }
                        }
                        var valid0 = _errs5 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.conjunction !== undefined) {
                            const _errs20 = errors;
                            if (typeof data.conjunction !== "string") {
                                validate30.errors = [{ instancePath: instancePath + "/conjunction", schemaPath: "#/properties/conjunction/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                            var valid0 = _errs20 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.terms !== undefined) {
                                let data10 = data.terms;
                                const _errs22 = errors;
                                if (errors === _errs22) {
                                    if (Array.isArray(data10)) {
                                        var valid4 = true;
                                        const len1 = data10.length;
                                        for (let i1 = 0; i1 < len1; i1++) {
                                            const _errs24 = errors;
                                            if (!(wrapper0.validate(data10[i1], { instancePath: instancePath + "/terms/" + i1, parentData: data10, parentDataProperty: i1, rootData, dynamicAnchors }))) {
                                                vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
                                                errors = vErrors.length;
                                            }
                                            var valid4 = _errs24 === errors;
                                            if (!valid4) {
                                                break;
                                            }
                                        }
                                    }
                                    else {
                                        validate30.errors = [{ instancePath: instancePath + "/terms", schemaPath: "#/properties/terms/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                    }
                                }
                                var valid0 = _errs22 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                        }
                    }
                }
            }
        }
        else {
            validate30.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate30.errors = vErrors;
    return errors === 0;
}
validate30.evaluated = { "props": { "variableName": true, "operator": true, "operands": true, "conjunction": true, "terms": true }, "dynamicProps": false, "dynamicItems": false };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate29.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.domain !== undefined) {
                const _errs1 = errors;
                if (typeof data.domain !== "string") {
                    validate29.errors = [{ instancePath: instancePath + "/domain", schemaPath: "#/properties/domain/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.entityName !== undefined) {
                    const _errs3 = errors;
                    if (typeof data.entityName !== "string") {
                        validate29.errors = [{ instancePath: instancePath + "/entityName", schemaPath: "#/properties/entityName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                    }
                    var valid0 = _errs3 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.policyName !== undefined) {
                        const _errs5 = errors;
                        if (typeof data.policyName !== "string") {
                            validate29.errors = [{ instancePath: instancePath + "/policyName", schemaPath: "#/properties/policyName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                        var valid0 = _errs5 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.policyDescription !== undefined) {
                            const _errs7 = errors;
                            if (typeof data.policyDescription !== "string") {
                                validate29.errors = [{ instancePath: instancePath + "/policyDescription", schemaPath: "#/properties/policyDescription/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                            var valid0 = _errs7 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.actionSet !== undefined) {
                                let data4 = data.actionSet;
                                const _errs9 = errors;
                                if (errors === _errs9) {
                                    if (Array.isArray(data4)) {
                                        var valid1 = true;
                                        const len0 = data4.length;
                                        for (let i0 = 0; i0 < len0; i0++) {
                                            const _errs11 = errors;
                                            if (typeof data4[i0] !== "string") {
                                                validate29.errors = [{ instancePath: instancePath + "/actionSet/" + i0, schemaPath: "#/properties/actionSet/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                            var valid1 = _errs11 === errors;
                                            if (!valid1) {
                                                break;
                                            }
                                        }
                                    }
                                    else {
                                        validate29.errors = [{ instancePath: instancePath + "/actionSet", schemaPath: "#/properties/actionSet/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                    }
                                }
                                var valid0 = _errs9 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.namedResources !== undefined) {
                                    let data6 = data.namedResources;
                                    const _errs13 = errors;
                                    if (errors === _errs13) {
                                        if (Array.isArray(data6)) {
                                            var valid2 = true;
                                            const len1 = data6.length;
                                            for (let i1 = 0; i1 < len1; i1++) {
                                                const _errs15 = errors;
                                                if (typeof data6[i1] !== "string") {
                                                    validate29.errors = [{ instancePath: instancePath + "/namedResources/" + i1, schemaPath: "#/properties/namedResources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                }
                                                var valid2 = _errs15 === errors;
                                                if (!valid2) {
                                                    break;
                                                }
                                            }
                                        }
                                        else {
                                            validate29.errors = [{ instancePath: instancePath + "/namedResources", schemaPath: "#/properties/namedResources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                        }
                                    }
                                    var valid0 = _errs13 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.allowConditions !== undefined) {
                                        const _errs17 = errors;
                                        if (typeof data.allowConditions !== "boolean") {
                                            validate29.errors = [{ instancePath: instancePath + "/allowConditions", schemaPath: "#/properties/allowConditions/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                            return false;
                                        }
                                        var valid0 = _errs17 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.resourceConditionNode !== undefined) {
                                            const _errs19 = errors;
                                            if (!(validate30(data.resourceConditionNode, { instancePath: instancePath + "/resourceConditionNode", parentData: data, parentDataProperty: "resourceConditionNode", rootData, dynamicAnchors }))) {
                                                vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                                                errors = vErrors.length;
                                            }
                                            var valid0 = _errs19 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate29.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate29.errors = vErrors;
    return errors === 0;
}
validate29.evaluated = { "props": { "domain": true, "entityName": true, "policyName": true, "policyDescription": true, "actionSet": true, "namedResources": true, "allowConditions": true, "resourceConditionNode": true }, "dynamicProps": false, "dynamicItems": false };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate28.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.id !== undefined) {
                const _errs1 = errors;
                if (typeof data.id !== "string") {
                    validate28.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.name !== undefined) {
                    const _errs3 = errors;
                    if (typeof data.name !== "string") {
                        validate28.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                    }
                    var valid0 = _errs3 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.description !== undefined) {
                        const _errs5 = errors;
                        if (typeof data.description !== "string") {
                            validate28.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                        var valid0 = _errs5 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.defaultRoleId !== undefined) {
                            const _errs7 = errors;
                            if (typeof data.defaultRoleId !== "string") {
                                validate28.errors = [{ instancePath: instancePath + "/defaultRoleId", schemaPath: "#/properties/defaultRoleId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                            var valid0 = _errs7 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.permissions !== undefined) {
                                let data4 = data.permissions;
                                const _errs9 = errors;
                                if (errors === _errs9) {
                                    if (Array.isArray(data4)) {
                                        var valid1 = true;
                                        const len0 = data4.length;
                                        for (let i0 = 0; i0 < len0; i0++) {
                                            const _errs11 = errors;
                                            if (typeof data4[i0] !== "string") {
                                                validate28.errors = [{ instancePath: instancePath + "/permissions/" + i0, schemaPath: "#/properties/permissions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                            var valid1 = _errs11 === errors;
                                            if (!valid1) {
                                                break;
                                            }
                                        }
                                    }
                                    else {
                                        validate28.errors = [{ instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                    }
                                }
                                var valid0 = _errs9 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.unusedPermissions !== undefined) {
                                    let data6 = data.unusedPermissions;
                                    const _errs13 = errors;
                                    if (errors === _errs13) {
                                        if (Array.isArray(data6)) {
                                            var valid2 = true;
                                            const len1 = data6.length;
                                            for (let i1 = 0; i1 < len1; i1++) {
                                                const _errs15 = errors;
                                                if (typeof data6[i1] !== "string") {
                                                    validate28.errors = [{ instancePath: instancePath + "/unusedPermissions/" + i1, schemaPath: "#/properties/unusedPermissions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                }
                                                var valid2 = _errs15 === errors;
                                                if (!valid2) {
                                                    break;
                                                }
                                            }
                                        }
                                        else {
                                            validate28.errors = [{ instancePath: instancePath + "/unusedPermissions", schemaPath: "#/properties/unusedPermissions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                        }
                                    }
                                    var valid0 = _errs13 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.permissionPolicies !== undefined) {
                                        let data8 = data.permissionPolicies;
                                        const _errs17 = errors;
                                        if (errors === _errs17) {
                                            if (Array.isArray(data8)) {
                                                var valid3 = true;
                                                const len2 = data8.length;
                                                for (let i2 = 0; i2 < len2; i2++) {
                                                    const _errs19 = errors;
                                                    if (!(validate29(data8[i2], { instancePath: instancePath + "/permissionPolicies/" + i2, parentData: data8, parentDataProperty: i2, rootData, dynamicAnchors }))) {
                                                        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
                                                        errors = vErrors.length;
                                                    }
                                                    var valid3 = _errs19 === errors;
                                                    if (!valid3) {
                                                        break;
                                                    }
                                                }
                                            }
                                            else {
                                                validate28.errors = [{ instancePath: instancePath + "/permissionPolicies", schemaPath: "#/properties/permissionPolicies/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                return false;
                                            }
                                        }
                                        var valid0 = _errs17 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.userCount !== undefined) {
                                            const _errs20 = errors;
                                            if (!(typeof data.userCount == "number")) {
                                                validate28.errors = [{ instancePath: instancePath + "/userCount", schemaPath: "#/properties/userCount/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                return false;
                                            }
                                            var valid0 = _errs20 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                        if (valid0) {
                                            if (data.roleNeedsUpdate !== undefined) {
                                                const _errs22 = errors;
                                                if (typeof data.roleNeedsUpdate !== "boolean") {
                                                    validate28.errors = [{ instancePath: instancePath + "/roleNeedsUpdate", schemaPath: "#/properties/roleNeedsUpdate/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                    return false;
                                                }
                                                var valid0 = _errs22 === errors;
                                            }
                                            else {
                                                var valid0 = true;
                                            }
                                            if (valid0) {
                                                if (data.baseLicense !== undefined) {
                                                    const _errs24 = errors;
                                                    if (typeof data.baseLicense !== "string") {
                                                        validate28.errors = [{ instancePath: instancePath + "/baseLicense", schemaPath: "#/properties/baseLicense/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                    }
                                                    var valid0 = _errs24 === errors;
                                                }
                                                else {
                                                    var valid0 = true;
                                                }
                                                if (valid0) {
                                                    if (data.addonLicenses !== undefined) {
                                                        let data13 = data.addonLicenses;
                                                        const _errs26 = errors;
                                                        if (errors === _errs26) {
                                                            if (Array.isArray(data13)) {
                                                                var valid4 = true;
                                                                const len3 = data13.length;
                                                                for (let i3 = 0; i3 < len3; i3++) {
                                                                    const _errs28 = errors;
                                                                    if (typeof data13[i3] !== "string") {
                                                                        validate28.errors = [{ instancePath: instancePath + "/addonLicenses/" + i3, schemaPath: "#/properties/addonLicenses/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                    }
                                                                    var valid4 = _errs28 === errors;
                                                                    if (!valid4) {
                                                                        break;
                                                                    }
                                                                }
                                                            }
                                                            else {
                                                                validate28.errors = [{ instancePath: instancePath + "/addonLicenses", schemaPath: "#/properties/addonLicenses/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                return false;
                                                            }
                                                        }
                                                        var valid0 = _errs26 === errors;
                                                    }
                                                    else {
                                                        var valid0 = true;
                                                    }
                                                    if (valid0) {
                                                        if (data.dateLicenseLastUpdated !== undefined) {
                                                            const _errs30 = errors;
                                                            if (typeof data.dateLicenseLastUpdated !== "string") {
                                                                validate28.errors = [{ instancePath: instancePath + "/dateLicenseLastUpdated", schemaPath: "#/properties/dateLicenseLastUpdated/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                            }
                                                            var valid0 = _errs30 === errors;
                                                        }
                                                        else {
                                                            var valid0 = true;
                                                        }
                                                        if (valid0) {
                                                            if (data.default !== undefined) {
                                                                const _errs32 = errors;
                                                                if (typeof data.default !== "boolean") {
                                                                    validate28.errors = [{ instancePath: instancePath + "/default", schemaPath: "#/properties/default/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                                    return false;
                                                                }
                                                                var valid0 = _errs32 === errors;
                                                            }
                                                            else {
                                                                var valid0 = true;
                                                            }
                                                            if (valid0) {
                                                                if (data.base !== undefined) {
                                                                    const _errs34 = errors;
                                                                    if (typeof data.base !== "boolean") {
                                                                        validate28.errors = [{ instancePath: instancePath + "/base", schemaPath: "#/properties/base/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                                        return false;
                                                                    }
                                                                    var valid0 = _errs34 === errors;
                                                                }
                                                                else {
                                                                    var valid0 = true;
                                                                }
                                                                if (valid0) {
                                                                    if (data.selfUri !== undefined) {
                                                                        const _errs36 = errors;
                                                                        if (typeof data.selfUri !== "string") {
                                                                            validate28.errors = [{ instancePath: instancePath + "/selfUri", schemaPath: "#/properties/selfUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                        }
                                                                        var valid0 = _errs36 === errors;
                                                                    }
                                                                    else {
                                                                        var valid0 = true;
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate28.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate28.errors = vErrors;
    return errors === 0;
}
validate28.evaluated = { "props": { "id": true, "name": true, "description": true, "defaultRoleId": true, "permissions": true, "unusedPermissions": true, "permissionPolicies": true, "userCount": true, "roleNeedsUpdate": true, "baseLicense": true, "addonLicenses": true, "dateLicenseLastUpdated": true, "default": true, "base": true, "selfUri": true }, "dynamicProps": false, "dynamicItems": false };
const OrganizationRoleEntityListing = validate33;
const schema46 = { "type": "object", "properties": { "entities": { "type": "array", "items": { "$ref": "#/$defs/DomainOrganizationRole" } }, "pageSize": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^[0-9]{1,15}$" }] }, "pageNumber": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^[0-9]{1,15}$" }] }, "total": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^[0-9]{1,15}$" }] }, "lastUri": { "type": "string" }, "firstUri": { "type": "string" }, "selfUri": { "type": "string" }, "nextUri": { "type": "string" }, "previousUri": { "type": "string" }, "pageCount": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^[0-9]{1,15}$" }] } } };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate33.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.entities !== undefined) {
                let data0 = data.entities;
                const _errs1 = errors;
                if (errors === _errs1) {
                    if (Array.isArray(data0)) {
                        var valid1 = true;
                        const len0 = data0.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                            const _errs3 = errors;
                            if (!(validate28(data0[i0], { instancePath: instancePath + "/entities/" + i0, parentData: data0, parentDataProperty: i0, rootData, dynamicAnchors }))) {
                                vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
                                errors = vErrors.length;
                            }
                            var valid1 = _errs3 === errors;
                            if (!valid1) {
                                break;
                            }
                        }
                    }
                    else {
                        validate33.errors = [{ instancePath: instancePath + "/entities", schemaPath: "#/properties/entities/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                    }
                }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.pageSize !== undefined) {
                    let data2 = data.pageSize;
                    const _errs4 = errors;
                    const _errs5 = errors;
                    let valid2 = false;
                    const _errs6 = errors;
                    if (!(typeof data2 == "number")) {
                        const err0 = { instancePath: instancePath + "/pageSize", schemaPath: "#/properties/pageSize/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                            vErrors = [err0];
                        }
                        else {
                            vErrors.push(err0);
                        }
                        errors++;
                    }
                    var _valid0 = _errs6 === errors;
                    valid2 = valid2 || _valid0;
                    const _errs8 = errors;
                    if (errors === _errs8) {
                        if (typeof data2 === "string") {
                            if (!pattern4.test(data2)) {
                                const err1 = { instancePath: instancePath + "/pageSize", schemaPath: "#/properties/pageSize/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]{1,15}$" }, message: "must match pattern \"" + "^[0-9]{1,15}$" + "\"" };
                                if (vErrors === null) {
                                    vErrors = [err1];
                                }
                                else {
                                    vErrors.push(err1);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err2 = { instancePath: instancePath + "/pageSize", schemaPath: "#/properties/pageSize/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err2];
                            }
                            else {
                                vErrors.push(err2);
                            }
                            errors++;
                        }
                    }
                    var _valid0 = _errs8 === errors;
                    valid2 = valid2 || _valid0;
                    if (!valid2) {
                        const err3 = { instancePath: instancePath + "/pageSize", schemaPath: "#/properties/pageSize/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                        if (vErrors === null) {
                            vErrors = [err3];
                        }
                        else {
                            vErrors.push(err3);
                        }
                        errors++;
                        validate33.errors = vErrors;
                        return false;
                    }
                    else {
                        errors = _errs5;
                        if (vErrors !== null) {
                            if (_errs5) {
                                vErrors.length = _errs5;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                    var valid0 = _errs4 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.pageNumber !== undefined) {
                        let data3 = data.pageNumber;
                        const _errs10 = errors;
                        const _errs11 = errors;
                        let valid3 = false;
                        const _errs12 = errors;
                        if (!(typeof data3 == "number")) {
                            const err4 = { instancePath: instancePath + "/pageNumber", schemaPath: "#/properties/pageNumber/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                            if (vErrors === null) {
                                vErrors = [err4];
                            }
                            else {
                                vErrors.push(err4);
                            }
                            errors++;
                        }
                        var _valid1 = _errs12 === errors;
                        valid3 = valid3 || _valid1;
                        const _errs14 = errors;
                        if (errors === _errs14) {
                            if (typeof data3 === "string") {
                                if (!pattern4.test(data3)) {
                                    const err5 = { instancePath: instancePath + "/pageNumber", schemaPath: "#/properties/pageNumber/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]{1,15}$" }, message: "must match pattern \"" + "^[0-9]{1,15}$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err5];
                                    }
                                    else {
                                        vErrors.push(err5);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err6 = { instancePath: instancePath + "/pageNumber", schemaPath: "#/properties/pageNumber/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err6];
                                }
                                else {
                                    vErrors.push(err6);
                                }
                                errors++;
                            }
                        }
                        var _valid1 = _errs14 === errors;
                        valid3 = valid3 || _valid1;
                        if (!valid3) {
                            const err7 = { instancePath: instancePath + "/pageNumber", schemaPath: "#/properties/pageNumber/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                            validate33.errors = vErrors;
                            return false;
                        }
                        else {
                            errors = _errs11;
                            if (vErrors !== null) {
                                if (_errs11) {
                                    vErrors.length = _errs11;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                        var valid0 = _errs10 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.total !== undefined) {
                            let data4 = data.total;
                            const _errs16 = errors;
                            const _errs17 = errors;
                            let valid4 = false;
                            const _errs18 = errors;
                            if (!(typeof data4 == "number")) {
                                const err8 = { instancePath: instancePath + "/total", schemaPath: "#/properties/total/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err8];
                                }
                                else {
                                    vErrors.push(err8);
                                }
                                errors++;
                            }
                            var _valid2 = _errs18 === errors;
                            valid4 = valid4 || _valid2;
                            const _errs20 = errors;
                            if (errors === _errs20) {
                                if (typeof data4 === "string") {
                                    if (!pattern4.test(data4)) {
                                        const err9 = { instancePath: instancePath + "/total", schemaPath: "#/properties/total/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]{1,15}$" }, message: "must match pattern \"" + "^[0-9]{1,15}$" + "\"" };
                                        if (vErrors === null) {
                                            vErrors = [err9];
                                        }
                                        else {
                                            vErrors.push(err9);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err10 = { instancePath: instancePath + "/total", schemaPath: "#/properties/total/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err10];
                                    }
                                    else {
                                        vErrors.push(err10);
                                    }
                                    errors++;
                                }
                            }
                            var _valid2 = _errs20 === errors;
                            valid4 = valid4 || _valid2;
                            if (!valid4) {
                                const err11 = { instancePath: instancePath + "/total", schemaPath: "#/properties/total/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                if (vErrors === null) {
                                    vErrors = [err11];
                                }
                                else {
                                    vErrors.push(err11);
                                }
                                errors++;
                                validate33.errors = vErrors;
                                return false;
                            }
                            else {
                                errors = _errs17;
                                if (vErrors !== null) {
                                    if (_errs17) {
                                        vErrors.length = _errs17;
                                    }
                                    else {
                                        vErrors = null;
                                    }
                                }
                            }
                            var valid0 = _errs16 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.lastUri !== undefined) {
                                const _errs22 = errors;
                                if (typeof data.lastUri !== "string") {
                                    validate33.errors = [{ instancePath: instancePath + "/lastUri", schemaPath: "#/properties/lastUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                                var valid0 = _errs22 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.firstUri !== undefined) {
                                    const _errs24 = errors;
                                    if (typeof data.firstUri !== "string") {
                                        validate33.errors = [{ instancePath: instancePath + "/firstUri", schemaPath: "#/properties/firstUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                    }
                                    var valid0 = _errs24 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.selfUri !== undefined) {
                                        const _errs26 = errors;
                                        if (typeof data.selfUri !== "string") {
                                            validate33.errors = [{ instancePath: instancePath + "/selfUri", schemaPath: "#/properties/selfUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                        }
                                        var valid0 = _errs26 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.nextUri !== undefined) {
                                            const _errs28 = errors;
                                            if (typeof data.nextUri !== "string") {
                                                validate33.errors = [{ instancePath: instancePath + "/nextUri", schemaPath: "#/properties/nextUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                            var valid0 = _errs28 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                        if (valid0) {
                                            if (data.previousUri !== undefined) {
                                                const _errs30 = errors;
                                                if (typeof data.previousUri !== "string") {
                                                    validate33.errors = [{ instancePath: instancePath + "/previousUri", schemaPath: "#/properties/previousUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                }
                                                var valid0 = _errs30 === errors;
                                            }
                                            else {
                                                var valid0 = true;
                                            }
                                            if (valid0) {
                                                if (data.pageCount !== undefined) {
                                                    let data10 = data.pageCount;
                                                    const _errs32 = errors;
                                                    const _errs33 = errors;
                                                    let valid5 = false;
                                                    const _errs34 = errors;
                                                    if (!(typeof data10 == "number")) {
                                                        const err12 = { instancePath: instancePath + "/pageCount", schemaPath: "#/properties/pageCount/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                        if (vErrors === null) {
                                                            vErrors = [err12];
                                                        }
                                                        else {
                                                            vErrors.push(err12);
                                                        }
                                                        errors++;
                                                    }
                                                    var _valid3 = _errs34 === errors;
                                                    valid5 = valid5 || _valid3;
                                                    const _errs36 = errors;
                                                    if (errors === _errs36) {
                                                        if (typeof data10 === "string") {
                                                            if (!pattern4.test(data10)) {
                                                                const err13 = { instancePath: instancePath + "/pageCount", schemaPath: "#/properties/pageCount/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]{1,15}$" }, message: "must match pattern \"" + "^[0-9]{1,15}$" + "\"" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err13];
                                                                }
                                                                else {
                                                                    vErrors.push(err13);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        else {
                                                            const err14 = { instancePath: instancePath + "/pageCount", schemaPath: "#/properties/pageCount/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err14];
                                                            }
                                                            else {
                                                                vErrors.push(err14);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    var _valid3 = _errs36 === errors;
                                                    valid5 = valid5 || _valid3;
                                                    if (!valid5) {
                                                        const err15 = { instancePath: instancePath + "/pageCount", schemaPath: "#/properties/pageCount/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                        if (vErrors === null) {
                                                            vErrors = [err15];
                                                        }
                                                        else {
                                                            vErrors.push(err15);
                                                        }
                                                        errors++;
                                                        validate33.errors = vErrors;
                                                        return false;
                                                    }
                                                    else {
                                                        errors = _errs33;
                                                        if (vErrors !== null) {
                                                            if (_errs33) {
                                                                vErrors.length = _errs33;
                                                            }
                                                            else {
                                                                vErrors = null;
                                                            }
                                                        }
                                                    }
                                                    var valid0 = _errs32 === errors;
                                                }
                                                else {
                                                    var valid0 = true;
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate33.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate33.errors = vErrors;
    return errors === 0;
}
validate33.evaluated = { "props": { "entities": true, "pageSize": true, "pageNumber": true, "total": true, "lastUri": true, "firstUri": true, "selfUri": true, "nextUri": true, "previousUri": true, "pageCount": true }, "dynamicProps": false, "dynamicItems": false };
const DomainPermissionPolicy = validate35;
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate35.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.domain !== undefined) {
                const _errs1 = errors;
                if (typeof data.domain !== "string") {
                    validate35.errors = [{ instancePath: instancePath + "/domain", schemaPath: "#/properties/domain/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.entityName !== undefined) {
                    const _errs3 = errors;
                    if (typeof data.entityName !== "string") {
                        validate35.errors = [{ instancePath: instancePath + "/entityName", schemaPath: "#/properties/entityName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                    }
                    var valid0 = _errs3 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.policyName !== undefined) {
                        const _errs5 = errors;
                        if (typeof data.policyName !== "string") {
                            validate35.errors = [{ instancePath: instancePath + "/policyName", schemaPath: "#/properties/policyName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                        var valid0 = _errs5 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.policyDescription !== undefined) {
                            const _errs7 = errors;
                            if (typeof data.policyDescription !== "string") {
                                validate35.errors = [{ instancePath: instancePath + "/policyDescription", schemaPath: "#/properties/policyDescription/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                            var valid0 = _errs7 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.actionSet !== undefined) {
                                let data4 = data.actionSet;
                                const _errs9 = errors;
                                if (errors === _errs9) {
                                    if (Array.isArray(data4)) {
                                        var valid1 = true;
                                        const len0 = data4.length;
                                        for (let i0 = 0; i0 < len0; i0++) {
                                            const _errs11 = errors;
                                            if (typeof data4[i0] !== "string") {
                                                validate35.errors = [{ instancePath: instancePath + "/actionSet/" + i0, schemaPath: "#/properties/actionSet/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                            var valid1 = _errs11 === errors;
                                            if (!valid1) {
                                                break;
                                            }
                                        }
                                    }
                                    else {
                                        validate35.errors = [{ instancePath: instancePath + "/actionSet", schemaPath: "#/properties/actionSet/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                    }
                                }
                                var valid0 = _errs9 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.namedResources !== undefined) {
                                    let data6 = data.namedResources;
                                    const _errs13 = errors;
                                    if (errors === _errs13) {
                                        if (Array.isArray(data6)) {
                                            var valid2 = true;
                                            const len1 = data6.length;
                                            for (let i1 = 0; i1 < len1; i1++) {
                                                const _errs15 = errors;
                                                if (typeof data6[i1] !== "string") {
                                                    validate35.errors = [{ instancePath: instancePath + "/namedResources/" + i1, schemaPath: "#/properties/namedResources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                }
                                                var valid2 = _errs15 === errors;
                                                if (!valid2) {
                                                    break;
                                                }
                                            }
                                        }
                                        else {
                                            validate35.errors = [{ instancePath: instancePath + "/namedResources", schemaPath: "#/properties/namedResources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                        }
                                    }
                                    var valid0 = _errs13 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.allowConditions !== undefined) {
                                        const _errs17 = errors;
                                        if (typeof data.allowConditions !== "boolean") {
                                            validate35.errors = [{ instancePath: instancePath + "/allowConditions", schemaPath: "#/properties/allowConditions/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                            return false;
                                        }
                                        var valid0 = _errs17 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.resourceConditionNode !== undefined) {
                                            const _errs19 = errors;
                                            if (!(validate30(data.resourceConditionNode, { instancePath: instancePath + "/resourceConditionNode", parentData: data, parentDataProperty: "resourceConditionNode", rootData, dynamicAnchors }))) {
                                                vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                                                errors = vErrors.length;
                                            }
                                            var valid0 = _errs19 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate35.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate35.errors = vErrors;
    return errors === 0;
}
validate35.evaluated = { "props": { "domain": true, "entityName": true, "policyName": true, "policyDescription": true, "actionSet": true, "namedResources": true, "allowConditions": true, "resourceConditionNode": true }, "dynamicProps": false, "dynamicItems": false };
const DomainResourceConditionNode = validate37;
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate37.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.variableName !== undefined) {
                const _errs1 = errors;
                if (typeof data.variableName !== "string") {
                    validate37.errors = [{ instancePath: instancePath + "/variableName", schemaPath: "#/properties/variableName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.operator !== undefined) {
                    const _errs3 = errors;
                    if (typeof data.operator !== "string") {
                        validate37.errors = [{ instancePath: instancePath + "/operator", schemaPath: "#/properties/operator/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                    }
                    var valid0 = _errs3 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.operands !== undefined) {
                        let data2 = data.operands;
                        const _errs5 = errors;
                        if (errors === _errs5) {
                            if (Array.isArray(data2)) {
                                var valid1 = true;
                                const len0 = data2.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                    let data3 = data2[i0];
                                    const _errs7 = errors;
                                    const _errs8 = errors;
                                    if (errors === _errs8) {
                                        if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                                            if (data3.user !== undefined) {
                                                let data4 = data3.user;
                                                const _errs10 = errors;
                                                if (!(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
                                                    validate37.errors = [{ instancePath: instancePath + "/operands/" + i0 + "/user", schemaPath: "#/$defs/DomainResourceConditionValue/properties/user/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                    return false;
                                                }
                                                var valid3 = _errs10 === errors;
                                            }
                                            else {
                                                var valid3 = true;
                                            }
                                            if (valid3) {
                                                if (data3.queue !== undefined) {
                                                    let data5 = data3.queue;
                                                    const _errs12 = errors;
                                                    if (!(data5 && typeof data5 == "object" && !Array.isArray(data5))) {
                                                        validate37.errors = [{ instancePath: instancePath + "/operands/" + i0 + "/queue", schemaPath: "#/$defs/DomainResourceConditionValue/properties/queue/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                    }
                                                    var valid3 = _errs12 === errors;
                                                }
                                                else {
                                                    var valid3 = true;
                                                }
                                                if (valid3) {
                                                    if (data3.team !== undefined) {
                                                        let data6 = data3.team;
                                                        const _errs14 = errors;
                                                        if (!(data6 && typeof data6 == "object" && !Array.isArray(data6))) {
                                                            validate37.errors = [{ instancePath: instancePath + "/operands/" + i0 + "/team", schemaPath: "#/$defs/DomainResourceConditionValue/properties/team/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                            return false;
                                                        }
                                                        var valid3 = _errs14 === errors;
                                                    }
                                                    else {
                                                        var valid3 = true;
                                                    }
                                                    if (valid3) {
                                                        if (data3.value !== undefined) {
                                                            const _errs16 = errors;
                                                            if (typeof data3.value !== "string") {
                                                                validate37.errors = [{ instancePath: instancePath + "/operands/" + i0 + "/value", schemaPath: "#/$defs/DomainResourceConditionValue/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                            }
                                                            var valid3 = _errs16 === errors;
                                                        }
                                                        else {
                                                            var valid3 = true;
                                                        }
                                                        if (valid3) {
                                                            if (data3.type !== undefined) {
                                                                const _errs18 = errors;
                                                                if (typeof data3.type !== "string") {
                                                                    validate37.errors = [{ instancePath: instancePath + "/operands/" + i0 + "/type", schemaPath: "#/$defs/DomainResourceConditionValue/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                }
                                                                var valid3 = _errs18 === errors;
                                                            }
                                                            else {
                                                                var valid3 = true;
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                        else {
                                            validate37.errors = [{ instancePath: instancePath + "/operands/" + i0, schemaPath: "#/$defs/DomainResourceConditionValue/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                        }
                                    }
                                    var valid1 = _errs7 === errors;
                                    if (!valid1) {
                                        break;
                                    }
                                }
                            }
                            else {
                                validate37.errors = [{ instancePath: instancePath + "/operands", schemaPath: "#/properties/operands/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                            }
                        }
                        var valid0 = _errs5 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.conjunction !== undefined) {
                            const _errs20 = errors;
                            if (typeof data.conjunction !== "string") {
                                validate37.errors = [{ instancePath: instancePath + "/conjunction", schemaPath: "#/properties/conjunction/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                            var valid0 = _errs20 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.terms !== undefined) {
                                let data10 = data.terms;
                                const _errs22 = errors;
                                if (errors === _errs22) {
                                    if (Array.isArray(data10)) {
                                        var valid4 = true;
                                        const len1 = data10.length;
                                        for (let i1 = 0; i1 < len1; i1++) {
                                            const _errs24 = errors;
                                            if (!(validate30(data10[i1], { instancePath: instancePath + "/terms/" + i1, parentData: data10, parentDataProperty: i1, rootData, dynamicAnchors }))) {
                                                vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                                                errors = vErrors.length;
                                            }
                                            var valid4 = _errs24 === errors;
                                            if (!valid4) {
                                                break;
                                            }
                                        }
                                    }
                                    else {
                                        validate37.errors = [{ instancePath: instancePath + "/terms", schemaPath: "#/properties/terms/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                    }
                                }
                                var valid0 = _errs22 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                        }
                    }
                }
            }
        }
        else {
            validate37.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate37.errors = vErrors;
    return errors === 0;
}
validate37.evaluated = { "props": { "variableName": true, "operator": true, "operands": true, "conjunction": true, "terms": true }, "dynamicProps": false, "dynamicItems": false };
const DomainResourceConditionValue = validate39;
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate39.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.user !== undefined) {
                let data0 = data.user;
                const _errs1 = errors;
                if (!(data0 && typeof data0 == "object" && !Array.isArray(data0))) {
                    validate39.errors = [{ instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                    return false;
                }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.queue !== undefined) {
                    let data1 = data.queue;
                    const _errs3 = errors;
                    if (!(data1 && typeof data1 == "object" && !Array.isArray(data1))) {
                        validate39.errors = [{ instancePath: instancePath + "/queue", schemaPath: "#/properties/queue/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                    }
                    var valid0 = _errs3 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.team !== undefined) {
                        let data2 = data.team;
                        const _errs5 = errors;
                        if (!(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
                            validate39.errors = [{ instancePath: instancePath + "/team", schemaPath: "#/properties/team/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                        }
                        var valid0 = _errs5 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.value !== undefined) {
                            const _errs7 = errors;
                            if (typeof data.value !== "string") {
                                validate39.errors = [{ instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                            var valid0 = _errs7 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.type !== undefined) {
                                const _errs9 = errors;
                                if (typeof data.type !== "string") {
                                    validate39.errors = [{ instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                                var valid0 = _errs9 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                        }
                    }
                }
            }
        }
        else {
            validate39.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate39.errors = vErrors;
    return errors === 0;
}
validate39.evaluated = { "props": { "user": true, "queue": true, "team": true, "value": true, "type": true }, "dynamicProps": false, "dynamicItems": false };
const AuthzDivision = validate40;
const schema51 = { "type": "object", "properties": { "id": { "type": "string" }, "name": { "type": "string" }, "description": { "type": "string" }, "homeDivision": { "type": "boolean" }, "objectCounts": { "type": "object", "additionalProperties": { "type": "number" } }, "selfUri": { "type": "string" } } };
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate40.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.id !== undefined) {
                const _errs1 = errors;
                if (typeof data.id !== "string") {
                    validate40.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.name !== undefined) {
                    const _errs3 = errors;
                    if (typeof data.name !== "string") {
                        validate40.errors = [{ instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                    }
                    var valid0 = _errs3 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.description !== undefined) {
                        const _errs5 = errors;
                        if (typeof data.description !== "string") {
                            validate40.errors = [{ instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                        var valid0 = _errs5 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.homeDivision !== undefined) {
                            const _errs7 = errors;
                            if (typeof data.homeDivision !== "boolean") {
                                validate40.errors = [{ instancePath: instancePath + "/homeDivision", schemaPath: "#/properties/homeDivision/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                return false;
                            }
                            var valid0 = _errs7 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.objectCounts !== undefined) {
                                let data4 = data.objectCounts;
                                const _errs9 = errors;
                                if (errors === _errs9) {
                                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                                        for (const key0 in data4) {
                                            const _errs12 = errors;
                                            if (!(typeof data4[key0] == "number")) {
                                                validate40.errors = [{ instancePath: instancePath + "/objectCounts/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/objectCounts/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                return false;
                                            }
                                            var valid1 = _errs12 === errors;
                                            if (!valid1) {
                                                break;
                                            }
                                        }
                                    }
                                    else {
                                        validate40.errors = [{ instancePath: instancePath + "/objectCounts", schemaPath: "#/properties/objectCounts/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                        return false;
                                    }
                                }
                                var valid0 = _errs9 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.selfUri !== undefined) {
                                    const _errs14 = errors;
                                    if (typeof data.selfUri !== "string") {
                                        validate40.errors = [{ instancePath: instancePath + "/selfUri", schemaPath: "#/properties/selfUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                    }
                                    var valid0 = _errs14 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate40.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate40.errors = vErrors;
    return errors === 0;
}
validate40.evaluated = { "props": { "id": true, "name": true, "description": true, "homeDivision": true, "objectCounts": true, "selfUri": true }, "dynamicProps": false, "dynamicItems": false };
const AuthzDivisionEntityListing = validate41;
const schema52 = { "type": "object", "properties": { "entities": { "type": "array", "items": { "$ref": "#/$defs/AuthzDivision" } }, "pageSize": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^[0-9]{1,15}$" }] }, "pageNumber": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^[0-9]{1,15}$" }] }, "total": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^[0-9]{1,15}$" }] }, "lastUri": { "type": "string" }, "firstUri": { "type": "string" }, "selfUri": { "type": "string" }, "nextUri": { "type": "string" }, "previousUri": { "type": "string" }, "pageCount": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^[0-9]{1,15}$" }] } } };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate41.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.entities !== undefined) {
                let data0 = data.entities;
                const _errs1 = errors;
                if (errors === _errs1) {
                    if (Array.isArray(data0)) {
                        var valid1 = true;
                        const len0 = data0.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                            let data1 = data0[i0];
                            const _errs3 = errors;
                            const _errs4 = errors;
                            if (errors === _errs4) {
                                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                                    if (data1.id !== undefined) {
                                        const _errs6 = errors;
                                        if (typeof data1.id !== "string") {
                                            validate41.errors = [{ instancePath: instancePath + "/entities/" + i0 + "/id", schemaPath: "#/$defs/AuthzDivision/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                        }
                                        var valid3 = _errs6 === errors;
                                    }
                                    else {
                                        var valid3 = true;
                                    }
                                    if (valid3) {
                                        if (data1.name !== undefined) {
                                            const _errs8 = errors;
                                            if (typeof data1.name !== "string") {
                                                validate41.errors = [{ instancePath: instancePath + "/entities/" + i0 + "/name", schemaPath: "#/$defs/AuthzDivision/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                            var valid3 = _errs8 === errors;
                                        }
                                        else {
                                            var valid3 = true;
                                        }
                                        if (valid3) {
                                            if (data1.description !== undefined) {
                                                const _errs10 = errors;
                                                if (typeof data1.description !== "string") {
                                                    validate41.errors = [{ instancePath: instancePath + "/entities/" + i0 + "/description", schemaPath: "#/$defs/AuthzDivision/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                }
                                                var valid3 = _errs10 === errors;
                                            }
                                            else {
                                                var valid3 = true;
                                            }
                                            if (valid3) {
                                                if (data1.homeDivision !== undefined) {
                                                    const _errs12 = errors;
                                                    if (typeof data1.homeDivision !== "boolean") {
                                                        validate41.errors = [{ instancePath: instancePath + "/entities/" + i0 + "/homeDivision", schemaPath: "#/$defs/AuthzDivision/properties/homeDivision/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                        return false;
                                                    }
                                                    var valid3 = _errs12 === errors;
                                                }
                                                else {
                                                    var valid3 = true;
                                                }
                                                if (valid3) {
                                                    if (data1.objectCounts !== undefined) {
                                                        let data6 = data1.objectCounts;
                                                        const _errs14 = errors;
                                                        if (errors === _errs14) {
                                                            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                                                                for (const key0 in data6) {
                                                                    const _errs17 = errors;
                                                                    if (!(typeof data6[key0] == "number")) {
                                                                        validate41.errors = [{ instancePath: instancePath + "/entities/" + i0 + "/objectCounts/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/AuthzDivision/properties/objectCounts/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                        return false;
                                                                    }
                                                                    var valid4 = _errs17 === errors;
                                                                    if (!valid4) {
                                                                        break;
                                                                    }
                                                                }
                                                            }
                                                            else {
                                                                validate41.errors = [{ instancePath: instancePath + "/entities/" + i0 + "/objectCounts", schemaPath: "#/$defs/AuthzDivision/properties/objectCounts/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                return false;
                                                            }
                                                        }
                                                        var valid3 = _errs14 === errors;
                                                    }
                                                    else {
                                                        var valid3 = true;
                                                    }
                                                    if (valid3) {
                                                        if (data1.selfUri !== undefined) {
                                                            const _errs19 = errors;
                                                            if (typeof data1.selfUri !== "string") {
                                                                validate41.errors = [{ instancePath: instancePath + "/entities/" + i0 + "/selfUri", schemaPath: "#/$defs/AuthzDivision/properties/selfUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                            }
                                                            var valid3 = _errs19 === errors;
                                                        }
                                                        else {
                                                            var valid3 = true;
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                                else {
                                    validate41.errors = [{ instancePath: instancePath + "/entities/" + i0, schemaPath: "#/$defs/AuthzDivision/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                }
                            }
                            var valid1 = _errs3 === errors;
                            if (!valid1) {
                                break;
                            }
                        }
                    }
                    else {
                        validate41.errors = [{ instancePath: instancePath + "/entities", schemaPath: "#/properties/entities/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                    }
                }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.pageSize !== undefined) {
                    let data9 = data.pageSize;
                    const _errs21 = errors;
                    const _errs22 = errors;
                    let valid5 = false;
                    const _errs23 = errors;
                    if (!(typeof data9 == "number")) {
                        const err0 = { instancePath: instancePath + "/pageSize", schemaPath: "#/properties/pageSize/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                            vErrors = [err0];
                        }
                        else {
                            vErrors.push(err0);
                        }
                        errors++;
                    }
                    var _valid0 = _errs23 === errors;
                    valid5 = valid5 || _valid0;
                    const _errs25 = errors;
                    if (errors === _errs25) {
                        if (typeof data9 === "string") {
                            if (!pattern4.test(data9)) {
                                const err1 = { instancePath: instancePath + "/pageSize", schemaPath: "#/properties/pageSize/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]{1,15}$" }, message: "must match pattern \"" + "^[0-9]{1,15}$" + "\"" };
                                if (vErrors === null) {
                                    vErrors = [err1];
                                }
                                else {
                                    vErrors.push(err1);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err2 = { instancePath: instancePath + "/pageSize", schemaPath: "#/properties/pageSize/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err2];
                            }
                            else {
                                vErrors.push(err2);
                            }
                            errors++;
                        }
                    }
                    var _valid0 = _errs25 === errors;
                    valid5 = valid5 || _valid0;
                    if (!valid5) {
                        const err3 = { instancePath: instancePath + "/pageSize", schemaPath: "#/properties/pageSize/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                        if (vErrors === null) {
                            vErrors = [err3];
                        }
                        else {
                            vErrors.push(err3);
                        }
                        errors++;
                        validate41.errors = vErrors;
                        return false;
                    }
                    else {
                        errors = _errs22;
                        if (vErrors !== null) {
                            if (_errs22) {
                                vErrors.length = _errs22;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                    var valid0 = _errs21 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.pageNumber !== undefined) {
                        let data10 = data.pageNumber;
                        const _errs27 = errors;
                        const _errs28 = errors;
                        let valid6 = false;
                        const _errs29 = errors;
                        if (!(typeof data10 == "number")) {
                            const err4 = { instancePath: instancePath + "/pageNumber", schemaPath: "#/properties/pageNumber/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                            if (vErrors === null) {
                                vErrors = [err4];
                            }
                            else {
                                vErrors.push(err4);
                            }
                            errors++;
                        }
                        var _valid1 = _errs29 === errors;
                        valid6 = valid6 || _valid1;
                        const _errs31 = errors;
                        if (errors === _errs31) {
                            if (typeof data10 === "string") {
                                if (!pattern4.test(data10)) {
                                    const err5 = { instancePath: instancePath + "/pageNumber", schemaPath: "#/properties/pageNumber/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]{1,15}$" }, message: "must match pattern \"" + "^[0-9]{1,15}$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err5];
                                    }
                                    else {
                                        vErrors.push(err5);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err6 = { instancePath: instancePath + "/pageNumber", schemaPath: "#/properties/pageNumber/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err6];
                                }
                                else {
                                    vErrors.push(err6);
                                }
                                errors++;
                            }
                        }
                        var _valid1 = _errs31 === errors;
                        valid6 = valid6 || _valid1;
                        if (!valid6) {
                            const err7 = { instancePath: instancePath + "/pageNumber", schemaPath: "#/properties/pageNumber/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                            validate41.errors = vErrors;
                            return false;
                        }
                        else {
                            errors = _errs28;
                            if (vErrors !== null) {
                                if (_errs28) {
                                    vErrors.length = _errs28;
                                }
                                else {
                                    vErrors = null;
                                }
                            }
                        }
                        var valid0 = _errs27 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.total !== undefined) {
                            let data11 = data.total;
                            const _errs33 = errors;
                            const _errs34 = errors;
                            let valid7 = false;
                            const _errs35 = errors;
                            if (!(typeof data11 == "number")) {
                                const err8 = { instancePath: instancePath + "/total", schemaPath: "#/properties/total/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err8];
                                }
                                else {
                                    vErrors.push(err8);
                                }
                                errors++;
                            }
                            var _valid2 = _errs35 === errors;
                            valid7 = valid7 || _valid2;
                            const _errs37 = errors;
                            if (errors === _errs37) {
                                if (typeof data11 === "string") {
                                    if (!pattern4.test(data11)) {
                                        const err9 = { instancePath: instancePath + "/total", schemaPath: "#/properties/total/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]{1,15}$" }, message: "must match pattern \"" + "^[0-9]{1,15}$" + "\"" };
                                        if (vErrors === null) {
                                            vErrors = [err9];
                                        }
                                        else {
                                            vErrors.push(err9);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err10 = { instancePath: instancePath + "/total", schemaPath: "#/properties/total/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                    if (vErrors === null) {
                                        vErrors = [err10];
                                    }
                                    else {
                                        vErrors.push(err10);
                                    }
                                    errors++;
                                }
                            }
                            var _valid2 = _errs37 === errors;
                            valid7 = valid7 || _valid2;
                            if (!valid7) {
                                const err11 = { instancePath: instancePath + "/total", schemaPath: "#/properties/total/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                if (vErrors === null) {
                                    vErrors = [err11];
                                }
                                else {
                                    vErrors.push(err11);
                                }
                                errors++;
                                validate41.errors = vErrors;
                                return false;
                            }
                            else {
                                errors = _errs34;
                                if (vErrors !== null) {
                                    if (_errs34) {
                                        vErrors.length = _errs34;
                                    }
                                    else {
                                        vErrors = null;
                                    }
                                }
                            }
                            var valid0 = _errs33 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.lastUri !== undefined) {
                                const _errs39 = errors;
                                if (typeof data.lastUri !== "string") {
                                    validate41.errors = [{ instancePath: instancePath + "/lastUri", schemaPath: "#/properties/lastUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                                var valid0 = _errs39 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.firstUri !== undefined) {
                                    const _errs41 = errors;
                                    if (typeof data.firstUri !== "string") {
                                        validate41.errors = [{ instancePath: instancePath + "/firstUri", schemaPath: "#/properties/firstUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                    }
                                    var valid0 = _errs41 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.selfUri !== undefined) {
                                        const _errs43 = errors;
                                        if (typeof data.selfUri !== "string") {
                                            validate41.errors = [{ instancePath: instancePath + "/selfUri", schemaPath: "#/properties/selfUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                        }
                                        var valid0 = _errs43 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.nextUri !== undefined) {
                                            const _errs45 = errors;
                                            if (typeof data.nextUri !== "string") {
                                                validate41.errors = [{ instancePath: instancePath + "/nextUri", schemaPath: "#/properties/nextUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                            var valid0 = _errs45 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                        if (valid0) {
                                            if (data.previousUri !== undefined) {
                                                const _errs47 = errors;
                                                if (typeof data.previousUri !== "string") {
                                                    validate41.errors = [{ instancePath: instancePath + "/previousUri", schemaPath: "#/properties/previousUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                }
                                                var valid0 = _errs47 === errors;
                                            }
                                            else {
                                                var valid0 = true;
                                            }
                                            if (valid0) {
                                                if (data.pageCount !== undefined) {
                                                    let data17 = data.pageCount;
                                                    const _errs49 = errors;
                                                    const _errs50 = errors;
                                                    let valid8 = false;
                                                    const _errs51 = errors;
                                                    if (!(typeof data17 == "number")) {
                                                        const err12 = { instancePath: instancePath + "/pageCount", schemaPath: "#/properties/pageCount/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                                        if (vErrors === null) {
                                                            vErrors = [err12];
                                                        }
                                                        else {
                                                            vErrors.push(err12);
                                                        }
                                                        errors++;
                                                    }
                                                    var _valid3 = _errs51 === errors;
                                                    valid8 = valid8 || _valid3;
                                                    const _errs53 = errors;
                                                    if (errors === _errs53) {
                                                        if (typeof data17 === "string") {
                                                            if (!pattern4.test(data17)) {
                                                                const err13 = { instancePath: instancePath + "/pageCount", schemaPath: "#/properties/pageCount/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]{1,15}$" }, message: "must match pattern \"" + "^[0-9]{1,15}$" + "\"" };
                                                                if (vErrors === null) {
                                                                    vErrors = [err13];
                                                                }
                                                                else {
                                                                    vErrors.push(err13);
                                                                }
                                                                errors++;
                                                            }
                                                        }
                                                        else {
                                                            const err14 = { instancePath: instancePath + "/pageCount", schemaPath: "#/properties/pageCount/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                            if (vErrors === null) {
                                                                vErrors = [err14];
                                                            }
                                                            else {
                                                                vErrors.push(err14);
                                                            }
                                                            errors++;
                                                        }
                                                    }
                                                    var _valid3 = _errs53 === errors;
                                                    valid8 = valid8 || _valid3;
                                                    if (!valid8) {
                                                        const err15 = { instancePath: instancePath + "/pageCount", schemaPath: "#/properties/pageCount/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                                                        if (vErrors === null) {
                                                            vErrors = [err15];
                                                        }
                                                        else {
                                                            vErrors.push(err15);
                                                        }
                                                        errors++;
                                                        validate41.errors = vErrors;
                                                        return false;
                                                    }
                                                    else {
                                                        errors = _errs50;
                                                        if (vErrors !== null) {
                                                            if (_errs50) {
                                                                vErrors.length = _errs50;
                                                            }
                                                            else {
                                                                vErrors = null;
                                                            }
                                                        }
                                                    }
                                                    var valid0 = _errs49 === errors;
                                                }
                                                else {
                                                    var valid0 = true;
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate41.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate41.errors = vErrors;
    return errors === 0;
}
validate41.evaluated = { "props": { "entities": true, "pageSize": true, "pageNumber": true, "total": true, "lastUri": true, "firstUri": true, "selfUri": true, "nextUri": true, "previousUri": true, "pageCount": true }, "dynamicProps": false, "dynamicItems": false };
const ErrorBody = validate42;
const schema54 = { "type": "object", "properties": { "message": { "type": "string" }, "code": { "type": "string" }, "status": { "type": "number" }, "entityId": { "type": "string" }, "entityName": { "type": "string" }, "messageWithParams": { "type": "string" }, "messageParams": { "type": "object", "additionalProperties": { "type": "string" } }, "contextId": { "type": "string" }, "details": { "type": "array", "items": { "$ref": "#/$defs/Detail" } }, "errors": { "type": "array", "items": { "$ref": "#/$defs/ErrorBody" } }, "limit": { "$ref": "#/$defs/Limit" } } };
const schema55 = { "type": "object", "properties": { "errorCode": { "type": "string" }, "fieldName": { "type": "string" }, "entityId": { "type": "string" }, "entityName": { "type": "string" } } };
const schema56 = { "type": "object", "properties": { "key": { "type": "string" }, "namespace": { "type": "string" }, "value": { "type": "number" } } };
const wrapper1 = { validate: validate42 };
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate42.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.message !== undefined) {
                const _errs1 = errors;
                if (typeof data.message !== "string") {
                    validate42.errors = [{ instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.code !== undefined) {
                    const _errs3 = errors;
                    if (typeof data.code !== "string") {
                        validate42.errors = [{ instancePath: instancePath + "/code", schemaPath: "#/properties/code/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                    }
                    var valid0 = _errs3 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.status !== undefined) {
                        const _errs5 = errors;
                        if (!(typeof data.status == "number")) {
                            validate42.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                            return false;
                        }
                        var valid0 = _errs5 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.entityId !== undefined) {
                            const _errs7 = errors;
                            if (typeof data.entityId !== "string") {
                                validate42.errors = [{ instancePath: instancePath + "/entityId", schemaPath: "#/properties/entityId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                            var valid0 = _errs7 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.entityName !== undefined) {
                                const _errs9 = errors;
                                if (typeof data.entityName !== "string") {
                                    validate42.errors = [{ instancePath: instancePath + "/entityName", schemaPath: "#/properties/entityName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                                var valid0 = _errs9 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.messageWithParams !== undefined) {
                                    const _errs11 = errors;
                                    if (typeof data.messageWithParams !== "string") {
                                        validate42.errors = [{ instancePath: instancePath + "/messageWithParams", schemaPath: "#/properties/messageWithParams/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                    }
                                    var valid0 = _errs11 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.messageParams !== undefined) {
                                        let data6 = data.messageParams;
                                        const _errs13 = errors;
                                        if (errors === _errs13) {
                                            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                                                for (const key0 in data6) {
                                                    const _errs16 = errors;
                                                    if (typeof data6[key0] !== "string") {
                                                        validate42.errors = [{ instancePath: instancePath + "/messageParams/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/messageParams/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                    }
                                                    var valid1 = _errs16 === errors;
                                                    if (!valid1) {
                                                        break;
                                                    }
                                                }
                                            }
                                            else {
                                                validate42.errors = [{ instancePath: instancePath + "/messageParams", schemaPath: "#/properties/messageParams/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                            }
                                        }
                                        var valid0 = _errs13 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.contextId !== undefined) {
                                            const _errs18 = errors;
                                            if (typeof data.contextId !== "string") {
                                                validate42.errors = [{ instancePath: instancePath + "/contextId", schemaPath: "#/properties/contextId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                            var valid0 = _errs18 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                        if (valid0) {
                                            if (data.details !== undefined) {
                                                let data9 = data.details;
                                                const _errs20 = errors;
                                                if (errors === _errs20) {
                                                    if (Array.isArray(data9)) {
                                                        var valid2 = true;
                                                        const len0 = data9.length;
                                                        for (let i0 = 0; i0 < len0; i0++) {
                                                            let data10 = data9[i0];
                                                            const _errs22 = errors;
                                                            const _errs23 = errors;
                                                            if (errors === _errs23) {
                                                                if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                                                                    if (data10.errorCode !== undefined) {
                                                                        const _errs25 = errors;
                                                                        if (typeof data10.errorCode !== "string") {
                                                                            validate42.errors = [{ instancePath: instancePath + "/details/" + i0 + "/errorCode", schemaPath: "#/$defs/Detail/properties/errorCode/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                        }
                                                                        var valid4 = _errs25 === errors;
                                                                    }
                                                                    else {
                                                                        var valid4 = true;
                                                                    }
                                                                    if (valid4) {
                                                                        if (data10.fieldName !== undefined) {
                                                                            const _errs27 = errors;
                                                                            if (typeof data10.fieldName !== "string") {
                                                                                validate42.errors = [{ instancePath: instancePath + "/details/" + i0 + "/fieldName", schemaPath: "#/$defs/Detail/properties/fieldName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                return false;
                                                                            }
                                                                            var valid4 = _errs27 === errors;
                                                                        }
                                                                        else {
                                                                            var valid4 = true;
                                                                        }
                                                                        if (valid4) {
                                                                            if (data10.entityId !== undefined) {
                                                                                const _errs29 = errors;
                                                                                if (typeof data10.entityId !== "string") {
                                                                                    validate42.errors = [{ instancePath: instancePath + "/details/" + i0 + "/entityId", schemaPath: "#/$defs/Detail/properties/entityId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                    return false;
                                                                                }
                                                                                var valid4 = _errs29 === errors;
                                                                            }
                                                                            else {
                                                                                var valid4 = true;
                                                                            }
                                                                            if (valid4) {
                                                                                if (data10.entityName !== undefined) {
                                                                                    const _errs31 = errors;
                                                                                    if (typeof data10.entityName !== "string") {
                                                                                        validate42.errors = [{ instancePath: instancePath + "/details/" + i0 + "/entityName", schemaPath: "#/$defs/Detail/properties/entityName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                        return false;
                                                                                    }
                                                                                    var valid4 = _errs31 === errors;
                                                                                }
                                                                                else {
                                                                                    var valid4 = true;
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                                else {
                                                                    validate42.errors = [{ instancePath: instancePath + "/details/" + i0, schemaPath: "#/$defs/Detail/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                    return false;
                                                                }
                                                            }
                                                            var valid2 = _errs22 === errors;
                                                            if (!valid2) {
                                                                break;
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        validate42.errors = [{ instancePath: instancePath + "/details", schemaPath: "#/properties/details/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                        return false;
                                                    }
                                                }
                                                var valid0 = _errs20 === errors;
                                            }
                                            else {
                                                var valid0 = true;
                                            }
                                            if (valid0) {
                                                if (data.errors !== undefined) {
                                                    let data15 = data.errors;
                                                    const _errs33 = errors;
                                                    if (errors === _errs33) {
                                                        if (Array.isArray(data15)) {
                                                            var valid5 = true;
                                                            const len1 = data15.length;
                                                            for (let i1 = 0; i1 < len1; i1++) {
                                                                const _errs35 = errors;
                                                                if (!(wrapper1.validate(data15[i1], { instancePath: instancePath + "/errors/" + i1, parentData: data15, parentDataProperty: i1, rootData, dynamicAnchors }))) {
                                                                    vErrors = vErrors === null ? wrapper1.validate.errors : vErrors.concat(wrapper1.validate.errors);
                                                                    errors = vErrors.length;
                                                                }
                                                                var valid5 = _errs35 === errors;
                                                                if (!valid5) {
                                                                    break;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            validate42.errors = [{ instancePath: instancePath + "/errors", schemaPath: "#/properties/errors/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                            return false;
                                                        }
                                                    }
                                                    var valid0 = _errs33 === errors;
                                                }
                                                else {
                                                    var valid0 = true;
                                                }
                                                if (valid0) {
                                                    if (data.limit !== undefined) {
                                                        let data17 = data.limit;
                                                        const _errs36 = errors;
                                                        const _errs37 = errors;
                                                        if (errors === _errs37) {
                                                            if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                                                if (data17.key !== undefined) {
                                                                    const _errs39 = errors;
                                                                    if (typeof data17.key !== "string") {
                                                                        validate42.errors = [{ instancePath: instancePath + "/limit/key", schemaPath: "#/$defs/Limit/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                    }
                                                                    var valid7 = _errs39 === errors;
                                                                }
                                                                else {
                                                                    var valid7 = true;
                                                                }
                                                                if (valid7) {
                                                                    if (data17.namespace !== undefined) {
                                                                        const _errs41 = errors;
                                                                        if (typeof data17.namespace !== "string") {
                                                                            validate42.errors = [{ instancePath: instancePath + "/limit/namespace", schemaPath: "#/$defs/Limit/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                        }
                                                                        var valid7 = _errs41 === errors;
                                                                    }
                                                                    else {
                                                                        var valid7 = true;
                                                                    }
                                                                    if (valid7) {
                                                                        if (data17.value !== undefined) {
                                                                            const _errs43 = errors;
                                                                            if (!(typeof data17.value == "number")) {
                                                                                validate42.errors = [{ instancePath: instancePath + "/limit/value", schemaPath: "#/$defs/Limit/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                                return false;
                                                                            }
                                                                            var valid7 = _errs43 === errors;
                                                                        }
                                                                        else {
                                                                            var valid7 = true;
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                            else {
                                                                validate42.errors = [{ instancePath: instancePath + "/limit", schemaPath: "#/$defs/Limit/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                return false;
                                                            }
                                                        }
                                                        var valid0 = _errs36 === errors;
                                                    }
                                                    else {
                                                        var valid0 = true;
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate42.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate42.errors = vErrors;
    return errors === 0;
}
validate42.evaluated = { "props": { "message": true, "code": true, "status": true, "entityId": true, "entityName": true, "messageWithParams": true, "messageParams": true, "contextId": true, "details": true, "errors": true, "limit": true }, "dynamicProps": false, "dynamicItems": false };
const Detail = validate43;
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate43.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.errorCode !== undefined) {
                const _errs1 = errors;
                if (typeof data.errorCode !== "string") {
                    validate43.errors = [{ instancePath: instancePath + "/errorCode", schemaPath: "#/properties/errorCode/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.fieldName !== undefined) {
                    const _errs3 = errors;
                    if (typeof data.fieldName !== "string") {
                        validate43.errors = [{ instancePath: instancePath + "/fieldName", schemaPath: "#/properties/fieldName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                    }
                    var valid0 = _errs3 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.entityId !== undefined) {
                        const _errs5 = errors;
                        if (typeof data.entityId !== "string") {
                            validate43.errors = [{ instancePath: instancePath + "/entityId", schemaPath: "#/properties/entityId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                        var valid0 = _errs5 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.entityName !== undefined) {
                            const _errs7 = errors;
                            if (typeof data.entityName !== "string") {
                                validate43.errors = [{ instancePath: instancePath + "/entityName", schemaPath: "#/properties/entityName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                            var valid0 = _errs7 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                    }
                }
            }
        }
        else {
            validate43.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate43.errors = vErrors;
    return errors === 0;
}
validate43.evaluated = { "props": { "errorCode": true, "fieldName": true, "entityId": true, "entityName": true }, "dynamicProps": false, "dynamicItems": false };
const Limit = validate44;
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate44.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.key !== undefined) {
                const _errs1 = errors;
                if (typeof data.key !== "string") {
                    validate44.errors = [{ instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.namespace !== undefined) {
                    const _errs3 = errors;
                    if (typeof data.namespace !== "string") {
                        validate44.errors = [{ instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                    }
                    var valid0 = _errs3 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.value !== undefined) {
                        const _errs5 = errors;
                        if (!(typeof data.value == "number")) {
                            validate44.errors = [{ instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                            return false;
                        }
                        var valid0 = _errs5 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                }
            }
        }
        else {
            validate44.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate44.errors = vErrors;
    return errors === 0;
}
validate44.evaluated = { "props": { "key": true, "namespace": true, "value": true }, "dynamicProps": false, "dynamicItems": false };
const LimitsEntityListing = validate45;
const schema59 = { "type": "object", "properties": { "entities": { "type": "array", "items": { "$ref": "#/$defs/Limit" } } } };
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate45.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.entities !== undefined) {
                let data0 = data.entities;
                const _errs1 = errors;
                if (errors === _errs1) {
                    if (Array.isArray(data0)) {
                        var valid1 = true;
                        const len0 = data0.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                            let data1 = data0[i0];
                            const _errs3 = errors;
                            const _errs4 = errors;
                            if (errors === _errs4) {
                                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                                    if (data1.key !== undefined) {
                                        const _errs6 = errors;
                                        if (typeof data1.key !== "string") {
                                            validate45.errors = [{ instancePath: instancePath + "/entities/" + i0 + "/key", schemaPath: "#/$defs/Limit/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                        }
                                        var valid3 = _errs6 === errors;
                                    }
                                    else {
                                        var valid3 = true;
                                    }
                                    if (valid3) {
                                        if (data1.namespace !== undefined) {
                                            const _errs8 = errors;
                                            if (typeof data1.namespace !== "string") {
                                                validate45.errors = [{ instancePath: instancePath + "/entities/" + i0 + "/namespace", schemaPath: "#/$defs/Limit/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                            var valid3 = _errs8 === errors;
                                        }
                                        else {
                                            var valid3 = true;
                                        }
                                        if (valid3) {
                                            if (data1.value !== undefined) {
                                                const _errs10 = errors;
                                                if (!(typeof data1.value == "number")) {
                                                    validate45.errors = [{ instancePath: instancePath + "/entities/" + i0 + "/value", schemaPath: "#/$defs/Limit/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                    return false;
                                                }
                                                var valid3 = _errs10 === errors;
                                            }
                                            else {
                                                var valid3 = true;
                                            }
                                        }
                                    }
                                }
                                else {
                                    validate45.errors = [{ instancePath: instancePath + "/entities/" + i0, schemaPath: "#/$defs/Limit/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                }
                            }
                            var valid1 = _errs3 === errors;
                            if (!valid1) {
                                break;
                            }
                        }
                    }
                    else {
                        validate45.errors = [{ instancePath: instancePath + "/entities", schemaPath: "#/properties/entities/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                    }
                }
            }
        }
        else {
            validate45.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate45.errors = vErrors;
    return errors === 0;
}
validate45.evaluated = { "props": { "entities": true }, "dynamicProps": false, "dynamicItems": false };
const ApiUsageOrganizationQuery = validate46;
const schema61 = { "type": "object", "properties": { "interval": { "type": "string" }, "granularity": { "type": "string" }, "metrics": { "type": "array", "items": { "type": "string" } }, "groupBy": { "type": "array", "items": { "type": "string" } } } };
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate46.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.interval !== undefined) {
                const _errs1 = errors;
                if (typeof data.interval !== "string") {
                    validate46.errors = [{ instancePath: instancePath + "/interval", schemaPath: "#/properties/interval/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.granularity !== undefined) {
                    const _errs3 = errors;
                    if (typeof data.granularity !== "string") {
                        validate46.errors = [{ instancePath: instancePath + "/granularity", schemaPath: "#/properties/granularity/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                    }
                    var valid0 = _errs3 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.metrics !== undefined) {
                        let data2 = data.metrics;
                        const _errs5 = errors;
                        if (errors === _errs5) {
                            if (Array.isArray(data2)) {
                                var valid1 = true;
                                const len0 = data2.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                    const _errs7 = errors;
                                    if (typeof data2[i0] !== "string") {
                                        validate46.errors = [{ instancePath: instancePath + "/metrics/" + i0, schemaPath: "#/properties/metrics/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                    }
                                    var valid1 = _errs7 === errors;
                                    if (!valid1) {
                                        break;
                                    }
                                }
                            }
                            else {
                                validate46.errors = [{ instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                            }
                        }
                        var valid0 = _errs5 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.groupBy !== undefined) {
                            let data4 = data.groupBy;
                            const _errs9 = errors;
                            if (errors === _errs9) {
                                if (Array.isArray(data4)) {
                                    var valid2 = true;
                                    const len1 = data4.length;
                                    for (let i1 = 0; i1 < len1; i1++) {
                                        const _errs11 = errors;
                                        if (typeof data4[i1] !== "string") {
                                            validate46.errors = [{ instancePath: instancePath + "/groupBy/" + i1, schemaPath: "#/properties/groupBy/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                        }
                                        var valid2 = _errs11 === errors;
                                        if (!valid2) {
                                            break;
                                        }
                                    }
                                }
                                else {
                                    validate46.errors = [{ instancePath: instancePath + "/groupBy", schemaPath: "#/properties/groupBy/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                }
                            }
                            var valid0 = _errs9 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                    }
                }
            }
        }
        else {
            validate46.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate46.errors = vErrors;
    return errors === 0;
}
validate46.evaluated = { "props": { "interval": true, "granularity": true, "metrics": true, "groupBy": true }, "dynamicProps": false, "dynamicItems": false };
const ApiUsageClientQuery = validate47;
const schema62 = { "type": "object", "properties": { "interval": { "type": "string" }, "granularity": { "type": "string" }, "metrics": { "type": "array", "items": { "type": "string" } }, "groupBy": { "type": "array", "items": { "type": "string" } } } };
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate47.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.interval !== undefined) {
                const _errs1 = errors;
                if (typeof data.interval !== "string") {
                    validate47.errors = [{ instancePath: instancePath + "/interval", schemaPath: "#/properties/interval/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.granularity !== undefined) {
                    const _errs3 = errors;
                    if (typeof data.granularity !== "string") {
                        validate47.errors = [{ instancePath: instancePath + "/granularity", schemaPath: "#/properties/granularity/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                    }
                    var valid0 = _errs3 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.metrics !== undefined) {
                        let data2 = data.metrics;
                        const _errs5 = errors;
                        if (errors === _errs5) {
                            if (Array.isArray(data2)) {
                                var valid1 = true;
                                const len0 = data2.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                    const _errs7 = errors;
                                    if (typeof data2[i0] !== "string") {
                                        validate47.errors = [{ instancePath: instancePath + "/metrics/" + i0, schemaPath: "#/properties/metrics/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                    }
                                    var valid1 = _errs7 === errors;
                                    if (!valid1) {
                                        break;
                                    }
                                }
                            }
                            else {
                                validate47.errors = [{ instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                            }
                        }
                        var valid0 = _errs5 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.groupBy !== undefined) {
                            let data4 = data.groupBy;
                            const _errs9 = errors;
                            if (errors === _errs9) {
                                if (Array.isArray(data4)) {
                                    var valid2 = true;
                                    const len1 = data4.length;
                                    for (let i1 = 0; i1 < len1; i1++) {
                                        const _errs11 = errors;
                                        if (typeof data4[i1] !== "string") {
                                            validate47.errors = [{ instancePath: instancePath + "/groupBy/" + i1, schemaPath: "#/properties/groupBy/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                        }
                                        var valid2 = _errs11 === errors;
                                        if (!valid2) {
                                            break;
                                        }
                                    }
                                }
                                else {
                                    validate47.errors = [{ instancePath: instancePath + "/groupBy", schemaPath: "#/properties/groupBy/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                }
                            }
                            var valid0 = _errs9 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                    }
                }
            }
        }
        else {
            validate47.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate47.errors = vErrors;
    return errors === 0;
}
validate47.evaluated = { "props": { "interval": true, "granularity": true, "metrics": true, "groupBy": true }, "dynamicProps": false, "dynamicItems": false };
const ApiUsageQueryResult = validate48;
const schema63 = { "type": "object", "properties": { "results": { "type": "array", "items": { "$ref": "#/$defs/ApiUsageRow" } }, "queryStatus": { "type": "string" }, "cursors": { "$ref": "#/$defs/Cursors" } } };
const schema64 = { "type": "object", "properties": { "clientId": { "type": "string" }, "clientName": { "type": "string" }, "organizationId": { "type": "string" }, "userId": { "type": "string" }, "templateUri": { "type": "string" }, "httpMethod": { "type": "string" }, "status200": { "type": "number" }, "status300": { "type": "number" }, "status400": { "type": "number" }, "status500": { "type": "number" }, "status429": { "type": "number" }, "requests": { "type": "number" }, "date": { "type": "string" } } };
const schema65 = { "type": "object", "properties": { "before": { "type": "string" }, "after": { "type": "string" } } };
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate48.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.results !== undefined) {
                let data0 = data.results;
                const _errs1 = errors;
                if (errors === _errs1) {
                    if (Array.isArray(data0)) {
                        var valid1 = true;
                        const len0 = data0.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                            let data1 = data0[i0];
                            const _errs3 = errors;
                            const _errs4 = errors;
                            if (errors === _errs4) {
                                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                                    if (data1.clientId !== undefined) {
                                        const _errs6 = errors;
                                        if (typeof data1.clientId !== "string") {
                                            validate48.errors = [{ instancePath: instancePath + "/results/" + i0 + "/clientId", schemaPath: "#/$defs/ApiUsageRow/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                        }
                                        var valid3 = _errs6 === errors;
                                    }
                                    else {
                                        var valid3 = true;
                                    }
                                    if (valid3) {
                                        if (data1.clientName !== undefined) {
                                            const _errs8 = errors;
                                            if (typeof data1.clientName !== "string") {
                                                validate48.errors = [{ instancePath: instancePath + "/results/" + i0 + "/clientName", schemaPath: "#/$defs/ApiUsageRow/properties/clientName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                            var valid3 = _errs8 === errors;
                                        }
                                        else {
                                            var valid3 = true;
                                        }
                                        if (valid3) {
                                            if (data1.organizationId !== undefined) {
                                                const _errs10 = errors;
                                                if (typeof data1.organizationId !== "string") {
                                                    validate48.errors = [{ instancePath: instancePath + "/results/" + i0 + "/organizationId", schemaPath: "#/$defs/ApiUsageRow/properties/organizationId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                }
                                                var valid3 = _errs10 === errors;
                                            }
                                            else {
                                                var valid3 = true;
                                            }
                                            if (valid3) {
                                                if (data1.userId !== undefined) {
                                                    const _errs12 = errors;
                                                    if (typeof data1.userId !== "string") {
                                                        validate48.errors = [{ instancePath: instancePath + "/results/" + i0 + "/userId", schemaPath: "#/$defs/ApiUsageRow/properties/userId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                    }
                                                    var valid3 = _errs12 === errors;
                                                }
                                                else {
                                                    var valid3 = true;
                                                }
                                                if (valid3) {
                                                    if (data1.templateUri !== undefined) {
                                                        const _errs14 = errors;
                                                        if (typeof data1.templateUri !== "string") {
                                                            validate48.errors = [{ instancePath: instancePath + "/results/" + i0 + "/templateUri", schemaPath: "#/$defs/ApiUsageRow/properties/templateUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                        }
                                                        var valid3 = _errs14 === errors;
                                                    }
                                                    else {
                                                        var valid3 = true;
                                                    }
                                                    if (valid3) {
                                                        if (data1.httpMethod !== undefined) {
                                                            const _errs16 = errors;
                                                            if (typeof data1.httpMethod !== "string") {
                                                                validate48.errors = [{ instancePath: instancePath + "/results/" + i0 + "/httpMethod", schemaPath: "#/$defs/ApiUsageRow/properties/httpMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                            }
                                                            var valid3 = _errs16 === errors;
                                                        }
                                                        else {
                                                            var valid3 = true;
                                                        }
                                                        if (valid3) {
                                                            if (data1.status200 !== undefined) {
                                                                const _errs18 = errors;
                                                                if (!(typeof data1.status200 == "number")) {
                                                                    validate48.errors = [{ instancePath: instancePath + "/results/" + i0 + "/status200", schemaPath: "#/$defs/ApiUsageRow/properties/status200/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                    return false;
                                                                }
                                                                var valid3 = _errs18 === errors;
                                                            }
                                                            else {
                                                                var valid3 = true;
                                                            }
                                                            if (valid3) {
                                                                if (data1.status300 !== undefined) {
                                                                    const _errs20 = errors;
                                                                    if (!(typeof data1.status300 == "number")) {
                                                                        validate48.errors = [{ instancePath: instancePath + "/results/" + i0 + "/status300", schemaPath: "#/$defs/ApiUsageRow/properties/status300/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                        return false;
                                                                    }
                                                                    var valid3 = _errs20 === errors;
                                                                }
                                                                else {
                                                                    var valid3 = true;
                                                                }
                                                                if (valid3) {
                                                                    if (data1.status400 !== undefined) {
                                                                        const _errs22 = errors;
                                                                        if (!(typeof data1.status400 == "number")) {
                                                                            validate48.errors = [{ instancePath: instancePath + "/results/" + i0 + "/status400", schemaPath: "#/$defs/ApiUsageRow/properties/status400/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                            return false;
                                                                        }
                                                                        var valid3 = _errs22 === errors;
                                                                    }
                                                                    else {
                                                                        var valid3 = true;
                                                                    }
                                                                    if (valid3) {
                                                                        if (data1.status500 !== undefined) {
                                                                            const _errs24 = errors;
                                                                            if (!(typeof data1.status500 == "number")) {
                                                                                validate48.errors = [{ instancePath: instancePath + "/results/" + i0 + "/status500", schemaPath: "#/$defs/ApiUsageRow/properties/status500/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                                return false;
                                                                            }
                                                                            var valid3 = _errs24 === errors;
                                                                        }
                                                                        else {
                                                                            var valid3 = true;
                                                                        }
                                                                        if (valid3) {
                                                                            if (data1.status429 !== undefined) {
                                                                                const _errs26 = errors;
                                                                                if (!(typeof data1.status429 == "number")) {
                                                                                    validate48.errors = [{ instancePath: instancePath + "/results/" + i0 + "/status429", schemaPath: "#/$defs/ApiUsageRow/properties/status429/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                                    return false;
                                                                                }
                                                                                var valid3 = _errs26 === errors;
                                                                            }
                                                                            else {
                                                                                var valid3 = true;
                                                                            }
                                                                            if (valid3) {
                                                                                if (data1.requests !== undefined) {
                                                                                    const _errs28 = errors;
                                                                                    if (!(typeof data1.requests == "number")) {
                                                                                        validate48.errors = [{ instancePath: instancePath + "/results/" + i0 + "/requests", schemaPath: "#/$defs/ApiUsageRow/properties/requests/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                                        return false;
                                                                                    }
                                                                                    var valid3 = _errs28 === errors;
                                                                                }
                                                                                else {
                                                                                    var valid3 = true;
                                                                                }
                                                                                if (valid3) {
                                                                                    if (data1.date !== undefined) {
                                                                                        const _errs30 = errors;
                                                                                        if (typeof data1.date !== "string") {
                                                                                            validate48.errors = [{ instancePath: instancePath + "/results/" + i0 + "/date", schemaPath: "#/$defs/ApiUsageRow/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                            return false;
                                                                                        }
                                                                                        var valid3 = _errs30 === errors;
                                                                                    }
                                                                                    else {
                                                                                        var valid3 = true;
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                                else {
                                    validate48.errors = [{ instancePath: instancePath + "/results/" + i0, schemaPath: "#/$defs/ApiUsageRow/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                }
                            }
                            var valid1 = _errs3 === errors;
                            if (!valid1) {
                                break;
                            }
                        }
                    }
                    else {
                        validate48.errors = [{ instancePath: instancePath + "/results", schemaPath: "#/properties/results/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                    }
                }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.queryStatus !== undefined) {
                    const _errs32 = errors;
                    if (typeof data.queryStatus !== "string") {
                        validate48.errors = [{ instancePath: instancePath + "/queryStatus", schemaPath: "#/properties/queryStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                    }
                    var valid0 = _errs32 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.cursors !== undefined) {
                        let data16 = data.cursors;
                        const _errs34 = errors;
                        const _errs35 = errors;
                        if (errors === _errs35) {
                            if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
                                if (data16.before !== undefined) {
                                    const _errs37 = errors;
                                    if (typeof data16.before !== "string") {
                                        validate48.errors = [{ instancePath: instancePath + "/cursors/before", schemaPath: "#/$defs/Cursors/properties/before/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                    }
                                    var valid5 = _errs37 === errors;
                                }
                                else {
                                    var valid5 = true;
                                }
                                if (valid5) {
                                    if (data16.after !== undefined) {
                                        const _errs39 = errors;
                                        if (typeof data16.after !== "string") {
                                            validate48.errors = [{ instancePath: instancePath + "/cursors/after", schemaPath: "#/$defs/Cursors/properties/after/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                        }
                                        var valid5 = _errs39 === errors;
                                    }
                                    else {
                                        var valid5 = true;
                                    }
                                }
                            }
                            else {
                                validate48.errors = [{ instancePath: instancePath + "/cursors", schemaPath: "#/$defs/Cursors/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                            }
                        }
                        var valid0 = _errs34 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                }
            }
        }
        else {
            validate48.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate48.errors = vErrors;
    return errors === 0;
}
validate48.evaluated = { "props": { "results": true, "queryStatus": true, "cursors": true }, "dynamicProps": false, "dynamicItems": false };
const ApiUsageRow = validate49;
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate49.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.clientId !== undefined) {
                const _errs1 = errors;
                if (typeof data.clientId !== "string") {
                    validate49.errors = [{ instancePath: instancePath + "/clientId", schemaPath: "#/properties/clientId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.clientName !== undefined) {
                    const _errs3 = errors;
                    if (typeof data.clientName !== "string") {
                        validate49.errors = [{ instancePath: instancePath + "/clientName", schemaPath: "#/properties/clientName/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                    }
                    var valid0 = _errs3 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.organizationId !== undefined) {
                        const _errs5 = errors;
                        if (typeof data.organizationId !== "string") {
                            validate49.errors = [{ instancePath: instancePath + "/organizationId", schemaPath: "#/properties/organizationId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                        var valid0 = _errs5 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.userId !== undefined) {
                            const _errs7 = errors;
                            if (typeof data.userId !== "string") {
                                validate49.errors = [{ instancePath: instancePath + "/userId", schemaPath: "#/properties/userId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                            var valid0 = _errs7 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.templateUri !== undefined) {
                                const _errs9 = errors;
                                if (typeof data.templateUri !== "string") {
                                    validate49.errors = [{ instancePath: instancePath + "/templateUri", schemaPath: "#/properties/templateUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                                var valid0 = _errs9 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.httpMethod !== undefined) {
                                    const _errs11 = errors;
                                    if (typeof data.httpMethod !== "string") {
                                        validate49.errors = [{ instancePath: instancePath + "/httpMethod", schemaPath: "#/properties/httpMethod/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                    }
                                    var valid0 = _errs11 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.status200 !== undefined) {
                                        const _errs13 = errors;
                                        if (!(typeof data.status200 == "number")) {
                                            validate49.errors = [{ instancePath: instancePath + "/status200", schemaPath: "#/properties/status200/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                            return false;
                                        }
                                        var valid0 = _errs13 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.status300 !== undefined) {
                                            const _errs15 = errors;
                                            if (!(typeof data.status300 == "number")) {
                                                validate49.errors = [{ instancePath: instancePath + "/status300", schemaPath: "#/properties/status300/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                return false;
                                            }
                                            var valid0 = _errs15 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                        if (valid0) {
                                            if (data.status400 !== undefined) {
                                                const _errs17 = errors;
                                                if (!(typeof data.status400 == "number")) {
                                                    validate49.errors = [{ instancePath: instancePath + "/status400", schemaPath: "#/properties/status400/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                    return false;
                                                }
                                                var valid0 = _errs17 === errors;
                                            }
                                            else {
                                                var valid0 = true;
                                            }
                                            if (valid0) {
                                                if (data.status500 !== undefined) {
                                                    const _errs19 = errors;
                                                    if (!(typeof data.status500 == "number")) {
                                                        validate49.errors = [{ instancePath: instancePath + "/status500", schemaPath: "#/properties/status500/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                        return false;
                                                    }
                                                    var valid0 = _errs19 === errors;
                                                }
                                                else {
                                                    var valid0 = true;
                                                }
                                                if (valid0) {
                                                    if (data.status429 !== undefined) {
                                                        const _errs21 = errors;
                                                        if (!(typeof data.status429 == "number")) {
                                                            validate49.errors = [{ instancePath: instancePath + "/status429", schemaPath: "#/properties/status429/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                            return false;
                                                        }
                                                        var valid0 = _errs21 === errors;
                                                    }
                                                    else {
                                                        var valid0 = true;
                                                    }
                                                    if (valid0) {
                                                        if (data.requests !== undefined) {
                                                            const _errs23 = errors;
                                                            if (!(typeof data.requests == "number")) {
                                                                validate49.errors = [{ instancePath: instancePath + "/requests", schemaPath: "#/properties/requests/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                return false;
                                                            }
                                                            var valid0 = _errs23 === errors;
                                                        }
                                                        else {
                                                            var valid0 = true;
                                                        }
                                                        if (valid0) {
                                                            if (data.date !== undefined) {
                                                                const _errs25 = errors;
                                                                if (typeof data.date !== "string") {
                                                                    validate49.errors = [{ instancePath: instancePath + "/date", schemaPath: "#/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                }
                                                                var valid0 = _errs25 === errors;
                                                            }
                                                            else {
                                                                var valid0 = true;
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate49.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate49.errors = vErrors;
    return errors === 0;
}
validate49.evaluated = { "props": { "clientId": true, "clientName": true, "organizationId": true, "userId": true, "templateUri": true, "httpMethod": true, "status200": true, "status300": true, "status400": true, "status500": true, "status429": true, "requests": true, "date": true }, "dynamicProps": false, "dynamicItems": false };
const UsageExecutionResult = validate50;
const schema67 = { "type": "object", "properties": { "executionId": { "type": "string" }, "resultsUri": { "type": "string" } } };
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate50.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.executionId !== undefined) {
                const _errs1 = errors;
                if (typeof data.executionId !== "string") {
                    validate50.errors = [{ instancePath: instancePath + "/executionId", schemaPath: "#/properties/executionId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.resultsUri !== undefined) {
                    const _errs3 = errors;
                    if (typeof data.resultsUri !== "string") {
                        validate50.errors = [{ instancePath: instancePath + "/resultsUri", schemaPath: "#/properties/resultsUri/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                    }
                    var valid0 = _errs3 === errors;
                }
                else {
                    var valid0 = true;
                }
            }
        }
        else {
            validate50.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate50.errors = vErrors;
    return errors === 0;
}
validate50.evaluated = { "props": { "executionId": true, "resultsUri": true }, "dynamicProps": false, "dynamicItems": false };
const Cursors = validate51;
function validate51(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate51.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.before !== undefined) {
                const _errs1 = errors;
                if (typeof data.before !== "string") {
                    validate51.errors = [{ instancePath: instancePath + "/before", schemaPath: "#/properties/before/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                }
                var valid0 = _errs1 === errors;
            }
            else {
                var valid0 = true;
            }
            if (valid0) {
                if (data.after !== undefined) {
                    const _errs3 = errors;
                    if (typeof data.after !== "string") {
                        validate51.errors = [{ instancePath: instancePath + "/after", schemaPath: "#/properties/after/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                    }
                    var valid0 = _errs3 === errors;
                }
                else {
                    var valid0 = true;
                }
            }
        }
        else {
            validate51.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate51.errors = vErrors;
    return errors === 0;
}
validate51.evaluated = { "props": { "before": true, "after": true }, "dynamicProps": false, "dynamicItems": false };

// EXTERNAL MODULE: ./src/text.ts
var src_text = __webpack_require__(8992);
;// CONCATENATED MODULE: ./src/genesys/shape.ts



/** The body as its model, or a `malformed` error naming the first field that is wrong. */
function checkShape(model, body, what) {
    const validate = models_validator_namespaceObject[model];
    let valid;
    try {
        valid = validate(body);
    }
    catch (err) {
        // A structure nested deeper than the stack (a recursive condition tree, say).
        if (!(err instanceof RangeError))
            throw err;
        throw (0,errors/* nestedTooDeeply */.vR)(what);
    }
    if (valid)
        return body;
    const error = validate.errors?.[0];
    throw new errors/* GenesysError */.DF('malformed', `Genesys Cloud answered ${what} with ${describe(error, body)}; the API or a proxy in front of it sent something the ${model} model does not allow, try again later.`);
}
/** `a body where entities[3].roleDivisions is not a list (it is a string)`. */
function describe(error, body) {
    if (!error)
        return 'a body that does not match its model';
    const where = fieldPath(error.instancePath);
    const actual = kindOf(valueAt(body, error.instancePath));
    if (error.keyword === 'required')
        return `a body where ${where ?? 'the body'} has no ${String(error.params.missingProperty)}`;
    const expected = error.keyword === 'anyOf' ? 'a number' : KINDS[String(error.params.type)];
    if (!expected)
        return `a body where ${where ?? 'the body'} ${error.message ?? 'is wrong'}`;
    return where ? `a body where ${where} is not ${expected} (it is ${actual})` : `a body that is not ${expected} (it is ${actual})`;
}
const KINDS = {
    array: 'a list',
    object: 'an object',
    string: 'a string',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
};
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'an object';
    if (typeof value === 'string')
        return 'a string';
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    return `a ${typeof value}`;
}
/** `/entities/3/roleDivisions` → `entities[3].roleDivisions`; keys from the API are made safe to print. */
function fieldPath(pointer) {
    if (!pointer)
        return undefined;
    const parts = pointer
        .split('/')
        .slice(1)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const text = parts.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `${i ? '.' : ''}${p}` : `[${JSON.stringify(p)}]`)).join('');
    return (0,src_text/* sanitizeText */.jZ)(text, 120);
}
function valueAt(body, pointer) {
    let value = body;
    for (const part of pointer.split('/').slice(1)) {
        if (!value || typeof value !== 'object')
            return undefined;
        value = value[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    return value;
}

;// CONCATENATED MODULE: ./src/genesys/listing.ts
// Whether a paged listing was read whole. A listing is complete only when every signal the
// API gives agrees: `total`, `pageCount`, each page's `pageNumber`, `lastUri` and `nextUri`.
// Any doubt fails with the numbers seen: an audit on part of the org is worse than none.

/** A real org's listings fit in a few pages; this many means the API is paging in circles. */
const MAX_PAGES_PER_LISTING = 1000;
/** `total` and friends: numbers, or numeric strings (already checked to be digits). */
function count(value) {
    if (value === undefined)
        return undefined;
    const n = Number(value);
    return Number.isSafeInteger(n) && n >= 0 ? n : Number.NaN;
}
/**
 * Checks that the pages are the whole listing; throws with what disagreed. `what` names
 * the request, `noun` what is listed ("OAuth clients").
 */
function checkComplete(pages, what, noun) {
    const doubt = (why) => new errors/* GenesysError */.DF('malformed', `Genesys Cloud answered ${what} with a listing that may be incomplete: ${why}; the listing may have changed while it was read, so run the audit again.`);
    const read = pages.reduce((n, p) => n + (p.body.entities?.length ?? 0), 0);
    const totals = new Set(pages.map((p) => count(p.body.total)).filter((t) => t !== undefined));
    if (totals.size > 1)
        throw doubt(`its pages give different totals (${[...totals].join(', ')})`);
    const total = [...totals][0];
    if (total !== undefined && total !== read)
        throw doubt(`it counts ${total} ${noun} but gave ${read}`);
    const counts = new Set(pages.map((p) => count(p.body.pageCount)).filter((c) => c !== undefined));
    if (counts.size > 1)
        throw doubt(`its pages give different page counts (${[...counts].join(', ')})`);
    const pageCount = [...counts][0];
    if (pageCount !== undefined && pageCount !== pages.length && !(pageCount === 0 && read === 0 && pages.length === 1)) {
        throw doubt(`it counts ${pageCount} page${pageCount === 1 ? '' : 's'} but ${pages.length} ${pages.length === 1 ? 'was' : 'were'} read`);
    }
    for (const page of pages) {
        const number = count(page.body.pageNumber);
        if (number !== undefined && number !== page.number)
            throw doubt(`page ${page.number} says it is page ${number}`);
    }
    const last = pages[pages.length - 1];
    if (last?.body.nextUri)
        throw doubt(`its last page read (${last.number}) still names a next page`);
    if (last?.body.lastUri !== undefined && !isSamePage(last, last.body.lastUri)) {
        const named = pageNumberIn(last.body.lastUri);
        throw doubt(`its lastUri names ${named !== undefined ? `page ${named}` : 'another page'} but the listing ended at page ${last.number}`);
    }
}
/** Ids that appear more than once across the pages, in order of appearance. */
function duplicateIds(ids) {
    const seen = new Set();
    const twice = new Set();
    for (const id of ids)
        (seen.has(id) ? twice : seen).add(id);
    return [...twice];
}
/** The first few of a list, for a message. */
function some(ids, max = 5) {
    return `${ids.slice(0, max).join(', ')}${ids.length > max ? `, … (${ids.length} in all)` : ''}`;
}
function isSamePage(page, lastUri) {
    const named = pageNumberIn(lastUri);
    if (named !== undefined)
        return named === page.number;
    return sameUri(lastUri, page.uri) || (page.body.selfUri !== undefined && sameUri(lastUri, page.body.selfUri));
}
function pageNumberIn(uri) {
    const value = parse(uri)?.searchParams.get('pageNumber');
    return value !== null && value !== undefined && /^\d{1,9}$/.test(value) ? Number(value) : undefined;
}
/** The same path (one may carry the base URL's prefix) and the same query, in any order. */
function sameUri(a, b) {
    const x = parse(a);
    const y = parse(b);
    if (!x || !y)
        return false;
    const p = x.pathname.replace(/\/+$/, '');
    const q = y.pathname.replace(/\/+$/, '');
    return (p.endsWith(q) || q.endsWith(p)) && sortedQuery(x) === sortedQuery(y);
}
function sortedQuery(url) {
    return [...url.searchParams]
        .map(([k, v]) => `${k}=${v}`)
        .sort()
        .join('&');
}
function parse(uri) {
    try {
        return new URL(uri, 'http://relative.invalid');
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/genesys/transport.ts + 1 modules
var transport = __webpack_require__(4208);
;// CONCATENATED MODULE: ./src/genesys/api.ts





/** Page size for roles and divisions (the Terraform provider's choice; larger is unverified). */
const PAGE_SIZE = 100;
/** The `id` filter of roles and divisions takes at most 100 values per request. */
const MAX_IDS_PER_REQUEST = 100;
/** The limits key of the per-token request rate. */
const TOKEN_RATE_LIMIT_KEY = 'client.credentials.token.rate.per.minute';
/** GET a path or an API-given URI, its body checked against `model`. */
async function read(api, model, pathOrUri, query = {}, bulk = false) {
    const body = await api.get(pathOrUri, query, bulk);
    return checkShape(model, body, `GET ${(0,src_text/* sanitizeText */.jZ)((0,transport/* pathOf */.XM)(pathOrUri), 120)}`);
}
/**
 * Every OAuth client, or a failure: a listing whose signals disagree, that lists a client
 * twice or one without an id, is never taken for the whole org.
 */
async function listOAuthClients(api) {
    // The operation takes no paging parameters; follow nextUri should a response carry one.
    const what = 'GET /api/v2/oauth/clients';
    const pages = [];
    const seen = new Set();
    for (let uri = '/api/v2/oauth/clients'; uri;) {
        if (seen.has(uri))
            throw new errors/* GenesysError */.DF('malformed', `Genesys Cloud answered ${what} with a paging loop: page ${pages.length} points back to an earlier page; try again later.`);
        if (pages.length >= MAX_PAGES_PER_LISTING) {
            throw new errors/* GenesysError */.DF('malformed', `Genesys Cloud answered ${what} with more than ${MAX_PAGES_PER_LISTING} pages, far more than any org holds; the API or a proxy is paging without end, try again later.`);
        }
        seen.add(uri);
        const body = await read(api, 'OAuthClientEntityListing', uri);
        pages.push({ number: pages.length + 1, uri, body: { ...body, entities: entitiesOf(body, what) } });
        uri = body.nextUri || undefined;
    }
    const clients = withIds(pages.flatMap((p) => p.body.entities ?? []), what, 'OAuth client', false);
    checkComplete(pages, what, 'OAuth clients');
    return clients;
}
/** One client's details: a bulk read, since a legacy listing needs one per client. */
async function getOAuthClient(api, clientId) {
    return read(api, 'OAuthClient', `/api/v2/oauth/clients/${encodeURIComponent(clientId)}`, {}, true);
}
/** Exactly the roles asked for, ≤100 ids a request, all requests at once (the pacer paces). */
async function getRolesByIds(api, ids) {
    // userCount defaults to true and makes the request slow; we never need it.
    return getByIds(api, 'OrganizationRoleEntityListing', '/api/v2/authorization/roles', ids, { userCount: false }, 'role');
}
async function getDivisionsByIds(api, ids) {
    return getByIds(api, 'AuthzDivisionEntityListing', '/api/v2/authorization/divisions', ids, {}, 'division');
}
/** The org's home division (needs no permission). */
async function getHomeDivision(api) {
    return read(api, 'AuthzDivision', '/api/v2/authorization/divisions/home');
}
async function listScopes(api) {
    const listing = await read(api, 'OAuthScopeListing', '/api/v2/oauth/scopes');
    return entitiesOf(listing, 'GET /api/v2/oauth/scopes');
}
/** The org's per-token request limit, or undefined when the listing does not carry it. */
async function readTokenRateLimit(api) {
    const path = '/api/v2/organizations/limits/namespaces/platform.api';
    const listing = await read(api, 'LimitsEntityListing', path);
    const limit = entitiesOf(listing, `GET ${path}`).find((l) => l.key === TOKEN_RATE_LIMIT_KEY);
    return typeof limit?.value === 'number' && limit.value > 0 ? limit.value : undefined;
}
async function getByIds(api, model, path, ids, query, noun) {
    const unique = [...new Set(ids)].sort();
    const chunks = [];
    for (let i = 0; i < unique.length; i += MAX_IDS_PER_REQUEST)
        chunks.push(unique.slice(i, i + MAX_IDS_PER_REQUEST));
    const pages = await Promise.all(chunks.map((chunk) => listPaged(api, model, path, { ...query, id: chunk }, chunk, noun)));
    return withIds(pages.flat(), `GET ${path}`, noun, true);
}
/**
 * All pages of one id-filtered request: the first tells `pageCount`, the rest are fetched at
 * once. A filter of n ids can match at most n entities, which bounds the pages to ask for.
 */
async function listPaged(api, model, path, query, ids, noun) {
    const what = `GET ${path}`;
    const pageSize = Math.min(PAGE_SIZE, Math.max(1, ids.length));
    const page = async (n) => {
        const body = await read(api, model, path, { ...query, pageSize, pageNumber: n });
        return { number: n, uri: `${path}?pageNumber=${n}`, body: { ...body, entities: entitiesOf(body, what) } };
    };
    const first = await page(1);
    const pageCount = count(first.body.pageCount) ?? 1;
    // The API may cap the page below the size asked for, and says so in pageSize.
    const served = count(first.body.pageSize);
    const perPage = served !== undefined && served >= 1 && served < pageSize ? served : pageSize;
    const most = Math.ceil(ids.length / perPage);
    if (!(pageCount <= most)) {
        throw new errors/* GenesysError */.DF('malformed', `Genesys Cloud answered ${what} with ${pageCount} pages for ${ids.length} ${noun} ids at ${perPage} a page (at most ${most}); the listing cannot be trusted, try again later.`);
    }
    const rest = await Promise.all(Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => page(i + 2)));
    const pages = [first, ...rest];
    const entities = withIds(pages.flatMap((p) => p.body.entities ?? []), what, noun, true);
    checkComplete(pages, what, `${noun}s`);
    const asked = new Set(ids);
    const extra = entities.map((e) => e.id ?? '').filter((id) => id && !asked.has(id));
    if (extra.length) {
        throw new errors/* GenesysError */.DF('malformed', `Genesys Cloud answered ${what} with ${noun}s it was not asked for (${some(extra.map((id) => (0,src_text/* sanitizeText */.jZ)(id, 60)))}); the listing cannot be trusted, try again later.`);
    }
    return entities;
}
/**
 * The entities, each with an id and none twice; else a failure naming them. Roles and
 * divisions also need a name: rules judge them by name, so a nameless Master Admin role
 * would slip past a deny. (A client's name is its own: an empty one is reported as such.)
 */
function withIds(entities, what, noun, named) {
    const a = /^[aeiou]|^OAuth/i.test(noun) ? 'an' : 'a';
    if (entities.some((e) => !e.id))
        throw new errors/* GenesysError */.DF('malformed', `Genesys Cloud answered ${what} with ${a} ${noun} that has no id; try again later.`);
    const nameless = named ? entities.find((e) => !e.name) : undefined;
    if (nameless)
        throw new errors/* GenesysError */.DF('malformed', `Genesys Cloud answered ${what} with ${a} ${noun} that has no name (${(0,src_text/* sanitizeText */.jZ)(nameless.id ?? '', 60)}); try again later.`);
    const twice = duplicateIds(entities.map((e) => e.id));
    if (twice.length) {
        throw new errors/* GenesysError */.DF('malformed', `Genesys Cloud answered ${what} with the same ${noun} id more than once (${some(twice.map((id) => (0,src_text/* sanitizeText */.jZ)(id, 60)))}); a listing that repeats entries may hide others, so run the audit again.`);
    }
    return entities;
}
function entitiesOf(page, what) {
    if (!page || !Array.isArray(page.entities)) {
        throw new errors/* GenesysError */.DF('malformed', `Genesys Cloud answered ${what} without an entities list; check that the region or api-base-url points at the Platform API.`);
    }
    return page.entities;
}

;// CONCATENATED MODULE: ./src/genesys/in-parallel.ts
// A fixed number of workers over a list, instead of a promise per item: thousands of reads
// set up at once hold the first one back until all are (and keep every one alive meanwhile).
/** Runs `work` on every item, at most `width` at a time, in order of index; the first failure rejects. */
async function inParallel(items, width, work) {
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            await work(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

// EXTERNAL MODULE: ./src/genesys/pacer.ts + 2 modules
var pacer = __webpack_require__(7953);
;// CONCATENATED MODULE: ./src/genesys/usage-spans.ts
// The usage window cut so that no answer outgrows the body cap. Usage comes as a row per
// client and day with requests, so an org of N clients can answer N rows a day: 20,000
// clients over 30 days is 600,000 rows, some 100 MB. A small org gets its window in one query.
/** Most rows one usage answer may need to hold: some 17 MB, half the cap on one body. */
const MAX_USAGE_ROWS = 100_000;
const DAY_MS = 86_400_000;
/** Consecutive spans of whole UTC days covering [startMs, endMs), each small enough for `clients`. */
function usageSpans(startMs, endMs, clients) {
    const days = Math.ceil((endMs - startMs) / DAY_MS);
    if (clients * days <= MAX_USAGE_ROWS)
        return [{ startMs, endMs }];
    const spanMs = Math.max(1, Math.floor(MAX_USAGE_ROWS / clients)) * DAY_MS;
    const spans = [];
    for (let at = startMs; at < endMs; at += spanMs)
        spans.push({ startMs: at, endMs: Math.min(at + spanMs, endMs) });
    return spans;
}

;// CONCATENATED MODULE: ./src/genesys/usage.ts






const usage_DAY_MS = 86_400_000;
/** Result pages of one usage query: a 90-day window of a large org fits in a handful. */
const MAX_USAGE_PAGES = 1000;
const FIRST_POLL_PAUSE_MS = 10;
const MAX_POLL_PAUSE_MS = 5000;
function usageInterval(days, now) {
    const end = new Date(now);
    const startMs = Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate()) - (days - 1) * usage_DAY_MS;
    return { from: new Date(startMs).toISOString().slice(0, 10), to: end.toISOString().slice(0, 10), interval: isoInterval(startMs, now), startMs, endMs: now };
}
function isoInterval(startMs, endMs) {
    const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return `${iso(startMs)}/${iso(endMs)}`;
}
/**
 * Last use of every client over the last `days`. `clients` (the org's client count, from the
 * listing) decides whether the window is asked for at once or in spans (usage-spans.ts); the
 * whole window is posted before it is known, so that a small org's usage, the audit's
 * longest chain of requests, does not wait for the listing. A large org leaves it unread.
 * Nothing is read before `mayRead` settles (a rate-bound run's binding requests first).
 */
async function queryLastUse(api, days, polling, clients = Promise.resolve(0), mayRead = Promise.resolve()) {
    const { from, to, startMs, endMs } = usageInterval(days, polling.clock.now());
    const whole = usage_submit(api, startMs, endMs);
    // Handled now, awaited below: a failure that comes while the listing is read is not lost.
    whole.catch(() => undefined);
    const spans = usageSpans(startMs, endMs, await clients);
    await mayRead;
    const latest = new Map();
    if (spans.length === 1)
        await collect(api, await whole, polling, latest);
    else
        await inParallel(spans, SPANS_AT_ONCE, async (span) => collect(api, await usage_submit(api, span.startMs, span.endMs), polling, latest));
    // Cut to the day once per client, not once per row (a large org's usage is a million rows).
    for (const [clientId, date] of latest)
        latest.set(clientId, date.slice(0, 10));
    return { from, to, lastUsed: latest };
}
/** Spans read at once: a few answers in memory together, not the whole window's. */
const SPANS_AT_ONCE = 4;
/**
 * About how many requests the usage query makes for `clients` over `days` once the whole
 * window is posted: a poll or two for the window, else a post and two polls a span.
 */
function usageRequestsAbout(days, clients) {
    const spans = usageSpans(0, days * usage_DAY_MS, clients).length;
    return spans === 1 ? 2 : spans * 3;
}
/** Posts the query for one interval: its execution id. */
async function usage_submit(api, startMs, endMs) {
    const query = { interval: isoInterval(startMs, endMs), granularity: 'Day', metrics: ['Requests'], groupBy: ['OAuthClientId'] };
    const execution = checkShape('UsageExecutionResult', await api.post('/api/v2/usage/query', query), 'POST /api/v2/usage/query');
    if (!execution.executionId)
        throw new errors/* GenesysError */.DF('malformed', 'Genesys Cloud answered POST /api/v2/usage/query without an executionId; try again later.');
    return execution.executionId;
}
/**
 * Reads every result page of one execution into `latest` (client id → the latest date with
 * requests, as the API wrote it: ISO dates order by their day first).
 */
async function collect(api, executionId, polling, latest) {
    const cursors = new Set();
    let after;
    do {
        const page = await pollResults(api, executionId, after, polling);
        for (const row of page.results ?? []) {
            if (!row.clientId || !row.date || !(row.requests ?? 0))
                continue;
            const seen = latest.get(row.clientId);
            if (seen === undefined || seen < row.date)
                latest.set(row.clientId, row.date);
        }
        after = page.cursors?.after || undefined;
        // A cursor seen before would page in circles; pages without end would never finish.
        if (after !== undefined && cursors.has(after)) {
            throw new errors/* GenesysError */.DF('malformed', `Genesys Cloud answered the usage query with a results cursor it had already given (page ${cursors.size + 1}); the API is paging in circles, try again later.`);
        }
        if (after !== undefined && cursors.size + 1 >= MAX_USAGE_PAGES) {
            throw new errors/* GenesysError */.DF('malformed', `Genesys Cloud answered the usage query with more than ${MAX_USAGE_PAGES} result pages, far more than any org's usage; the API is paging without end, try again later.`);
        }
        if (after !== undefined)
            cursors.add(after);
    } while (after);
}
/**
 * Polls with a growing pause (10 ms, 20 ms, 40 ms, … up to 5 s) until the query completes.
 * The usage query is the audit's longest chain of requests, so a first pause any longer is
 * time the whole run waits idle; a slow query still costs only a poll per doubling.
 */
async function pollResults(api, executionId, after, polling) {
    // The wait is the pauses between polls: a poll queued behind the rest of the read on our own
    // rate budget (a legacy listing's thousand detail reads) is not the query being slow.
    let paused = 0;
    const path = `/api/v2/usage/query/${encodeURIComponent(executionId)}/results`;
    const shown = (0,src_text/* sanitizeText */.jZ)(executionId, 60);
    for (let attempt = 0;; attempt++) {
        const result = await read(api, 'ApiUsageQueryResult', path, after ? { after } : {});
        const status = (result.queryStatus ?? '').toLowerCase();
        if (status === 'complete' || status === 'succeeded')
            return result;
        if (status === 'failed' || status === 'cancelled') {
            throw new errors/* GenesysError */.DF('server', `The Genesys Cloud usage query ${shown} ended with status ${(0,src_text/* sanitizeText */.jZ)(result.queryStatus ?? '', 40)}; try again later.`, { reason: 'usage-query' });
        }
        const pause = Math.min(MAX_POLL_PAUSE_MS, FIRST_POLL_PAUSE_MS * 2 ** attempt);
        if (paused + pause > polling.maxWaitMs) {
            throw new errors/* GenesysError */.DF('server', `The Genesys Cloud usage query ${shown} did not complete within ${Math.round(polling.maxWaitMs / 1000)} s; try again later.`, { reason: 'timeout' });
        }
        await api.sleep(pause);
        paused += pause;
    }
}

;// CONCATENATED MODULE: ./src/genesys/binding-requests.ts
// Which requests decide when a rate-bound run ends. Under a budget of `limit` requests a
// window, request k + limit waits for request k's window to pass, so the run's last request
// leaves a whole number of windows after request ((total − 1) mod limit). The requests up to
// that one are repeated, window after window, by the ones that end the run: they go as fast as
// the machine allows. The rest of each window's budget (the usage query's chain, say) can
// wait for them without making the run any longer.
/**
 * How many of a run's first requests the end of the run waits on, window after window: all of
 * them (`total`) when the run fits in one window, since then no request waits for a window.
 */
function bindingRequests(total, limit) {
    if (!(limit >= 1) || total <= limit)
        return Math.max(0, total);
    return ((total - 1) % limit) + 1;
}

// EXTERNAL MODULE: ./src/inventory/types.ts
var types = __webpack_require__(7969);
;// CONCATENATED MODULE: ./src/inventory/permissions.ts
/**
 * Worked out once per role read: clients hold a role in many divisions (a large org's 300
 * roles come in 10,000 role × division grants), and each grant asks again.
 */
const permissionsOfRole = new WeakMap();
/** The role's permissions, distinct and sorted; shared, never to be changed. */
function rolePermissions(role) {
    let permissions = permissionsOfRole.get(role);
    if (!permissions)
        permissionsOfRole.set(role, (permissions = statedPermissions(role)));
    return permissions;
}
function statedPermissions(role) {
    const out = new Set();
    for (const policy of role.permissionPolicies ?? []) {
        const domain = policy.domain || '*';
        const entity = policy.entityName || '*';
        const actions = policy.actionSet?.length ? policy.actionSet : ['*'];
        for (const action of actions)
            out.add(`${domain}:${entity}:${action}`);
    }
    // `permissions` holds legacy flat names (e.g. `admin`) and sometimes the same triples.
    for (const p of role.permissions ?? [])
        out.add(p);
    return [...out].sort();
}

;// CONCATENATED MODULE: ./src/let-answers-in.ts
// Long local work on a large org (normalizing, judging twenty thousand clients) runs while
// requests are in flight: done in one go, it holds back every answer's handling and every
// poll's timer behind it, and the server waits on us. Work that awaits this between slices
// lets them in.
/** Resolves once the I/O and timers that are due have run. */
function letAnswersIn() {
    return new Promise((resolve) => setImmediate(resolve));
}

;// CONCATENATED MODULE: ./src/inventory/normalize.ts



/**
 * Marks grants from the deprecated `roleIds`, which apply in the org's home division, when
 * the home division could not be read; otherwise they carry its real id and name.
 */
const HOME_DIVISION = 'home';
/** The platform applies 24 h when `accessTokenValiditySeconds` is omitted. */
const DEFAULT_TOKEN_LIFETIME_SECONDS = 86_400;
function buildDirectory(roles, divisions, home) {
    const all = home?.id ? [...divisions, home] : divisions;
    return {
        roles: new Map(roles.filter((r) => r.id).map((r) => [r.id, r])),
        divisions: new Map(all.filter((d) => d.id).map((d) => [d.id, d])),
        ...(home?.id && { home }),
    };
}
/** Role ids a client holds only through the deprecated `roleIds` (none when it has `roleDivisions`). */
function legacyRoleIds(raw) {
    return raw.roleDivisions?.length ? [] : [...(raw.roleIds ?? [])];
}
function normalizeClient(raw, directory) {
    const apiGrantType = raw.authorizedGrantType ?? '';
    const apiState = raw.state ?? 'active';
    const roleGrants = roleGrantsOf(raw, directory);
    return {
        id: raw.id ?? '',
        name: raw.name ?? '',
        description: raw.description ?? '',
        grantType: types/* GRANT_TYPE_FROM_API */.w7[apiGrantType] ?? 'unknown',
        apiGrantType,
        state: types/* CLIENT_STATES */.xS.includes(apiState) ? apiState : 'unknown',
        apiState,
        scopes: [...(raw.scope ?? [])].sort(),
        roleGrants,
        permissions: permissionsOf(roleGrants, directory),
        tokenLifetimeSeconds: raw.accessTokenValiditySeconds ?? DEFAULT_TOKEN_LIFETIME_SECONDS,
        redirectUris: [...(raw.registeredRedirectUri ?? [])],
        dateCreated: raw.dateCreated,
        dateModified: raw.dateModified,
        dateToDelete: raw.dateToDelete,
        createdBy: raw.createdBy?.name ?? raw.createdBy?.id,
        modifiedBy: raw.modifiedBy?.name ?? raw.modifiedBy?.id,
    };
}
/** Clients normalized between two turns for answers: a slice takes a few milliseconds even cold, so that no poll waits longer. */
const NORMALIZED_AT_ONCE = 100;
/**
 * Every client, in order, a slice at a time: a large org's twenty thousand records take a
 * few hundred milliseconds, which in one go held back the usage query's polls (its longest
 * chain of requests) while the server waited.
 */
async function normalizeAll(clients, directory) {
    const records = [];
    for (let i = 0; i < clients.length; i++) {
        if (i > 0 && i % NORMALIZED_AT_ONCE === 0)
            await letAnswersIn();
        records.push(normalizeClient(clients[i], directory));
    }
    return records;
}
function roleGrantsOf(raw, directory) {
    // roleIds is deprecated; older clients may carry only it, which means the home division.
    const home = directory.home?.id ?? HOME_DIVISION;
    const grants = raw.roleDivisions?.length
        ? raw.roleDivisions.map((rd) => ({ roleId: rd.roleId ?? '', divisionId: rd.divisionId ?? '' }))
        : legacyRoleIds(raw).map((roleId) => ({ roleId, divisionId: home }));
    return grants.map(({ roleId, divisionId }) => ({
        roleId,
        roleName: directory.roles.get(roleId)?.name ?? `unknown role ${roleId}`,
        divisionId,
        divisionName: divisionName(divisionId, directory),
    }));
}
function permissionsOf(grants, directory) {
    const shared = sharedGrants(directory);
    return grants.flatMap((grant) => {
        const key = `${grant.roleId}\u0000${grant.divisionId}`;
        let permissions = shared.get(key);
        if (!permissions) {
            const role = directory.roles.get(grant.roleId);
            permissions = role
                ? rolePermissions(role).map((permission) => ({ permission, roleName: grant.roleName, divisionId: grant.divisionId, divisionName: grant.divisionName }))
                : [];
            shared.set(key, permissions);
        }
        return permissions;
    });
}
/**
 * The permission grants of each role in each division, made once per directory: thousands
 * of clients hold the same few roles, and one object per client, role and permission made a
 * large org's inventory millions of objects.
 */
const grantsByDirectory = new WeakMap();
function sharedGrants(directory) {
    let shared = grantsByDirectory.get(directory);
    if (!shared)
        grantsByDirectory.set(directory, (shared = new Map()));
    return shared;
}
function divisionName(divisionId, directory) {
    if (divisionId === types/* ALL_DIVISIONS */.hJ)
        return 'all divisions';
    if (divisionId === HOME_DIVISION)
        return 'home division';
    return directory.divisions.get(divisionId)?.name ?? `unknown division ${divisionId}`;
}

;// CONCATENATED MODULE: ./src/inventory/fetch.ts








async function fetchInventory(api, opts) {
    const notices = [];
    const limit = opts.readOrgLimit ? paceOnOrgLimit(api, notices) : Promise.resolve();
    const scopes = listScopes(api).then((list) => list.map((s) => s.id ?? '').filter(Boolean), (err) => optional(err, notices, 'the org scope catalog could not be read, so unknown scopes are checked against the built-in catalog'));
    const listing = listOAuthClients(api);
    // The client count sizes the usage queries; a listing that fails fails the run on its own.
    const clientCount = listing.then((listed) => listed.length, () => 0);
    const details = (async () => {
        const listed = await listing;
        await limit;
        return withDetails(api, listed, notices);
    })();
    const usage = opts.usageDays > 0
        ? readUsage(api, opts, notices, clientCount, usageMayRead(api, opts.usageDays, listing, limit, details))
        : Promise.resolve({});
    const clientsAndDirectory = (async () => {
        const clients = await details;
        const roleIds = heldRoleIds(clients);
        const [roles, divisions] = await Promise.all([getRolesByIds(api, roleIds), getDivisionsByIds(api, namedDivisionIds(clients))]);
        const home = await homeDivision(api, clients, divisions, notices);
        const directory = buildDirectory(roles, divisions, home);
        // Normalized now, while the usage query (the longest chain of requests) is still running.
        const records = await normalizeAll(clients, directory);
        opts.onClients?.(records);
        return { roleIds, directory, records };
    })();
    // Every branch runs at once and is joined here, so the first failure fails the run and
    // no other branch's failure is left unhandled; the others are then stopped, so that no
    // retry or wait of theirs keeps the process alive.
    const [{ roleIds, directory, records }, { used, unreadable }, catalog] = await Promise.all([clientsAndDirectory, usage, scopes, limit]).catch((err) => {
        api.cancel();
        throw err;
    });
    noteMissing(roleIds, directory, notices);
    return {
        clients: used ? records.map((r) => ({ ...r, lastUsed: used.lastUsed.get(r.id) ?? null })) : records,
        fetchedAt: new Date(opts.clock.now()).toISOString(),
        notices,
        ...(used && { usage: { days: opts.usageDays, from: used.from, to: used.to } }),
        ...(unreadable && { usageUnreadable: unreadable }),
        ...(catalog && { scopeCatalog: catalog }),
    };
}
/**
 * Older listings omit `authorizedGrantType`: read those clients one by one, as many at once as
 * may be in flight. A client deleted since the listing (404) is left out with a notice; any
 * other failure fails.
 */
async function withDetails(api, listed, notices) {
    const read = listed.slice();
    const unread = listed.flatMap((c, i) => (needsDetailRead(c) ? [i] : []));
    // As many readers as requests can ever be in flight: the pacer sets the pace.
    await inParallel(unread, pacer/* MAX_IN_FLIGHT */.uK, async (i) => {
        const c = listed[i];
        try {
            read[i] = await getOAuthClient(api, c.id ?? '');
        }
        catch (err) {
            if (!(err instanceof errors/* GenesysError */.DF && err.kind === 'not-found'))
                throw err;
            notices.push(`OAuth client "${c.name ?? ''}" (${c.id ?? ''}) was deleted while the audit read it, so it is not in the inventory.`);
            read[i] = undefined;
        }
    });
    return read.filter((c) => c !== undefined);
}
/** Whether the listing left a client without its grant type, to be read on its own. */
function needsDetailRead(c) {
    return !c.authorizedGrantType;
}
/** The home division, for grants through `roleIds`: from the divisions read when a grant named it, else one request. */
async function homeDivision(api, clients, divisions, notices) {
    if (!clients.some((c) => legacyRoleIds(c).length > 0))
        return undefined;
    const named = divisions.find((d) => d.homeDivision === true);
    if (named)
        return named;
    return getHomeDivision(api).catch((err) => optional(err, notices, 'the org\'s home division could not be read, so roles held through the deprecated roleIds are shown in "home division"'));
}
/** Requests for roles and divisions, about: a page of each for most orgs. */
const DIRECTORY_REQUESTS_ABOUT = 2;
/**
 * When the usage query may read. At once, unless the run makes more requests than one window
 * allows (a legacy listing's detail reads on a large org): it then ends a window after its
 * binding requests (binding-requests.ts), and the usage answers, the largest the audit
 * reads, would slow them for both processes. So usage waits until those are sent, or the
 * detail reads are done, and is read in the rest of the window's budget.
 */
async function usageMayRead(api, usageDays, listing, limit, details) {
    try {
        const listed = await listing;
        await limit;
        let unread = 0;
        for (const c of listed)
            if (needsDetailRead(c))
                unread++;
        const total = api.pacer.granted + unread + usageRequestsAbout(usageDays, listed.length) + DIRECTORY_REQUESTS_ABOUT;
        const binding = bindingRequests(total, api.pacer.currentLimit);
        if (binding < total)
            await Promise.race([api.pacer.whenGranted(binding), details]);
    }
    catch {
        // A failed listing or detail read fails the run on its own branch.
    }
}
async function paceOnOrgLimit(api, notices) {
    try {
        const limit = await readTokenRateLimit(api);
        if (limit)
            api.pacer.setLimit(limit);
    }
    catch (err) {
        optional(err, notices, `the org's rate limit could not be read, so requests are paced at ${api.pacer.currentLimit} a minute`);
    }
}
/**
 * Usage, or why it could not be read. A usage API that refuses (403), is absent (404) or
 * does not answer in time leaves the rest of the audit standing: rules about unused
 * clients are then reported as not evaluated. A usage API that lies fails the run.
 */
async function readUsage(api, opts, notices, clients, mayRead) {
    try {
        return { used: await queryLastUse(api, opts.usageDays, { clock: opts.clock, maxWaitMs: opts.usageMaxWaitMs ?? 120_000 }, clients, mayRead) };
    }
    catch (err) {
        const why = err instanceof errors/* GenesysError */.DF ? usageUnreadable(err) : undefined;
        if (!why)
            throw err;
        notices.push(`Usage was not read: ${why}; rules about unused clients are reported as not evaluated.`);
        return { unreadable: why };
    }
}
/** Why usage could not be read, for failures that leave the rest of the audit standing. */
function usageUnreadable(err) {
    if (err.kind === 'permission') {
        return "Genesys Cloud refused the organization usage query (HTTP 403) although its documentation accepts oauth:client:view or usage:organization:view, so add usage:organization:view to the auditing client's role";
    }
    if (err.kind === 'not-found')
        return 'Genesys Cloud has no organization usage query at this API (HTTP 404)';
    // The error's own sentence, without its advice: the finding says what follows.
    if (err.reason === 'timeout' || err.reason === 'usage-query')
        return err.message.replace(/(; try again later)?\.$/, '').replace(/^The /, 'the ');
    return undefined;
}
/** Optional reads may be refused (403) or absent (404); anything else fails the run. */
function optional(err, notices, consequence) {
    if (err instanceof errors/* GenesysError */.DF && (err.kind === 'permission' || err.kind === 'not-found')) {
        notices.push(`${consequence[0]?.toUpperCase()}${consequence.slice(1)} (HTTP ${err.status}).`);
        return undefined;
    }
    throw err;
}
// Plain loops: once per client and grant of a large org, where arrays per client cost ~40 ms.
function heldRoleIds(clients) {
    const ids = [];
    for (const c of clients) {
        for (const rd of c.roleDivisions ?? [])
            if (rd.roleId)
                ids.push(rd.roleId);
        for (const id of c.roleIds ?? [])
            if (id)
                ids.push(id);
    }
    return ids;
}
function namedDivisionIds(clients) {
    const ids = [];
    for (const c of clients)
        for (const rd of c.roleDivisions ?? [])
            if (rd.divisionId && rd.divisionId !== types/* ALL_DIVISIONS */.hJ)
                ids.push(rd.divisionId);
    return ids;
}
/** `roleIds`: every role the clients hold (heldRoleIds), read once for the roles request and this notice. */
function noteMissing(roleIds, directory, notices) {
    const missing = [...new Set(roleIds)].filter((id) => !directory.roles.has(id));
    if (missing.length) {
        notices.push(`${missing.length} role${missing.length === 1 ? '' : 's'} held by clients no longer exist (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}); they grant nothing.`);
    }
}

// EXTERNAL MODULE: ./src/policy/load.ts + 15 modules
var load = __webpack_require__(905);
// EXTERNAL MODULE: ./src/evaluate/findings.ts
var evaluate_findings = __webpack_require__(7825);
;// CONCATENATED MODULE: ./src/evaluate/checks/finding.ts

function ruleFinding(rule, client, subject, message) {
    return (0,evaluate_findings/* newFinding */.iD)(rule.id, rule.severity, message, rule.location, rule.category, rule.fix || undefined, findingClient(client), subject);
}
const findingClients = new WeakMap();
/** The client last asked about, and its answer: a check often finds several things of one client in a row. */
let lastClient;
let lastWho;
/** Who a finding is about; one shared, frozen object per client however many findings it has. */
function findingClient(client) {
    if (client === lastClient)
        return lastWho;
    let who = findingClients.get(client);
    if (!who)
        findingClients.set(client, (who = Object.freeze({ id: client.id, name: client.name, grantType: client.grantType })));
    lastClient = client;
    lastWho = who;
    return who;
}
/**
 * A value quoted in a message. Plain quotes, not backticks: values are untrusted and a
 * backtick inside one would unbalance any code span a renderer built from them.
 */
function q(value) {
    return `"${value}"`;
}

;// CONCATENATED MODULE: ./src/evaluate/checks/client-description.ts


const checkDescription = (rule, clients, _ctx, out) => {
    const check = rule.checks.description;
    if (!check)
        return;
    for (let i = 0; i < clients.length; i++) {
        const client = clients[i];
        const length = (0,src_text/* charCount */.wL)(client.description.trim());
        if (length >= check.minLength)
            continue;
        const message = length === 0 ? 'Has no description.' : `Has a description of ${length} characters; this rule asks for at least ${check.minLength}.`;
        out.push(ruleFinding(rule, client, undefined, message));
    }
};

;// CONCATENATED MODULE: ./src/evaluate/checks/context.ts
function newMemo() {
    return {
        permissionIds: new Map(),
        permissions: [],
        permissionParts: [],
        slots: new Uint32Array(0),
        flagged: new Map(),
        held: new Map(),
        filterKeys: new Map(),
        judged: new Map(),
        throughRole: new Map(),
        lastThrough: { roleName: undefined, phrase: undefined, text: '' },
        daysAgo: new Map(),
        sharedNames: undefined,
    };
}
/** Names compare without case and surrounding spaces. */
function normalizeName(name) {
    return name.trim().toLowerCase();
}
/** Each client of the org that shares its name (normalized) with others, and how many others. */
function sharedNames(clients) {
    const names = clients.map((c) => normalizeName(c.name));
    const counts = new Map();
    for (let i = 0; i < names.length; i++)
        counts.set(names[i], (counts.get(names[i]) ?? 0) + 1);
    const shared = new Map();
    for (let i = 0; i < names.length; i++) {
        const others = counts.get(names[i]) - 1;
        if (others > 0)
            shared.set(clients[i], others);
    }
    return shared;
}
const context_DAY_MS = 86_400_000;
/** `daysSince(from, ctx.now)`, each distinct date parsed once: several rules read each client's dates. */
function daysAgo(ctx, from) {
    let days = ctx.memo.daysAgo.get(from);
    if (days === undefined)
        ctx.memo.daysAgo.set(from, (days = daysSince(from, ctx.now) ?? null));
    return days ?? undefined;
}
/** Whole UTC days from the day of `from` (ISO date or date-time) to the day of `now`. */
function daysSince(from, now) {
    const t = Date.parse(from.length === 10 ? `${from}T00:00:00Z` : from);
    if (Number.isNaN(t))
        return undefined;
    const day = (ms) => Math.floor(ms / context_DAY_MS);
    return day(now.getTime()) - day(t);
}

;// CONCATENATED MODULE: ./src/evaluate/checks/client-name.ts


const checkName = (rule, clients, ctx, out) => {
    const check = rule.checks.name;
    if (!check)
        return;
    // Names are normalized and counted once for every rule that asks, not per rule and client.
    const shared = check.unique ? (ctx.memo.sharedNames ??= sharedNames(ctx.clients)) : undefined;
    for (let i = 0; i < clients.length; i++) {
        const client = clients[i];
        const others = shared?.get(client) ?? 0;
        if (others > 0) {
            out.push(ruleFinding(rule, client, client.name, `Shares its name with ${others} other client${others === 1 ? '' : 's'}.`));
        }
        if (check.mustMatch && !check.mustMatch.test(client.name)) {
            out.push(ruleFinding(rule, client, client.name, `Its name does not match ${q(check.mustMatch.source)}.`));
        }
    }
};

;// CONCATENATED MODULE: ./src/evaluate/checks/grant-types.ts

const checkGrantTypes = (rule, clients, _ctx, out) => {
    const check = rule.checks.grantTypes;
    if (!check)
        return;
    for (let i = 0; i < clients.length; i++) {
        const client = clients[i];
        if (check.deny?.includes(client.grantType)) {
            out.push(ruleFinding(rule, client, client.grantType, `Uses ${shown(client)}, which this rule denies.`));
        }
        else if (check.allow && !check.allow.includes(client.grantType)) {
            out.push(ruleFinding(rule, client, client.grantType, `Uses ${shown(client)}; this rule allows only ${check.allow.join(', ')}.`));
        }
    }
};
/** The client's grant type as a message says it (worded only for a finding: most clients pass). */
function shown(client) {
    return client.grantType === 'unknown' ? `an unknown grant type (${q(client.apiGrantType || 'none')})` : `the ${client.grantType} grant`;
}

;// CONCATENATED MODULE: ./src/evaluate/permission-match.ts
/** Does holding `h` (a permission split on `:`) grant anything that `pattern` names? (used for deny) */
function intersects(pattern, h) {
    if (pattern.parts.length !== h.length)
        return false;
    return pattern.parts.every((part, i) => (h.length > 1 && h[i] === '*') || part.test(h[i]));
}
/** Is everything `h` (a permission split on `:`) grants within `pattern`? (used for allow) */
function covers(pattern, h) {
    if (pattern.parts.length !== h.length)
        return false;
    return pattern.parts.every((part, i) => (h.length > 1 && h[i] === '*' ? pattern.partSources[i] === '*' : part.test(h[i])));
}
/** Does the held permission (split on `:`) grant a whole domain, entity or action set? */
function isWildcard(h) {
    return h.length > 1 && h.includes('*');
}

// EXTERNAL MODULE: ./src/evaluate/checks/divisions.ts
var divisions = __webpack_require__(1741);
;// CONCATENATED MODULE: ./src/evaluate/checks/held-permissions.ts


/**
 * Every client's permissions in one filter's divisions, grouped by permission: one flat run
 * per client, the runs one after another (a client's `segment`), by position. Flat arrays,
 * not an object per permission: a large org's clients hold hundreds of thousands, each kept
 * for the whole evaluation, and a rule reads them client after client.
 */
class Groupings {
    /** Positions filled; the arrays below are made larger ahead (by the grants of the clients to group), not grown a push at a time. */
    size = 0;
    /** Each permission's number in the org (`memo.permissions`), by which rules' verdicts are looked up. */
    ids = new Uint32Array(0);
    /** The grant each first comes through: most permissions come through one role. */
    grants = [];
    /** The further grants of the few held through several roles or divisions, by position. */
    more;
    /**
     * "through role …" by position: worded as the grant is grouped, while it is at hand (a
     * finding would fetch it again, and several rules may name one permission); for the few
     * held through several grants, when a finding first names it.
     */
    vias = [];
    /** Segment `s` is positions `starts[s]` to `starts[s + 1]`. */
    starts = [0];
    segmentOf = new Map();
    /** Segments by a list of clients (rules that select alike share one list, see rule-clients.ts). */
    segmentsOf = new Map();
    memo;
    inFilter;
    /** The groupings in every division (none when this is it): a client's grants are numbered there once, and regrouped from it. */
    everywhere;
    constructor(memo, filter, everywhere) {
        this.memo = memo;
        this.inFilter = (0,divisions/* divisionTest */.uP)(filter);
        this.everywhere = everywhere;
    }
    /** Each client's segment, by the client's index in `clients`. */
    segments(clients) {
        let segments = this.segmentsOf.get(clients);
        if (!segments) {
            // Room for every grant of the clients not grouped yet: most rules select every
            // client-credentials client. A filter keeps few of them: it grows as it goes.
            if (!this.everywhere) {
                let grants = 0;
                for (let c = 0; c < clients.length; c++)
                    if (!this.segmentOf.has(clients[c]))
                        grants += clients[c].permissions.length;
                this.reserve(grants);
            }
            segments = new Uint32Array(clients.length);
            for (let c = 0; c < clients.length; c++)
                segments[c] = this.segment(clients[c]);
            this.segmentsOf.set(clients, segments);
        }
        return segments;
    }
    segment(client) {
        let segment = this.segmentOf.get(client);
        if (segment === undefined) {
            if (this.everywhere)
                this.regroup(client, this.everywhere);
            else
                this.group(client.permissions);
            this.starts.push(this.size);
            this.segmentOf.set(client, (segment = this.starts.length - 2));
        }
        return segment;
    }
    /** Room for `more` positions (a client has at most as many as it has grants). */
    reserve(more) {
        if (this.size + more <= this.ids.length)
            return;
        const capacity = Math.max(this.size + more, 2 * this.ids.length);
        const ids = new Uint32Array(capacity);
        ids.set(this.ids.subarray(0, this.size));
        this.ids = ids;
        this.grants = resized(this.grants, this.size, capacity);
        this.vias = resized(this.vias, this.size, capacity);
    }
    /**
     * The grants by permission, in the order each permission first comes. `memo.slots` (by
     * permission number: its position, plus one) stands in for a map per client, and is
     * cleared again before returning.
     */
    group(grants) {
        const { memo } = this;
        const from = this.size;
        for (let i = 0; i < grants.length; i++) {
            const g = grants[i];
            const id = permissionNumber(memo, g.permission);
            const slot = memo.slots[id];
            if (slot)
                this.addFurther(slot - 1, g);
            else
                memo.slots[id] = this.add(id, g) + 1;
        }
        for (let i = from; i < this.size; i++)
            memo.slots[this.ids[i]] = 0;
    }
    /** The client's grouping in every division, kept to the grants in this filter's divisions (all of them, or none, for most). */
    regroup(client, everywhere) {
        const segment = everywhere.segment(client);
        let kept = 0;
        for (let i = 0; i < client.roleGrants.length; i++)
            if (this.inFilter(client.roleGrants[i]))
                kept++;
        const all = kept === client.roleGrants.length;
        if (!all && kept === 0)
            return;
        for (let p = everywhere.starts[segment]; p < everywhere.starts[segment + 1]; p++) {
            const id = everywhere.ids[p];
            let position = this.keep(-1, id, everywhere.grants[p], all);
            const further = everywhere.more?.get(p);
            if (further)
                for (let i = 0; i < further.length; i++)
                    position = this.keep(position, id, further[i], all);
        }
    }
    /** The grant, when in this filter (or `all` are): at a new position (returned) unless its permission has one. */
    keep(position, id, grant, all) {
        if (!all && !this.inFilter(grant))
            return position;
        if (position < 0)
            return this.add(id, grant);
        this.addFurther(position, grant);
        return position;
    }
    /** A permission at the next position; returns the position. */
    add(id, grant) {
        // A client grouped on its own (to be regrouped for another filter) was not reserved for.
        if (this.size === this.ids.length)
            this.reserve(1);
        const position = this.size++;
        this.ids[position] = id;
        this.grants[position] = grant;
        this.vias[position] = throughOne(this.memo, grant);
        return position;
    }
    addFurther(position, grant) {
        this.vias[position] = undefined;
        const further = (this.more ??= new Map()).get(position);
        if (further)
            further.push(grant);
        else
            this.more.set(position, [grant]);
    }
}
/** `items`' first `size` in a new array of `capacity` (holes past them, filled in order). */
function resized(items, size, capacity) {
    const copy = new Array(capacity);
    for (let i = 0; i < size; i++)
        copy[i] = items[i];
    return copy;
}
/** The groupings under the filter, made once per evaluation for every rule with an equal filter. */
function groupings(memo, filter) {
    const key = filterKey(memo, filter);
    let held = memo.held.get(key);
    if (!held) {
        const everywhere = filter.kind === 'any' ? undefined : groupings(memo, { kind: 'any' });
        memo.held.set(key, (held = new Groupings(memo, filter, everywhere)));
    }
    return held;
}
/** "through role X (all divisions)" / "through roles X (Home), Y (Sales)": how the permission at `position` is held. */
function via(held, position) {
    return (held.vias[position] ??= `through ${roles([held.grants[position], ...held.more.get(position)])}`);
}
/**
 * "through role X (Home)": clients hold many permissions through one role, worded once.
 * A client's permissions come role by role, so the wording asked for last is tried first.
 */
function throughOne(memo, grant) {
    const phrase = (0,divisions/* divisionPhrase */.zG)(grant);
    const last = memo.lastThrough;
    if (last.roleName === grant.roleName && last.phrase === phrase)
        return last.text;
    let byPhrase = memo.throughRole.get(grant.roleName);
    if (!byPhrase)
        memo.throughRole.set(grant.roleName, (byPhrase = new Map()));
    let text = byPhrase.get(phrase);
    if (text === undefined)
        byPhrase.set(phrase, (text = `through role ${roleIn(grant)}`));
    last.roleName = grant.roleName;
    last.phrase = phrase;
    last.text = text;
    return text;
}
function roles(grants) {
    const parts = [...new Set(grants.map(roleIn))];
    return `${parts.length > 1 ? 'roles' : 'role'} ${parts.join(', ')}`;
}
function roleIn(grant) {
    return `${q(grant.roleName)} (${(0,divisions/* divisionPhrase */.zG)(grant)})`;
}
/** The permission's number in the org, numbered when first held (and its slot made). */
function permissionNumber(memo, permission) {
    let id = memo.permissionIds.get(permission);
    if (id === undefined) {
        memo.permissionIds.set(permission, (id = memo.permissions.length));
        memo.permissions.push(permission);
        if (id >= memo.slots.length) {
            const slots = new Uint32Array(2 * memo.slots.length + 64);
            slots.set(memo.slots);
            memo.slots = slots;
        }
    }
    return id;
}
/** Equal filters of different rules share one grouping. */
function filterKey(memo, filter) {
    if (filter.kind !== 'named')
        return filter.kind;
    let key = memo.filterKeys.get(filter);
    if (key === undefined)
        memo.filterKeys.set(filter, (key = `named:${filter.globs.map((g) => g.source).join('\u0000')}`));
    return key;
}

;// CONCATENATED MODULE: ./src/evaluate/checks/permissions.ts



const checkPermissions = (rule, clients, ctx, out) => {
    const check = rule.checks.permissions;
    if (!check)
        return;
    const { memo } = ctx;
    const flagged = flaggedPermissions(memo, check);
    const held = groupings(memo, check.divisions);
    const segments = held.segments(clients);
    for (let c = 0; c < clients.length; c++) {
        const end = held.starts[segments[c] + 1];
        for (let p = held.starts[segments[c]]; p < end; p++) {
            const id = held.ids[p];
            let wording = flagged[id];
            if (wording === undefined)
                wording = flagged[id] = worded(check, memo, id);
            if (wording)
                out.push(ruleFinding(rule, clients[c], held.grants[p].permission, `${wording.before}${via(held, p)}${wording.after}`));
        }
    }
};
/**
 * What the check reports of each of the org's permissions, by number: judged when first
 * held by a client it checks, once per evaluation (`undefined` until then, `null` for nothing).
 */
function flaggedPermissions(memo, check) {
    let flagged = memo.flagged.get(check);
    if (!flagged)
        memo.flagged.set(check, (flagged = []));
    return flagged;
}
function worded(check, memo, id) {
    const permission = memo.permissions[id];
    // Split once for every rule that judges it.
    const verdict = judge(check, (memo.permissionParts[id] ??= permission.split(':')));
    return verdict ? wording(permission, verdict) : null;
}
function wording(permission, verdict) {
    if (verdict.kind === 'wildcard')
        return { before: `Holds the wildcard permission ${q(permission)} `, after: '.' };
    const before = `Holds permission ${q(permission)} `;
    if (verdict.kind === 'not-allowed')
        return { before, after: ", which is not among this rule's allowed permissions." };
    return { before, after: verdict.pattern.source === permission ? ', which this rule denies.' : `, which this rule denies (${q(verdict.pattern.source)}).` };
}
/** Deny wins over the wildcard check, which wins over the allow list. `parts`: the permission split on `:`. */
function judge(check, parts) {
    const denied = check.deny?.find((p) => intersects(p, parts));
    if (denied)
        return { kind: 'denied', pattern: denied };
    if (check.denyWildcards && isWildcard(parts))
        return { kind: 'wildcard' };
    if (check.allow && !check.allow.some((p) => covers(p, parts)))
        return { kind: 'not-allowed' };
    return undefined;
}

;// CONCATENATED MODULE: ./src/evaluate/checks/judged-once.ts
/**
 * `judge(check, value)` for one check, remembered for the evaluation per value. Asked once
 * per rule, not per value: a rule judges thousands of values, and the check's memory is found once.
 */
function judgedOnce(memo, check, judge) {
    let byCheck = memo.judged.get(judge);
    if (!byCheck)
        memo.judged.set(judge, (byCheck = new Map()));
    let byValue = byCheck.get(check);
    if (!byValue)
        byCheck.set(check, (byValue = new Map()));
    const known = byValue;
    return (value) => {
        let verdict = known.get(value);
        if (verdict === undefined)
            known.set(value, (verdict = judge(check, value)));
        return verdict;
    };
}

;// CONCATENATED MODULE: ./src/evaluate/checks/redirect-uris.ts


const checkRedirectUris = (rule, clients, ctx, out) => {
    const check = rule.checks.redirectUris;
    if (!check)
        return;
    const problemsOfUri = judgedOnce(ctx.memo, check, problemsOf);
    for (let i = 0; i < clients.length; i++) {
        const client = clients[i];
        for (let k = 0; k < client.redirectUris.length; k++) {
            const uri = client.redirectUris[k];
            const problems = problemsOfUri(uri);
            for (let m = 0; m < problems.length; m++)
                out.push(ruleFinding(rule, client, uri, problems[m]));
        }
    }
};
/** A message per problem of the URI under the check; none for most. */
function problemsOf(check, uri) {
    const problem = (what) => `Redirect URI ${q(uri)} ${what}.`;
    const url = redirect_uris_parse(uri);
    if (url && isLoopback(url.hostname)) {
        return check.localhost === 'deny' ? [problem('points at this machine (loopback), which this rule does not allow')] : [];
    }
    const out = [];
    if (check.denyWildcards && uri.includes('*'))
        out.push(problem('contains a wildcard'));
    if (check.requireHttps && url?.protocol !== 'https:')
        out.push(problem(url ? `uses ${url.protocol.replace(/:$/, '')}, not https` : 'is not a valid URL'));
    else if (!url && (check.denyIpLiterals || check.mustMatch))
        out.push(problem('is not a valid URL'));
    if (check.denyIpLiterals && url && isIpLiteral(url.hostname))
        out.push(problem('names its host by IP address'));
    if (check.mustMatch && !check.mustMatch.test(uri))
        out.push(problem(`does not match ${q(check.mustMatch.source)}`));
    return out;
}
function redirect_uris_parse(uri) {
    try {
        return new URL(uri);
    }
    catch {
        return undefined;
    }
}
function isLoopback(host) {
    return host === 'localhost' || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host) || host === '[::1]';
}
function isIpLiteral(host) {
    return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
}

// EXTERNAL MODULE: ./src/policy/glob.ts
var glob = __webpack_require__(4062);
;// CONCATENATED MODULE: ./src/evaluate/checks/name-verdicts.ts
// Scopes and roles are judged by name against a check's deny and allow globs (once per
// name, see judged-once.ts).

/** What the check says of the name: denied (by which glob), not allowed, or nothing (null). Deny wins. */
function judgeName(check, name) {
    const denied = check.deny && (0,glob/* matchesAny */._I)(check.deny, name);
    if (denied)
        return { kind: 'denied', glob: denied };
    if (check.allow && !(0,glob/* matchesAny */._I)(check.allow, name))
        return { kind: 'not-allowed' };
    return null;
}

;// CONCATENATED MODULE: ./src/evaluate/checks/roles.ts




const checkRoles = (rule, clients, ctx, out) => {
    const check = rule.checks.roles;
    if (!check)
        return;
    const verdictOf = judgedOnce(ctx.memo, check, judgeName);
    const inFilter = (0,divisions/* divisionTest */.uP)(check.divisions);
    for (let i = 0; i < clients.length; i++) {
        const client = clients[i];
        // Most clients hold no role the rule flags: group grants by role only for those that do.
        let byRole;
        for (let k = 0; k < client.roleGrants.length; k++) {
            const g = client.roleGrants[k];
            if (!inFilter(g) || !verdictOf(g.roleName))
                continue;
            const grants = (byRole ??= new Map()).get(g.roleName);
            if (grants)
                grants.push(g);
            else
                byRole.set(g.roleName, [g]);
        }
        if (!byRole)
            continue;
        for (const [role, grants] of byRole)
            out.push(ruleFinding(rule, client, role, message(role, grants, verdictOf(role))));
    }
};
function message(role, grants, verdict) {
    const where = `in ${[...new Set(grants.map(divisions/* divisionPhrase */.zG))].join(', ')}`;
    if (verdict.kind === 'not-allowed')
        return `Holds role ${q(role)} ${where}, which is not among this rule's allowed roles.`;
    const { glob } = verdict;
    const why = glob.source === '*' ? '' : `, which this rule denies${glob.literal ? '' : ` (${q(glob.source)})`}`;
    return `Holds role ${q(role)} ${where}${why}.`;
}

;// CONCATENATED MODULE: ./src/evaluate/checks/scopes.ts



const checkScopes = (rule, clients, ctx, out) => {
    const check = rule.checks.scopes;
    if (!check)
        return;
    const messageOf = judgedOnce(ctx.memo, check, judgeScope);
    for (let i = 0; i < clients.length; i++) {
        const client = clients[i];
        for (let k = 0; k < client.scopes.length; k++) {
            const scope = client.scopes[k];
            const message = messageOf(scope);
            if (message !== null)
                out.push(ruleFinding(rule, client, scope, message));
        }
    }
};
/** What the check says of a scope, as a finding's message (one string however many clients request it), or null. */
function judgeScope(check, scope) {
    const verdict = judgeName(check, scope);
    return verdict && scopes_message(scope, verdict);
}
function scopes_message(scope, verdict) {
    if (verdict.kind === 'not-allowed')
        return `Requests scope ${q(scope)}, which is not among this rule's allowed scopes.`;
    return `Requests scope ${q(scope)}, which this rule denies${verdict.glob.literal ? '' : ` (${q(verdict.glob.source)})`}.`;
}

;// CONCATENATED MODULE: ./src/evaluate/checks/state-age.ts


const checkStateAge = (rule, clients, ctx, out) => {
    const check = rule.checks.stateAge;
    if (!check)
        return;
    for (let i = 0; i < clients.length; i++) {
        const client = clients[i];
        const limit = client.state === 'disabled' ? check.disabledMaxDays : client.state === 'inactive' ? check.inactiveMaxDays : undefined;
        const since = client.dateModified ?? client.dateCreated;
        if (limit === undefined || !since)
            continue;
        const age = daysAgo(ctx, since);
        if (age === undefined || age <= limit)
            continue;
        const deletion = client.state === 'inactive' && client.dateToDelete ? ` (the platform deletes it on ${client.dateToDelete.slice(0, 10)})` : '';
        out.push(ruleFinding(rule, client, client.state, `Has been ${client.state} for at least ${age} days (unchanged since ${since.slice(0, 10)})${deletion}; this rule allows ${limit}.`));
    }
};

;// CONCATENATED MODULE: ./src/evaluate/checks/token-lifetime.ts


const checkTokenLifetime = (rule, clients, ctx, out) => {
    const check = rule.checks.tokenLifetime;
    if (!check)
        return;
    // Clients share a few lifetimes: one message per lifetime, not per client.
    const messageOf = judgedOnce(ctx.memo, check, lifetimeMessage);
    for (let i = 0; i < clients.length; i++) {
        const client = clients[i];
        if (client.tokenLifetimeSeconds <= check.maxSeconds)
            continue;
        const seconds = String(client.tokenLifetimeSeconds);
        out.push(ruleFinding(rule, client, seconds, messageOf(seconds)));
    }
};
function lifetimeMessage(check, seconds) {
    return `Issues tokens valid for ${duration(Number(seconds))}; this rule allows at most ${duration(check.maxSeconds)}.`;
}
function duration(seconds) {
    if (seconds % 3600 === 0)
        return `${seconds / 3600} h`;
    if (seconds % 60 === 0)
        return `${seconds / 60} min`;
    return `${seconds} s`;
}

;// CONCATENATED MODULE: ./src/evaluate/checks/index.ts









const CHECKS = {
    grantTypes: checkGrantTypes,
    scopes: checkScopes,
    roles: checkRoles,
    permissions: checkPermissions,
    tokenLifetime: checkTokenLifetime,
    redirectUris: checkRedirectUris,
    description: checkDescription,
    name: checkName,
    stateAge: checkStateAge,
};
/** The checks a rule has, in a fixed order, but `unused`: that one needs usage and runs once it is read (evaluate.ts). */
function checksWithoutUsage(checks) {
    return Object.keys(CHECKS).filter((key) => checks[key] !== undefined).map((key) => CHECKS[key]);
}

;// CONCATENATED MODULE: ./src/evaluate/checks/unused.ts



const checkUnused = (rule, clients, ctx, out) => {
    const check = rule.checks.unused;
    const { usage } = ctx;
    if (!check || !usage || usage.days < check.maxDays)
        return;
    // Clients share the day they were last used, and the never used one sentence: a message
    // per day (or null: recent enough), not per client.
    const never = `Made no API request in the ${usage.days} days read (${usage.from} to ${usage.to}); this rule allows ${check.maxDays}.`;
    const byLastUse = new Map();
    const lastUsedOn = (day) => {
        let message = byLastUse.get(day);
        if (message === undefined)
            byLastUse.set(day, (message = idleSince(day, daysAgo(ctx, day), check.maxDays)));
        return message;
    };
    for (let i = 0; i < clients.length; i++) {
        const client = clients[i];
        const { lastUsed } = client;
        if (lastUsed === undefined)
            continue;
        const age = client.dateCreated ? daysAgo(ctx, client.dateCreated) : undefined;
        if (age !== undefined && age < check.maxDays)
            continue;
        const message = lastUsed === null ? never : lastUsedOn(lastUsed);
        if (message !== null)
            out.push(ruleFinding(rule, client, undefined, message));
    }
};
function idleSince(lastUsed, idle, maxDays) {
    if (idle === undefined || idle < maxDays)
        return null;
    return `Made its last API request on ${lastUsed}, ${idle} days ago; this rule allows ${maxDays}.`;
}
/** Why a rule with an `unused` check cannot be evaluated on this inventory, or undefined. */
function unusedSkipReason(maxDays, usage) {
    if (!usage)
        return 'usage was not read (set `usage-days`, and give the auditing client usage:organization:view)';
    if (usage.days < maxDays)
        return `usage was read for ${usage.days} days, fewer than the ${maxDays} days this rule needs`;
    return undefined;
}
/**
 * Usage was asked for but could not be read: each rule with an `unused` check is reported
 * as not evaluated, an error, so that the run never passes on a rule it could not judge.
 */
function unusedNotEvaluated(rules, usageUnreadable) {
    if (!usageUnreadable)
        return [];
    return rules
        .filter((rule) => rule.checks.unused)
        .map((rule) => (0,evaluate_findings/* newFinding */.iD)(rule.id, 'error', `Not evaluated: ${usageUnreadable}.`, rule.location, rule.category, undefined, undefined, undefined));
}

// EXTERNAL MODULE: ./src/policy/client-ref.ts
var client_ref = __webpack_require__(2427);
// EXTERNAL MODULE: ./src/policy/reserved-ids.ts
var reserved_ids = __webpack_require__(9591);
;// CONCATENATED MODULE: ./src/evaluate/client-refs.ts




/**
 * The org's clients by id and by name, built once per evaluation. Given the references the
 * evaluation will ask about (`refs`), it holds only the clients they can name: a policy names
 * a few dozen clients, an org has thousands, and a map entry for each is most of the work.
 */
class ClientDirectory {
    byId = new Map();
    byName = new Map();
    /** The ids and names asked for, when given; another reference is answered by reading every client. */
    keys;
    clients;
    constructor(clients, refs) {
        this.clients = clients;
        const keys = refs && new Set(Array.from(refs, refKey));
        this.keys = keys;
        for (let i = 0; i < clients.length; i++) {
            const c = clients[i];
            if (!keys || keys.has(c.id))
                add(this.byId, c.id, c);
            if (!keys || keys.has(c.name))
                add(this.byName, c.name, c);
        }
    }
    /** Every client the reference matches by any reading: its id; for a bare string, a name or an id equal to it. */
    matching(ref) {
        if (this.keys && !this.keys.has(refKey(ref)))
            return this.scan(ref);
        if (ref.kind === 'id')
            return this.byId.get(ref.id) ?? [];
        return [...new Set([...(this.byName.get(ref.text) ?? []), ...(this.byId.get(ref.text) ?? [])])];
    }
    /** The same answer for a reference not asked for at construction, in the same order. */
    scan(ref) {
        if (ref.kind === 'id')
            return this.clients.filter((c) => c.id === ref.id);
        const { text } = ref;
        return [...new Set([...this.clients.filter((c) => c.name === text), ...this.clients.filter((c) => c.id === text)])];
    }
    resolve(ref) {
        const found = this.matching(ref);
        const [only] = found;
        if (!only)
            return { kind: 'none' };
        return found.length === 1 ? { kind: 'one', client: only } : { kind: 'ambiguous', clients: found };
    }
}
function refKey(ref) {
    return ref.kind === 'id' ? ref.id : ref.text;
}
/** Every client reference of the policy: `where.client` items that are not globs, approved clients, exceptions. */
function* clientRefsOf(policy) {
    for (const rule of policy.rules)
        for (const s of rule.where.clients ?? [])
            if (s.kind !== 'glob')
                yield s;
    for (const entry of policy.desired?.clients ?? [])
        yield entry.clientRef;
    for (const e of policy.exceptions)
        yield e.clientRef;
}
function add(map, key, client) {
    const list = map.get(key);
    if (list)
        list.push(client);
    else
        map.set(key, [client]);
}
/** Whether the reference, read on its own, names this client (which need not be in the org). */
function refMatches(ref, client) {
    return ref.kind === 'id' ? client.id === ref.id : client.name === ref.text || client.id === ref.text;
}
/** Whether a `where.client` item selects the client: a glob by name or id, otherwise as a reference. */
function selects(selector, client) {
    if (selector.kind === 'glob')
        return selector.glob.regex.test(client.name) || selector.glob.regex.test(client.id);
    return refMatches(selector, client);
}
const LISTED = 10;
/** `ambiguous-client` when several clients match the entry; `renamed-client` when a pinned id's name differs. */
function refFindings(entry, matching) {
    const { ref } = entry;
    if (matching.length > 1) {
        const names = [...matching]
            .sort((a, b) => (0,evaluate_findings/* cmp */.r2)(a.id, b.id) || (0,evaluate_findings/* cmp */.r2)(a.name, b.name))
            .slice(0, LISTED)
            .map((c) => `${q(c.name)} (id ${c.id})`);
        const more = matching.length > LISTED ? ` and ${matching.length - LISTED} more` : '';
        const message = `${entry.what} names ${q((0,client_ref/* clientRefLabel */.jk)(ref))}, which ${matching.length} clients match: ${names.join(', ')}${more}. ${entry.whenAmbiguous} Pin the one you mean by its id (${entry.pin}).`;
        return [refFinding(reserved_ids/* CLIENT_REF_IDS */.PD.ambiguous, entry, message, (0,client_ref/* clientRefLabel */.jk)(ref))];
    }
    const [client] = matching;
    if (client && ref.kind === 'id' && ref.name !== undefined && client.name !== ref.name) {
        const message = `${entry.what} pins id ${ref.id} as ${q(ref.name)}, but that client is now named ${q(client.name)}. The id still decides; update the name so the policy says which client it means.`;
        return [refFinding(reserved_ids/* CLIENT_REF_IDS */.PD.renamed, entry, message, 'name', findingClient(client))];
    }
    return [];
}
function refFinding(ruleId, entry, message, subject, client) {
    return (0,evaluate_findings/* newFinding */.iD)(ruleId, 'error', message, entry.location, 'housekeeping', undefined, client, subject);
}

;// CONCATENATED MODULE: ./src/evaluate/desired-state.ts
// The approved-client list against the org: clients nobody approved, approved clients that
// are gone, and approved clients whose grant type, scopes or roles drifted. An entry
// approves the one client it names (its id, or a name exactly one client bears); one that
// several clients match approves none of them (each stays unknown) but still compares each
// with the entry, so a look-alike never takes a finding away from the client it copies.






function desiredStateFindings(desired, clients, directory) {
    const out = [];
    const matched = new Set();
    /** Clients an entry names together with others: listed, yet approved by nothing. */
    const shared = new Map();
    for (const entry of desired.clients) {
        const found = directory.matching(entry.clientRef);
        if (found.length === 0) {
            push(out, desired.missing, reserved_ids/* DESIRED_STATE_IDS */.ap.missing, entry, missingClient(entry), undefined, `Approved client ${q(label(entry))} is not in the org.`);
        }
        const [only] = found;
        if (only && found.length === 1)
            matched.add(only);
        else
            for (const client of found)
                if (!shared.has(client))
                    shared.set(client, entry);
        out.push(...refFindings(approvedEntry(entry), found));
        for (const client of found) {
            for (const [subject, message] of drift(entry, client))
                push(out, desired.drift, reserved_ids/* DESIRED_STATE_IDS */.ap.drift, entry, findingClient(client), subject, message);
        }
    }
    for (const client of clients) {
        if (matched.has(client))
            continue;
        const finding = { location: desired.location };
        const entry = shared.get(client);
        const why = entry
            ? `Is not approved: the approved entry ${q(label(entry))} at line ${entry.location.line} also names other clients, so it approves none of them`
            : "Is not in the policy's list of approved clients";
        push(out, desired.unknown, reserved_ids/* DESIRED_STATE_IDS */.ap.unknown, finding, findingClient(client), undefined, `${why} (${client.grantType} grant, ${client.state}).`);
    }
    return out;
}
function push(out, severity, ruleId, at, client, subject, message) {
    if (severity === 'off')
        return;
    out.push((0,evaluate_findings/* newFinding */.iD)(ruleId, severity, message, at.location, 'housekeeping', undefined, client, subject));
}
/** Each difference between the approved entry and the client: [subject, message]; `+` held but not listed, `-` listed but not held. */
function drift(entry, client) {
    const out = [];
    if (client.grantType !== entry.grantType) {
        out.push([
            'grant-type',
            `Uses the ${client.grantType === 'unknown' ? q(client.apiGrantType) : client.grantType} grant; the approved list says ${entry.grantType}.`,
        ]);
    }
    if (entry.scopes) {
        for (const s of client.scopes)
            if (!entry.scopes.includes(s))
                out.push([`+scope:${s}`, `Requests scope ${q(s)}, which its approved entry does not list.`]);
        for (const s of entry.scopes)
            if (!client.scopes.includes(s))
                out.push([`-scope:${s}`, `No longer requests scope ${q(s)}, which its approved entry lists.`]);
    }
    if (entry.roles)
        out.push(...roleDrift(entry.roles, client.roleGrants));
    return out;
}
function roleDrift(approved, grants) {
    const out = [];
    const covered = new Set();
    for (const want of approved) {
        const hits = grants.filter((g) => grantMatches(want, g));
        hits.forEach((g) => covered.add(g));
        if (hits.length === 0) {
            const where = want.division === undefined ? '' : ` in ${want.division === types/* ALL_DIVISIONS */.hJ ? 'all divisions' : want.division}`;
            out.push([`-role:${want.role}${where}`, `Does not hold role ${q(want.role)}${where}, which its approved entry lists.`]);
        }
    }
    for (const g of grants) {
        if (!covered.has(g))
            out.push([`+role:${g.roleName} in ${(0,divisions/* divisionPhrase */.zG)(g)}`, `Holds role ${q(g.roleName)} in ${(0,divisions/* divisionPhrase */.zG)(g)}, which its approved entry does not list.`]);
    }
    return out;
}
function grantMatches(want, grant) {
    if (grant.roleName !== want.role)
        return false;
    if (want.division === undefined)
        return true;
    return want.division === types/* ALL_DIVISIONS */.hJ ? grant.divisionId === types/* ALL_DIVISIONS */.hJ : grant.divisionName === want.division;
}
function approvedEntry(entry) {
    return {
        ref: entry.clientRef,
        location: entry.location,
        what: 'Approved client',
        whenAmbiguous: 'It approves none of them: each is reported as not approved, and each is still compared with this entry.',
        pin: 'id: … with its name: …',
    };
}
/** Frozen like findingClient's: every finding's client has one shape. */
function missingClient(entry) {
    return Object.freeze({ id: entry.id ?? '', name: entry.name ?? entry.id ?? '', grantType: entry.grantType });
}
function label(entry) {
    return entry.name ?? entry.id ?? '';
}

;// CONCATENATED MODULE: ./src/evaluate/exceptions.ts
// Exceptions accept findings of one rule for one client (optionally one subject) until
// they expire. An expired exception stops applying and is reported itself; one that
// accepts nothing is reported as stale; one that runs too far ahead is reported too. An
// exception never accepts a finding of another rule or another client: it binds to the
// one client its reference resolves to in the org (a pinned id, or a name exactly one
// client bears), and one that several clients match accepts nothing and is an error.





/**
 * Applies the policy's exceptions; rules in `skippedRules` cannot make an exception stale.
 * `findings` is used up: it becomes the outcome's findings, those no exception accepts
 * moved up in place (tens of thousands: no second array), then the exceptions' own.
 */
function applyExceptions(policy, findings, now, skippedRules, directory) {
    const today = now.toISOString().slice(0, 10);
    const targets = new Map(policy.exceptions.map((e) => [e, directory.resolve(e.clientRef)]));
    const activeByRule = activeExceptions(policy.exceptions, today, targets);
    const expiredByRule = expiredExceptions(policy.exceptions, today);
    const used = new Set();
    /** How many findings each expired exception would have accepted: they are reported again. */
    const reopened = new Map();
    const accepted = [];
    let kept = 0;
    // Indexed: once per evaluation over every finding, so unoptimized, where for…of allocates per element.
    let rule;
    let active;
    let expiredOfRule;
    for (let i = 0; i < findings.length; i++) {
        const finding = findings[i];
        // Findings come in runs of one rule: look the rule up where it changes.
        if (finding.ruleId !== rule) {
            rule = finding.ruleId;
            active = activeByRule.get(rule);
            expiredOfRule = expiredByRule.get(rule);
        }
        if (expiredOfRule)
            countReopened(expiredOfRule, finding, targets, reopened);
        const exception = active && mayAccept(active, finding) ? mostSpecific(active.exceptions, finding, targets, used) : undefined;
        if (exception)
            accepted.push({ finding, exception });
        else
            findings[kept++] = finding;
    }
    findings.length = kept;
    for (const e of policy.exceptions) {
        const target = targets.get(e);
        if (e.expires < today)
            findings.push(expired(e, reopened.get(e) ?? 0));
        else if (target.kind === 'ambiguous')
            findings.push(...refFindings(exceptionEntry(e), target.clients));
        else if (!used.has(e) && !skippedRules.has(e.ruleId))
            findings.push(stale(e));
        if (target.kind === 'one' && e.expires >= today)
            findings.push(...refFindings(exceptionEntry(e), [target.client]));
        const ahead = -(daysSince(e.expires, now) ?? 0);
        if (ahead > policy.maxExceptionDays)
            findings.push(tooLong(e, ahead, policy.maxExceptionDays));
    }
    return { findings, accepted };
}
function activeExceptions(exceptions, today, targets) {
    const byRule = new Map();
    for (const e of exceptions) {
        if (e.expires < today)
            continue;
        let active = byRule.get(e.ruleId);
        if (!active)
            byRule.set(e.ruleId, (active = { exceptions: [], clientIds: new Set(), anyAbsent: false }));
        active.exceptions.push(e);
        const target = targets.get(e);
        if (target.kind === 'one')
            active.clientIds.add(target.client.id);
        else if (target.kind === 'none')
            active.anyAbsent = true;
    }
    return byRule;
}
/** The expired exceptions of each rule. */
function expiredExceptions(exceptions, today) {
    const byRule = new Map();
    for (const e of exceptions) {
        if (e.expires >= today)
            continue;
        const expired = byRule.get(e.ruleId);
        if (expired)
            expired.push(e);
        else
            byRule.set(e.ruleId, [e]);
    }
    return byRule;
}
/** Counts the finding for each expired exception (of its rule) that would have accepted it. */
function countReopened(expired, finding, targets, reopened) {
    for (let k = 0; k < expired.length; k++) {
        const e = expired[k];
        if (accepts(e, finding, targets.get(e)))
            reopened.set(e, (reopened.get(e) ?? 0) + 1);
    }
}
/** False when no exception of the rule can accept the finding (see isTarget): a shortcut, never a decision. */
function mayAccept(active, finding) {
    return finding.client !== undefined && (active.anyAbsent || active.clientIds.has(finding.client.id));
}
/**
 * The exception the finding is shown with: the most specific that accepts it, whatever
 * their order in the file. Every exception that accepts it is marked used (none is stale
 * because another came first). No arrays: it may run for thousands of findings.
 */
function mostSpecific(candidates, finding, targets, used) {
    let best;
    for (const e of candidates) {
        if (!accepts(e, finding, targets.get(e)))
            continue;
        used.add(e);
        if (!best || bySpecificity(e, best) < 0)
            best = e;
    }
    return best;
}
/** Narrower first: a subject beats none; then the sooner expiry; then by text. */
function bySpecificity(a, b) {
    return (Number(!a.subject) - Number(!b.subject) || (0,evaluate_findings/* cmp */.r2)(a.expires, b.expires) || (0,evaluate_findings/* cmp */.r2)(a.subject?.source ?? '', b.subject?.source ?? '') || (0,evaluate_findings/* cmp */.r2)(a.client, b.client));
}
/** Whether the exception accepts the finding, given what its client reference resolves to in the org. */
function accepts(e, f, target) {
    if (e.ruleId !== f.ruleId || !f.client)
        return false;
    if (!isTarget(target, e, f.client))
        return false;
    return !e.subject || (f.subject !== undefined && e.subject.regex.test(f.subject));
}
function isTarget(target, e, client) {
    if (target.kind === 'ambiguous')
        return false;
    if (target.kind === 'one')
        return client.id === target.client.id;
    // Named no client of the org: it can only be about one that is not there (missing-client).
    return refMatches(e.clientRef, client);
}
function exceptionEntry(e) {
    return {
        ref: e.clientRef,
        location: e.location,
        what: `Exception for rule ${q(e.ruleId)}`,
        whenAmbiguous: 'It accepts no finding of any of them.',
        pin: 'client: { id: …, name: … }',
    };
}
function expired(e, reopened) {
    const back = reopened ? `; its ${reopened} finding${reopened === 1 ? ' is' : 's are'} reported again` : '';
    return exceptionFinding(e, reserved_ids/* EXCEPTION_IDS */.Hc.expired, 'warning', `Exception for ${exceptions_describe(e)} expired on ${e.expires}${back}. Renew it with a new reason and date, or fix the findings.`);
}
function stale(e) {
    return exceptionFinding(e, reserved_ids/* EXCEPTION_IDS */.Hc.stale, 'warning', `Exception for ${exceptions_describe(e)} accepts no finding: the client is gone or compliant. Remove the exception.`);
}
function tooLong(e, days, max) {
    return exceptionFinding(e, reserved_ids/* EXCEPTION_IDS */.Hc.tooLong, 'warning', `Exception for ${exceptions_describe(e)} runs ${days} days ahead (until ${e.expires}); this policy allows at most ${max}. Shorten it and review it then.`);
}
function exceptions_describe(e) {
    return `rule ${q(e.ruleId)} and client ${q(e.client)}${e.subject ? ` (${q(e.subject.source)})` : ''} (owner ${e.owner})`;
}
function exceptionFinding(e, ruleId, severity, message) {
    const subject = `${e.ruleId} ${e.client}${e.subject ? ` ${e.subject.source}` : ''}`;
    return (0,evaluate_findings/* newFinding */.iD)(ruleId, severity, message, e.location, 'housekeeping', undefined, undefined, subject);
}

;// CONCATENATED MODULE: ./src/evaluate/string-ranks.ts
// Strings ranked in `cmp` order, equal strings sharing a rank: each distinct string is
// compared in one sort, however many findings carry it.

/** Each string's rank (by its index) and how many distinct strings there are. */
function rankStrings(strings) {
    const distinct = [...new Set(strings)].sort(evaluate_findings/* cmp */.r2);
    const rankOf = new Map();
    for (let r = 0; r < distinct.length; r++)
        rankOf.set(distinct[r], r);
    const ranks = new Uint32Array(strings.length);
    for (let i = 0; i < strings.length; i++)
        ranks[i] = rankOf.get(strings[i]);
    return { ranks, count: distinct.length };
}

;// CONCATENATED MODULE: ./src/evaluate/finding-order.ts
// Sorting tens of thousands of findings by `compareFindings`, fast. That comparator looks up
// severity ranks and compares client names, rule ids and subjects string by string on each
// of ~n log n calls, yet an org has a few thousand clients and a few dozen rules. So clients
// and rules are ranked once, and the findings ordered by those ranks with stable counting
// sorts, least significant first (a radix sort): no comparator, no name compared twice.
// What is left, findings of one severity, client and rule, are few and are sorted by subject,
// message and line. The loops over findings are indexed: this runs once per evaluation,
// before the JIT has warmed up.


/** Sorts `findings` in place into `compareFindings` order (stable, like Array#sort) and returns it. */
function sortFindings(findings) {
    const n = findings.length;
    const { rule, severityAndClient } = keysOf(findings);
    const order = countingSort(countingSort(identity(n), rule), severityAndClient);
    permute(findings, order);
    for (let start = 0, end = 1; start < n; start = end++) {
        const a = order[start];
        while (end < n && severityAndClient.rank[order[end]] === severityAndClient.rank[a] && rule.rank[order[end]] === rule.rank[a])
            end++;
        if (end - start > 1)
            sortRun(findings, start, end);
    }
    return findings;
}
/** `items[k] = (items before)[order[k]]` for every k, in place: cycle by cycle, no copy of the array. */
function permute(items, order) {
    const done = new Uint8Array(items.length);
    for (let k = 0; k < items.length; k++) {
        if (done[k])
            continue;
        const first = items[k];
        let at = k;
        for (let from = order[at]; from !== k; from = order[at]) {
            items[at] = items[from];
            done[at] = 1;
            at = from;
        }
        items[at] = first;
        done[at] = 1;
    }
}
function identity(n) {
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        order[i] = i;
    return order;
}
/** `order` stably reordered by the key: one pass of the radix sort. */
function countingSort(order, key) {
    const next = new Uint32Array(key.count + 1);
    for (let i = 0; i < order.length; i++)
        next[key.rank[order[i]] + 1]++;
    for (let r = 1; r <= key.count; r++)
        next[r] += next[r - 1];
    const sorted = new Uint32Array(order.length);
    for (let i = 0; i < order.length; i++)
        sorted[next[key.rank[order[i]]]++] = order[i];
    return sorted;
}
/**
 * Each finding's rule, ranked by id; and its severity (errors first), then its client by
 * name and id, as one rank. One pass over the findings, which come in runs of one rule and
 * client: the maps that number rules and clients are read only where either changes.
 */
function keysOf(findings) {
    const n = findings.length;
    const rules = new Map();
    const clients = new Map();
    const ruleNumber = new Uint32Array(n);
    const clientNumber = new Uint32Array(n);
    const severity = new Uint8Array(n);
    let lastRule;
    let lastClient;
    let r = 0;
    let c = 0;
    for (let i = 0; i < n; i++) {
        const f = findings[i];
        if (f.ruleId !== lastRule)
            r = numberOf(rules, (lastRule = f.ruleId));
        const client = f.client ?? NO_CLIENT;
        if (client !== lastClient)
            c = numberOf(clients, (lastClient = client));
        ruleNumber[i] = r;
        clientNumber[i] = c;
        severity[i] = severityFirst(f.severity);
    }
    const ruleRank = rankStrings([...rules.keys()]);
    const clientRank = clientRanks([...clients.keys()]);
    // Both reused in place: each number is read once, before it is overwritten.
    for (let i = 0; i < n; i++) {
        ruleNumber[i] = ruleRank.ranks[ruleNumber[i]];
        clientNumber[i] = severity[i] * clientRank.count + clientRank.ranks[clientNumber[i]];
    }
    return { rule: { rank: ruleNumber, count: ruleRank.count }, severityAndClient: { rank: clientNumber, count: 3 * clientRank.count } };
}
/** The value's number in the map, numbering it next when new. */
function numberOf(numbers, value) {
    let number = numbers.get(value);
    if (number === undefined)
        numbers.set(value, (number = numbers.size));
    return number;
}
function severityFirst(severity) {
    return severity === 'error' ? 0 : severity === 'warning' ? 1 : 2;
}
/** The clients ranked by name, then id; clients equal in both (not the same object) share a rank. */
function clientRanks(clients) {
    const order = Array.from(clients.keys()).sort((a, b) => compareClients(clients[a], clients[b]));
    const ranks = new Uint32Array(clients.length);
    let r = -1;
    for (let k = 0; k < order.length; k++)
        ranks[order[k]] = k > 0 && compareClients(clients[order[k - 1]], clients[order[k]]) === 0 ? r : ++r;
    return { ranks, count: r + 1 };
}
function compareClients(a, b) {
    return (0,evaluate_findings/* cmp */.r2)(a.name, b.name) || (0,evaluate_findings/* cmp */.r2)(a.id, b.id);
}
/** Findings equal in severity, client and rule: by subject, message, then line (stable). Insertion: most runs are short. */
function sortRun(findings, start, end) {
    if (end - start > SHORT_RUN) {
        const run = findings.slice(start, end).sort(compareWithinRun);
        for (let i = 0; i < run.length; i++)
            findings[start + i] = run[i];
        return;
    }
    for (let i = start + 1; i < end; i++) {
        const f = findings[i];
        let j = i;
        while (j > start && compareWithinRun(findings[j - 1], f) > 0)
            findings[j] = findings[--j];
        findings[j] = f;
    }
}
const SHORT_RUN = 16;
function compareWithinRun(a, b) {
    return (0,evaluate_findings/* cmp */.r2)(a.subject ?? '', b.subject ?? '') || (0,evaluate_findings/* cmp */.r2)(a.message, b.message) || a.location.line - b.location.line;
}
/** A finding without a client sorts as one named '' with id '' (and Array#sort would put `undefined` last). */
const NO_CLIENT = { id: '', name: '' };

;// CONCATENATED MODULE: ./src/evaluate/rule-clients.ts

class RuleClients {
    byWhere = new Map();
    clients;
    constructor(clients) {
        this.clients = clients;
    }
    /** The clients the rule applies to, in inventory order. */
    of(rule) {
        const { grantTypes, states, clients: selectors } = rule.where;
        const key = JSON.stringify([grantTypes ?? null, states ?? null]);
        let selected = this.byWhere.get(key);
        if (!selected)
            this.byWhere.set(key, (selected = this.clients.filter((c) => hasGrantTypeAndState(rule, c))));
        return selectors ? selected.filter((c) => selectedBy(selectors, c)) : selected;
    }
}
function hasGrantTypeAndState(rule, client) {
    const { grantTypes, states } = rule.where;
    if (grantTypes && !grantTypes.includes(client.grantType))
        return false;
    if (states && !states.includes(client.state))
        return false;
    return true;
}
/**
 * Whether a `where.client` item selects the client. One that names one client selects every
 * client it matches by any reading, so a look-alike is checked too, never skipped.
 */
function selectedBy(selectors, client) {
    for (let i = 0; i < selectors.length; i++)
        if (selects(selectors[i], client))
            return true;
    return false;
}

;// CONCATENATED MODULE: ./src/evaluate/evaluate.ts










function evaluate(policy, inventory, context) {
    return finishEvaluation(policy, inventory, evaluateWithoutUsage(policy, inventory.clients, context));
}
/**
 * Every rule's checks except `unused`: the bulk of an evaluation, which the audit runs
 * while the usage query (its longest chain of requests) is still being read.
 */
function evaluateWithoutUsage(policy, clients, context) {
    const steps = stepsWithoutUsage(policy, clients, context);
    for (;;) {
        const step = steps.next();
        if (step.done)
            return step.value;
    }
}
/**
 * The same, a rule at a time: a caller with requests in flight runs the next step when it
 * has let them be answered, so that this work never holds back the usage query's next poll.
 */
function* stepsWithoutUsage(policy, clients, context) {
    const ctx = { now: context.now, clients, usage: undefined, memo: newMemo() };
    const raw = [];
    const ruleClients = new RuleClients(clients);
    for (const rule of policy.rules) {
        runRule(rule, ruleClients.of(rule), checksWithoutUsage(rule.checks), ctx, raw);
        yield;
    }
    return { ctx, clients, raw };
}
/**
 * The rest, once usage is in: `unused` checks, `where.client` references, approved clients,
 * exceptions and order. `early` must be of the same clients (by id, in order); it is used up.
 */
function finishEvaluation(policy, inventory, early) {
    if (!sameClients(early.clients, inventory.clients))
        throw new Error('finishEvaluation: the early evaluation judged other clients than the inventory holds');
    const { raw } = early;
    // The early checks' context (its memo of days ago included), now with the usage window.
    const ctx = { ...early.ctx, usage: inventory.usage };
    const { now } = ctx;
    const skipped = skippedChecks(policy.rules, inventory);
    const directory = new ClientDirectory(inventory.clients, clientRefsOf(policy));
    pushAll(raw, whereFindings(policy.rules, directory));
    const ruleClients = new RuleClients(inventory.clients);
    for (const rule of policy.rules)
        if (rule.checks.unused)
            runRule(rule, ruleClients.of(rule), USAGE_CHECKS, ctx, raw);
    if (policy.desired)
        pushAll(raw, desiredStateFindings(policy.desired, inventory.clients, directory));
    const notEvaluated = unusedNotEvaluated(policy.rules, inventory.usageUnreadable);
    pushAll(raw, notEvaluated);
    const outcome = applyExceptions(policy, raw, now, new Set([...skipped, ...notEvaluated].map((s) => s.ruleId)), directory);
    const counts = (0,evaluate_findings/* countBySeverity */.Ot)(outcome.findings); // before sorting: in the order they were made, near in memory
    const findings = sortFindings(outcome.findings);
    const accepted = outcome.accepted.sort((a, b) => (0,evaluate_findings/* compareFindings */.Eg)(a.finding, b.finding));
    return { findings, accepted, skipped, counts };
}
const USAGE_CHECKS = [checkUnused];
/** `target.push(...items)` for any number of items: one unknown client each of a large org's is too many arguments. */
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++)
        target.push(items[i]);
}
function sameClients(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i].id !== b[i].id)
            return false;
    return true;
}
/** Each of the rule's checks on the clients it selects, findings onto `raw`. */
function runRule(rule, clients, checks, ctx, raw) {
    for (let k = 0; k < checks.length; k++)
        checks[k](rule, clients, ctx, raw);
}
/** `where.client` items that name one client but match several, or a pinned client renamed. */
function whereFindings(rules, directory) {
    return rules.flatMap((rule) => (rule.where.clients ?? []).flatMap((s) => s.kind === 'glob'
        ? []
        : refFindings({
            ref: s,
            location: s.location,
            what: `Rule ${q(rule.id)} (where.client)`,
            whenAmbiguous: 'The rule checks every one of them.',
            pin: '{ id: …, name: … }',
        }, directory.matching(s))));
}
function skippedChecks(rules, inventory) {
    return rules.flatMap((rule) => {
        const reason = rule.checks.unused && !inventory.usageUnreadable && unusedSkipReason(rule.checks.unused.maxDays, inventory.usage);
        return reason ? [{ ruleId: rule.id, location: rule.location, reason: `The unused-client check was skipped: ${reason}.` }] : [];
    });
}

// EXTERNAL MODULE: ./src/genesys/clock.ts
var genesys_clock = __webpack_require__(4032);
;// CONCATENATED MODULE: ./src/audit.ts







/**
 * Days of usage to read: the configured window, widened to the longest `unused` rule of
 * the policies so that no such rule is skipped for want of data. 0 (off) stays off, and
 * policies without `unused` rules read none: usage is the slowest read and may be refused.
 */
function usageWindowDays(configured, policies) {
    const longest = Math.max(0, ...policies.flatMap((p) => p.rules.map((r) => r.checks.unused?.maxDays ?? 0)));
    if (configured === 0 || longest === 0)
        return 0;
    return Math.max(configured, longest);
}
/** Reads the org once, enough for every policy given; `onClients` as in FetchOptions. */
async function readOrgInventory(access, policies, deps, onClients) {
    const api = deps.api ?? (0,org_client/* openOrg */.f)(access, deps);
    const clock = deps.clock ?? genesys_clock/* systemClock */.m;
    const inventory = await fetchInventory(api, { clock, usageDays: usageWindowDays(access.usageDays, policies), readOrgLimit: true, onClients });
    return { inventory, api: api.stats };
}
/** Evaluates a policy: an explicit fail-on wins over the policy's own setting. */
function audit_judge(policy, inventory, failOn, now) {
    return verdict(policy, evaluate(policy, inventory, { now }), failOn);
}
function verdict(policy, evaluation, failOn) {
    const threshold = failOn ?? policy.failOn ?? 'error';
    return { evaluation, failOn: threshold, passed: (0,evaluate_findings/* passes */.WE)(evaluation, threshold) };
}
async function runAudit(config, deps) {
    // A region or URL that is wrong fails here, before anything is sent.
    const api = deps.api ?? (0,org_client/* openOrg */.f)(config, deps);
    const clock = deps.clock ?? genesys_clock/* systemClock */.m;
    const policy = await whileTokenArrives(api, () => (0,load/* loadPolicyFile */.n$)(config.policyPath, config.policyDisplayPath));
    // Judged at the moment the clients are read, most checks while usage is still on its way.
    let early;
    const { inventory, api: stats } = await readOrgInventory(config, [policy], { ...deps, api }, (clients) => {
        early = betweenAnswers(stepsWithoutUsage(policy, clients, { now: new Date(clock.now()) }));
        // Handled now, awaited below: a failure while the rest is read is not lost.
        early.catch(() => undefined);
    });
    if (!early)
        throw new Error('fetchInventory returned without handing over the clients');
    return { policy, inventory, api: stats, ...verdict(policy, finishEvaluation(policy, inventory, await early), config.failOn) };
}
/** Runs the steps to their result, letting timers and answers in between two steps. */
async function betweenAnswers(steps) {
    for (;;) {
        const step = steps.next();
        if (step.done)
            return step.value;
        await letAnswersIn();
    }
}
/**
 * Local work done while the token exchange is in flight: neither needs the other, so the
 * first request leaves at start-up instead of after the policy is parsed. Work that fails
 * stops the exchange, and its own error is the one reported; else a refused token is.
 */
async function whileTokenArrives(api, local) {
    const token = api.startToken();
    // Handled now, awaited below: a refusal that comes while the local work runs is not lost.
    token.catch(() => undefined);
    try {
        const value = await local();
        await token;
        return value;
    }
    catch (err) {
        api.cancel();
        throw err;
    }
}


/***/ }),

/***/ 1741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uP: () => (/* binding */ divisionTest),
/* harmony export */   zG: () => (/* binding */ divisionPhrase)
/* harmony export */ });
/* unused harmony export inDivisions */
/* harmony import */ var _inventory_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7969);
/* harmony import */ var _policy_glob_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4062);
// Which role grants a role or permission check looks at. A grant in all divisions (`*`)
// reaches every named division too, so it counts for any division filter.


function inDivisions(filter, grant) {
    if (filter.kind === 'any')
        return true;
    if (grant.divisionId === _inventory_types_js__WEBPACK_IMPORTED_MODULE_0__/* .ALL_DIVISIONS */ .hJ)
        return true;
    if (filter.kind === 'all')
        return false;
    return (0,_policy_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesAny */ ._I)(filter.globs, grant.divisionName) !== undefined;
}
/** "in all divisions", "in Sales" — how a grant's division reads in a message. */
function divisionPhrase(grant) {
    return grant.divisionId === _inventory_types_js__WEBPACK_IMPORTED_MODULE_0__/* .ALL_DIVISIONS */ .hJ ? 'all divisions' : grant.divisionName;
}
/**
 * Whether a grant is in the filter's divisions. A named filter matches globs, so it decides
 * once per division name; a grant in all divisions is left to inDivisions (it is in every filter).
 */
function divisionTest(filter) {
    if (filter.kind !== 'named')
        return (g) => inDivisions(filter, g);
    const byName = new Map();
    return (g) => {
        if (g.divisionId === _inventory_types_js__WEBPACK_IMPORTED_MODULE_0__/* .ALL_DIVISIONS */ .hJ)
            return inDivisions(filter, g);
        let inside = byName.get(g.divisionName);
        if (inside === undefined)
            byName.set(g.divisionName, (inside = inDivisions(filter, g)));
        return inside;
    };
}


/***/ }),

/***/ 7969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hJ: () => (/* binding */ ALL_DIVISIONS),
/* harmony export */   w7: () => (/* binding */ GRANT_TYPE_FROM_API),
/* harmony export */   xS: () => (/* binding */ CLIENT_STATES)
/* harmony export */ });
// The normalized inventory: one record per OAuth client with what it can really do.
// Secrets never enter it.
/** API value (`authorizedGrantType`) → friendly name. */
const GRANT_TYPE_FROM_API = {
    'CLIENT-CREDENTIALS': 'client-credentials',
    CODE: 'code',
    TOKEN: 'implicit',
    'SAML2-BEARER': 'saml2-bearer',
    PASSWORD: 'password',
};
const CLIENT_STATES = ['active', 'disabled', 'inactive'];
/** `divisionId` of a grant that applies in every division. */
const ALL_DIVISIONS = '*';


/***/ }),

/***/ 2427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T5: () => (/* binding */ refWithin),
/* harmony export */   _e: () => (/* binding */ compileClientSelector),
/* harmony export */   cy: () => (/* binding */ clientRefKey),
/* harmony export */   jk: () => (/* binding */ clientRefLabel),
/* harmony export */   q9: () => (/* binding */ compileClientRef),
/* harmony export */   sz: () => (/* binding */ exactRefProblem)
/* harmony export */ });
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4062);

function compileClientRef(spec) {
    if (typeof spec === 'string')
        return { kind: 'text', text: spec };
    return spec.name === undefined ? { kind: 'id', id: spec.id } : { kind: 'id', id: spec.id, name: spec.name };
}
/** A `where.client` item: a string with `*` or `?` is a glob; any other string names one client. */
function compileClientSelector(spec, location) {
    if (typeof spec === 'string' && /[*?]/.test(spec))
        return { kind: 'glob', glob: (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .compileGlob */ .SO)(spec), location };
    return { ...compileClientRef(spec), location };
}
/** How messages name a reference: the text as written, or `name (id …)`. */
function clientRefLabel(ref) {
    if (ref.kind === 'text')
        return ref.text;
    return ref.name === undefined ? `id ${ref.id}` : `${ref.name} (id ${ref.id})`;
}
/** Equal keys mean the same reference (a pinned id and a bare string never share one). */
function clientRefKey(ref) {
    return ref.kind === 'text' ? `text\u0000${ref.text}` : `id\u0000${ref.id}\u0000${ref.name ?? ''}`;
}
/** Why a bare string cannot name one client exactly, or undefined. */
function exactRefProblem(ref) {
    if (ref.kind !== 'text' || !/[*?]/.test(ref.text))
        return undefined;
    return `An exception names one client exactly, so \`*\` and \`?\` in "${ref.text}" are not wildcards: pin the client by id with \`client: { id: <id>, name: <name> }\`.`;
}
/**
 * Whether every client `narrow` can ever match, `wide` matches too, in any org (false when
 * that cannot be decided, e.g. two different globs). For the pull-request gate: an exception
 * or approval whose head reference is not within its base one reaches new clients (loosens);
 * a `where.client` whose base selection is not within the head's checks fewer (loosens).
 * A name given with a pinned id only labels it, so it never widens or narrows anything.
 */
function refWithin(narrow, wide) {
    if (wide.kind === 'glob') {
        if (narrow.kind === 'glob')
            return narrow.glob.source === wide.glob.source;
        return wide.glob.regex.test(narrow.kind === 'id' ? narrow.id : narrow.text);
    }
    if (narrow.kind === 'glob')
        return false;
    if (wide.kind === 'text')
        return (narrow.kind === 'id' ? narrow.id : narrow.text) === wide.text;
    return narrow.kind === 'id' && narrow.id === wide.id;
}


/***/ }),

/***/ 4795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ PolicyError)
/* harmony export */ });
/* unused harmony export formatProblem */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
// A policy that cannot be used: each problem has a file:line:column and one sentence.

class PolicyError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    problems;
    constructor(problems) {
        super(problems.map(formatProblem).join('\n'), _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ExitCode */ .yU.Usage);
        this.problems = problems;
    }
}
function formatProblem(p) {
    return `${p.location.file}:${p.location.line}:${p.location.column}: ${p.message}`;
}


/***/ }),

/***/ 4062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AI: () => (/* binding */ globProblem),
/* harmony export */   SO: () => (/* binding */ compileGlob),
/* harmony export */   _I: () => (/* binding */ matchesAny),
/* harmony export */   fU: () => (/* binding */ globMatcher),
/* harmony export */   tL: () => (/* binding */ globToRegExp)
/* harmony export */ });
function compileGlob(source) {
    return { source, regex: globMatcher(source), literal: !/[*?]/.test(source) };
}
/**
 * A glob as a matcher whose time is linear in the value (times the pattern's length): a
 * backtracking regex of `*a*a*a*b` takes polynomial time on a long hostile name. One `*`
 * cannot backtrack more than once over the value, so those stay fast regexes.
 */
function globMatcher(source) {
    // `*` and plain words, most patterns, need no regex (compiled on its first test, which a
    // process's one evaluation runs cold).
    if (source === '*')
        return new AnyValue();
    if (!/[*?]/.test(source))
        return new OneValue(source);
    if ((source.match(/\*/g) ?? []).length <= 1)
        return globToRegExp(source);
    return new WildcardGlob(source);
}
/** `*`: every value. Plain data, like the classes below, so that equal globs compare equal. */
class AnyValue {
    source = '*';
    test() {
        return true;
    }
}
/** A glob without `*` or `?`: exactly its text. */
class OneValue {
    source;
    constructor(source) {
        this.source = source;
    }
    test(value) {
        return value === this.source;
    }
}
/** A glob matched by `wildcardMatch`; plain data (no closure), so that equal globs compare equal. */
class WildcardGlob {
    source;
    chars;
    constructor(source) {
        this.source = source;
        this.chars = Array.from(source);
    }
    test(value) {
        return wildcardMatch(this.chars, Array.from(value));
    }
}
function globToRegExp(source) {
    let re = '';
    for (const ch of source) {
        if (ch === '*')
            re += '.*';
        else if (ch === '?')
            re += '.';
        else
            re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`, 'su');
}
/** Whole-value wildcard match that only ever backtracks to the last `*` seen: O(value × pattern). */
function wildcardMatch(pattern, value) {
    let p = 0;
    let v = 0;
    let star = -1;
    let resume = 0;
    while (v < value.length) {
        if (p < pattern.length && (pattern[p] === '?' || (pattern[p] !== '*' && pattern[p] === value[v]))) {
            p++;
            v++;
        }
        else if (p < pattern.length && pattern[p] === '*') {
            star = p++;
            resume = v;
        }
        else if (star >= 0) {
            p = star + 1;
            v = ++resume;
        }
        else
            return false;
    }
    while (p < pattern.length && pattern[p] === '*')
        p++;
    return p === pattern.length;
}
/**
 * Why a pattern would not mean what its author expects, or undefined. Other glob dialects'
 * syntax (classes, braces, negation) is literal here, so it is refused rather than
 * silently matching nothing.
 */
function globProblem(source) {
    if (source !== source.trim())
        return `"${source}" has leading or trailing spaces`;
    if (/[[\]{}]/.test(source))
        return `"${source}" uses [ ] or { }, which globs here do not support (only * and ?)`;
    if (source.startsWith('!'))
        return `"${source}" starts with !, which is not negation here: use a deny list`;
    return undefined;
}
function matchesAny(globs, value) {
    return globs.find((g) => g.regex.test(value));
}


/***/ }),

/***/ 905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n$: () => (/* binding */ loadPolicyFile),
  ON: () => (/* binding */ parsePolicy),
  q8: () => (/* binding */ parsePolicyReadingPacks)
});

// UNUSED EXPORTS: decodeUtf8, diskPackReader

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/catalog/oauth-scopes.ts
// The OAuth scopes of the Genesys Cloud Platform API: the names a client's `scope` may hold,
// with a short description of what each opens. Names are the union of the per-operation
// scope lists of the official API definition (135 names) plus `streaming-events:readonly`,
// seen only in a third-party app's configuration and kept as unconfirmed. Not guaranteed
// complete: a brand-new scope may be missing, so an unknown name is a warning, not an error.
// Shared by the policy language (known scope names) and the emulator (GET /api/v2/oauth/scopes).
const OAUTH_SCOPES = [
    { name: 'ai-studio', description: 'Read-write access to /api/v2/guides and /api/v2/conversations', readOnly: false, confirmed: true },
    { name: 'ai-studio:readonly', description: 'Read-only access to /api/v2/guides and /api/v2/conversations', readOnly: true, confirmed: true },
    { name: 'alerting', description: 'Read-write access to /api/v2/alerting', readOnly: false, confirmed: true },
    { name: 'alerting:readonly', description: 'Read-only access to /api/v2/alerting', readOnly: true, confirmed: true },
    { name: 'all', description: 'All the scopes', readOnly: false, confirmed: true },
    { name: 'analytics', description: 'Read-write access to /api/v2/analytics and /api/v2/speechandtextanalytics', readOnly: false, confirmed: true },
    { name: 'analytics:readonly', description: 'Read-only access to /api/v2/analytics and /api/v2/speechandtextanalytics', readOnly: true, confirmed: true },
    { name: 'architect', description: 'Read-write access to /api/v2/flows, /api/v2/architect and /api/v2/settings', readOnly: false, confirmed: true },
    { name: 'architect:readonly', description: 'Read-only access to /api/v2/flows, /api/v2/architect and /api/v2/settings', readOnly: true, confirmed: true },
    { name: 'assistants', description: 'Read-write access to /api/v2/assistants and /api/v2/routing', readOnly: false, confirmed: true },
    { name: 'assistants:readonly', description: 'Read-only access to /api/v2/assistants and /api/v2/routing', readOnly: true, confirmed: true },
    { name: 'audits:readonly', description: 'Read-only access to /api/v2/audits', readOnly: true, confirmed: true },
    {
        name: 'authorization',
        description: 'Read-write access to /api/v2/authorization, /api/v2/tokens, /api/v2/users and /api/v2/screenrecording',
        readOnly: false,
        confirmed: true,
    },
    {
        name: 'authorization:readonly',
        description: 'Read-only access to /api/v2/authorization, /api/v2/tokens, /api/v2/users and /api/v2/screenrecording',
        readOnly: true,
        confirmed: true,
    },
    { name: 'billing', description: 'Read-write access to /api/v2/billing', readOnly: false, confirmed: true },
    { name: 'billing:readonly', description: 'Read-only access to /api/v2/billing', readOnly: true, confirmed: true },
    { name: 'business-rules', description: 'Read-write access to /api/v2/businessrules', readOnly: false, confirmed: true },
    { name: 'business-rules:readonly', description: 'Read-only access to /api/v2/businessrules', readOnly: true, confirmed: true },
    { name: 'case-management', description: 'Read-write access to /api/v2/casemanagement', readOnly: false, confirmed: true },
    { name: 'case-management:readonly', description: 'Read-only access to /api/v2/casemanagement', readOnly: true, confirmed: true },
    { name: 'coaching', description: 'Read-write access to /api/v2/coaching, /api/v2/users and /api/v2/workforcemanagement', readOnly: false, confirmed: true },
    { name: 'coaching:readonly', description: 'Read-only access to /api/v2/coaching and /api/v2/users', readOnly: true, confirmed: true },
    { name: 'content-management', description: 'Read-write access to /api/v2/contentmanagement', readOnly: false, confirmed: true },
    { name: 'content-management:readonly', description: 'Read-only access to /api/v2/contentmanagement', readOnly: true, confirmed: true },
    {
        name: 'conversations',
        description: 'Read-write access to /api/v2/conversations, /api/v2/emails, /api/v2/recordings and /api/v2/events',
        readOnly: false,
        confirmed: true,
    },
    { name: 'conversations:readonly', description: 'Read-only access to /api/v2/conversations and /api/v2/emails', readOnly: true, confirmed: true },
    { name: 'data-extensions', description: 'Read-write access to /api/v2/dataextensions', readOnly: false, confirmed: true },
    { name: 'data-privacy', description: 'Read-write access to /api/v2/dataprivacy', readOnly: false, confirmed: true },
    { name: 'data-privacy:readonly', description: 'Read-only access to /api/v2/dataprivacy', readOnly: true, confirmed: true },
    { name: 'devices', description: 'Read-write access to /api/v2/mobiledevices', readOnly: false, confirmed: true },
    { name: 'devices:readonly', description: 'Read-only access to /api/v2/mobiledevices', readOnly: true, confirmed: true },
    { name: 'dialog', description: 'Read-write access to /api/v2/languageunderstanding', readOnly: false, confirmed: true },
    { name: 'dialog:readonly', description: 'Read-only access to /api/v2/languageunderstanding', readOnly: true, confirmed: true },
    { name: 'employee-engagement', description: 'Read-write access to /api/v2/employeeengagement', readOnly: false, confirmed: true },
    { name: 'employee-engagement:readonly', description: 'Read-only access to /api/v2/employeeengagement', readOnly: true, confirmed: true },
    { name: 'employee-performance', description: 'Read-write access to /api/v2/employeeperformance', readOnly: false, confirmed: true },
    { name: 'employee-performance:readonly', description: 'Read-only access to /api/v2/employeeperformance', readOnly: true, confirmed: true },
    { name: 'external-contacts', description: 'Read-write access to /api/v2/externalcontacts and /api/v2/intents', readOnly: false, confirmed: true },
    { name: 'external-contacts:readonly', description: 'Read-only access to /api/v2/externalcontacts and /api/v2/intents', readOnly: true, confirmed: true },
    { name: 'fax', description: 'Read-write access to /api/v2/fax', readOnly: false, confirmed: true },
    { name: 'fax:readonly', description: 'Read-only access to /api/v2/fax', readOnly: true, confirmed: true },
    { name: 'gamification', description: 'Read-write access to /api/v2/gamification', readOnly: false, confirmed: true },
    { name: 'gamification:readonly', description: 'Read-only access to /api/v2/gamification', readOnly: true, confirmed: true },
    { name: 'gdpr', description: 'Read-write access to /api/v2/gdpr', readOnly: false, confirmed: true },
    { name: 'gdpr:readonly', description: 'Read-only access to /api/v2/gdpr', readOnly: true, confirmed: true },
    { name: 'geolocation', description: 'Read-write access to /api/v2/geolocations and /api/v2/users', readOnly: false, confirmed: true },
    { name: 'geolocation:readonly', description: 'Read-only access to /api/v2/geolocations and /api/v2/users', readOnly: true, confirmed: true },
    { name: 'greetings', description: 'Read-write access to /api/v2/greetings, /api/v2/groups and /api/v2/users', readOnly: false, confirmed: true },
    { name: 'greetings:readonly', description: 'Read-only access to /api/v2/greetings, /api/v2/groups and /api/v2/users', readOnly: true, confirmed: true },
    { name: 'groups', description: 'Read-write access to /api/v2/groups, /api/v2/teams, /api/v2/profiles and /api/v2/users', readOnly: false, confirmed: true },
    {
        name: 'groups:readonly',
        description: 'Read-only access to /api/v2/groups, /api/v2/teams, /api/v2/profiles and /api/v2/users',
        readOnly: true,
        confirmed: true,
    },
    { name: 'identity-providers', description: 'Read-write access to /api/v2/identityproviders', readOnly: false, confirmed: true },
    { name: 'identity-providers:readonly', description: 'Read-only access to /api/v2/identityproviders', readOnly: true, confirmed: true },
    { name: 'infrastructureascode', description: 'Read-write access to /api/v2/infrastructureascode', readOnly: false, confirmed: true },
    { name: 'infrastructureascode:readonly', description: 'Read-only access to /api/v2/infrastructureascode', readOnly: true, confirmed: true },
    { name: 'integrations', description: 'Read-write access to /api/v2/integrations and /api/v2/textbots', readOnly: false, confirmed: true },
    { name: 'integrations:readonly', description: 'Read-only access to /api/v2/integrations and /api/v2/textbots', readOnly: true, confirmed: true },
    { name: 'journey', description: 'Read-write access to /api/v2/journey', readOnly: false, confirmed: true },
    { name: 'journey:readonly', description: 'Read-only access to /api/v2/journey', readOnly: true, confirmed: true },
    { name: 'knowledge', description: 'Read-write access to /api/v2/knowledge', readOnly: false, confirmed: true },
    { name: 'knowledge:readonly', description: 'Read-only access to /api/v2/knowledge', readOnly: true, confirmed: true },
    { name: 'language-understanding', description: 'Read-write access to /api/v2/languageunderstanding', readOnly: false, confirmed: true },
    { name: 'language-understanding:readonly', description: 'Read-only access to /api/v2/languageunderstanding', readOnly: true, confirmed: true },
    { name: 'learning', description: 'Read-write access to /api/v2/learning, /api/v2/users and /api/v2/workforcemanagement', readOnly: false, confirmed: true },
    { name: 'learning:readonly', description: 'Read-only access to /api/v2/learning and /api/v2/users', readOnly: true, confirmed: true },
    { name: 'license', description: 'Read-write access to /api/v2/license', readOnly: false, confirmed: true },
    { name: 'license:readonly', description: 'Read-only access to /api/v2/license', readOnly: true, confirmed: true },
    { name: 'locations', description: 'Read-write access to /api/v2/locations', readOnly: false, confirmed: true },
    { name: 'locations:readonly', description: 'Read-only access to /api/v2/locations', readOnly: true, confirmed: true },
    { name: 'logcapture', description: 'Read-write access to /api/v2/diagnostics', readOnly: false, confirmed: true },
    { name: 'logcapture:readonly', description: 'Read-only access to /api/v2/diagnostics', readOnly: true, confirmed: true },
    { name: 'messaging', description: 'Read-write access to /api/v2/conversations', readOnly: false, confirmed: true },
    { name: 'messaging-platform', description: 'Read-write access to /api/v2/messaging', readOnly: false, confirmed: true },
    { name: 'messaging-platform:readonly', description: 'Read-only access to /api/v2/messaging', readOnly: true, confirmed: true },
    { name: 'messaging:readonly', description: 'Read-only access to /api/v2/conversations', readOnly: true, confirmed: true },
    { name: 'notifications', description: 'Read-write access to /api/v2/notifications', readOnly: false, confirmed: true },
    { name: 'oauth', description: 'Read-write access to /api/v2/oauth and /api/v2/usage', readOnly: false, confirmed: true },
    { name: 'oauth:readonly', description: 'Read-only access to /api/v2/oauth and /api/v2/usage', readOnly: true, confirmed: true },
    {
        name: 'organization',
        description: 'Read-write access to /api/v2/chats, /api/v2/organizations, /api/v2/tokens and /api/v2/users',
        readOnly: false,
        confirmed: true,
    },
    { name: 'organization-authorization', description: 'Read-write access to /api/v2/orgauthorization', readOnly: false, confirmed: true },
    { name: 'organization-authorization:readonly', description: 'Read-only access to /api/v2/orgauthorization', readOnly: true, confirmed: true },
    {
        name: 'organization:readonly',
        description: 'Read-only access to /api/v2/chats, /api/v2/organizations, /api/v2/tokens and /api/v2/users',
        readOnly: true,
        confirmed: true,
    },
    { name: 'outbound', description: 'Read-write access to /api/v2/outbound', readOnly: false, confirmed: true },
    { name: 'outbound:readonly', description: 'Read-only access to /api/v2/outbound', readOnly: true, confirmed: true },
    {
        name: 'presence',
        description: 'Read-write access to /api/v2/presence, /api/v2/users, /api/v2/presencedefinitions and /api/v2/systempresences and more',
        readOnly: false,
        confirmed: true,
    },
    {
        name: 'presence:readonly',
        description: 'Read-only access to /api/v2/presence, /api/v2/users, /api/v2/presencedefinitions and /api/v2/systempresences',
        readOnly: true,
        confirmed: true,
    },
    { name: 'process-automation', description: 'Read-write access to /api/v2/processautomation', readOnly: false, confirmed: true },
    { name: 'process-automation:readonly', description: 'Read-only access to /api/v2/processautomation', readOnly: true, confirmed: true },
    { name: 'quality', description: 'Read-write access to /api/v2/quality, /api/v2/orphanrecordings and /api/v2/recording', readOnly: false, confirmed: true },
    {
        name: 'quality:readonly',
        description: 'Read-only access to /api/v2/quality, /api/v2/orphanrecordings and /api/v2/recording',
        readOnly: true,
        confirmed: true,
    },
    { name: 'recordings', description: 'Read-write access to /api/v2/recording, /api/v2/conversations and /api/v2/recordings', readOnly: false, confirmed: true },
    {
        name: 'recordings:readonly',
        description: 'Read-only access to /api/v2/recording, /api/v2/conversations and /api/v2/recordings',
        readOnly: true,
        confirmed: true,
    },
    { name: 'response-management', description: 'Read-write access to /api/v2/responsemanagement', readOnly: false, confirmed: true },
    { name: 'response-management:readonly', description: 'Read-only access to /api/v2/responsemanagement', readOnly: true, confirmed: true },
    {
        name: 'routing',
        description: 'Read-write access to /api/v2/routing, /api/v2/languages, /api/v2/users and /api/v2/events',
        readOnly: false,
        confirmed: true,
    },
    { name: 'routing:readonly', description: 'Read-only access to /api/v2/routing, /api/v2/languages and /api/v2/users', readOnly: true, confirmed: true },
    { name: 'scim', description: 'Read-write access to /api/v2/scim', readOnly: false, confirmed: true },
    { name: 'scim:readonly', description: 'Read-only access to /api/v2/scim', readOnly: true, confirmed: true },
    {
        name: 'screen-monitoring',
        description: 'Read-write access to /api/v2/screenmonitors, /api/v2/conversations and /api/v2/users',
        readOnly: false,
        confirmed: true,
    },
    {
        name: 'screen-monitoring:readonly',
        description: 'Read-only access to /api/v2/screenmonitors, /api/v2/conversations and /api/v2/users',
        readOnly: true,
        confirmed: true,
    },
    { name: 'scripts', description: 'Read-write access to /api/v2/scripts', readOnly: false, confirmed: true },
    { name: 'scripts:readonly', description: 'Read-only access to /api/v2/scripts', readOnly: true, confirmed: true },
    { name: 'search:readonly', description: 'Read-only access to /api/v2/search, /api/v2/locations and /api/v2/quality', readOnly: true, confirmed: true },
    { name: 'social-media', description: 'Read-write access to /api/v2/socialmedia', readOnly: false, confirmed: true },
    { name: 'social-media:readonly', description: 'Read-only access to /api/v2/socialmedia', readOnly: true, confirmed: true },
    { name: 'speech-and-text-analytics', description: 'Read-write access to /api/v2/speechandtextanalytics', readOnly: false, confirmed: true },
    { name: 'speech-and-text-analytics:readonly', description: 'Read-only access to /api/v2/speechandtextanalytics', readOnly: true, confirmed: true },
    { name: 'stations', description: 'Read-write access to /api/v2/stations', readOnly: false, confirmed: true },
    { name: 'stations:readonly', description: 'Read-only access to /api/v2/stations', readOnly: true, confirmed: true },
    {
        name: 'streaming-events:readonly',
        description: 'Read-only access to streaming events (unconfirmed: named on no API operation)',
        readOnly: true,
        confirmed: false,
    },
    { name: 'telephony', description: 'Read-write access to /api/v2/telephony', readOnly: false, confirmed: true },
    { name: 'telephony:readonly', description: 'Read-only access to /api/v2/telephony', readOnly: true, confirmed: true },
    { name: 'textbots', description: 'Read-write access to /api/v2/integrations and /api/v2/textbots', readOnly: false, confirmed: true },
    { name: 'textbots:readonly', description: 'Read-only access to /api/v2/integrations', readOnly: true, confirmed: true },
    {
        name: 'upload',
        description: 'Read-write access to /api/v2/uploads, /api/v2/outbound, /api/v2/integrations, /api/v2/knowledge and more',
        readOnly: false,
        confirmed: true,
    },
    { name: 'usage', description: 'Read-write access to /api/v2/usage', readOnly: false, confirmed: true },
    { name: 'usage:readonly', description: 'Read-only access to /api/v2/usage', readOnly: true, confirmed: true },
    { name: 'user-basic-info', description: 'Read-write access to /api/v2/tokens, /api/v2/users and /api/v2/certificate', readOnly: false, confirmed: true },
    { name: 'user-recordings', description: 'Read-write access to /api/v2/userrecordings', readOnly: false, confirmed: true },
    { name: 'user-recordings:readonly', description: 'Read-only access to /api/v2/userrecordings', readOnly: true, confirmed: true },
    {
        name: 'users',
        description: 'Read-write access to /api/v2/users, /api/v2/languages, /api/v2/orgauthorization and /api/v2/fieldconfig and more',
        readOnly: false,
        confirmed: true,
    },
    { name: 'users-rules', description: 'Read-write access to /api/v2/users', readOnly: false, confirmed: true },
    { name: 'users-rules:readonly', description: 'Read-only access to /api/v2/users', readOnly: true, confirmed: true },
    {
        name: 'users:readonly',
        description: 'Read-only access to /api/v2/users, /api/v2/languages, /api/v2/fieldconfig and /api/v2/orgauthorization and more',
        readOnly: true,
        confirmed: true,
    },
    { name: 'voicemail', description: 'Read-write access to /api/v2/voicemail', readOnly: false, confirmed: true },
    { name: 'voicemail:readonly', description: 'Read-only access to /api/v2/voicemail', readOnly: true, confirmed: true },
    { name: 'web-chat', description: 'Read-write access to /api/v2/webchat', readOnly: false, confirmed: true },
    { name: 'web-chat:readonly', description: 'Read-only access to /api/v2/webchat', readOnly: true, confirmed: true },
    { name: 'webdeployments', description: 'Read-write access to /api/v2/webdeployments', readOnly: false, confirmed: true },
    { name: 'webdeployments:readonly', description: 'Read-only access to /api/v2/webdeployments', readOnly: true, confirmed: true },
    { name: 'widgets', description: 'Read-write access to /api/v2/widgets', readOnly: false, confirmed: true },
    { name: 'widgets:readonly', description: 'Read-only access to /api/v2/widgets', readOnly: true, confirmed: true },
    { name: 'workforce-management', description: 'Read-write access to /api/v2/workforcemanagement', readOnly: false, confirmed: true },
    { name: 'workforce-management:readonly', description: 'Read-only access to /api/v2/workforcemanagement', readOnly: true, confirmed: true },
    { name: 'workitems', description: 'Read-write access to /api/v2/taskmanagement', readOnly: false, confirmed: true },
    { name: 'workitems:readonly', description: 'Read-only access to /api/v2/taskmanagement', readOnly: true, confirmed: true },
];
const OAUTH_SCOPE_NAMES = new Set(OAUTH_SCOPES.map((s) => s.name));

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/policy/linear-regex.ts
// Regular expressions from a policy run on RE2 (re2js), whose matching time is linear in
// the input: a pattern such as `^(a+)+$` cannot hang the run on a hostile client name.
// RE2 has no lookaround and no backreferences; a pattern that needs them is rejected at
// load time with where it fails.

function compileLinearRegex(source) {
    try {
        return { ok: true, regex: new Re2Regex(source, build/* RE2JS */.L3.compile(source)) };
    }
    catch (err) {
        if (!(err instanceof build/* RE2JSSyntaxException */.pB))
            return { ok: false, reason: err.message };
        const fragment = err.getPattern() ?? '';
        const index = fragment && fragment !== source ? source.indexOf(fragment) : -1;
        const where = index >= 0 ? ` at character ${index + 1} (\`${fragment}\`)` : '';
        return { ok: false, reason: `${err.getDescription()}${where}${hint(err.getDescription())}` };
    }
}
function hint(description) {
    if (/Perl syntax|named capture/.test(description))
        return '; lookahead, lookbehind and other non-linear constructs are not supported';
    if (/escape sequence/.test(description))
        return '; backreferences are not supported, and a code point is written \\x{00e9}';
    return '';
}
/** Plain data (no closure), so that two compilations of one pattern compare equal. */
class Re2Regex {
    source;
    re;
    constructor(source, re) {
        this.source = source;
        this.re = re;
    }
    test(text) {
        return this.re.test(text);
    }
}

// EXTERNAL MODULE: ./src/policy/client-ref.ts
var client_ref = __webpack_require__(2427);
// EXTERNAL MODULE: ./src/policy/glob.ts
var policy_glob = __webpack_require__(4062);
;// CONCATENATED MODULE: ./src/policy/permission-pattern.ts
// Permission patterns of the policy: `domain:entity:action` with a glob in each part, or a
// legacy flat permission name such as `admin`. Compiled once, matched many times.

function compilePermissionPattern(source) {
    const partSources = source.split(':');
    return { source, partSources, parts: partSources.map(policy_glob/* globMatcher */.fU) };
}
/** Why a pattern is not a permission pattern, or undefined. */
function permissionPatternProblem(source) {
    const parts = source.split(':');
    if ((parts.length !== 3 && parts.length !== 1) || parts.some((p) => p === '')) {
        return `Permission pattern "${source}" must be domain:entity:action (each part may use *), e.g. oauth:client:*, or a legacy name such as admin.`;
    }
    const glob = (0,policy_glob/* globProblem */.AI)(source);
    return glob ? `Permission pattern ${glob}.` : undefined;
}

;// CONCATENATED MODULE: ./src/policy/compile-rule.ts
// One rule spec (from the file or a pack) → a compiled rule. Problems are reported at the
// exact key or list item that has them; nothing half-valid is returned to evaluation.




/**
 * How each check of a spec compiles, by its key. A record the compiler checks against
 * RuleSpec: a check kind added to the schema (and so to RuleSpec) fails tsc until it is here.
 */
const COMPILERS = {
    'grant-types': (spec) => ({ grantTypes: { allow: spec.allow, deny: spec.deny } }),
    scopes: (spec, c) => ({ scopes: { allow: c.globs(spec.allow, ['scopes', 'allow']), deny: c.globs(spec.deny, ['scopes', 'deny']) } }),
    roles: (spec, c) => ({ roles: c.roles(spec) }),
    permissions: (spec, c) => ({ permissions: c.permissions(spec) }),
    'token-lifetime': (spec) => ({ tokenLifetime: { maxSeconds: spec['max-seconds'] } }),
    'redirect-uris': (spec, c) => ({ redirectUris: c.redirectUris(spec) }),
    'client-description': (spec) => ({ description: { minLength: spec['min-length'] ?? 1 } }),
    'client-name': (spec, c) => ({ name: { unique: spec.unique === true, mustMatch: c.regex(spec['must-match'], ['client-name', 'must-match']) } }),
    'state-age': (spec) => ({ stateAge: { disabledMaxDays: spec['disabled-max-days'], inactiveMaxDays: spec['inactive-max-days'] } }),
    unused: (spec) => ({ unused: { maxDays: spec['max-days'] } }),
};
const CHECK_KEYS = Object.keys(COMPILERS);
function compileRule(spec, site, problems, extras = {}) {
    const c = new RuleCompiler(site, problems);
    if (!CHECK_KEYS.some((k) => spec[k] !== undefined)) {
        problems.error(site.location, `Rule \`${spec.id}\` checks nothing: add one of ${CHECK_KEYS.map((k) => `\`${k}\``).join(', ')}.`);
    }
    const rule = {
        id: spec.id,
        description: spec.description ?? '',
        severity: extras.severity ?? spec.severity ?? 'error',
        category: extras.category ?? spec.category,
        rationale: extras.rationale,
        fix: extras.fix ?? spec.fix,
        origin: site.origin,
        location: site.location,
        fingerprint: fingerprintOf(spec),
        where: {
            grantTypes: spec.where?.['grant-type'],
            clients: c.clientSelectors(spec.where?.client),
            states: spec.where?.state,
        },
        checks: c.checks(spec),
    };
    warnUnreachable(rule, site, problems);
    return rule;
}
class RuleCompiler {
    site;
    problems;
    constructor(site, problems) {
        this.site = site;
        this.problems = problems;
    }
    checks(spec) {
        const checks = {};
        for (const key of CHECK_KEYS) {
            const value = spec[key];
            if (value !== undefined)
                Object.assign(checks, COMPILERS[key](value, this));
        }
        return checks;
    }
    /** `where.client`: pinned ids, names and globs; a pattern's syntax is checked like any glob. */
    clientSelectors(list) {
        return list?.map((item, i) => {
            const at = this.site.at(['where', 'client', i]);
            const problem = typeof item === 'string' ? (0,policy_glob/* globProblem */.AI)(item) : undefined;
            if (problem)
                this.problems.error(at, `Pattern ${problem}.`);
            return (0,client_ref/* compileClientSelector */._e)(item, at);
        });
    }
    globs(list, path) {
        return list?.map((pattern, i) => {
            const problem = (0,policy_glob/* globProblem */.AI)(pattern);
            if (problem)
                this.problems.error(this.site.at([...path, i]), `Pattern ${problem}.`);
            return (0,policy_glob/* compileGlob */.SO)(pattern);
        });
    }
    roles(spec) {
        if (!spec.allow && !spec.deny)
            this.problems.error(this.site.at(['roles']), '`roles` needs `allow` or `deny`.');
        return {
            allow: this.globs(spec.allow, ['roles', 'allow']),
            deny: this.globs(spec.deny, ['roles', 'deny']),
            divisions: this.divisions(spec.divisions, ['roles', 'divisions']),
        };
    }
    permissions(spec) {
        if (!spec.allow && !spec.deny && !spec.wildcards)
            this.problems.error(this.site.at(['permissions']), '`permissions` needs `allow`, `deny` or `wildcards`.');
        const patterns = (list, key) => list?.map((pattern, i) => {
            const problem = permissionPatternProblem(pattern);
            if (problem)
                this.problems.error(this.site.at(['permissions', key, i]), problem);
            return compilePermissionPattern(pattern);
        });
        return {
            allow: patterns(spec.allow, 'allow'),
            deny: patterns(spec.deny, 'deny'),
            denyWildcards: spec.wildcards === 'deny',
            divisions: this.divisions(spec.divisions, ['permissions', 'divisions']),
        };
    }
    divisions(scope, path) {
        if (scope === undefined || scope === 'any')
            return { kind: 'any' };
        if (scope === 'all')
            return { kind: 'all' };
        return { kind: 'named', globs: this.globs(scope, path) ?? [] };
    }
    redirectUris(spec) {
        return {
            localhost: spec.localhost,
            requireHttps: spec['require-https'] === true,
            denyWildcards: spec['deny-wildcards'] === true,
            denyIpLiterals: spec['deny-ip-literals'] === true,
            mustMatch: this.regex(spec['must-match'], ['redirect-uris', 'must-match']),
        };
    }
    regex(source, path) {
        if (source === undefined)
            return undefined;
        const compiled = compileLinearRegex(source);
        if (compiled.ok)
            return compiled.regex;
        this.problems.error(this.site.at(path), `\`${path.join('.')}\` is not a regular expression this tool can run in linear time (RE2 syntax): ${compiled.reason}.`);
        return undefined;
    }
}
/** `where` and the checks, with keys sorted; wording (description, fix) and severity left out. */
function fingerprintOf(spec) {
    const { id: _id, description: _d, fix: _f, category: _c, severity: _s, ...definition } = spec;
    return JSON.stringify(definition, (_key, value) => value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value);
}
const USER_FACING = ['code', 'implicit', 'saml2-bearer', 'password'];
/** A check that no client the `where` admits can ever fail is a mistake worth a warning. */
function warnUnreachable(rule, site, problems) {
    const grants = rule.where.grantTypes;
    if (!grants)
        return;
    const hasCc = grants.includes('client-credentials');
    const hasUserFacing = grants.some((g) => USER_FACING.includes(g));
    const warn = (key, why) => problems.warning(site.at([key]), `\`${key}\` in rule \`${rule.id}\` never applies: ${why}.`);
    if (!hasUserFacing && rule.checks.scopes)
        warn('scopes', 'client-credentials clients act through roles, not scopes');
    if (!hasUserFacing && rule.checks.redirectUris)
        warn('redirect-uris', 'client-credentials clients have no redirect URIs');
    if (!hasCc && rule.checks.roles)
        warn('roles', 'only client-credentials clients hold roles');
    if (!hasCc && rule.checks.permissions)
        warn('permissions', 'only client-credentials clients hold roles and their permissions');
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/policy/yaml-source.ts
// YAML parsed with positions, so that any value of the document can be traced back to its
// line and column.

function parseYaml(file, text) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
    const source = { file, doc, lines };
    const problems = doc.errors.map((e) => ({
        location: at(source, e.pos[0]),
        message: yamlMessage(e.code, e.message),
    }));
    return { source, problems };
}
/** Aliases one policy may expand: real policies need few; an alias bomb needs millions. */
const MAX_ALIAS_COUNT = 100;
/** The document as plain data, or the problem at the alias that could not be expanded. */
function toData(source) {
    try {
        return { data: source.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
    }
    catch (err) {
        if (!(err instanceof ReferenceError))
            throw err;
        const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec(err.message)?.[1];
        const alias = firstAlias(source, unresolved);
        const message = unresolved
            ? `Invalid YAML: the alias *${unresolved} names no anchor defined before it.`
            : `Invalid YAML: its aliases expand to more than ${MAX_ALIAS_COUNT} copies (an alias bomb); write the values out instead.`;
        return { problem: { location: alias?.range ? at(source, alias.range[0]) : { file: source.file, line: 1, column: 1 }, message } };
    }
}
function firstAlias(source, name) {
    let found;
    (0,dist/* visit */.YR)(source.doc, {
        Alias(_key, node) {
            if (name !== undefined && node.source !== name)
                return undefined;
            found = node;
            return dist/* visit */.YR.BREAK;
        },
    });
    return found;
}
/** Location of the node at `path`; for a missing node, the nearest existing parent. */
function locate(source, path, key = false) {
    for (let depth = path.length; depth >= 0; depth--) {
        const node = nodeAt(source, path.slice(0, depth), key && depth === path.length);
        if (node?.range)
            return at(source, node.range[0]);
    }
    return { file: source.file, line: 1, column: 1 };
}
function nodeAt(source, path, key) {
    if (path.length === 0)
        return source.doc.contents ?? undefined;
    if (key) {
        const parent = source.doc.getIn(path.slice(0, -1), true);
        if ((0,dist/* isMap */.jh)(parent)) {
            const pair = parent.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && p.key.value === path[path.length - 1]);
            if (pair && (0,dist/* isScalar */.jn)(pair.key))
                return pair.key;
        }
    }
    const node = source.doc.getIn(path, true);
    return node && typeof node === 'object' && 'range' in node ? node : undefined;
}
function at(source, offset) {
    const { line, col } = source.lines.linePos(offset);
    return { file: source.file, line, column: col };
}
function yamlMessage(code, message) {
    // The yaml library's messages are good but carry a trailing position; keep one sentence.
    const first = message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
    if (code === 'DUPLICATE_KEY')
        return 'This key appears twice in the same mapping; keep one.';
    return `Invalid YAML: ${first.replace(/\.$/, '')}.`;
}

;// CONCATENATED MODULE: ./src/policy/compile-clients.ts
// The `clients:` section → the approved clients, each remembering its line. An entry with
// an `id` pins that client; a `name` alone must match one client (src/evaluate/client-refs.ts).


function compileDesiredState(source, spec, problems) {
    const seen = new Map();
    const clients = spec.list.map((entry, i) => {
        const path = ['clients', 'list', i];
        const location = locate(source, path);
        if (!entry.name && !entry.id)
            problems.error(location, 'An approved client needs a `name` or an `id`.');
        const key = entry.id ? `id:${entry.id}` : `name:${entry.name ?? ''}`;
        const first = seen.get(key);
        if (first !== undefined) {
            problems.error(location, `This client is already listed at line ${locate(source, ['clients', 'list', first]).line}; list each client once.`);
        }
        else
            seen.set(key, i);
        const grantType = entry['grant-type'];
        if (grantType === 'client-credentials' && entry.scopes) {
            problems.warning(locate(source, [...path, 'scopes']), 'Client-credentials clients act through roles; their scopes are not compared.');
        }
        if (grantType !== 'client-credentials' && entry.roles) {
            problems.warning(locate(source, [...path, 'roles']), 'Only client-credentials clients hold roles; these roles are not compared.');
        }
        return {
            name: entry.name,
            id: entry.id,
            clientRef: (0,client_ref/* compileClientRef */.q9)(entry.id ? { id: entry.id, name: entry.name } : (entry.name ?? '')),
            grantType,
            scopes: grantType === 'client-credentials' ? undefined : entry.scopes,
            roles: grantType === 'client-credentials' ? entry.roles?.map(toDesiredRole) : undefined,
            owner: entry.owner,
            location,
        };
    });
    return {
        unknown: spec.unknown ?? 'error',
        missing: spec.missing ?? 'warning',
        drift: spec.drift ?? 'error',
        clients,
        location: locate(source, ['clients'], true),
    };
}
function toDesiredRole(role) {
    return typeof role === 'string' ? { role } : { role: role.role, division: role.division };
}

// EXTERNAL MODULE: ./src/policy/reserved-ids.ts
var reserved_ids = __webpack_require__(9591);
;// CONCATENATED MODULE: ./src/policy/suggest.ts
// "Did you mean …?" for misspelt keys, rule ids, pack names and scope names.
/** The closest candidate within a small edit distance, or undefined. */
function closest(value, candidates) {
    let best;
    const v = value.toLowerCase();
    for (const c of candidates) {
        const d = editDistance(v, c.toLowerCase());
        if (d <= Math.max(2, Math.floor(c.length / 3)) && (!best || d < best.d))
            best = { c, d };
    }
    return best?.c;
}
/** ` (did you mean `x`?)`, or '' when nothing is close. */
function didYouMean(value, candidates) {
    const c = closest(value, candidates);
    return c ? ` (did you mean \`${c}\`?)` : '';
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
}

;// CONCATENATED MODULE: ./policies/oauth-policy.schema.json
const oauth_policy_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/genesys-oauth-policy/action/main/policies/oauth-policy.schema.json","title":"PolicyFile","description":"A Genesys Cloud OAuth client policy: the rules every OAuth client of the organization must satisfy, the approved clients, and the accepted exceptions.","type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"description":"Version of the policy language. Only 1 exists.","const":1},"extends":{"description":"Rule packs to apply before the rules of this file: a built-in pack (`recommended`, documented in docs/rules.md) or a pack file of the repository, by a path relative to this file (`./packs/acme.yml`, see policies/pack.schema.json).","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/packRef"}},"settings":{"title":"Settings","type":"object","additionalProperties":false,"properties":{"fail-on":{"description":"Lowest severity that fails the run (an explicit `fail-on` input or flag overrides it). Default: error.","$ref":"#/definitions/failOn"},"max-exception-days":{"description":"An exception may not expire more than this many days after the run; a longer one is reported (warning). Default: 365.","type":"integer","minimum":1,"maximum":3650}}},"overrides":{"title":"Overrides","description":"Severity of the rules of the packs in `extends` (built-in rules, listed here, or rules of pack files) by id, or `off` to turn one off. Only ids of the packs in `extends` are accepted.","type":"object","propertyNames":{"$ref":"#/definitions/ruleId"},"additionalProperties":{"$ref":"#/definitions/severityOrOff"},"properties":{"cc-can-edit-roles-or-grants":{"description":"recommended: Client-credentials clients must not be able to create, edit or grant roles. Default: error.","$ref":"#/definitions/severityOrOff"},"cc-can-manage-oauth-clients":{"description":"recommended: Client-credentials clients must not be able to create, edit or delete OAuth clients. Default: error.","$ref":"#/definitions/severityOrOff"},"cc-can-manage-sso":{"description":"recommended: Client-credentials clients must not be able to add, edit or delete SSO identity providers. Default: error.","$ref":"#/definitions/severityOrOff"},"cc-can-take-over-accounts":{"description":"recommended: Client-credentials clients must not be able to set passwords, change or create users, administer the org or add trustees. Default: error.","$ref":"#/definitions/severityOrOff"},"cc-can-manage-integrations":{"description":"recommended: Client-credentials clients should not be able to install integrations or edit data actions. Default: warning.","$ref":"#/definitions/severityOrOff"},"cc-wildcard-permissions":{"description":"recommended: Client-credentials clients should not hold wildcard permissions. Default: warning.","$ref":"#/definitions/severityOrOff"},"cc-all-divisions":{"description":"recommended: Client-credentials clients should hold their roles in named divisions, not all divisions. Default: warning.","$ref":"#/definitions/severityOrOff"},"user-apps-admin-scopes":{"description":"recommended: User-facing clients must not request scopes that administer the org\'s security. Default: error.","$ref":"#/definitions/severityOrOff"},"cc-recording-access":{"description":"recommended: Client-credentials clients should not read recordings or their keys. Default: warning.","$ref":"#/definitions/severityOrOff"},"cc-conversation-content":{"description":"recommended: Client-credentials clients should not read conversation content or transcripts. Default: warning.","$ref":"#/definitions/severityOrOff"},"cc-bulk-analytics":{"description":"recommended: Client-credentials clients holding bulk analytics detail or export permissions are reported. Default: notice.","$ref":"#/definitions/severityOrOff"},"cc-customer-personal-data":{"description":"recommended: Client-credentials clients reading customer personal data are reported. Default: notice.","$ref":"#/definitions/severityOrOff"},"user-apps-broad-data-scopes":{"description":"recommended: User-facing clients requesting broad data scopes are reported. Default: notice.","$ref":"#/definitions/severityOrOff"},"no-implicit-grant":{"description":"recommended: Clients must not use the implicit grant. Default: error.","$ref":"#/definitions/severityOrOff"},"no-password-grant":{"description":"recommended: Clients must not use the password grant. Default: error.","$ref":"#/definitions/severityOrOff"},"known-grant-type":{"description":"recommended: Every client uses a grant type the policy can judge. Default: warning.","$ref":"#/definitions/severityOrOff"},"token-lifetime-24h":{"description":"recommended: Access tokens must not live longer than 24 hours. Default: warning.","$ref":"#/definitions/severityOrOff"},"redirect-uri-https":{"description":"recommended: Redirect URIs must use https. Default: error.","$ref":"#/definitions/severityOrOff"},"redirect-uri-no-wildcard":{"description":"recommended: Redirect URIs must not contain wildcards. Default: error.","$ref":"#/definitions/severityOrOff"},"redirect-uri-no-ip-literal":{"description":"recommended: Redirect URIs must name their host, not an IP address. Default: warning.","$ref":"#/definitions/severityOrOff"},"unused-client":{"description":"recommended: Active clients with no API request for 90 days are reported. Default: warning.","$ref":"#/definitions/severityOrOff"},"disabled-clients-left-behind":{"description":"recommended: Disabled or inactive clients are deleted within 30 days. Default: warning.","$ref":"#/definitions/severityOrOff"},"client-description":{"description":"recommended: Every client has a description. Default: notice.","$ref":"#/definitions/severityOrOff"},"duplicate-client-names":{"description":"recommended: Client names are unique. Default: warning.","$ref":"#/definitions/severityOrOff"}}},"rules":{"description":"Rules applied to every OAuth client that matches their `where` condition.","type":"array","items":{"$ref":"#/definitions/rule"}},"clients":{"$ref":"#/definitions/clients"},"exceptions":{"description":"Accepted findings: one rule for one client, with a reason, an owner and an expiry date.","type":"array","items":{"$ref":"#/definitions/exception"}}},"definitions":{"packName":{"title":"PackName","enum":["recommended"]},"packRef":{"title":"PackRef","anyOf":[{"$ref":"#/definitions/packName"},{"title":"PackPath","description":"A pack file of the repository, relative to the file naming it.","type":"string","pattern":"^\\\\./.*\\\\.ya?ml$"}]},"failOn":{"title":"FailOn","enum":["notice","warning","error","never"]},"severity":{"title":"Severity","enum":["error","warning","notice"]},"severityOrOff":{"title":"SeverityOrOff","enum":["error","warning","notice","off"]},"category":{"title":"Category","description":"The kind of risk a rule guards against.","enum":["privilege-escalation","data-access","credential-hygiene","housekeeping"]},"ruleId":{"title":"RuleId","description":"Stable identifier, lower-case words joined by hyphens. Shown in findings.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"},"grantType":{"title":"GrantTypeName","description":"Grant type, by its friendly name: client-credentials (API: CLIENT-CREDENTIALS), code (CODE), implicit (TOKEN), saml2-bearer (SAML2-BEARER), password (PASSWORD).","enum":["client-credentials","code","implicit","saml2-bearer","password"]},"grantTypeList":{"title":"GrantTypeList","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/grantType"}},"clientState":{"title":"ClientStateName","enum":["active","disabled","inactive"]},"globList":{"title":"GlobList","description":"Glob patterns: `*` matches any run of characters, `?` one character; everything else is literal.","type":"array","minItems":1,"items":{"type":"string","minLength":1}},"clientId":{"title":"ClientIdRef","description":"One client pinned by its id: the id decides which client it is. `name` (recommended) is the name it had when pinned; when the client\'s name differs, a `renamed-client` error says so.","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"description":"The client\'s id (shown with every finding and accepted finding).","type":"string","minLength":1},"name":{"description":"The client\'s name, checked against the org.","type":"string","minLength":1}}},"clientRef":{"title":"ClientRefSpec","description":"One client: `{ id, name }` (preferred: the id decides), or a bare string compared exactly with every client\'s name and id, which must match exactly one client; when several match, the entry applies to none of them and an `ambiguous-client` error names them. `*` and `?` are not wildcards here.","anyOf":[{"type":"string","minLength":1},{"$ref":"#/definitions/clientId"}]},"clientSelectorList":{"title":"ClientSelectorList","description":"Clients: `{ id, name }` pins one client; a string is a glob over names and ids (`*` any run of characters, `?` one character). A string without `*` or `?` names one client: when several clients match it, the rule checks every one of them and an `ambiguous-client` error asks you to pin the id.","type":"array","minItems":1,"items":{"title":"ClientSelector","anyOf":[{"type":"string","minLength":1},{"$ref":"#/definitions/clientId"}]}},"divisionScope":{"title":"DivisionScope","description":"Which role grants count: `any` (default) every grant; `all` only grants in all divisions (divisionId `*`); or a list of division name globs.","anyOf":[{"enum":["any","all"]},{"$ref":"#/definitions/globList"}]},"regex":{"title":"Regex","description":"A regular expression in RE2 syntax, matched in linear time (no lookaround or backreferences; unanchored unless you anchor it with ^ and $).","type":"string","minLength":1},"days":{"title":"Days","type":"integer","minimum":1,"maximum":3650},"rule":{"title":"RuleSpec","type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"$ref":"#/definitions/ruleId"},"description":{"description":"What the rule is for, shown in reports.","type":"string"},"severity":{"description":"Severity of the rule\'s findings. Default: error.","$ref":"#/definitions/severity"},"category":{"$ref":"#/definitions/category"},"fix":{"description":"How to resolve a finding, shown in reports.","type":"string"},"where":{"$ref":"#/definitions/where"},"grant-types":{"title":"GrantTypeCheck","description":"Grant types a client may use. A grant type the API reports but this tool does not know is never allowed.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"allow":{"description":"Only these grant types are allowed.","$ref":"#/definitions/grantTypeList"},"deny":{"description":"These grant types are not allowed.","$ref":"#/definitions/grantTypeList"}}},"scopes":{"title":"ScopeCheck","description":"Scopes a user-facing client (any grant but client-credentials) may or may not request.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"allow":{"description":"Every scope must match one of these.","$ref":"#/definitions/globList"},"deny":{"description":"No scope may match any of these. Deny wins over allow.","$ref":"#/definitions/globList"}}},"roles":{"title":"RoleCheck","description":"Roles (by name) a client-credentials client may or may not hold. Needs `allow` or `deny`.","type":"object","additionalProperties":false,"properties":{"allow":{"description":"Every held role must match one of these names.","$ref":"#/definitions/globList"},"deny":{"description":"No held role may match any of these names. Deny wins over allow.","$ref":"#/definitions/globList"},"divisions":{"$ref":"#/definitions/divisionScope"}}},"permissions":{"title":"PermissionCheck","description":"Permissions (domain:entity:action, globs per part, or a legacy flat name such as admin) a client-credentials client may or may not hold through its roles. A held `*` part grants everything in that part: it falls under every deny pattern it overlaps and is allowed only by a `*` in the same part. Needs `allow`, `deny` or `wildcards`.","type":"object","additionalProperties":false,"properties":{"allow":{"description":"Every held permission must be within one of these.","$ref":"#/definitions/globList"},"deny":{"description":"No held permission may overlap any of these. Deny wins over allow.","$ref":"#/definitions/globList"},"wildcards":{"description":"`deny`: a held permission with `*` in any part (all entities or all actions of a domain) is a finding by itself.","enum":["allow","deny"]},"divisions":{"$ref":"#/definitions/divisionScope"}}},"token-lifetime":{"title":"TokenLifetimeCheck","description":"Longest access-token lifetime (accessTokenValiditySeconds; the platform applies 24 h when it is not set).","type":"object","additionalProperties":false,"required":["max-seconds"],"properties":{"max-seconds":{"type":"integer","minimum":300,"maximum":172800}}},"redirect-uris":{"title":"RedirectUriCheck","description":"Requirements on registered redirect URIs. Each key present is checked; `localhost` states how loopback URIs (localhost, 127.0.0.1, [::1]) are treated.","type":"object","additionalProperties":false,"required":["localhost"],"minProperties":2,"properties":{"localhost":{"description":"`allow`: loopback URIs (for native and development apps, RFC 8252) pass the other checks. `deny`: every loopback URI is a finding.","enum":["allow","deny"]},"require-https":{"description":"Every URI must use https.","const":true},"deny-wildcards":{"description":"No URI may contain `*`.","const":true},"deny-ip-literals":{"description":"No URI may name its host by IP address.","const":true},"must-match":{"description":"Every URI must match this regular expression.","$ref":"#/definitions/regex"}}},"client-description":{"title":"DescriptionCheck","description":"Each client must say what it is for.","type":"object","additionalProperties":false,"required":["required"],"properties":{"required":{"const":true},"min-length":{"description":"Fewest characters a description needs. Default: 1.","type":"integer","minimum":1,"maximum":500}}},"client-name":{"title":"NameCheck","description":"Requirements on client names.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"unique":{"description":"No two clients may share a name (compared without case and surrounding spaces).","const":true},"must-match":{"description":"Every name must match this regular expression.","$ref":"#/definitions/regex"}}},"state-age":{"title":"StateAgeCheck","description":"Disabled or inactive clients kept longer than this many days since they were last modified.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"disabled-max-days":{"$ref":"#/definitions/days"},"inactive-max-days":{"$ref":"#/definitions/days"}}},"unused":{"title":"UnusedCheck","description":"Clients with no API request for this many days (needs usage: the `usage-days` input). Clients younger than that are not judged. Skipped when usage is turned off; an error finding \\"not evaluated\\" when usage could not be read.","type":"object","additionalProperties":false,"required":["max-days"],"properties":{"max-days":{"$ref":"#/definitions/days"}}}}},"where":{"title":"WhereSpec","description":"Which clients the rule applies to; all conditions must hold. Omit to apply to every client.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"grant-type":{"$ref":"#/definitions/grantTypeList"},"client":{"description":"Which clients: pinned ids, or name or id globs.","$ref":"#/definitions/clientSelectorList"},"state":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"#/definitions/clientState"}}}},"clients":{"title":"DesiredClients","description":"The approved clients. A client in the org but not listed, a listed client missing from the org, and a listed client whose grant type, scopes or roles differ are findings.","type":"object","additionalProperties":false,"required":["list"],"properties":{"unknown":{"description":"Severity of a client in the org that is not listed. Default: error.","$ref":"#/definitions/severityOrOff"},"missing":{"description":"Severity of a listed client that is not in the org. Default: warning.","$ref":"#/definitions/severityOrOff"},"drift":{"description":"Severity of a listed client whose grant type, scopes or roles differ from the list. Default: error.","$ref":"#/definitions/severityOrOff"},"list":{"type":"array","items":{"$ref":"#/definitions/desiredClient"}}}},"desiredClient":{"title":"DesiredClient","description":"An approved client, preferably by `id` (with its `name`), else by `name` alone, which must match exactly one client: when several match, the entry approves none of them and an `ambiguous-client` error names them.","type":"object","additionalProperties":false,"required":["grant-type"],"properties":{"name":{"description":"The client\'s name in the org (exact). With `id`, a different name is reported as `renamed-client`; alone, it is compared with every client\'s name and id.","type":"string","minLength":1},"id":{"description":"The client\'s id; when set, the id alone decides which client this is.","type":"string","minLength":1},"grant-type":{"$ref":"#/definitions/grantType"},"scopes":{"description":"Exactly the scopes it may request (user-facing grants).","type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}},"roles":{"description":"Exactly the roles it may hold (client credentials): a role name (any division) or {role, division} where division is a division name or `*` for all divisions.","type":"array","items":{"title":"DesiredRoleEntry","anyOf":[{"type":"string","minLength":1},{"title":"DesiredRoleGrant","type":"object","additionalProperties":false,"required":["role","division"],"properties":{"role":{"type":"string","minLength":1},"division":{"type":"string","minLength":1}}}]}},"owner":{"description":"Who answers for this client (a team or person).","type":"string","minLength":1},"description":{"description":"What the client is for (not compared with the org).","type":"string"}}},"exception":{"title":"ExceptionSpec","type":"object","additionalProperties":false,"required":["rule","client","reason","owner","expires"],"properties":{"rule":{"description":"Id of the rule whose findings are accepted (a rule of this file, a built-in rule, or unknown-client, missing-client, client-drift).","$ref":"#/definitions/ruleId"},"client":{"description":"The one client whose findings are accepted: `{ id, name }` (preferred), or its exact name or id (no wildcards; it must match exactly one client).","$ref":"#/definitions/clientRef"},"subject":{"description":"Only findings about this scope, permission, role, grant type or redirect URI (a glob). Default: all findings of the rule for the client.","type":"string","minLength":1},"reason":{"description":"Why the finding is accepted (a ticket, a migration plan).","type":"string","minLength":10},"owner":{"description":"Who answers for the exception.","type":"string","minLength":1},"expires":{"description":"Last day (YYYY-MM-DD, UTC) the exception applies; after it the finding is back and the exception is reported.","type":"string","format":"date"}}}}}');
// EXTERNAL MODULE: ./src/policy/packs/index.ts + 1 modules
var packs = __webpack_require__(691);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(4951);
;// CONCATENATED MODULE: ./src/policy/policy-file-validator.ts
// GENERATED by scripts/gen-policy-validator.ts from policies/oauth-policy.schema.json. Do not edit by hand.
// @ts-nocheck -- ajv standalone code
/* eslint-disable */


const validate = validate10;
/* harmony default export */ const policy_file_validator = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/genesys-oauth-policy/action/main/policies/oauth-policy.schema.json", "title": "PolicyFile", "description": "A Genesys Cloud OAuth client policy: the rules every OAuth client of the organization must satisfy, the approved clients, and the accepted exceptions.", "type": "object", "additionalProperties": false, "required": ["version"], "properties": { "version": { "description": "Version of the policy language. Only 1 exists.", "const": 1 }, "extends": { "description": "Rule packs to apply before the rules of this file: a built-in pack (`recommended`, documented in docs/rules.md) or a pack file of the repository, by a path relative to this file (`./packs/acme.yml`, see policies/pack.schema.json).", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/packRef" } }, "settings": { "title": "Settings", "type": "object", "additionalProperties": false, "properties": { "fail-on": { "description": "Lowest severity that fails the run (an explicit `fail-on` input or flag overrides it). Default: error.", "$ref": "#/definitions/failOn" }, "max-exception-days": { "description": "An exception may not expire more than this many days after the run; a longer one is reported (warning). Default: 365.", "type": "integer", "minimum": 1, "maximum": 3650 } } }, "overrides": { "title": "Overrides", "description": "Severity of the rules of the packs in `extends` (built-in rules, listed here, or rules of pack files) by id, or `off` to turn one off. Only ids of the packs in `extends` are accepted.", "type": "object", "propertyNames": { "$ref": "#/definitions/ruleId" }, "additionalProperties": { "$ref": "#/definitions/severityOrOff" }, "properties": { "cc-can-edit-roles-or-grants": { "description": "recommended: Client-credentials clients must not be able to create, edit or grant roles. Default: error.", "$ref": "#/definitions/severityOrOff" }, "cc-can-manage-oauth-clients": { "description": "recommended: Client-credentials clients must not be able to create, edit or delete OAuth clients. Default: error.", "$ref": "#/definitions/severityOrOff" }, "cc-can-manage-sso": { "description": "recommended: Client-credentials clients must not be able to add, edit or delete SSO identity providers. Default: error.", "$ref": "#/definitions/severityOrOff" }, "cc-can-take-over-accounts": { "description": "recommended: Client-credentials clients must not be able to set passwords, change or create users, administer the org or add trustees. Default: error.", "$ref": "#/definitions/severityOrOff" }, "cc-can-manage-integrations": { "description": "recommended: Client-credentials clients should not be able to install integrations or edit data actions. Default: warning.", "$ref": "#/definitions/severityOrOff" }, "cc-wildcard-permissions": { "description": "recommended: Client-credentials clients should not hold wildcard permissions. Default: warning.", "$ref": "#/definitions/severityOrOff" }, "cc-all-divisions": { "description": "recommended: Client-credentials clients should hold their roles in named divisions, not all divisions. Default: warning.", "$ref": "#/definitions/severityOrOff" }, "user-apps-admin-scopes": { "description": "recommended: User-facing clients must not request scopes that administer the org's security. Default: error.", "$ref": "#/definitions/severityOrOff" }, "cc-recording-access": { "description": "recommended: Client-credentials clients should not read recordings or their keys. Default: warning.", "$ref": "#/definitions/severityOrOff" }, "cc-conversation-content": { "description": "recommended: Client-credentials clients should not read conversation content or transcripts. Default: warning.", "$ref": "#/definitions/severityOrOff" }, "cc-bulk-analytics": { "description": "recommended: Client-credentials clients holding bulk analytics detail or export permissions are reported. Default: notice.", "$ref": "#/definitions/severityOrOff" }, "cc-customer-personal-data": { "description": "recommended: Client-credentials clients reading customer personal data are reported. Default: notice.", "$ref": "#/definitions/severityOrOff" }, "user-apps-broad-data-scopes": { "description": "recommended: User-facing clients requesting broad data scopes are reported. Default: notice.", "$ref": "#/definitions/severityOrOff" }, "no-implicit-grant": { "description": "recommended: Clients must not use the implicit grant. Default: error.", "$ref": "#/definitions/severityOrOff" }, "no-password-grant": { "description": "recommended: Clients must not use the password grant. Default: error.", "$ref": "#/definitions/severityOrOff" }, "known-grant-type": { "description": "recommended: Every client uses a grant type the policy can judge. Default: warning.", "$ref": "#/definitions/severityOrOff" }, "token-lifetime-24h": { "description": "recommended: Access tokens must not live longer than 24 hours. Default: warning.", "$ref": "#/definitions/severityOrOff" }, "redirect-uri-https": { "description": "recommended: Redirect URIs must use https. Default: error.", "$ref": "#/definitions/severityOrOff" }, "redirect-uri-no-wildcard": { "description": "recommended: Redirect URIs must not contain wildcards. Default: error.", "$ref": "#/definitions/severityOrOff" }, "redirect-uri-no-ip-literal": { "description": "recommended: Redirect URIs must name their host, not an IP address. Default: warning.", "$ref": "#/definitions/severityOrOff" }, "unused-client": { "description": "recommended: Active clients with no API request for 90 days are reported. Default: warning.", "$ref": "#/definitions/severityOrOff" }, "disabled-clients-left-behind": { "description": "recommended: Disabled or inactive clients are deleted within 30 days. Default: warning.", "$ref": "#/definitions/severityOrOff" }, "client-description": { "description": "recommended: Every client has a description. Default: notice.", "$ref": "#/definitions/severityOrOff" }, "duplicate-client-names": { "description": "recommended: Client names are unique. Default: warning.", "$ref": "#/definitions/severityOrOff" } } }, "rules": { "description": "Rules applied to every OAuth client that matches their `where` condition.", "type": "array", "items": { "$ref": "#/definitions/rule" } }, "clients": { "$ref": "#/definitions/clients" }, "exceptions": { "description": "Accepted findings: one rule for one client, with a reason, an owner and an expiry date.", "type": "array", "items": { "$ref": "#/definitions/exception" } } }, "definitions": { "packName": { "title": "PackName", "enum": ["recommended"] }, "packRef": { "title": "PackRef", "anyOf": [{ "$ref": "#/definitions/packName" }, { "title": "PackPath", "description": "A pack file of the repository, relative to the file naming it.", "type": "string", "pattern": "^\\./.*\\.ya?ml$" }] }, "failOn": { "title": "FailOn", "enum": ["notice", "warning", "error", "never"] }, "severity": { "title": "Severity", "enum": ["error", "warning", "notice"] }, "severityOrOff": { "title": "SeverityOrOff", "enum": ["error", "warning", "notice", "off"] }, "category": { "title": "Category", "description": "The kind of risk a rule guards against.", "enum": ["privilege-escalation", "data-access", "credential-hygiene", "housekeeping"] }, "ruleId": { "title": "RuleId", "description": "Stable identifier, lower-case words joined by hyphens. Shown in findings.", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "grantType": { "title": "GrantTypeName", "description": "Grant type, by its friendly name: client-credentials (API: CLIENT-CREDENTIALS), code (CODE), implicit (TOKEN), saml2-bearer (SAML2-BEARER), password (PASSWORD).", "enum": ["client-credentials", "code", "implicit", "saml2-bearer", "password"] }, "grantTypeList": { "title": "GrantTypeList", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/grantType" } }, "clientState": { "title": "ClientStateName", "enum": ["active", "disabled", "inactive"] }, "globList": { "title": "GlobList", "description": "Glob patterns: `*` matches any run of characters, `?` one character; everything else is literal.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "clientId": { "title": "ClientIdRef", "description": "One client pinned by its id: the id decides which client it is. `name` (recommended) is the name it had when pinned; when the client's name differs, a `renamed-client` error says so.", "type": "object", "additionalProperties": false, "required": ["id"], "properties": { "id": { "description": "The client's id (shown with every finding and accepted finding).", "type": "string", "minLength": 1 }, "name": { "description": "The client's name, checked against the org.", "type": "string", "minLength": 1 } } }, "clientRef": { "title": "ClientRefSpec", "description": "One client: `{ id, name }` (preferred: the id decides), or a bare string compared exactly with every client's name and id, which must match exactly one client; when several match, the entry applies to none of them and an `ambiguous-client` error names them. `*` and `?` are not wildcards here.", "anyOf": [{ "type": "string", "minLength": 1 }, { "$ref": "#/definitions/clientId" }] }, "clientSelectorList": { "title": "ClientSelectorList", "description": "Clients: `{ id, name }` pins one client; a string is a glob over names and ids (`*` any run of characters, `?` one character). A string without `*` or `?` names one client: when several clients match it, the rule checks every one of them and an `ambiguous-client` error asks you to pin the id.", "type": "array", "minItems": 1, "items": { "title": "ClientSelector", "anyOf": [{ "type": "string", "minLength": 1 }, { "$ref": "#/definitions/clientId" }] } }, "divisionScope": { "title": "DivisionScope", "description": "Which role grants count: `any` (default) every grant; `all` only grants in all divisions (divisionId `*`); or a list of division name globs.", "anyOf": [{ "enum": ["any", "all"] }, { "$ref": "#/definitions/globList" }] }, "regex": { "title": "Regex", "description": "A regular expression in RE2 syntax, matched in linear time (no lookaround or backreferences; unanchored unless you anchor it with ^ and $).", "type": "string", "minLength": 1 }, "days": { "title": "Days", "type": "integer", "minimum": 1, "maximum": 3650 }, "rule": { "title": "RuleSpec", "type": "object", "additionalProperties": false, "required": ["id"], "properties": { "id": { "$ref": "#/definitions/ruleId" }, "description": { "description": "What the rule is for, shown in reports.", "type": "string" }, "severity": { "description": "Severity of the rule's findings. Default: error.", "$ref": "#/definitions/severity" }, "category": { "$ref": "#/definitions/category" }, "fix": { "description": "How to resolve a finding, shown in reports.", "type": "string" }, "where": { "$ref": "#/definitions/where" }, "grant-types": { "title": "GrantTypeCheck", "description": "Grant types a client may use. A grant type the API reports but this tool does not know is never allowed.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "allow": { "description": "Only these grant types are allowed.", "$ref": "#/definitions/grantTypeList" }, "deny": { "description": "These grant types are not allowed.", "$ref": "#/definitions/grantTypeList" } } }, "scopes": { "title": "ScopeCheck", "description": "Scopes a user-facing client (any grant but client-credentials) may or may not request.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "allow": { "description": "Every scope must match one of these.", "$ref": "#/definitions/globList" }, "deny": { "description": "No scope may match any of these. Deny wins over allow.", "$ref": "#/definitions/globList" } } }, "roles": { "title": "RoleCheck", "description": "Roles (by name) a client-credentials client may or may not hold. Needs `allow` or `deny`.", "type": "object", "additionalProperties": false, "properties": { "allow": { "description": "Every held role must match one of these names.", "$ref": "#/definitions/globList" }, "deny": { "description": "No held role may match any of these names. Deny wins over allow.", "$ref": "#/definitions/globList" }, "divisions": { "$ref": "#/definitions/divisionScope" } } }, "permissions": { "title": "PermissionCheck", "description": "Permissions (domain:entity:action, globs per part, or a legacy flat name such as admin) a client-credentials client may or may not hold through its roles. A held `*` part grants everything in that part: it falls under every deny pattern it overlaps and is allowed only by a `*` in the same part. Needs `allow`, `deny` or `wildcards`.", "type": "object", "additionalProperties": false, "properties": { "allow": { "description": "Every held permission must be within one of these.", "$ref": "#/definitions/globList" }, "deny": { "description": "No held permission may overlap any of these. Deny wins over allow.", "$ref": "#/definitions/globList" }, "wildcards": { "description": "`deny`: a held permission with `*` in any part (all entities or all actions of a domain) is a finding by itself.", "enum": ["allow", "deny"] }, "divisions": { "$ref": "#/definitions/divisionScope" } } }, "token-lifetime": { "title": "TokenLifetimeCheck", "description": "Longest access-token lifetime (accessTokenValiditySeconds; the platform applies 24 h when it is not set).", "type": "object", "additionalProperties": false, "required": ["max-seconds"], "properties": { "max-seconds": { "type": "integer", "minimum": 300, "maximum": 172800 } } }, "redirect-uris": { "title": "RedirectUriCheck", "description": "Requirements on registered redirect URIs. Each key present is checked; `localhost` states how loopback URIs (localhost, 127.0.0.1, [::1]) are treated.", "type": "object", "additionalProperties": false, "required": ["localhost"], "minProperties": 2, "properties": { "localhost": { "description": "`allow`: loopback URIs (for native and development apps, RFC 8252) pass the other checks. `deny`: every loopback URI is a finding.", "enum": ["allow", "deny"] }, "require-https": { "description": "Every URI must use https.", "const": true }, "deny-wildcards": { "description": "No URI may contain `*`.", "const": true }, "deny-ip-literals": { "description": "No URI may name its host by IP address.", "const": true }, "must-match": { "description": "Every URI must match this regular expression.", "$ref": "#/definitions/regex" } } }, "client-description": { "title": "DescriptionCheck", "description": "Each client must say what it is for.", "type": "object", "additionalProperties": false, "required": ["required"], "properties": { "required": { "const": true }, "min-length": { "description": "Fewest characters a description needs. Default: 1.", "type": "integer", "minimum": 1, "maximum": 500 } } }, "client-name": { "title": "NameCheck", "description": "Requirements on client names.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "unique": { "description": "No two clients may share a name (compared without case and surrounding spaces).", "const": true }, "must-match": { "description": "Every name must match this regular expression.", "$ref": "#/definitions/regex" } } }, "state-age": { "title": "StateAgeCheck", "description": "Disabled or inactive clients kept longer than this many days since they were last modified.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "disabled-max-days": { "$ref": "#/definitions/days" }, "inactive-max-days": { "$ref": "#/definitions/days" } } }, "unused": { "title": "UnusedCheck", "description": "Clients with no API request for this many days (needs usage: the `usage-days` input). Clients younger than that are not judged. Skipped when usage is turned off; an error finding \"not evaluated\" when usage could not be read.", "type": "object", "additionalProperties": false, "required": ["max-days"], "properties": { "max-days": { "$ref": "#/definitions/days" } } } } }, "where": { "title": "WhereSpec", "description": "Which clients the rule applies to; all conditions must hold. Omit to apply to every client.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "grant-type": { "$ref": "#/definitions/grantTypeList" }, "client": { "description": "Which clients: pinned ids, or name or id globs.", "$ref": "#/definitions/clientSelectorList" }, "state": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/clientState" } } } }, "clients": { "title": "DesiredClients", "description": "The approved clients. A client in the org but not listed, a listed client missing from the org, and a listed client whose grant type, scopes or roles differ are findings.", "type": "object", "additionalProperties": false, "required": ["list"], "properties": { "unknown": { "description": "Severity of a client in the org that is not listed. Default: error.", "$ref": "#/definitions/severityOrOff" }, "missing": { "description": "Severity of a listed client that is not in the org. Default: warning.", "$ref": "#/definitions/severityOrOff" }, "drift": { "description": "Severity of a listed client whose grant type, scopes or roles differ from the list. Default: error.", "$ref": "#/definitions/severityOrOff" }, "list": { "type": "array", "items": { "$ref": "#/definitions/desiredClient" } } } }, "desiredClient": { "title": "DesiredClient", "description": "An approved client, preferably by `id` (with its `name`), else by `name` alone, which must match exactly one client: when several match, the entry approves none of them and an `ambiguous-client` error names them.", "type": "object", "additionalProperties": false, "required": ["grant-type"], "properties": { "name": { "description": "The client's name in the org (exact). With `id`, a different name is reported as `renamed-client`; alone, it is compared with every client's name and id.", "type": "string", "minLength": 1 }, "id": { "description": "The client's id; when set, the id alone decides which client this is.", "type": "string", "minLength": 1 }, "grant-type": { "$ref": "#/definitions/grantType" }, "scopes": { "description": "Exactly the scopes it may request (user-facing grants).", "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1 } }, "roles": { "description": "Exactly the roles it may hold (client credentials): a role name (any division) or {role, division} where division is a division name or `*` for all divisions.", "type": "array", "items": { "title": "DesiredRoleEntry", "anyOf": [{ "type": "string", "minLength": 1 }, { "title": "DesiredRoleGrant", "type": "object", "additionalProperties": false, "required": ["role", "division"], "properties": { "role": { "type": "string", "minLength": 1 }, "division": { "type": "string", "minLength": 1 } } }] } }, "owner": { "description": "Who answers for this client (a team or person).", "type": "string", "minLength": 1 }, "description": { "description": "What the client is for (not compared with the org).", "type": "string" } } }, "exception": { "title": "ExceptionSpec", "type": "object", "additionalProperties": false, "required": ["rule", "client", "reason", "owner", "expires"], "properties": { "rule": { "description": "Id of the rule whose findings are accepted (a rule of this file, a built-in rule, or unknown-client, missing-client, client-drift).", "$ref": "#/definitions/ruleId" }, "client": { "description": "The one client whose findings are accepted: `{ id, name }` (preferred), or its exact name or id (no wildcards; it must match exactly one client).", "$ref": "#/definitions/clientRef" }, "subject": { "description": "Only findings about this scope, permission, role, grant type or redirect URI (a glob). Default: all findings of the rule for the client.", "type": "string", "minLength": 1 }, "reason": { "description": "Why the finding is accepted (a ticket, a migration plan).", "type": "string", "minLength": 10 }, "owner": { "description": "Who answers for the exception.", "type": "string", "minLength": 1 }, "expires": { "description": "Last day (YYYY-MM-DD, UTC) the exception applies; after it the finding is back and the exception is reported.", "type": "string", "format": "date" } } } } };
const schema14 = { "title": "FailOn", "enum": ["notice", "warning", "error", "never"] };
const schema15 = { "title": "RuleId", "description": "Stable identifier, lower-case words joined by hyphens. Shown in findings.", "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" };
const schema16 = { "title": "SeverityOrOff", "enum": ["error", "warning", "notice", "off"] };
const schema12 = { "title": "PackRef", "anyOf": [{ "$ref": "#/definitions/packName" }, { "title": "PackPath", "description": "A pack file of the repository, relative to the file naming it.", "type": "string", "pattern": "^\\./.*\\.ya?ml$" }] };
const schema13 = { "title": "PackName", "enum": ["recommended"] };
const pattern0 = new RegExp("^\\./.*\\.ya?ml$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs0 = errors;
    let valid0 = false;
    const _errs1 = errors;
    if (!(data === "recommended")) {
        const err0 = { instancePath, schemaPath: "#/definitions/packName/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values", schema: schema13.enum, parentSchema: schema13, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    var _valid0 = _errs1 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs3 = errors;
        if (typeof data === "string") {
            if (!pattern0.test(data)) {
                const err1 = { instancePath, schemaPath: "#/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^\\./.*\\.ya?ml$" }, message: "must match pattern \"" + "^\\./.*\\.ya?ml$" + "\"", schema: "^\\./.*\\.ya?ml$", parentSchema: schema12.anyOf[1], data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        else {
            const err2 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.anyOf[1].type, parentSchema: schema12.anyOf[1], data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        var _valid0 = _errs3 === errors;
        valid0 = valid0 || _valid0;
    }
    if (!valid0) {
        const err3 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema12.anyOf, parentSchema: schema12, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    else {
        errors = _errs0;
        if (vErrors !== null) {
            if (_errs0) {
                vErrors.length = _errs0;
            }
            else {
                vErrors = null;
            }
        }
    }
    validate11.errors = vErrors;
    return errors === 0;
}
const schema41 = { "title": "RuleSpec", "type": "object", "additionalProperties": false, "required": ["id"], "properties": { "id": { "$ref": "#/definitions/ruleId" }, "description": { "description": "What the rule is for, shown in reports.", "type": "string" }, "severity": { "description": "Severity of the rule's findings. Default: error.", "$ref": "#/definitions/severity" }, "category": { "$ref": "#/definitions/category" }, "fix": { "description": "How to resolve a finding, shown in reports.", "type": "string" }, "where": { "$ref": "#/definitions/where" }, "grant-types": { "title": "GrantTypeCheck", "description": "Grant types a client may use. A grant type the API reports but this tool does not know is never allowed.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "allow": { "description": "Only these grant types are allowed.", "$ref": "#/definitions/grantTypeList" }, "deny": { "description": "These grant types are not allowed.", "$ref": "#/definitions/grantTypeList" } } }, "scopes": { "title": "ScopeCheck", "description": "Scopes a user-facing client (any grant but client-credentials) may or may not request.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "allow": { "description": "Every scope must match one of these.", "$ref": "#/definitions/globList" }, "deny": { "description": "No scope may match any of these. Deny wins over allow.", "$ref": "#/definitions/globList" } } }, "roles": { "title": "RoleCheck", "description": "Roles (by name) a client-credentials client may or may not hold. Needs `allow` or `deny`.", "type": "object", "additionalProperties": false, "properties": { "allow": { "description": "Every held role must match one of these names.", "$ref": "#/definitions/globList" }, "deny": { "description": "No held role may match any of these names. Deny wins over allow.", "$ref": "#/definitions/globList" }, "divisions": { "$ref": "#/definitions/divisionScope" } } }, "permissions": { "title": "PermissionCheck", "description": "Permissions (domain:entity:action, globs per part, or a legacy flat name such as admin) a client-credentials client may or may not hold through its roles. A held `*` part grants everything in that part: it falls under every deny pattern it overlaps and is allowed only by a `*` in the same part. Needs `allow`, `deny` or `wildcards`.", "type": "object", "additionalProperties": false, "properties": { "allow": { "description": "Every held permission must be within one of these.", "$ref": "#/definitions/globList" }, "deny": { "description": "No held permission may overlap any of these. Deny wins over allow.", "$ref": "#/definitions/globList" }, "wildcards": { "description": "`deny`: a held permission with `*` in any part (all entities or all actions of a domain) is a finding by itself.", "enum": ["allow", "deny"] }, "divisions": { "$ref": "#/definitions/divisionScope" } } }, "token-lifetime": { "title": "TokenLifetimeCheck", "description": "Longest access-token lifetime (accessTokenValiditySeconds; the platform applies 24 h when it is not set).", "type": "object", "additionalProperties": false, "required": ["max-seconds"], "properties": { "max-seconds": { "type": "integer", "minimum": 300, "maximum": 172800 } } }, "redirect-uris": { "title": "RedirectUriCheck", "description": "Requirements on registered redirect URIs. Each key present is checked; `localhost` states how loopback URIs (localhost, 127.0.0.1, [::1]) are treated.", "type": "object", "additionalProperties": false, "required": ["localhost"], "minProperties": 2, "properties": { "localhost": { "description": "`allow`: loopback URIs (for native and development apps, RFC 8252) pass the other checks. `deny`: every loopback URI is a finding.", "enum": ["allow", "deny"] }, "require-https": { "description": "Every URI must use https.", "const": true }, "deny-wildcards": { "description": "No URI may contain `*`.", "const": true }, "deny-ip-literals": { "description": "No URI may name its host by IP address.", "const": true }, "must-match": { "description": "Every URI must match this regular expression.", "$ref": "#/definitions/regex" } } }, "client-description": { "title": "DescriptionCheck", "description": "Each client must say what it is for.", "type": "object", "additionalProperties": false, "required": ["required"], "properties": { "required": { "const": true }, "min-length": { "description": "Fewest characters a description needs. Default: 1.", "type": "integer", "minimum": 1, "maximum": 500 } } }, "client-name": { "title": "NameCheck", "description": "Requirements on client names.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "unique": { "description": "No two clients may share a name (compared without case and surrounding spaces).", "const": true }, "must-match": { "description": "Every name must match this regular expression.", "$ref": "#/definitions/regex" } } }, "state-age": { "title": "StateAgeCheck", "description": "Disabled or inactive clients kept longer than this many days since they were last modified.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "disabled-max-days": { "$ref": "#/definitions/days" }, "inactive-max-days": { "$ref": "#/definitions/days" } } }, "unused": { "title": "UnusedCheck", "description": "Clients with no API request for this many days (needs usage: the `usage-days` input). Clients younger than that are not judged. Skipped when usage is turned off; an error finding \"not evaluated\" when usage could not be read.", "type": "object", "additionalProperties": false, "required": ["max-days"], "properties": { "max-days": { "$ref": "#/definitions/days" } } } } };
const schema43 = { "title": "Severity", "enum": ["error", "warning", "notice"] };
const schema44 = { "title": "Category", "description": "The kind of risk a rule guards against.", "enum": ["privilege-escalation", "data-access", "credential-hygiene", "housekeeping"] };
const schema51 = { "title": "GlobList", "description": "Glob patterns: `*` matches any run of characters, `?` one character; everything else is literal.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } };
const schema59 = { "title": "Regex", "description": "A regular expression in RE2 syntax, matched in linear time (no lookaround or backreferences; unanchored unless you anchor it with ^ and $).", "type": "string", "minLength": 1 };
const schema61 = { "title": "Days", "type": "integer", "minimum": 1, "maximum": 3650 };
const func3 = Object.prototype.hasOwnProperty;
const func6 = (ucs2length["default"]["default"] ?? ucs2length["default"]);
const pattern1 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const schema45 = { "title": "WhereSpec", "description": "Which clients the rule applies to; all conditions must hold. Omit to apply to every client.", "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "grant-type": { "$ref": "#/definitions/grantTypeList" }, "client": { "description": "Which clients: pinned ids, or name or id globs.", "$ref": "#/definitions/clientSelectorList" }, "state": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/clientState" } } } };
const schema50 = { "title": "ClientStateName", "enum": ["active", "disabled", "inactive"] };
const schema46 = { "title": "GrantTypeList", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/definitions/grantType" } };
const schema47 = { "title": "GrantTypeName", "description": "Grant type, by its friendly name: client-credentials (API: CLIENT-CREDENTIALS), code (CODE), implicit (TOKEN), saml2-bearer (SAML2-BEARER), password (PASSWORD).", "enum": ["client-credentials", "code", "implicit", "saml2-bearer", "password"] };
const func0 = (equal["default"]["default"] ?? equal["default"]);
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
        if (data.length < 1) {
            const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema46, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
            let data0 = data[i0];
            if (!(((((data0 === "client-credentials") || (data0 === "code")) || (data0 === "implicit")) || (data0 === "saml2-bearer")) || (data0 === "password"))) {
                const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/grantType/enum", keyword: "enum", params: { allowedValues: schema47.enum }, message: "must be equal to one of the allowed values", schema: schema47.enum, parentSchema: schema47, data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        let i1 = data.length;
        let j0;
        if (i1 > 1) {
            outer0: for (; i1--;) {
                for (j0 = i1; j0--;) {
                    if (func0(data[i1], data[j0])) {
                        const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema46, data };
                        if (vErrors === null) {
                            vErrors = [err2];
                        }
                        else {
                            vErrors.push(err2);
                        }
                        errors++;
                        break outer0;
                    }
                }
            }
        }
    }
    else {
        const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema46.type, parentSchema: schema46, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    validate15.errors = vErrors;
    return errors === 0;
}
const schema48 = { "title": "ClientSelectorList", "description": "Clients: `{ id, name }` pins one client; a string is a glob over names and ids (`*` any run of characters, `?` one character). A string without `*` or `?` names one client: when several clients match it, the rule checks every one of them and an `ambiguous-client` error asks you to pin the id.", "type": "array", "minItems": 1, "items": { "title": "ClientSelector", "anyOf": [{ "type": "string", "minLength": 1 }, { "$ref": "#/definitions/clientId" }] } };
const schema49 = { "title": "ClientIdRef", "description": "One client pinned by its id: the id decides which client it is. `name` (recommended) is the name it had when pinned; when the client's name differs, a `renamed-client` error says so.", "type": "object", "additionalProperties": false, "required": ["id"], "properties": { "id": { "description": "The client's id (shown with every finding and accepted finding).", "type": "string", "minLength": 1 }, "name": { "description": "The client's name, checked against the org.", "type": "string", "minLength": 1 } } };
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
        if (data.length < 1) {
            const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema48, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
            let data0 = data[i0];
            const _errs2 = errors;
            let valid2 = false;
            const _errs3 = errors;
            if (typeof data0 === "string") {
                if (func6(data0) < 1) {
                    const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48.items.anyOf[0], data: data0 };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                }
            }
            else {
                const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.items.anyOf[0].type, parentSchema: schema48.items.anyOf[0], data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            var _valid0 = _errs3 === errors;
            valid2 = valid2 || _valid0;
            if (!valid2) {
                const _errs5 = errors;
                if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                    if (data0.id === undefined) {
                        const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/clientId/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema49.required, parentSchema: schema49, data: data0 };
                        if (vErrors === null) {
                            vErrors = [err3];
                        }
                        else {
                            vErrors.push(err3);
                        }
                        errors++;
                    }
                    for (const key0 in data0) {
                        if (!((key0 === "id") || (key0 === "name"))) {
                            const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/clientId/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49, data: data0 };
                            if (vErrors === null) {
                                vErrors = [err4];
                            }
                            else {
                                vErrors.push(err4);
                            }
                            errors++;
                        }
                    }
                    if (data0.id !== undefined) {
                        let data1 = data0.id;
                        if (typeof data1 === "string") {
                            if (func6(data1) < 1) {
                                const err5 = { instancePath: instancePath + "/" + i0 + "/id", schemaPath: "#/definitions/clientId/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.properties.id, data: data1 };
                                if (vErrors === null) {
                                    vErrors = [err5];
                                }
                                else {
                                    vErrors.push(err5);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err6 = { instancePath: instancePath + "/" + i0 + "/id", schemaPath: "#/definitions/clientId/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.id.type, parentSchema: schema49.properties.id, data: data1 };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                        }
                    }
                    if (data0.name !== undefined) {
                        let data2 = data0.name;
                        if (typeof data2 === "string") {
                            if (func6(data2) < 1) {
                                const err7 = { instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/definitions/clientId/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.properties.name, data: data2 };
                                if (vErrors === null) {
                                    vErrors = [err7];
                                }
                                else {
                                    vErrors.push(err7);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err8 = { instancePath: instancePath + "/" + i0 + "/name", schemaPath: "#/definitions/clientId/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.name.type, parentSchema: schema49.properties.name, data: data2 };
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err9 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/clientId/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
                var _valid0 = _errs5 === errors;
                valid2 = valid2 || _valid0;
            }
            if (!valid2) {
                const err10 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema48.items.anyOf, parentSchema: schema48.items, data: data0 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
            else {
                errors = _errs2;
                if (vErrors !== null) {
                    if (_errs2) {
                        vErrors.length = _errs2;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
    }
    else {
        const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.type, parentSchema: schema48, data };
        if (vErrors === null) {
            vErrors = [err11];
        }
        else {
            vErrors.push(err11);
        }
        errors++;
    }
    validate17.errors = vErrors;
    return errors === 0;
}
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (Object.keys(data).length < 1) {
            const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema45, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((key0 === "grant-type") || (key0 === "client")) || (key0 === "state"))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data["grant-type"] !== undefined) {
            if (!(validate15(data["grant-type"], { instancePath: instancePath + "/grant-type", parentData: data, parentDataProperty: "grant-type", rootData }))) {
                vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
                errors = vErrors.length;
            }
        }
        if (data.client !== undefined) {
            if (!(validate17(data.client, { instancePath: instancePath + "/client", parentData: data, parentDataProperty: "client", rootData }))) {
                vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                errors = vErrors.length;
            }
        }
        if (data.state !== undefined) {
            let data2 = data.state;
            if (Array.isArray(data2)) {
                if (data2.length < 1) {
                    const err2 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema45.properties.state, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
                const len0 = data2.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data3 = data2[i0];
                    if (!(((data3 === "active") || (data3 === "disabled")) || (data3 === "inactive"))) {
                        const err3 = { instancePath: instancePath + "/state/" + i0, schemaPath: "#/definitions/clientState/enum", keyword: "enum", params: { allowedValues: schema50.enum }, message: "must be equal to one of the allowed values", schema: schema50.enum, parentSchema: schema50, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err3];
                        }
                        else {
                            vErrors.push(err3);
                        }
                        errors++;
                    }
                }
                let i1 = data2.length;
                let j0;
                if (i1 > 1) {
                    outer0: for (; i1--;) {
                        for (j0 = i1; j0--;) {
                            if (func0(data2[i1], data2[j0])) {
                                const err4 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema45.properties.state, data: data2 };
                                if (vErrors === null) {
                                    vErrors = [err4];
                                }
                                else {
                                    vErrors.push(err4);
                                }
                                errors++;
                                break outer0;
                            }
                        }
                    }
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/state", schemaPath: "#/properties/state/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema45.properties.state.type, parentSchema: schema45.properties.state, data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
    }
    else {
        const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    validate14.errors = vErrors;
    return errors === 0;
}
const schema55 = { "title": "DivisionScope", "description": "Which role grants count: `any` (default) every grant; `all` only grants in all divisions (divisionId `*`); or a list of division name globs.", "anyOf": [{ "enum": ["any", "all"] }, { "$ref": "#/definitions/globList" }] };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs0 = errors;
    let valid0 = false;
    const _errs1 = errors;
    if (!((data === "any") || (data === "all"))) {
        const err0 = { instancePath, schemaPath: "#/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema55.anyOf[0].enum }, message: "must be equal to one of the allowed values", schema: schema55.anyOf[0].enum, parentSchema: schema55.anyOf[0], data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    var _valid0 = _errs1 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs2 = errors;
        if (Array.isArray(data)) {
            if (data.length < 1) {
                const err1 = { instancePath, schemaPath: "#/definitions/globList/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema51, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            const len0 = data.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data0 = data[i0];
                if (typeof data0 === "string") {
                    if (func6(data0) < 1) {
                        const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/globList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema51.items, data: data0 };
                        if (vErrors === null) {
                            vErrors = [err2];
                        }
                        else {
                            vErrors.push(err2);
                        }
                        errors++;
                    }
                }
                else {
                    const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/globList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.items.type, parentSchema: schema51.items, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
        }
        else {
            const err4 = { instancePath, schemaPath: "#/definitions/globList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.type, parentSchema: schema51, data };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        var _valid0 = _errs2 === errors;
        valid0 = valid0 || _valid0;
    }
    if (!valid0) {
        const err5 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema55.anyOf, parentSchema: schema55, data };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    else {
        errors = _errs0;
        if (vErrors !== null) {
            if (_errs0) {
                vErrors.length = _errs0;
            }
            else {
                vErrors = null;
            }
        }
    }
    validate22.errors = vErrors;
    return errors === 0;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema41.required, parentSchema: schema41, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(func3.call(schema41.properties, key0))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.id !== undefined) {
            let data0 = data.id;
            if (typeof data0 === "string") {
                if (!pattern1.test(data0)) {
                    const err2 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/ruleId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema15, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
            else {
                const err3 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.description !== undefined) {
            let data1 = data.description;
            if (typeof data1 !== "string") {
                const err4 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.description.type, parentSchema: schema41.properties.description, data: data1 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.severity !== undefined) {
            let data2 = data.severity;
            if (!(((data2 === "error") || (data2 === "warning")) || (data2 === "notice"))) {
                const err5 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema43.enum }, message: "must be equal to one of the allowed values", schema: schema43.enum, parentSchema: schema43, data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.category !== undefined) {
            let data3 = data.category;
            if (!((((data3 === "privilege-escalation") || (data3 === "data-access")) || (data3 === "credential-hygiene")) || (data3 === "housekeeping"))) {
                const err6 = { instancePath: instancePath + "/category", schemaPath: "#/definitions/category/enum", keyword: "enum", params: { allowedValues: schema44.enum }, message: "must be equal to one of the allowed values", schema: schema44.enum, parentSchema: schema44, data: data3 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.fix !== undefined) {
            let data4 = data.fix;
            if (typeof data4 !== "string") {
                const err7 = { instancePath: instancePath + "/fix", schemaPath: "#/properties/fix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties.fix.type, parentSchema: schema41.properties.fix, data: data4 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.where !== undefined) {
            if (!(validate14(data.where, { instancePath: instancePath + "/where", parentData: data, parentDataProperty: "where", rootData }))) {
                vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                errors = vErrors.length;
            }
        }
        if (data["grant-types"] !== undefined) {
            let data6 = data["grant-types"];
            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                if (Object.keys(data6).length < 1) {
                    const err8 = { instancePath: instancePath + "/grant-types", schemaPath: "#/properties/grant-types/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema41.properties["grant-types"], data: data6 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
                for (const key1 in data6) {
                    if (!((key1 === "allow") || (key1 === "deny"))) {
                        const err9 = { instancePath: instancePath + "/grant-types", schemaPath: "#/properties/grant-types/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties["grant-types"], data: data6 };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                }
                if (data6.allow !== undefined) {
                    if (!(validate15(data6.allow, { instancePath: instancePath + "/grant-types/allow", parentData: data6, parentDataProperty: "allow", rootData }))) {
                        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
                        errors = vErrors.length;
                    }
                }
                if (data6.deny !== undefined) {
                    if (!(validate15(data6.deny, { instancePath: instancePath + "/grant-types/deny", parentData: data6, parentDataProperty: "deny", rootData }))) {
                        vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err10 = { instancePath: instancePath + "/grant-types", schemaPath: "#/properties/grant-types/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties["grant-types"].type, parentSchema: schema41.properties["grant-types"], data: data6 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.scopes !== undefined) {
            let data9 = data.scopes;
            if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                if (Object.keys(data9).length < 1) {
                    const err11 = { instancePath: instancePath + "/scopes", schemaPath: "#/properties/scopes/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema41.properties.scopes, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
                for (const key2 in data9) {
                    if (!((key2 === "allow") || (key2 === "deny"))) {
                        const err12 = { instancePath: instancePath + "/scopes", schemaPath: "#/properties/scopes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.scopes, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
                if (data9.allow !== undefined) {
                    let data10 = data9.allow;
                    if (Array.isArray(data10)) {
                        if (data10.length < 1) {
                            const err13 = { instancePath: instancePath + "/scopes/allow", schemaPath: "#/definitions/globList/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema51, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err13];
                            }
                            else {
                                vErrors.push(err13);
                            }
                            errors++;
                        }
                        const len0 = data10.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                            let data11 = data10[i0];
                            if (typeof data11 === "string") {
                                if (func6(data11) < 1) {
                                    const err14 = { instancePath: instancePath + "/scopes/allow/" + i0, schemaPath: "#/definitions/globList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema51.items, data: data11 };
                                    if (vErrors === null) {
                                        vErrors = [err14];
                                    }
                                    else {
                                        vErrors.push(err14);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err15 = { instancePath: instancePath + "/scopes/allow/" + i0, schemaPath: "#/definitions/globList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.items.type, parentSchema: schema51.items, data: data11 };
                                if (vErrors === null) {
                                    vErrors = [err15];
                                }
                                else {
                                    vErrors.push(err15);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err16 = { instancePath: instancePath + "/scopes/allow", schemaPath: "#/definitions/globList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.type, parentSchema: schema51, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
                            vErrors.push(err16);
                        }
                        errors++;
                    }
                }
                if (data9.deny !== undefined) {
                    let data12 = data9.deny;
                    if (Array.isArray(data12)) {
                        if (data12.length < 1) {
                            const err17 = { instancePath: instancePath + "/scopes/deny", schemaPath: "#/definitions/globList/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema51, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                        const len1 = data12.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                            let data13 = data12[i1];
                            if (typeof data13 === "string") {
                                if (func6(data13) < 1) {
                                    const err18 = { instancePath: instancePath + "/scopes/deny/" + i1, schemaPath: "#/definitions/globList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema51.items, data: data13 };
                                    if (vErrors === null) {
                                        vErrors = [err18];
                                    }
                                    else {
                                        vErrors.push(err18);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err19 = { instancePath: instancePath + "/scopes/deny/" + i1, schemaPath: "#/definitions/globList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.items.type, parentSchema: schema51.items, data: data13 };
                                if (vErrors === null) {
                                    vErrors = [err19];
                                }
                                else {
                                    vErrors.push(err19);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err20 = { instancePath: instancePath + "/scopes/deny", schemaPath: "#/definitions/globList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.type, parentSchema: schema51, data: data12 };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err21 = { instancePath: instancePath + "/scopes", schemaPath: "#/properties/scopes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.scopes.type, parentSchema: schema41.properties.scopes, data: data9 };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
        if (data.roles !== undefined) {
            let data14 = data.roles;
            if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                for (const key3 in data14) {
                    if (!(((key3 === "allow") || (key3 === "deny")) || (key3 === "divisions"))) {
                        const err22 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.roles, data: data14 };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                }
                if (data14.allow !== undefined) {
                    let data15 = data14.allow;
                    if (Array.isArray(data15)) {
                        if (data15.length < 1) {
                            const err23 = { instancePath: instancePath + "/roles/allow", schemaPath: "#/definitions/globList/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema51, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err23];
                            }
                            else {
                                vErrors.push(err23);
                            }
                            errors++;
                        }
                        const len2 = data15.length;
                        for (let i2 = 0; i2 < len2; i2++) {
                            let data16 = data15[i2];
                            if (typeof data16 === "string") {
                                if (func6(data16) < 1) {
                                    const err24 = { instancePath: instancePath + "/roles/allow/" + i2, schemaPath: "#/definitions/globList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema51.items, data: data16 };
                                    if (vErrors === null) {
                                        vErrors = [err24];
                                    }
                                    else {
                                        vErrors.push(err24);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err25 = { instancePath: instancePath + "/roles/allow/" + i2, schemaPath: "#/definitions/globList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.items.type, parentSchema: schema51.items, data: data16 };
                                if (vErrors === null) {
                                    vErrors = [err25];
                                }
                                else {
                                    vErrors.push(err25);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err26 = { instancePath: instancePath + "/roles/allow", schemaPath: "#/definitions/globList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.type, parentSchema: schema51, data: data15 };
                        if (vErrors === null) {
                            vErrors = [err26];
                        }
                        else {
                            vErrors.push(err26);
                        }
                        errors++;
                    }
                }
                if (data14.deny !== undefined) {
                    let data17 = data14.deny;
                    if (Array.isArray(data17)) {
                        if (data17.length < 1) {
                            const err27 = { instancePath: instancePath + "/roles/deny", schemaPath: "#/definitions/globList/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema51, data: data17 };
                            if (vErrors === null) {
                                vErrors = [err27];
                            }
                            else {
                                vErrors.push(err27);
                            }
                            errors++;
                        }
                        const len3 = data17.length;
                        for (let i3 = 0; i3 < len3; i3++) {
                            let data18 = data17[i3];
                            if (typeof data18 === "string") {
                                if (func6(data18) < 1) {
                                    const err28 = { instancePath: instancePath + "/roles/deny/" + i3, schemaPath: "#/definitions/globList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema51.items, data: data18 };
                                    if (vErrors === null) {
                                        vErrors = [err28];
                                    }
                                    else {
                                        vErrors.push(err28);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err29 = { instancePath: instancePath + "/roles/deny/" + i3, schemaPath: "#/definitions/globList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.items.type, parentSchema: schema51.items, data: data18 };
                                if (vErrors === null) {
                                    vErrors = [err29];
                                }
                                else {
                                    vErrors.push(err29);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err30 = { instancePath: instancePath + "/roles/deny", schemaPath: "#/definitions/globList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.type, parentSchema: schema51, data: data17 };
                        if (vErrors === null) {
                            vErrors = [err30];
                        }
                        else {
                            vErrors.push(err30);
                        }
                        errors++;
                    }
                }
                if (data14.divisions !== undefined) {
                    if (!(validate22(data14.divisions, { instancePath: instancePath + "/roles/divisions", parentData: data14, parentDataProperty: "divisions", rootData }))) {
                        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err31 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.roles.type, parentSchema: schema41.properties.roles, data: data14 };
                if (vErrors === null) {
                    vErrors = [err31];
                }
                else {
                    vErrors.push(err31);
                }
                errors++;
            }
        }
        if (data.permissions !== undefined) {
            let data20 = data.permissions;
            if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                for (const key4 in data20) {
                    if (!((((key4 === "allow") || (key4 === "deny")) || (key4 === "wildcards")) || (key4 === "divisions"))) {
                        const err32 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.permissions, data: data20 };
                        if (vErrors === null) {
                            vErrors = [err32];
                        }
                        else {
                            vErrors.push(err32);
                        }
                        errors++;
                    }
                }
                if (data20.allow !== undefined) {
                    let data21 = data20.allow;
                    if (Array.isArray(data21)) {
                        if (data21.length < 1) {
                            const err33 = { instancePath: instancePath + "/permissions/allow", schemaPath: "#/definitions/globList/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema51, data: data21 };
                            if (vErrors === null) {
                                vErrors = [err33];
                            }
                            else {
                                vErrors.push(err33);
                            }
                            errors++;
                        }
                        const len4 = data21.length;
                        for (let i4 = 0; i4 < len4; i4++) {
                            let data22 = data21[i4];
                            if (typeof data22 === "string") {
                                if (func6(data22) < 1) {
                                    const err34 = { instancePath: instancePath + "/permissions/allow/" + i4, schemaPath: "#/definitions/globList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema51.items, data: data22 };
                                    if (vErrors === null) {
                                        vErrors = [err34];
                                    }
                                    else {
                                        vErrors.push(err34);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err35 = { instancePath: instancePath + "/permissions/allow/" + i4, schemaPath: "#/definitions/globList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.items.type, parentSchema: schema51.items, data: data22 };
                                if (vErrors === null) {
                                    vErrors = [err35];
                                }
                                else {
                                    vErrors.push(err35);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err36 = { instancePath: instancePath + "/permissions/allow", schemaPath: "#/definitions/globList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.type, parentSchema: schema51, data: data21 };
                        if (vErrors === null) {
                            vErrors = [err36];
                        }
                        else {
                            vErrors.push(err36);
                        }
                        errors++;
                    }
                }
                if (data20.deny !== undefined) {
                    let data23 = data20.deny;
                    if (Array.isArray(data23)) {
                        if (data23.length < 1) {
                            const err37 = { instancePath: instancePath + "/permissions/deny", schemaPath: "#/definitions/globList/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema51, data: data23 };
                            if (vErrors === null) {
                                vErrors = [err37];
                            }
                            else {
                                vErrors.push(err37);
                            }
                            errors++;
                        }
                        const len5 = data23.length;
                        for (let i5 = 0; i5 < len5; i5++) {
                            let data24 = data23[i5];
                            if (typeof data24 === "string") {
                                if (func6(data24) < 1) {
                                    const err38 = { instancePath: instancePath + "/permissions/deny/" + i5, schemaPath: "#/definitions/globList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema51.items, data: data24 };
                                    if (vErrors === null) {
                                        vErrors = [err38];
                                    }
                                    else {
                                        vErrors.push(err38);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err39 = { instancePath: instancePath + "/permissions/deny/" + i5, schemaPath: "#/definitions/globList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.items.type, parentSchema: schema51.items, data: data24 };
                                if (vErrors === null) {
                                    vErrors = [err39];
                                }
                                else {
                                    vErrors.push(err39);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err40 = { instancePath: instancePath + "/permissions/deny", schemaPath: "#/definitions/globList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.type, parentSchema: schema51, data: data23 };
                        if (vErrors === null) {
                            vErrors = [err40];
                        }
                        else {
                            vErrors.push(err40);
                        }
                        errors++;
                    }
                }
                if (data20.wildcards !== undefined) {
                    let data25 = data20.wildcards;
                    if (!((data25 === "allow") || (data25 === "deny"))) {
                        const err41 = { instancePath: instancePath + "/permissions/wildcards", schemaPath: "#/properties/permissions/properties/wildcards/enum", keyword: "enum", params: { allowedValues: schema41.properties.permissions.properties.wildcards.enum }, message: "must be equal to one of the allowed values", schema: schema41.properties.permissions.properties.wildcards.enum, parentSchema: schema41.properties.permissions.properties.wildcards, data: data25 };
                        if (vErrors === null) {
                            vErrors = [err41];
                        }
                        else {
                            vErrors.push(err41);
                        }
                        errors++;
                    }
                }
                if (data20.divisions !== undefined) {
                    if (!(validate22(data20.divisions, { instancePath: instancePath + "/permissions/divisions", parentData: data20, parentDataProperty: "divisions", rootData }))) {
                        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err42 = { instancePath: instancePath + "/permissions", schemaPath: "#/properties/permissions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.permissions.type, parentSchema: schema41.properties.permissions, data: data20 };
                if (vErrors === null) {
                    vErrors = [err42];
                }
                else {
                    vErrors.push(err42);
                }
                errors++;
            }
        }
        if (data["token-lifetime"] !== undefined) {
            let data27 = data["token-lifetime"];
            if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                if (data27["max-seconds"] === undefined) {
                    const err43 = { instancePath: instancePath + "/token-lifetime", schemaPath: "#/properties/token-lifetime/required", keyword: "required", params: { missingProperty: "max-seconds" }, message: "must have required property '" + "max-seconds" + "'", schema: schema41.properties["token-lifetime"].required, parentSchema: schema41.properties["token-lifetime"], data: data27 };
                    if (vErrors === null) {
                        vErrors = [err43];
                    }
                    else {
                        vErrors.push(err43);
                    }
                    errors++;
                }
                for (const key5 in data27) {
                    if (!(key5 === "max-seconds")) {
                        const err44 = { instancePath: instancePath + "/token-lifetime", schemaPath: "#/properties/token-lifetime/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties["token-lifetime"], data: data27 };
                        if (vErrors === null) {
                            vErrors = [err44];
                        }
                        else {
                            vErrors.push(err44);
                        }
                        errors++;
                    }
                }
                if (data27["max-seconds"] !== undefined) {
                    let data28 = data27["max-seconds"];
                    if (!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))) {
                        const err45 = { instancePath: instancePath + "/token-lifetime/max-seconds", schemaPath: "#/properties/token-lifetime/properties/max-seconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties["token-lifetime"].properties["max-seconds"].type, parentSchema: schema41.properties["token-lifetime"].properties["max-seconds"], data: data28 };
                        if (vErrors === null) {
                            vErrors = [err45];
                        }
                        else {
                            vErrors.push(err45);
                        }
                        errors++;
                    }
                    if ((typeof data28 == "number") && (isFinite(data28))) {
                        if (data28 > 172800 || isNaN(data28)) {
                            const err46 = { instancePath: instancePath + "/token-lifetime/max-seconds", schemaPath: "#/properties/token-lifetime/properties/max-seconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 172800 }, message: "must be <= 172800", schema: 172800, parentSchema: schema41.properties["token-lifetime"].properties["max-seconds"], data: data28 };
                            if (vErrors === null) {
                                vErrors = [err46];
                            }
                            else {
                                vErrors.push(err46);
                            }
                            errors++;
                        }
                        if (data28 < 300 || isNaN(data28)) {
                            const err47 = { instancePath: instancePath + "/token-lifetime/max-seconds", schemaPath: "#/properties/token-lifetime/properties/max-seconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 300 }, message: "must be >= 300", schema: 300, parentSchema: schema41.properties["token-lifetime"].properties["max-seconds"], data: data28 };
                            if (vErrors === null) {
                                vErrors = [err47];
                            }
                            else {
                                vErrors.push(err47);
                            }
                            errors++;
                        }
                    }
                }
            }
            else {
                const err48 = { instancePath: instancePath + "/token-lifetime", schemaPath: "#/properties/token-lifetime/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties["token-lifetime"].type, parentSchema: schema41.properties["token-lifetime"], data: data27 };
                if (vErrors === null) {
                    vErrors = [err48];
                }
                else {
                    vErrors.push(err48);
                }
                errors++;
            }
        }
        if (data["redirect-uris"] !== undefined) {
            let data29 = data["redirect-uris"];
            if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                if (Object.keys(data29).length < 2) {
                    const err49 = { instancePath: instancePath + "/redirect-uris", schemaPath: "#/properties/redirect-uris/minProperties", keyword: "minProperties", params: { limit: 2 }, message: "must NOT have fewer than 2 properties", schema: 2, parentSchema: schema41.properties["redirect-uris"], data: data29 };
                    if (vErrors === null) {
                        vErrors = [err49];
                    }
                    else {
                        vErrors.push(err49);
                    }
                    errors++;
                }
                if (data29.localhost === undefined) {
                    const err50 = { instancePath: instancePath + "/redirect-uris", schemaPath: "#/properties/redirect-uris/required", keyword: "required", params: { missingProperty: "localhost" }, message: "must have required property '" + "localhost" + "'", schema: schema41.properties["redirect-uris"].required, parentSchema: schema41.properties["redirect-uris"], data: data29 };
                    if (vErrors === null) {
                        vErrors = [err50];
                    }
                    else {
                        vErrors.push(err50);
                    }
                    errors++;
                }
                for (const key6 in data29) {
                    if (!(((((key6 === "localhost") || (key6 === "require-https")) || (key6 === "deny-wildcards")) || (key6 === "deny-ip-literals")) || (key6 === "must-match"))) {
                        const err51 = { instancePath: instancePath + "/redirect-uris", schemaPath: "#/properties/redirect-uris/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties["redirect-uris"], data: data29 };
                        if (vErrors === null) {
                            vErrors = [err51];
                        }
                        else {
                            vErrors.push(err51);
                        }
                        errors++;
                    }
                }
                if (data29.localhost !== undefined) {
                    let data30 = data29.localhost;
                    if (!((data30 === "allow") || (data30 === "deny"))) {
                        const err52 = { instancePath: instancePath + "/redirect-uris/localhost", schemaPath: "#/properties/redirect-uris/properties/localhost/enum", keyword: "enum", params: { allowedValues: schema41.properties["redirect-uris"].properties.localhost.enum }, message: "must be equal to one of the allowed values", schema: schema41.properties["redirect-uris"].properties.localhost.enum, parentSchema: schema41.properties["redirect-uris"].properties.localhost, data: data30 };
                        if (vErrors === null) {
                            vErrors = [err52];
                        }
                        else {
                            vErrors.push(err52);
                        }
                        errors++;
                    }
                }
                if (data29["require-https"] !== undefined) {
                    let data31 = data29["require-https"];
                    if (true !== data31) {
                        const err53 = { instancePath: instancePath + "/redirect-uris/require-https", schemaPath: "#/properties/redirect-uris/properties/require-https/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema41.properties["redirect-uris"].properties["require-https"], data: data31 };
                        if (vErrors === null) {
                            vErrors = [err53];
                        }
                        else {
                            vErrors.push(err53);
                        }
                        errors++;
                    }
                }
                if (data29["deny-wildcards"] !== undefined) {
                    let data32 = data29["deny-wildcards"];
                    if (true !== data32) {
                        const err54 = { instancePath: instancePath + "/redirect-uris/deny-wildcards", schemaPath: "#/properties/redirect-uris/properties/deny-wildcards/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema41.properties["redirect-uris"].properties["deny-wildcards"], data: data32 };
                        if (vErrors === null) {
                            vErrors = [err54];
                        }
                        else {
                            vErrors.push(err54);
                        }
                        errors++;
                    }
                }
                if (data29["deny-ip-literals"] !== undefined) {
                    let data33 = data29["deny-ip-literals"];
                    if (true !== data33) {
                        const err55 = { instancePath: instancePath + "/redirect-uris/deny-ip-literals", schemaPath: "#/properties/redirect-uris/properties/deny-ip-literals/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema41.properties["redirect-uris"].properties["deny-ip-literals"], data: data33 };
                        if (vErrors === null) {
                            vErrors = [err55];
                        }
                        else {
                            vErrors.push(err55);
                        }
                        errors++;
                    }
                }
                if (data29["must-match"] !== undefined) {
                    let data34 = data29["must-match"];
                    if (typeof data34 === "string") {
                        if (func6(data34) < 1) {
                            const err56 = { instancePath: instancePath + "/redirect-uris/must-match", schemaPath: "#/definitions/regex/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59, data: data34 };
                            if (vErrors === null) {
                                vErrors = [err56];
                            }
                            else {
                                vErrors.push(err56);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err57 = { instancePath: instancePath + "/redirect-uris/must-match", schemaPath: "#/definitions/regex/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.type, parentSchema: schema59, data: data34 };
                        if (vErrors === null) {
                            vErrors = [err57];
                        }
                        else {
                            vErrors.push(err57);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err58 = { instancePath: instancePath + "/redirect-uris", schemaPath: "#/properties/redirect-uris/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties["redirect-uris"].type, parentSchema: schema41.properties["redirect-uris"], data: data29 };
                if (vErrors === null) {
                    vErrors = [err58];
                }
                else {
                    vErrors.push(err58);
                }
                errors++;
            }
        }
        if (data["client-description"] !== undefined) {
            let data35 = data["client-description"];
            if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                if (data35.required === undefined) {
                    const err59 = { instancePath: instancePath + "/client-description", schemaPath: "#/properties/client-description/required", keyword: "required", params: { missingProperty: "required" }, message: "must have required property '" + "required" + "'", schema: schema41.properties["client-description"].required, parentSchema: schema41.properties["client-description"], data: data35 };
                    if (vErrors === null) {
                        vErrors = [err59];
                    }
                    else {
                        vErrors.push(err59);
                    }
                    errors++;
                }
                for (const key7 in data35) {
                    if (!((key7 === "required") || (key7 === "min-length"))) {
                        const err60 = { instancePath: instancePath + "/client-description", schemaPath: "#/properties/client-description/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties["client-description"], data: data35 };
                        if (vErrors === null) {
                            vErrors = [err60];
                        }
                        else {
                            vErrors.push(err60);
                        }
                        errors++;
                    }
                }
                if (data35.required !== undefined) {
                    let data36 = data35.required;
                    if (true !== data36) {
                        const err61 = { instancePath: instancePath + "/client-description/required", schemaPath: "#/properties/client-description/properties/required/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema41.properties["client-description"].properties.required, data: data36 };
                        if (vErrors === null) {
                            vErrors = [err61];
                        }
                        else {
                            vErrors.push(err61);
                        }
                        errors++;
                    }
                }
                if (data35["min-length"] !== undefined) {
                    let data37 = data35["min-length"];
                    if (!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))) {
                        const err62 = { instancePath: instancePath + "/client-description/min-length", schemaPath: "#/properties/client-description/properties/min-length/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.properties["client-description"].properties["min-length"].type, parentSchema: schema41.properties["client-description"].properties["min-length"], data: data37 };
                        if (vErrors === null) {
                            vErrors = [err62];
                        }
                        else {
                            vErrors.push(err62);
                        }
                        errors++;
                    }
                    if ((typeof data37 == "number") && (isFinite(data37))) {
                        if (data37 > 500 || isNaN(data37)) {
                            const err63 = { instancePath: instancePath + "/client-description/min-length", schemaPath: "#/properties/client-description/properties/min-length/maximum", keyword: "maximum", params: { comparison: "<=", limit: 500 }, message: "must be <= 500", schema: 500, parentSchema: schema41.properties["client-description"].properties["min-length"], data: data37 };
                            if (vErrors === null) {
                                vErrors = [err63];
                            }
                            else {
                                vErrors.push(err63);
                            }
                            errors++;
                        }
                        if (data37 < 1 || isNaN(data37)) {
                            const err64 = { instancePath: instancePath + "/client-description/min-length", schemaPath: "#/properties/client-description/properties/min-length/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.properties["client-description"].properties["min-length"], data: data37 };
                            if (vErrors === null) {
                                vErrors = [err64];
                            }
                            else {
                                vErrors.push(err64);
                            }
                            errors++;
                        }
                    }
                }
            }
            else {
                const err65 = { instancePath: instancePath + "/client-description", schemaPath: "#/properties/client-description/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties["client-description"].type, parentSchema: schema41.properties["client-description"], data: data35 };
                if (vErrors === null) {
                    vErrors = [err65];
                }
                else {
                    vErrors.push(err65);
                }
                errors++;
            }
        }
        if (data["client-name"] !== undefined) {
            let data38 = data["client-name"];
            if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                if (Object.keys(data38).length < 1) {
                    const err66 = { instancePath: instancePath + "/client-name", schemaPath: "#/properties/client-name/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema41.properties["client-name"], data: data38 };
                    if (vErrors === null) {
                        vErrors = [err66];
                    }
                    else {
                        vErrors.push(err66);
                    }
                    errors++;
                }
                for (const key8 in data38) {
                    if (!((key8 === "unique") || (key8 === "must-match"))) {
                        const err67 = { instancePath: instancePath + "/client-name", schemaPath: "#/properties/client-name/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties["client-name"], data: data38 };
                        if (vErrors === null) {
                            vErrors = [err67];
                        }
                        else {
                            vErrors.push(err67);
                        }
                        errors++;
                    }
                }
                if (data38.unique !== undefined) {
                    let data39 = data38.unique;
                    if (true !== data39) {
                        const err68 = { instancePath: instancePath + "/client-name/unique", schemaPath: "#/properties/client-name/properties/unique/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema41.properties["client-name"].properties.unique, data: data39 };
                        if (vErrors === null) {
                            vErrors = [err68];
                        }
                        else {
                            vErrors.push(err68);
                        }
                        errors++;
                    }
                }
                if (data38["must-match"] !== undefined) {
                    let data40 = data38["must-match"];
                    if (typeof data40 === "string") {
                        if (func6(data40) < 1) {
                            const err69 = { instancePath: instancePath + "/client-name/must-match", schemaPath: "#/definitions/regex/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema59, data: data40 };
                            if (vErrors === null) {
                                vErrors = [err69];
                            }
                            else {
                                vErrors.push(err69);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err70 = { instancePath: instancePath + "/client-name/must-match", schemaPath: "#/definitions/regex/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema59.type, parentSchema: schema59, data: data40 };
                        if (vErrors === null) {
                            vErrors = [err70];
                        }
                        else {
                            vErrors.push(err70);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err71 = { instancePath: instancePath + "/client-name", schemaPath: "#/properties/client-name/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties["client-name"].type, parentSchema: schema41.properties["client-name"], data: data38 };
                if (vErrors === null) {
                    vErrors = [err71];
                }
                else {
                    vErrors.push(err71);
                }
                errors++;
            }
        }
        if (data["state-age"] !== undefined) {
            let data41 = data["state-age"];
            if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                if (Object.keys(data41).length < 1) {
                    const err72 = { instancePath: instancePath + "/state-age", schemaPath: "#/properties/state-age/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema41.properties["state-age"], data: data41 };
                    if (vErrors === null) {
                        vErrors = [err72];
                    }
                    else {
                        vErrors.push(err72);
                    }
                    errors++;
                }
                for (const key9 in data41) {
                    if (!((key9 === "disabled-max-days") || (key9 === "inactive-max-days"))) {
                        const err73 = { instancePath: instancePath + "/state-age", schemaPath: "#/properties/state-age/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties["state-age"], data: data41 };
                        if (vErrors === null) {
                            vErrors = [err73];
                        }
                        else {
                            vErrors.push(err73);
                        }
                        errors++;
                    }
                }
                if (data41["disabled-max-days"] !== undefined) {
                    let data42 = data41["disabled-max-days"];
                    if (!(((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42))) && (isFinite(data42)))) {
                        const err74 = { instancePath: instancePath + "/state-age/disabled-max-days", schemaPath: "#/definitions/days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.type, parentSchema: schema61, data: data42 };
                        if (vErrors === null) {
                            vErrors = [err74];
                        }
                        else {
                            vErrors.push(err74);
                        }
                        errors++;
                    }
                    if ((typeof data42 == "number") && (isFinite(data42))) {
                        if (data42 > 3650 || isNaN(data42)) {
                            const err75 = { instancePath: instancePath + "/state-age/disabled-max-days", schemaPath: "#/definitions/days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650", schema: 3650, parentSchema: schema61, data: data42 };
                            if (vErrors === null) {
                                vErrors = [err75];
                            }
                            else {
                                vErrors.push(err75);
                            }
                            errors++;
                        }
                        if (data42 < 1 || isNaN(data42)) {
                            const err76 = { instancePath: instancePath + "/state-age/disabled-max-days", schemaPath: "#/definitions/days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema61, data: data42 };
                            if (vErrors === null) {
                                vErrors = [err76];
                            }
                            else {
                                vErrors.push(err76);
                            }
                            errors++;
                        }
                    }
                }
                if (data41["inactive-max-days"] !== undefined) {
                    let data43 = data41["inactive-max-days"];
                    if (!(((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43))) && (isFinite(data43)))) {
                        const err77 = { instancePath: instancePath + "/state-age/inactive-max-days", schemaPath: "#/definitions/days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.type, parentSchema: schema61, data: data43 };
                        if (vErrors === null) {
                            vErrors = [err77];
                        }
                        else {
                            vErrors.push(err77);
                        }
                        errors++;
                    }
                    if ((typeof data43 == "number") && (isFinite(data43))) {
                        if (data43 > 3650 || isNaN(data43)) {
                            const err78 = { instancePath: instancePath + "/state-age/inactive-max-days", schemaPath: "#/definitions/days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650", schema: 3650, parentSchema: schema61, data: data43 };
                            if (vErrors === null) {
                                vErrors = [err78];
                            }
                            else {
                                vErrors.push(err78);
                            }
                            errors++;
                        }
                        if (data43 < 1 || isNaN(data43)) {
                            const err79 = { instancePath: instancePath + "/state-age/inactive-max-days", schemaPath: "#/definitions/days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema61, data: data43 };
                            if (vErrors === null) {
                                vErrors = [err79];
                            }
                            else {
                                vErrors.push(err79);
                            }
                            errors++;
                        }
                    }
                }
            }
            else {
                const err80 = { instancePath: instancePath + "/state-age", schemaPath: "#/properties/state-age/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties["state-age"].type, parentSchema: schema41.properties["state-age"], data: data41 };
                if (vErrors === null) {
                    vErrors = [err80];
                }
                else {
                    vErrors.push(err80);
                }
                errors++;
            }
        }
        if (data.unused !== undefined) {
            let data44 = data.unused;
            if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                if (data44["max-days"] === undefined) {
                    const err81 = { instancePath: instancePath + "/unused", schemaPath: "#/properties/unused/required", keyword: "required", params: { missingProperty: "max-days" }, message: "must have required property '" + "max-days" + "'", schema: schema41.properties.unused.required, parentSchema: schema41.properties.unused, data: data44 };
                    if (vErrors === null) {
                        vErrors = [err81];
                    }
                    else {
                        vErrors.push(err81);
                    }
                    errors++;
                }
                for (const key10 in data44) {
                    if (!(key10 === "max-days")) {
                        const err82 = { instancePath: instancePath + "/unused", schemaPath: "#/properties/unused/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.properties.unused, data: data44 };
                        if (vErrors === null) {
                            vErrors = [err82];
                        }
                        else {
                            vErrors.push(err82);
                        }
                        errors++;
                    }
                }
                if (data44["max-days"] !== undefined) {
                    let data45 = data44["max-days"];
                    if (!(((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45))) && (isFinite(data45)))) {
                        const err83 = { instancePath: instancePath + "/unused/max-days", schemaPath: "#/definitions/days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.type, parentSchema: schema61, data: data45 };
                        if (vErrors === null) {
                            vErrors = [err83];
                        }
                        else {
                            vErrors.push(err83);
                        }
                        errors++;
                    }
                    if ((typeof data45 == "number") && (isFinite(data45))) {
                        if (data45 > 3650 || isNaN(data45)) {
                            const err84 = { instancePath: instancePath + "/unused/max-days", schemaPath: "#/definitions/days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650", schema: 3650, parentSchema: schema61, data: data45 };
                            if (vErrors === null) {
                                vErrors = [err84];
                            }
                            else {
                                vErrors.push(err84);
                            }
                            errors++;
                        }
                        if (data45 < 1 || isNaN(data45)) {
                            const err85 = { instancePath: instancePath + "/unused/max-days", schemaPath: "#/definitions/days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema61, data: data45 };
                            if (vErrors === null) {
                                vErrors = [err85];
                            }
                            else {
                                vErrors.push(err85);
                            }
                            errors++;
                        }
                    }
                }
            }
            else {
                const err86 = { instancePath: instancePath + "/unused", schemaPath: "#/properties/unused/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties.unused.type, parentSchema: schema41.properties.unused, data: data44 };
                if (vErrors === null) {
                    vErrors = [err86];
                }
                else {
                    vErrors.push(err86);
                }
                errors++;
            }
        }
    }
    else {
        const err87 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data };
        if (vErrors === null) {
            vErrors = [err87];
        }
        else {
            vErrors.push(err87);
        }
        errors++;
    }
    validate13.errors = vErrors;
    return errors === 0;
}
const schema64 = { "title": "DesiredClients", "description": "The approved clients. A client in the org but not listed, a listed client missing from the org, and a listed client whose grant type, scopes or roles differ are findings.", "type": "object", "additionalProperties": false, "required": ["list"], "properties": { "unknown": { "description": "Severity of a client in the org that is not listed. Default: error.", "$ref": "#/definitions/severityOrOff" }, "missing": { "description": "Severity of a listed client that is not in the org. Default: warning.", "$ref": "#/definitions/severityOrOff" }, "drift": { "description": "Severity of a listed client whose grant type, scopes or roles differ from the list. Default: error.", "$ref": "#/definitions/severityOrOff" }, "list": { "type": "array", "items": { "$ref": "#/definitions/desiredClient" } } } };
const schema68 = { "title": "DesiredClient", "description": "An approved client, preferably by `id` (with its `name`), else by `name` alone, which must match exactly one client: when several match, the entry approves none of them and an `ambiguous-client` error names them.", "type": "object", "additionalProperties": false, "required": ["grant-type"], "properties": { "name": { "description": "The client's name in the org (exact). With `id`, a different name is reported as `renamed-client`; alone, it is compared with every client's name and id.", "type": "string", "minLength": 1 }, "id": { "description": "The client's id; when set, the id alone decides which client this is.", "type": "string", "minLength": 1 }, "grant-type": { "$ref": "#/definitions/grantType" }, "scopes": { "description": "Exactly the scopes it may request (user-facing grants).", "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1 } }, "roles": { "description": "Exactly the roles it may hold (client credentials): a role name (any division) or {role, division} where division is a division name or `*` for all divisions.", "type": "array", "items": { "title": "DesiredRoleEntry", "anyOf": [{ "type": "string", "minLength": 1 }, { "title": "DesiredRoleGrant", "type": "object", "additionalProperties": false, "required": ["role", "division"], "properties": { "role": { "type": "string", "minLength": 1 }, "division": { "type": "string", "minLength": 1 } } }] } }, "owner": { "description": "Who answers for this client (a team or person).", "type": "string", "minLength": 1 }, "description": { "description": "What the client is for (not compared with the org).", "type": "string" } } };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data["grant-type"] === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "grant-type" }, message: "must have required property '" + "grant-type" + "'", schema: schema68.required, parentSchema: schema68, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((((((key0 === "name") || (key0 === "id")) || (key0 === "grant-type")) || (key0 === "scopes")) || (key0 === "roles")) || (key0 === "owner")) || (key0 === "description"))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema68, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            let data0 = data.name;
            if (typeof data0 === "string") {
                if (func6(data0) < 1) {
                    const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.properties.name, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
            else {
                const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.properties.name.type, parentSchema: schema68.properties.name, data: data0 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.id !== undefined) {
            let data1 = data.id;
            if (typeof data1 === "string") {
                if (func6(data1) < 1) {
                    const err4 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.properties.id, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.properties.id.type, parentSchema: schema68.properties.id, data: data1 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data["grant-type"] !== undefined) {
            let data2 = data["grant-type"];
            if (!(((((data2 === "client-credentials") || (data2 === "code")) || (data2 === "implicit")) || (data2 === "saml2-bearer")) || (data2 === "password"))) {
                const err6 = { instancePath: instancePath + "/grant-type", schemaPath: "#/definitions/grantType/enum", keyword: "enum", params: { allowedValues: schema47.enum }, message: "must be equal to one of the allowed values", schema: schema47.enum, parentSchema: schema47, data: data2 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.scopes !== undefined) {
            let data3 = data.scopes;
            if (Array.isArray(data3)) {
                const len0 = data3.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data4 = data3[i0];
                    if (typeof data4 === "string") {
                        if (func6(data4) < 1) {
                            const err7 = { instancePath: instancePath + "/scopes/" + i0, schemaPath: "#/properties/scopes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.properties.scopes.items, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err8 = { instancePath: instancePath + "/scopes/" + i0, schemaPath: "#/properties/scopes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.properties.scopes.items.type, parentSchema: schema68.properties.scopes.items, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
                let i1 = data3.length;
                let j0;
                if (i1 > 1) {
                    const indices0 = {};
                    for (; i1--;) {
                        let item0 = data3[i1];
                        if (typeof item0 !== "string") {
                            continue;
                        }
                        if (typeof indices0[item0] == "number") {
                            j0 = indices0[item0];
                            const err9 = { instancePath: instancePath + "/scopes", schemaPath: "#/properties/scopes/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema68.properties.scopes, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                            break;
                        }
                        indices0[item0] = i1;
                    }
                }
            }
            else {
                const err10 = { instancePath: instancePath + "/scopes", schemaPath: "#/properties/scopes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema68.properties.scopes.type, parentSchema: schema68.properties.scopes, data: data3 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.roles !== undefined) {
            let data5 = data.roles;
            if (Array.isArray(data5)) {
                const len1 = data5.length;
                for (let i2 = 0; i2 < len1; i2++) {
                    let data6 = data5[i2];
                    const _errs15 = errors;
                    let valid7 = false;
                    const _errs16 = errors;
                    if (typeof data6 === "string") {
                        if (func6(data6) < 1) {
                            const err11 = { instancePath: instancePath + "/roles/" + i2, schemaPath: "#/properties/roles/items/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.properties.roles.items.anyOf[0], data: data6 };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err12 = { instancePath: instancePath + "/roles/" + i2, schemaPath: "#/properties/roles/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.properties.roles.items.anyOf[0].type, parentSchema: schema68.properties.roles.items.anyOf[0], data: data6 };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                    var _valid0 = _errs16 === errors;
                    valid7 = valid7 || _valid0;
                    if (!valid7) {
                        const _errs18 = errors;
                        if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                            if (data6.role === undefined) {
                                const err13 = { instancePath: instancePath + "/roles/" + i2, schemaPath: "#/properties/roles/items/anyOf/1/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property '" + "role" + "'", schema: schema68.properties.roles.items.anyOf[1].required, parentSchema: schema68.properties.roles.items.anyOf[1], data: data6 };
                                if (vErrors === null) {
                                    vErrors = [err13];
                                }
                                else {
                                    vErrors.push(err13);
                                }
                                errors++;
                            }
                            if (data6.division === undefined) {
                                const err14 = { instancePath: instancePath + "/roles/" + i2, schemaPath: "#/properties/roles/items/anyOf/1/required", keyword: "required", params: { missingProperty: "division" }, message: "must have required property '" + "division" + "'", schema: schema68.properties.roles.items.anyOf[1].required, parentSchema: schema68.properties.roles.items.anyOf[1], data: data6 };
                                if (vErrors === null) {
                                    vErrors = [err14];
                                }
                                else {
                                    vErrors.push(err14);
                                }
                                errors++;
                            }
                            for (const key1 in data6) {
                                if (!((key1 === "role") || (key1 === "division"))) {
                                    const err15 = { instancePath: instancePath + "/roles/" + i2, schemaPath: "#/properties/roles/items/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema68.properties.roles.items.anyOf[1], data: data6 };
                                    if (vErrors === null) {
                                        vErrors = [err15];
                                    }
                                    else {
                                        vErrors.push(err15);
                                    }
                                    errors++;
                                }
                            }
                            if (data6.role !== undefined) {
                                let data7 = data6.role;
                                if (typeof data7 === "string") {
                                    if (func6(data7) < 1) {
                                        const err16 = { instancePath: instancePath + "/roles/" + i2 + "/role", schemaPath: "#/properties/roles/items/anyOf/1/properties/role/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.properties.roles.items.anyOf[1].properties.role, data: data7 };
                                        if (vErrors === null) {
                                            vErrors = [err16];
                                        }
                                        else {
                                            vErrors.push(err16);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err17 = { instancePath: instancePath + "/roles/" + i2 + "/role", schemaPath: "#/properties/roles/items/anyOf/1/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.properties.roles.items.anyOf[1].properties.role.type, parentSchema: schema68.properties.roles.items.anyOf[1].properties.role, data: data7 };
                                    if (vErrors === null) {
                                        vErrors = [err17];
                                    }
                                    else {
                                        vErrors.push(err17);
                                    }
                                    errors++;
                                }
                            }
                            if (data6.division !== undefined) {
                                let data8 = data6.division;
                                if (typeof data8 === "string") {
                                    if (func6(data8) < 1) {
                                        const err18 = { instancePath: instancePath + "/roles/" + i2 + "/division", schemaPath: "#/properties/roles/items/anyOf/1/properties/division/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.properties.roles.items.anyOf[1].properties.division, data: data8 };
                                        if (vErrors === null) {
                                            vErrors = [err18];
                                        }
                                        else {
                                            vErrors.push(err18);
                                        }
                                        errors++;
                                    }
                                }
                                else {
                                    const err19 = { instancePath: instancePath + "/roles/" + i2 + "/division", schemaPath: "#/properties/roles/items/anyOf/1/properties/division/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.properties.roles.items.anyOf[1].properties.division.type, parentSchema: schema68.properties.roles.items.anyOf[1].properties.division, data: data8 };
                                    if (vErrors === null) {
                                        vErrors = [err19];
                                    }
                                    else {
                                        vErrors.push(err19);
                                    }
                                    errors++;
                                }
                            }
                        }
                        else {
                            const err20 = { instancePath: instancePath + "/roles/" + i2, schemaPath: "#/properties/roles/items/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema68.properties.roles.items.anyOf[1].type, parentSchema: schema68.properties.roles.items.anyOf[1], data: data6 };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                        var _valid0 = _errs18 === errors;
                        valid7 = valid7 || _valid0;
                    }
                    if (!valid7) {
                        const err21 = { instancePath: instancePath + "/roles/" + i2, schemaPath: "#/properties/roles/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema68.properties.roles.items.anyOf, parentSchema: schema68.properties.roles.items, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                    else {
                        errors = _errs15;
                        if (vErrors !== null) {
                            if (_errs15) {
                                vErrors.length = _errs15;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
            }
            else {
                const err22 = { instancePath: instancePath + "/roles", schemaPath: "#/properties/roles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema68.properties.roles.type, parentSchema: schema68.properties.roles, data: data5 };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
        }
        if (data.owner !== undefined) {
            let data9 = data.owner;
            if (typeof data9 === "string") {
                if (func6(data9) < 1) {
                    const err23 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.properties.owner, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
            }
            else {
                const err24 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.properties.owner.type, parentSchema: schema68.properties.owner, data: data9 };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
        }
        if (data.description !== undefined) {
            let data10 = data.description;
            if (typeof data10 !== "string") {
                const err25 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.properties.description.type, parentSchema: schema68.properties.description, data: data10 };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
        }
    }
    else {
        const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema68.type, parentSchema: schema68, data };
        if (vErrors === null) {
            vErrors = [err26];
        }
        else {
            vErrors.push(err26);
        }
        errors++;
    }
    validate27.errors = vErrors;
    return errors === 0;
}
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.list === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "list" }, message: "must have required property '" + "list" + "'", schema: schema64.required, parentSchema: schema64, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((((key0 === "unknown") || (key0 === "missing")) || (key0 === "drift")) || (key0 === "list"))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.unknown !== undefined) {
            let data0 = data.unknown;
            if (!((((data0 === "error") || (data0 === "warning")) || (data0 === "notice")) || (data0 === "off"))) {
                const err2 = { instancePath: instancePath + "/unknown", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.missing !== undefined) {
            let data1 = data.missing;
            if (!((((data1 === "error") || (data1 === "warning")) || (data1 === "notice")) || (data1 === "off"))) {
                const err3 = { instancePath: instancePath + "/missing", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data1 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.drift !== undefined) {
            let data2 = data.drift;
            if (!((((data2 === "error") || (data2 === "warning")) || (data2 === "notice")) || (data2 === "off"))) {
                const err4 = { instancePath: instancePath + "/drift", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data2 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.list !== undefined) {
            let data3 = data.list;
            if (Array.isArray(data3)) {
                const len0 = data3.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(validate27(data3[i0], { instancePath: instancePath + "/list/" + i0, parentData: data3, parentDataProperty: i0, rootData }))) {
                        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/list", schemaPath: "#/properties/list/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema64.properties.list.type, parentSchema: schema64.properties.list, data: data3 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
    }
    else {
        const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.type, parentSchema: schema64, data };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    validate26.errors = vErrors;
    return errors === 0;
}
const schema70 = { "title": "ExceptionSpec", "type": "object", "additionalProperties": false, "required": ["rule", "client", "reason", "owner", "expires"], "properties": { "rule": { "description": "Id of the rule whose findings are accepted (a rule of this file, a built-in rule, or unknown-client, missing-client, client-drift).", "$ref": "#/definitions/ruleId" }, "client": { "description": "The one client whose findings are accepted: `{ id, name }` (preferred), or its exact name or id (no wildcards; it must match exactly one client).", "$ref": "#/definitions/clientRef" }, "subject": { "description": "Only findings about this scope, permission, role, grant type or redirect URI (a glob). Default: all findings of the rule for the client.", "type": "string", "minLength": 1 }, "reason": { "description": "Why the finding is accepted (a ticket, a migration plan).", "type": "string", "minLength": 10 }, "owner": { "description": "Who answers for the exception.", "type": "string", "minLength": 1 }, "expires": { "description": "Last day (YYYY-MM-DD, UTC) the exception applies; after it the finding is back and the exception is reported.", "type": "string", "format": "date" } } };
const schema72 = { "title": "ClientRefSpec", "description": "One client: `{ id, name }` (preferred: the id decides), or a bare string compared exactly with every client's name and id, which must match exactly one client; when several match, the entry applies to none of them and an `ambiguous-client` error names them. `*` and `?` are not wildcards here.", "anyOf": [{ "type": "string", "minLength": 1 }, { "$ref": "#/definitions/clientId" }] };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs0 = errors;
    let valid0 = false;
    const _errs1 = errors;
    if (typeof data === "string") {
        if (func6(data) < 1) {
            const err0 = { instancePath, schemaPath: "#/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema72.anyOf[0], data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.anyOf[0].type, parentSchema: schema72.anyOf[0], data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    var _valid0 = _errs1 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs3 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.id === undefined) {
                const err2 = { instancePath, schemaPath: "#/definitions/clientId/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema49.required, parentSchema: schema49, data };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            for (const key0 in data) {
                if (!((key0 === "id") || (key0 === "name"))) {
                    const err3 = { instancePath, schemaPath: "#/definitions/clientId/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49, data };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
            if (data.id !== undefined) {
                let data0 = data.id;
                if (typeof data0 === "string") {
                    if (func6(data0) < 1) {
                        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/clientId/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.properties.id, data: data0 };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
                else {
                    const err5 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/clientId/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.id.type, parentSchema: schema49.properties.id, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            if (data.name !== undefined) {
                let data1 = data.name;
                if (typeof data1 === "string") {
                    if (func6(data1) < 1) {
                        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/clientId/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49.properties.name, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
                else {
                    const err7 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/clientId/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.properties.name.type, parentSchema: schema49.properties.name, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
        }
        else {
            const err8 = { instancePath, schemaPath: "#/definitions/clientId/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        var _valid0 = _errs3 === errors;
        valid0 = valid0 || _valid0;
    }
    if (!valid0) {
        const err9 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema72.anyOf, parentSchema: schema72, data };
        if (vErrors === null) {
            vErrors = [err9];
        }
        else {
            vErrors.push(err9);
        }
        errors++;
    }
    else {
        errors = _errs0;
        if (vErrors !== null) {
            if (_errs0) {
                vErrors.length = _errs0;
            }
            else {
                vErrors = null;
            }
        }
    }
    validate31.errors = vErrors;
    return errors === 0;
}
const formats0 = /^\d{4}-\d{2}-\d{2}$/;
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.rule === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property '" + "rule" + "'", schema: schema70.required, parentSchema: schema70, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.client === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "client" }, message: "must have required property '" + "client" + "'", schema: schema70.required, parentSchema: schema70, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.reason === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property '" + "reason" + "'", schema: schema70.required, parentSchema: schema70, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.owner === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property '" + "owner" + "'", schema: schema70.required, parentSchema: schema70, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.expires === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property '" + "expires" + "'", schema: schema70.required, parentSchema: schema70, data };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((((((key0 === "rule") || (key0 === "client")) || (key0 === "subject")) || (key0 === "reason")) || (key0 === "owner")) || (key0 === "expires"))) {
                const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema70, data };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.rule !== undefined) {
            let data0 = data.rule;
            if (typeof data0 === "string") {
                if (!pattern1.test(data0)) {
                    const err6 = { instancePath: instancePath + "/rule", schemaPath: "#/definitions/ruleId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema15, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
            }
            else {
                const err7 = { instancePath: instancePath + "/rule", schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: data0 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.client !== undefined) {
            if (!(validate31(data.client, { instancePath: instancePath + "/client", parentData: data, parentDataProperty: "client", rootData }))) {
                vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                errors = vErrors.length;
            }
        }
        if (data.subject !== undefined) {
            let data2 = data.subject;
            if (typeof data2 === "string") {
                if (func6(data2) < 1) {
                    const err8 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema70.properties.subject, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
            else {
                const err9 = { instancePath: instancePath + "/subject", schemaPath: "#/properties/subject/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema70.properties.subject.type, parentSchema: schema70.properties.subject, data: data2 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.reason !== undefined) {
            let data3 = data.reason;
            if (typeof data3 === "string") {
                if (func6(data3) < 10) {
                    const err10 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/minLength", keyword: "minLength", params: { limit: 10 }, message: "must NOT have fewer than 10 characters", schema: 10, parentSchema: schema70.properties.reason, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
            }
            else {
                const err11 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema70.properties.reason.type, parentSchema: schema70.properties.reason, data: data3 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.owner !== undefined) {
            let data4 = data.owner;
            if (typeof data4 === "string") {
                if (func6(data4) < 1) {
                    const err12 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema70.properties.owner, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
            else {
                const err13 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema70.properties.owner.type, parentSchema: schema70.properties.owner, data: data4 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.expires !== undefined) {
            let data5 = data.expires;
            if (typeof data5 === "string") {
                if (!(formats0.test(data5))) {
                    const err14 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/format", keyword: "format", params: { format: "date" }, message: "must match format \"" + "date" + "\"", schema: "date", parentSchema: schema70.properties.expires, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
            }
            else {
                const err15 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema70.properties.expires.type, parentSchema: schema70.properties.expires, data: data5 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
    }
    else {
        const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema70.type, parentSchema: schema70, data };
        if (vErrors === null) {
            vErrors = [err16];
        }
        else {
            vErrors.push(err16);
        }
        errors++;
    }
    validate30.errors = vErrors;
    return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/genesys-oauth-policy/action/main/policies/oauth-policy.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.version === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema11.required, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((((((key0 === "version") || (key0 === "extends")) || (key0 === "settings")) || (key0 === "overrides")) || (key0 === "rules")) || (key0 === "clients")) || (key0 === "exceptions"))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.version !== undefined) {
            let data0 = data.version;
            if (1 !== data0) {
                const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.extends !== undefined) {
            let data1 = data.extends;
            if (Array.isArray(data1)) {
                if (data1.length < 1) {
                    const err3 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.extends, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(validate11(data1[i0], { instancePath: instancePath + "/extends/" + i0, parentData: data1, parentDataProperty: i0, rootData }))) {
                        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                        errors = vErrors.length;
                    }
                }
                let i1 = data1.length;
                let j0;
                if (i1 > 1) {
                    outer0: for (; i1--;) {
                        for (j0 = i1; j0--;) {
                            if (func0(data1[i1], data1[j0])) {
                                const err4 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema11.properties.extends, data: data1 };
                                if (vErrors === null) {
                                    vErrors = [err4];
                                }
                                else {
                                    vErrors.push(err4);
                                }
                                errors++;
                                break outer0;
                            }
                        }
                    }
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.extends.type, parentSchema: schema11.properties.extends, data: data1 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.settings !== undefined) {
            let data3 = data.settings;
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                for (const key1 in data3) {
                    if (!((key1 === "fail-on") || (key1 === "max-exception-days"))) {
                        const err6 = { instancePath: instancePath + "/settings", schemaPath: "#/properties/settings/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.settings, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
                if (data3["fail-on"] !== undefined) {
                    let data4 = data3["fail-on"];
                    if (!((((data4 === "notice") || (data4 === "warning")) || (data4 === "error")) || (data4 === "never"))) {
                        const err7 = { instancePath: instancePath + "/settings/fail-on", schemaPath: "#/definitions/failOn/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values", schema: schema14.enum, parentSchema: schema14, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                }
                if (data3["max-exception-days"] !== undefined) {
                    let data5 = data3["max-exception-days"];
                    if (!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) {
                        const err8 = { instancePath: instancePath + "/settings/max-exception-days", schemaPath: "#/properties/settings/properties/max-exception-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.settings.properties["max-exception-days"].type, parentSchema: schema11.properties.settings.properties["max-exception-days"], data: data5 };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                    if ((typeof data5 == "number") && (isFinite(data5))) {
                        if (data5 > 3650 || isNaN(data5)) {
                            const err9 = { instancePath: instancePath + "/settings/max-exception-days", schemaPath: "#/properties/settings/properties/max-exception-days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650", schema: 3650, parentSchema: schema11.properties.settings.properties["max-exception-days"], data: data5 };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                        if (data5 < 1 || isNaN(data5)) {
                            const err10 = { instancePath: instancePath + "/settings/max-exception-days", schemaPath: "#/properties/settings/properties/max-exception-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.settings.properties["max-exception-days"], data: data5 };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                    }
                }
            }
            else {
                const err11 = { instancePath: instancePath + "/settings", schemaPath: "#/properties/settings/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.settings.type, parentSchema: schema11.properties.settings, data: data3 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.overrides !== undefined) {
            let data6 = data.overrides;
            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                for (const key2 in data6) {
                    const _errs15 = errors;
                    if (typeof key2 === "string") {
                        if (!pattern1.test(key2)) {
                            const err12 = { instancePath: instancePath + "/overrides", schemaPath: "#/definitions/ruleId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", schema: "^[a-z0-9]+(-[a-z0-9]+)*$", parentSchema: schema15, data: key2, propertyName: key2 };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err13 = { instancePath: instancePath + "/overrides", schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.type, parentSchema: schema15, data: key2, propertyName: key2 };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                    var valid6 = _errs15 === errors;
                    if (!valid6) {
                        const err14 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema11.properties.overrides.propertyNames, parentSchema: schema11.properties.overrides, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                }
                for (const key3 in data6) {
                    if (!(func3.call(schema11.properties.overrides.properties, key3))) {
                        let data7 = data6[key3];
                        if (!((((data7 === "error") || (data7 === "warning")) || (data7 === "notice")) || (data7 === "off"))) {
                            const err15 = { instancePath: instancePath + "/overrides/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data7 };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                    }
                }
                if (data6["cc-can-edit-roles-or-grants"] !== undefined) {
                    let data8 = data6["cc-can-edit-roles-or-grants"];
                    if (!((((data8 === "error") || (data8 === "warning")) || (data8 === "notice")) || (data8 === "off"))) {
                        const err16 = { instancePath: instancePath + "/overrides/cc-can-edit-roles-or-grants", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data8 };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
                            vErrors.push(err16);
                        }
                        errors++;
                    }
                }
                if (data6["cc-can-manage-oauth-clients"] !== undefined) {
                    let data9 = data6["cc-can-manage-oauth-clients"];
                    if (!((((data9 === "error") || (data9 === "warning")) || (data9 === "notice")) || (data9 === "off"))) {
                        const err17 = { instancePath: instancePath + "/overrides/cc-can-manage-oauth-clients", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err17];
                        }
                        else {
                            vErrors.push(err17);
                        }
                        errors++;
                    }
                }
                if (data6["cc-can-manage-sso"] !== undefined) {
                    let data10 = data6["cc-can-manage-sso"];
                    if (!((((data10 === "error") || (data10 === "warning")) || (data10 === "notice")) || (data10 === "off"))) {
                        const err18 = { instancePath: instancePath + "/overrides/cc-can-manage-sso", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                }
                if (data6["cc-can-take-over-accounts"] !== undefined) {
                    let data11 = data6["cc-can-take-over-accounts"];
                    if (!((((data11 === "error") || (data11 === "warning")) || (data11 === "notice")) || (data11 === "off"))) {
                        const err19 = { instancePath: instancePath + "/overrides/cc-can-take-over-accounts", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                }
                if (data6["cc-can-manage-integrations"] !== undefined) {
                    let data12 = data6["cc-can-manage-integrations"];
                    if (!((((data12 === "error") || (data12 === "warning")) || (data12 === "notice")) || (data12 === "off"))) {
                        const err20 = { instancePath: instancePath + "/overrides/cc-can-manage-integrations", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data12 };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                }
                if (data6["cc-wildcard-permissions"] !== undefined) {
                    let data13 = data6["cc-wildcard-permissions"];
                    if (!((((data13 === "error") || (data13 === "warning")) || (data13 === "notice")) || (data13 === "off"))) {
                        const err21 = { instancePath: instancePath + "/overrides/cc-wildcard-permissions", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                }
                if (data6["cc-all-divisions"] !== undefined) {
                    let data14 = data6["cc-all-divisions"];
                    if (!((((data14 === "error") || (data14 === "warning")) || (data14 === "notice")) || (data14 === "off"))) {
                        const err22 = { instancePath: instancePath + "/overrides/cc-all-divisions", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data14 };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                }
                if (data6["user-apps-admin-scopes"] !== undefined) {
                    let data15 = data6["user-apps-admin-scopes"];
                    if (!((((data15 === "error") || (data15 === "warning")) || (data15 === "notice")) || (data15 === "off"))) {
                        const err23 = { instancePath: instancePath + "/overrides/user-apps-admin-scopes", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data15 };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                }
                if (data6["cc-recording-access"] !== undefined) {
                    let data16 = data6["cc-recording-access"];
                    if (!((((data16 === "error") || (data16 === "warning")) || (data16 === "notice")) || (data16 === "off"))) {
                        const err24 = { instancePath: instancePath + "/overrides/cc-recording-access", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data16 };
                        if (vErrors === null) {
                            vErrors = [err24];
                        }
                        else {
                            vErrors.push(err24);
                        }
                        errors++;
                    }
                }
                if (data6["cc-conversation-content"] !== undefined) {
                    let data17 = data6["cc-conversation-content"];
                    if (!((((data17 === "error") || (data17 === "warning")) || (data17 === "notice")) || (data17 === "off"))) {
                        const err25 = { instancePath: instancePath + "/overrides/cc-conversation-content", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data17 };
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                }
                if (data6["cc-bulk-analytics"] !== undefined) {
                    let data18 = data6["cc-bulk-analytics"];
                    if (!((((data18 === "error") || (data18 === "warning")) || (data18 === "notice")) || (data18 === "off"))) {
                        const err26 = { instancePath: instancePath + "/overrides/cc-bulk-analytics", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data18 };
                        if (vErrors === null) {
                            vErrors = [err26];
                        }
                        else {
                            vErrors.push(err26);
                        }
                        errors++;
                    }
                }
                if (data6["cc-customer-personal-data"] !== undefined) {
                    let data19 = data6["cc-customer-personal-data"];
                    if (!((((data19 === "error") || (data19 === "warning")) || (data19 === "notice")) || (data19 === "off"))) {
                        const err27 = { instancePath: instancePath + "/overrides/cc-customer-personal-data", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data19 };
                        if (vErrors === null) {
                            vErrors = [err27];
                        }
                        else {
                            vErrors.push(err27);
                        }
                        errors++;
                    }
                }
                if (data6["user-apps-broad-data-scopes"] !== undefined) {
                    let data20 = data6["user-apps-broad-data-scopes"];
                    if (!((((data20 === "error") || (data20 === "warning")) || (data20 === "notice")) || (data20 === "off"))) {
                        const err28 = { instancePath: instancePath + "/overrides/user-apps-broad-data-scopes", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data20 };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                }
                if (data6["no-implicit-grant"] !== undefined) {
                    let data21 = data6["no-implicit-grant"];
                    if (!((((data21 === "error") || (data21 === "warning")) || (data21 === "notice")) || (data21 === "off"))) {
                        const err29 = { instancePath: instancePath + "/overrides/no-implicit-grant", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data21 };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                }
                if (data6["no-password-grant"] !== undefined) {
                    let data22 = data6["no-password-grant"];
                    if (!((((data22 === "error") || (data22 === "warning")) || (data22 === "notice")) || (data22 === "off"))) {
                        const err30 = { instancePath: instancePath + "/overrides/no-password-grant", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data22 };
                        if (vErrors === null) {
                            vErrors = [err30];
                        }
                        else {
                            vErrors.push(err30);
                        }
                        errors++;
                    }
                }
                if (data6["known-grant-type"] !== undefined) {
                    let data23 = data6["known-grant-type"];
                    if (!((((data23 === "error") || (data23 === "warning")) || (data23 === "notice")) || (data23 === "off"))) {
                        const err31 = { instancePath: instancePath + "/overrides/known-grant-type", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data23 };
                        if (vErrors === null) {
                            vErrors = [err31];
                        }
                        else {
                            vErrors.push(err31);
                        }
                        errors++;
                    }
                }
                if (data6["token-lifetime-24h"] !== undefined) {
                    let data24 = data6["token-lifetime-24h"];
                    if (!((((data24 === "error") || (data24 === "warning")) || (data24 === "notice")) || (data24 === "off"))) {
                        const err32 = { instancePath: instancePath + "/overrides/token-lifetime-24h", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data24 };
                        if (vErrors === null) {
                            vErrors = [err32];
                        }
                        else {
                            vErrors.push(err32);
                        }
                        errors++;
                    }
                }
                if (data6["redirect-uri-https"] !== undefined) {
                    let data25 = data6["redirect-uri-https"];
                    if (!((((data25 === "error") || (data25 === "warning")) || (data25 === "notice")) || (data25 === "off"))) {
                        const err33 = { instancePath: instancePath + "/overrides/redirect-uri-https", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data25 };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                }
                if (data6["redirect-uri-no-wildcard"] !== undefined) {
                    let data26 = data6["redirect-uri-no-wildcard"];
                    if (!((((data26 === "error") || (data26 === "warning")) || (data26 === "notice")) || (data26 === "off"))) {
                        const err34 = { instancePath: instancePath + "/overrides/redirect-uri-no-wildcard", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data26 };
                        if (vErrors === null) {
                            vErrors = [err34];
                        }
                        else {
                            vErrors.push(err34);
                        }
                        errors++;
                    }
                }
                if (data6["redirect-uri-no-ip-literal"] !== undefined) {
                    let data27 = data6["redirect-uri-no-ip-literal"];
                    if (!((((data27 === "error") || (data27 === "warning")) || (data27 === "notice")) || (data27 === "off"))) {
                        const err35 = { instancePath: instancePath + "/overrides/redirect-uri-no-ip-literal", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data27 };
                        if (vErrors === null) {
                            vErrors = [err35];
                        }
                        else {
                            vErrors.push(err35);
                        }
                        errors++;
                    }
                }
                if (data6["unused-client"] !== undefined) {
                    let data28 = data6["unused-client"];
                    if (!((((data28 === "error") || (data28 === "warning")) || (data28 === "notice")) || (data28 === "off"))) {
                        const err36 = { instancePath: instancePath + "/overrides/unused-client", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data28 };
                        if (vErrors === null) {
                            vErrors = [err36];
                        }
                        else {
                            vErrors.push(err36);
                        }
                        errors++;
                    }
                }
                if (data6["disabled-clients-left-behind"] !== undefined) {
                    let data29 = data6["disabled-clients-left-behind"];
                    if (!((((data29 === "error") || (data29 === "warning")) || (data29 === "notice")) || (data29 === "off"))) {
                        const err37 = { instancePath: instancePath + "/overrides/disabled-clients-left-behind", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data29 };
                        if (vErrors === null) {
                            vErrors = [err37];
                        }
                        else {
                            vErrors.push(err37);
                        }
                        errors++;
                    }
                }
                if (data6["client-description"] !== undefined) {
                    let data30 = data6["client-description"];
                    if (!((((data30 === "error") || (data30 === "warning")) || (data30 === "notice")) || (data30 === "off"))) {
                        const err38 = { instancePath: instancePath + "/overrides/client-description", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data30 };
                        if (vErrors === null) {
                            vErrors = [err38];
                        }
                        else {
                            vErrors.push(err38);
                        }
                        errors++;
                    }
                }
                if (data6["duplicate-client-names"] !== undefined) {
                    let data31 = data6["duplicate-client-names"];
                    if (!((((data31 === "error") || (data31 === "warning")) || (data31 === "notice")) || (data31 === "off"))) {
                        const err39 = { instancePath: instancePath + "/overrides/duplicate-client-names", schemaPath: "#/definitions/severityOrOff/enum", keyword: "enum", params: { allowedValues: schema16.enum }, message: "must be equal to one of the allowed values", schema: schema16.enum, parentSchema: schema16, data: data31 };
                        if (vErrors === null) {
                            vErrors = [err39];
                        }
                        else {
                            vErrors.push(err39);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err40 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.overrides.type, parentSchema: schema11.properties.overrides, data: data6 };
                if (vErrors === null) {
                    vErrors = [err40];
                }
                else {
                    vErrors.push(err40);
                }
                errors++;
            }
        }
        if (data.rules !== undefined) {
            let data32 = data.rules;
            if (Array.isArray(data32)) {
                const len1 = data32.length;
                for (let i2 = 0; i2 < len1; i2++) {
                    if (!(validate13(data32[i2], { instancePath: instancePath + "/rules/" + i2, parentData: data32, parentDataProperty: i2, rootData }))) {
                        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err41 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.rules.type, parentSchema: schema11.properties.rules, data: data32 };
                if (vErrors === null) {
                    vErrors = [err41];
                }
                else {
                    vErrors.push(err41);
                }
                errors++;
            }
        }
        if (data.clients !== undefined) {
            if (!(validate26(data.clients, { instancePath: instancePath + "/clients", parentData: data, parentDataProperty: "clients", rootData }))) {
                vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                errors = vErrors.length;
            }
        }
        if (data.exceptions !== undefined) {
            let data35 = data.exceptions;
            if (Array.isArray(data35)) {
                const len2 = data35.length;
                for (let i3 = 0; i3 < len2; i3++) {
                    if (!(validate30(data35[i3], { instancePath: instancePath + "/exceptions/" + i3, parentData: data35, parentDataProperty: i3, rootData }))) {
                        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err42 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.exceptions.type, parentSchema: schema11.properties.exceptions, data: data35 };
                if (vErrors === null) {
                    vErrors = [err42];
                }
                else {
                    vErrors.push(err42);
                }
                errors++;
            }
        }
    }
    else {
        const err43 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err43];
        }
        else {
            vErrors.push(err43);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ./src/policy/validate.ts





// Precompiled from the schema at build time (scripts/gen-policy-validator.ts): compiling
// it at every start cost the action about 50 ms before its first request.
const validateFile = validate;
/** What a value of an `anyOf` in the schema must be, by the title of the schema holding it. */
const ANY_OF_MESSAGES = {
    DivisionScope: 'must be `any`, `all` or a list of division name globs',
    DesiredRoleEntry: 'must be a role name or a mapping `{ role: <name>, division: <name or *> }`',
    ClientRefSpec: 'must be a client name, or a mapping `{ id: <client id>, name: <its name> }` (id required)',
    PackRef: 'must be a built-in pack (`recommended`) or the path of a pack file in the repository, relative to this file, starting with `./` and ending in `.yml` or `.yaml`',
    ClientSelector: 'must be a name or id glob, or a mapping `{ id: <client id>, name: <its name> }` (id required)',
};
function validatePolicy(source, data) {
    if (validateFile(data))
        return [];
    const errors = collapseAnyOf(validateFile.errors ?? []);
    return dedupe(errors.map((e) => toProblem(source, e)));
}
/** An `anyOf` failure is one message at its path, not one per branch. */
function collapseAnyOf(errors) {
    const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
    return errors.filter((e) => {
        if (e.keyword === 'anyOf')
            return true;
        return ![...anyOfPaths].some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`)) && e.keyword !== 'if';
    });
}
function toProblem(source, e) {
    const path = pointerToPath(e.instancePath);
    const where = path.length ? `\`${path.join('.')}\`` : 'The policy';
    const at = (message, key = false, extra = []) => ({
        location: locate(source, [...path, ...extra], key),
        message,
    });
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(e.params.additionalProperty);
            return at(`Unknown key \`${key}\` in ${path.length ? where : 'the policy'}${suggestKey(key, Object.keys(propertiesAt(path)))}.`, true, [key]);
        }
        case 'required':
            return at(`${where} is missing the required key \`${String(e.params.missingProperty)}\`.`);
        case 'enum':
            return at(`${where} must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}${didYouMean(typeof e.data === 'string' ? e.data : '', e.params.allowedValues.map(String))}.`);
        case 'const':
            return at(`${where} must be ${JSON.stringify(e.params.allowedValue)}.`);
        case 'type':
            return at(`${where} must be ${article(String(e.params.type))}.`);
        case 'pattern':
            return at(`${where} must be lower-case words joined by hyphens (e.g. \`no-admin-scopes\`).`);
        case 'propertyNames':
            return at(`${where} has a key \`${String(e.params.propertyName)}\` that is not a rule id.`, true, [String(e.params.propertyName)]);
        case 'minItems':
            return at(`${where} must list at least ${String(e.params.limit)} item.`);
        case 'uniqueItems':
            return at(`${where} lists the same value twice (items ${Number(e.params.j) + 1} and ${Number(e.params.i) + 1}).`, false, [Number(e.params.i)]);
        case 'minLength':
            return at(Number(e.params.limit) > 1 ? `${where} must be at least ${String(e.params.limit)} characters long.` : `${where} must not be empty.`);
        case 'minProperties':
            return at(`${where} must set at least ${Number(e.params.limit) > 1 ? `${String(e.params.limit)} keys` : 'one of its keys'}.`);
        case 'minimum':
        case 'maximum':
            return at(`${where} must be ${e.keyword === 'minimum' ? 'at least' : 'at most'} ${String(e.params.limit)}.`);
        case 'format':
            return at(DATE_MESSAGE(where));
        case 'anyOf': {
            const title = e.parentSchema?.title ?? '';
            if (title === 'PackRef' && typeof e.data === 'string' && !e.data.startsWith('./')) {
                const names = Object.keys(packs/* PACKS */.p);
                return at(`${where} must be one of ${names.map((n) => JSON.stringify(n)).join(', ')}${didYouMean(e.data, names)}, or the path of a pack file of the repository starting with \`./\`.`);
            }
            const message = ANY_OF_MESSAGES[title] ?? 'is not valid here';
            return at(`${where} ${message}.`);
        }
        default:
            return at(`${where} ${e.message ?? 'is invalid'}.`);
    }
}
/** The one format the schema uses is `date`; compile-exceptions checks that it is a real day. */
const DATE_MESSAGE = (where) => `${where} must be a date written YYYY-MM-DD.`;
/** One problem per line, column and message (ajv reports some twice, by different paths). */
function dedupe(problems) {
    const seen = new Set();
    return problems.filter((p) => {
        const key = `${p.location.line}:${p.location.column}:${p.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** A JSON pointer (`/rules/0/id`) as a YAML path (`['rules', 0, 'id']`). */
function pointerToPath(pointer) {
    if (!pointer)
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
/** The schema's `properties` at an instance path, for "did you mean" suggestions. */
function propertiesAt(path) {
    const defs = oauth_policy_schema_namespaceObject.definitions;
    const deref = (n) => (n?.$ref ? deref(defs[n.$ref.replace('#/definitions/', '')]) : n);
    let node = oauth_policy_schema_namespaceObject;
    for (const part of path) {
        node = deref(node);
        node = typeof part === 'number' ? node?.items : node?.properties?.[part];
    }
    return deref(node)?.properties ?? {};
}
function suggestKey(key, candidates) {
    const hint = didYouMean(key, candidates);
    if (hint)
        return hint;
    return candidates.length ? `; allowed keys: ${candidates.map((c) => `\`${c}\``).join(', ')}` : '';
}
function article(type) {
    return type === 'object' ? 'a mapping' : type === 'array' ? 'a list' : /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

;// CONCATENATED MODULE: ./src/policy/compile-exceptions.ts
// The `exceptions:` section → accepted findings. Each names a rule that exists (or a
// desired-state finding), one client (exactly: no wildcards), a reason, an owner and an
// expiry; whether it has expired, or which client it means, is decided at evaluation,
// which knows the date and the org.






/** YYYY-MM-DD naming a day that exists (the schema checks only the shape). */
function isRealDay(value) {
    const t = Date.parse(`${value}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value;
}
function compileExceptions(source, specs, ctx, problems) {
    const desiredIds = Object.values(reserved_ids/* DESIRED_STATE_IDS */.ap);
    const ruleIds = new Set([...ctx.rules.map((r) => r.id), ...(ctx.hasDesiredState ? desiredIds : [])]);
    const seen = new Map();
    return specs.map((spec, i) => {
        const path = ['exceptions', i];
        const at = (key) => locate(source, [...path, key]);
        if (ctx.disabled.includes(spec.rule)) {
            problems.warning(at('rule'), `Rule \`${spec.rule}\` is turned off in \`overrides\`, so this exception never applies.`);
        }
        else if (Object.values(reserved_ids/* CLIENT_REF_IDS */.PD).includes(spec.rule)) {
            problems.error(at('rule'), `\`${spec.rule}\` findings say that a policy entry does not name one client; fix the entry (pin the client's id and name) instead of accepting them.`);
        }
        else if (desiredIds.includes(spec.rule) && !ctx.hasDesiredState) {
            problems.error(at('rule'), `\`${spec.rule}\` findings come from the \`clients\` list, which this policy does not have.`);
        }
        else if (!ruleIds.has(spec.rule)) {
            problems.error(at('rule'), `Exception names rule \`${spec.rule}\`, which this policy does not have${didYouMean(spec.rule, ruleIds)}.`);
        }
        const clientRef = (0,client_ref/* compileClientRef */.q9)(spec.client);
        const refProblem = (0,client_ref/* exactRefProblem */.sz)(clientRef);
        if (refProblem)
            problems.error(at('client'), refProblem);
        const key = `${spec.rule}\u0000${(0,client_ref/* clientRefKey */.cy)(clientRef)}\u0000${spec.subject ?? ''}`;
        const first = seen.get(key);
        if (first !== undefined) {
            problems.error(locate(source, path), `The same exception is already at line ${locate(source, ['exceptions', first]).line}; keep one.`);
        }
        else
            seen.set(key, i);
        if (!isRealDay(spec.expires))
            problems.error(at('expires'), DATE_MESSAGE(`\`exceptions.${i}.expires\``));
        const subjectProblem = spec.subject === undefined ? undefined : (0,policy_glob/* globProblem */.AI)(spec.subject);
        if (subjectProblem)
            problems.error(at('subject'), `Pattern ${subjectProblem}.`);
        return {
            ruleId: spec.rule,
            client: (0,client_ref/* clientRefLabel */.jk)(clientRef),
            clientRef,
            subject: spec.subject === undefined ? undefined : (0,policy_glob/* compileGlob */.SO)(spec.subject),
            reason: spec.reason,
            owner: spec.owner,
            expires: spec.expires,
            location: locate(source, path),
        };
    });
}

;// CONCATENATED MODULE: ./src/policy/lint-scopes.ts



function lintScopes(source, file, catalog, problems) {
    if (catalog.size === 0)
        return;
    const check = (scope, path) => {
        const message = scopeProblem(scope, catalog);
        if (message)
            problems.warning(locate(source, path), message);
    };
    (file.rules ?? []).forEach((rule, i) => {
        for (const key of ['allow', 'deny'])
            rule.scopes?.[key]?.forEach((s, j) => check(s, ['rules', i, 'scopes', key, j]));
    });
    (file.clients?.list ?? []).forEach((entry, i) => entry.scopes?.forEach((s, j) => check(s, ['clients', 'list', i, 'scopes', j])));
}
function scopeProblem(pattern, catalog) {
    const glob = (0,policy_glob/* compileGlob */.SO)(pattern);
    if (glob.literal) {
        if (catalog.has(pattern))
            return undefined;
        const hint = closest(pattern, catalog);
        return `Scope \`${pattern}\` is not in the Genesys Cloud scope catalog${hint ? ` (did you mean \`${hint}\`?)` : ''}.`;
    }
    for (const scope of catalog)
        if (glob.regex.test(scope))
            return undefined;
    return `Scope pattern \`${pattern}\` matches no scope in the Genesys Cloud scope catalog.`;
}

// EXTERNAL MODULE: ./src/policy/errors.ts
var policy_errors = __webpack_require__(4795);
;// CONCATENATED MODULE: ./src/policy/local-packs.ts
// The packs a policy (or a pack) `extends`, resolved to their rules: built-in packs by name,
// pack files of the repository by a path relative to the file naming them
// (`./packs/acme.yml`). Pack files are read through a reader the caller supplies (the disk
// beside the policy for the CLI and the action), parsed and schema-checked like a policy,
// and their rules keep their own lines. Offline and bounded: at most MAX_PACK_FILES files of
// at most MAX_PACK_CHARS characters each, never outside the repository, never in a cycle.






const MAX_PACK_FILES = 10;
const MAX_PACK_CHARS = 1_000_000;
/** The keys a pack file may hold (policies/pack.schema.json lists the same; a test compares them). */
const PACK_KEYS = ['version', 'extends', 'rules'];
function isLocalPack(entry) {
    return typeof entry === 'string' && entry.startsWith('./');
}
/** For each entry of the policy's `extends`, the rules it brings (none for an entry already included). */
function resolveExtends(source, entries, readPack, problems) {
    const walk = { readPack, problems, included: new Set(), files: 0 };
    return entries.map((entry, i) => {
        const before = problems.errors.length;
        // The policy heads the chain: a pack that extends the policy file is a cycle too.
        const rules = resolveEntry(walk, source, ['extends', i], entry, [external_node_path_.posix.normalize(source.file)]);
        const inside = problems.errors.slice(before);
        // Problems inside a pack file are at their lines there; the entry that brought them says so too.
        if (inside.length && inside.every((p) => p.location.file !== source.file)) {
            const files = [...new Set(inside.map((p) => p.location.file))].join(', ');
            problems.error(locate(source, ['extends', i]), `Pack \`${String(entry)}\` cannot be used: ${inside.length} problem${inside.length > 1 ? 's' : ''} in ${files}, listed at ${inside.length > 1 ? 'their lines' : 'its line'}.`);
        }
        return rules;
    });
}
function resolveEntry(walk, from, entryPath, entry, stack) {
    const at = locate(from, entryPath);
    if (typeof entry === 'string' && (0,packs/* isBuiltInPack */.R)(entry)) {
        if (walk.included.has(entry))
            return [];
        walk.included.add(entry);
        return packs/* PACKS */.p[entry].map(({ spec, ...meta }) => ({ spec, extras: meta, site: { origin: entry, location: at, at: () => at } }));
    }
    if (!isLocalPack(entry))
        return []; // the schema reports it
    const target = packPath(from.file, entry);
    if ('problem' in target) {
        walk.problems.error(at, target.problem);
        return [];
    }
    const path = target.path;
    if (stack.includes(path)) {
        walk.problems.error(at, `\`${entry}\` makes a cycle of packs: ${[...stack, path].join(' → ')}; a pack cannot extend itself, directly or through another.`);
        return [];
    }
    if (walk.included.has(path))
        return [];
    const text = readPackText(walk, at, entry, path);
    if (text === undefined)
        return [];
    const pack = parsePack(walk, path, text);
    if (!pack)
        return [];
    walk.included.add(path);
    const inherited = (pack.data.extends ?? []).flatMap((e, i) => resolveEntry(walk, pack.source, ['extends', i], e, [...stack, path]));
    const own = (pack.data.rules ?? []).map((spec, j) => {
        if (reserved_ids/* RESERVED_IDS */.O4.has(spec.id))
            walk.problems.error(locate(pack.source, ['rules', j, 'id']), `Rule id \`${spec.id}\` is reserved for findings of the policy itself; pick another id.`);
        return { spec, extras: {}, site: { origin: path, location: locate(pack.source, ['rules', j]), at: (p) => locate(pack.source, ['rules', j, ...p]) } };
    });
    return [...inherited, ...own];
}
const SAFE_PATH = /^[A-Za-z0-9._/ -]+$/;
/** The repository path an entry names, relative to the file naming it; never outside the repository. */
function packPath(fromFile, entry) {
    // Plain file names only: the path travels to git and to the GitHub API, where `?`, `#`, `:`
    // or a control character would mean something else.
    if (!SAFE_PATH.test(entry))
        return { problem: `\`${entry}\` may hold only letters, digits, \`.\`, \`_\`, \`-\`, spaces and \`/\` (forward slashes).` };
    const from = external_node_path_.posix.normalize(fromFile);
    if (external_node_path_.posix.isAbsolute(from) || from === '..' || from.startsWith('../')) {
        return {
            problem: `\`${entry}\` cannot be resolved: ${fromFile} is outside the working directory, so a pack path could not be kept inside the repository; run from the repository's root.`,
        };
    }
    const path = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(from), entry));
    if (path === '..' || path.startsWith('../') || external_node_path_.posix.isAbsolute(path)) {
        return { problem: `\`${entry}\` leads outside the repository (${path}); a pack file must be inside it.` };
    }
    return { path };
}
function readPackText(walk, at, entry, path) {
    if (!walk.readPack) {
        walk.problems.error(at, `\`${entry}\` is a pack file, and pack files cannot be read where this policy comes from; use built-in packs or copy the rules into the policy.`);
        return undefined;
    }
    if (walk.files >= MAX_PACK_FILES) {
        walk.problems.error(at, `\`${entry}\` is pack file number ${walk.files + 1}; a policy may use at most ${MAX_PACK_FILES} pack files.`);
        return undefined;
    }
    walk.files++;
    let text;
    try {
        text = walk.readPack(path);
    }
    catch (err) {
        if (err instanceof policy_errors/* PolicyError */.p)
            walk.problems.errors.push(...err.problems);
        else
            walk.problems.error(at, `Pack file ${path} (\`${entry}\`) cannot be read: ${err.message.replace(/\.$/, '')}.`);
        return undefined;
    }
    if (text === undefined)
        walk.problems.error(at, `\`${entry}\` names ${path}, which does not exist in the repository.`);
    else if (text.length > MAX_PACK_CHARS)
        walk.problems.error(at, `Pack file ${path} (\`${entry}\`) is longer than ${MAX_PACK_CHARS} characters; a pack that large is not a pack.`);
    else
        return text;
    return undefined;
}
/** A pack file, checked: YAML, a mapping of PACK_KEYS, the policy schema for those. */
function parsePack(walk, path, text) {
    const { source, problems } = parseYaml(path, text);
    if (problems.length)
        return void walk.problems.errors.push(...problems);
    const read = toData(source);
    if ('problem' in read)
        return void walk.problems.errors.push(read.problem);
    const data = read.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        walk.problems.error(locate(source, []), 'A pack file must be a mapping with `version: 1` and its `rules`.');
        return undefined;
    }
    const before = walk.problems.errors.length;
    for (const key of Object.keys(data)) {
        if (!PACK_KEYS.includes(key)) {
            walk.problems.error(locate(source, [key], true), `Unknown key \`${key}\` in a pack file; a pack holds only ${PACK_KEYS.map((k) => `\`${k}\``).join(', ')} (overrides, settings, approved clients and exceptions belong to the policy).`);
        }
    }
    const shape = Object.fromEntries(Object.entries(data).filter(([k]) => PACK_KEYS.includes(k)));
    walk.problems.errors.push(...validatePolicy(source, shape));
    return walk.problems.errors.length > before ? undefined : { source, data: shape };
}

;// CONCATENATED MODULE: ./src/policy/problems.ts
class Problems {
    errors = [];
    warnings = [];
    error(location, message) {
        this.errors.push({ location, message });
    }
    warning(location, message) {
        this.warnings.push({ location, message });
    }
}

;// CONCATENATED MODULE: ./src/policy/compile.ts










const DEFAULT_MAX_EXCEPTION_DAYS = 365;
function compilePolicy(source, file, catalog, readPack) {
    const problems = new Problems();
    const { rules: packRules, disabled } = compilePacks(source, file, readPack, problems);
    const fileRules = compileFileRules(source, file.rules ?? [], new Set(packRules.map((r) => r.id).concat(disabled)), problems);
    const rules = [...packRules, ...fileRules];
    const desired = file.clients && compileDesiredState(source, file.clients, problems);
    const exceptions = compileExceptions(source, file.exceptions ?? [], { rules, disabled, hasDesiredState: Boolean(desired) }, problems);
    lintScopes(source, file, catalog, problems);
    if (problems.errors.length)
        throw new policy_errors/* PolicyError */.p(sortByLine(problems.errors, source.file));
    return {
        file: source.file,
        failOn: file.settings?.['fail-on'],
        rules,
        disabledRules: disabled,
        desired,
        exceptions,
        maxExceptionDays: file.settings?.['max-exception-days'] ?? DEFAULT_MAX_EXCEPTION_DAYS,
        warnings: sortByLine(problems.warnings, source.file),
    };
}
/**
 * Rules of the extended packs (built-in or files of the repository), with severities
 * overridden or turned off by id. A rule id may come from one pack only.
 */
function compilePacks(source, file, readPack, problems) {
    const rules = [];
    const disabled = [];
    const overrides = file.overrides ?? {};
    const origins = new Map();
    resolveExtends(source, file.extends ?? [], readPack, problems).forEach((packRules, i) => {
        for (const { spec, extras, site } of packRules) {
            const first = origins.get(spec.id);
            if (first !== undefined) {
                const where = `${site.location.file}:${site.location.line}`;
                problems.error(locate(source, ['extends', i]), `Pack \`${site.origin}\` defines rule \`${spec.id}\` (${where}), which pack \`${first}\` already defines; rule ids must be unique across packs.`);
                continue;
            }
            origins.set(spec.id, site.origin);
            const override = overrides[spec.id];
            if (override === 'off') {
                disabled.push(spec.id);
                continue;
            }
            const location = override ? locate(source, ['overrides', spec.id], true) : site.location;
            rules.push(compileRule(spec, { ...site, location }, problems, { ...extras, severity: override ?? spec.severity }));
        }
    });
    for (const id of Object.keys(overrides)) {
        if (origins.has(id))
            continue;
        const hint = file.extends ? didYouMean(id, origins.keys()) : '; `overrides` change built-in rules: add `extends: [recommended]`';
        problems.error(locate(source, ['overrides', id], true), `\`overrides\` names \`${id}\`, which is not a rule of the packs in \`extends\`${hint}.`);
    }
    return { rules, disabled };
}
function compileFileRules(source, specs, packIds, problems) {
    const seen = new Map();
    return specs.map((spec, i) => {
        const path = ['rules', i];
        const idAt = locate(source, [...path, 'id']);
        const first = seen.get(spec.id);
        if (first !== undefined) {
            problems.error(idAt, `Rule id \`${spec.id}\` is already used by the rule at line ${locate(source, ['rules', first]).line}; ids must be unique.`);
        }
        else
            seen.set(spec.id, i);
        if (packIds.has(spec.id)) {
            problems.error(idAt, `Rule id \`${spec.id}\` is a built-in rule; change its severity with \`overrides: { ${spec.id}: warning }\` or pick another id.`);
        }
        if (reserved_ids/* RESERVED_IDS */.O4.has(spec.id))
            problems.error(idAt, `Rule id \`${spec.id}\` is reserved for findings of the policy itself; pick another id.`);
        return compileRule(spec, { origin: 'policy', location: locate(source, path), at: (p) => locate(source, [...path, ...p]) }, problems);
    });
}
/** The policy's own problems first, then those inside pack files; each by line. */
function sortByLine(items, file) {
    const rank = (t) => (t.location.file === file ? 0 : 1);
    return [...items].sort((a, b) => rank(a) - rank(b) || a.location.line - b.location.line || a.location.column - b.location.column);
}

;// CONCATENATED MODULE: ./src/policy/load.ts
// Policy file → checked, compiled policy: YAML with positions, then the JSON Schema, then
// the checks the schema cannot express. Every problem found is reported at once, each at
// its line; nothing half-valid is ever returned.











/** Reads and loads a policy file; `displayPath` is how findings and errors name it. */
async function loadPolicyFile(path, displayPath = path, options = {}) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(path);
    }
    catch (err) {
        const code = err.code;
        throw new errors/* ConfigError */.xL(code === 'ENOENT'
            ? `Policy file ${displayPath} does not exist; set \`policy\` to the path of your policy file.`
            : code === 'EISDIR'
                ? `Policy file ${displayPath} is a directory; set \`policy\` to the path of your policy file.`
                : `Policy file ${displayPath} cannot be read (${code ?? 'error'}).`);
    }
    return parsePolicy(displayPath, decodeUtf8(displayPath, bytes), { readPack: diskPackReader(path, displayPath), ...options });
}
/**
 * Reads pack files from the disk: a repository path is taken relative to the policy's
 * display path (the repository's view of it), and the file it resolves to, symbolic links
 * followed, must stay inside the repository's directory.
 */
function diskPackReader(policyPath, displayPath) {
    const abs = external_node_path_default().resolve(policyPath);
    const display = external_node_path_default().posix.normalize(displayPath);
    const suffix = (external_node_path_default()).sep + display.split('/').join((external_node_path_default()).sep);
    const root = abs.endsWith(suffix) ? abs.slice(0, -suffix.length) || (external_node_path_default()).sep : external_node_path_default().dirname(abs);
    return (repoPath) => {
        const file = external_node_path_default().resolve(external_node_path_default().dirname(abs), external_node_path_default().posix.relative(external_node_path_default().posix.dirname(display), repoPath));
        let real;
        try {
            real = (0,external_node_fs_.realpathSync)(file);
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return undefined;
            throw new Error(String(err.code ?? 'error'), { cause: err });
        }
        const realRoot = (0,external_node_fs_.realpathSync)(root);
        if (!real.startsWith(realRoot.endsWith((external_node_path_default()).sep) ? realRoot : realRoot + (external_node_path_default()).sep))
            throw new Error('a symbolic link leads outside the repository');
        const stat = (0,external_node_fs_.statSync)(real);
        if (!stat.isFile())
            throw new Error('it is not a file');
        if (stat.size > MAX_PACK_CHARS * 4)
            throw new Error(`it is larger than ${MAX_PACK_CHARS} characters`);
        return decodeUtf8(repoPath, (0,external_node_fs_.readFileSync)(real));
    };
}
/**
 * parsePolicy for a policy whose pack files are read asynchronously (the gate reads them
 * at a commit, like the policy): each pass records the packs it could not find yet, which
 * are read and the policy parsed again. Bounded: every pass but the last reads at least one
 * new file, and a policy may use at most MAX_PACK_FILES.
 */
async function parsePolicyReadingPacks(file, text, readPack, options = {}) {
    const texts = new Map();
    for (let pass = 0;; pass++) {
        const wanted = [];
        const reader = (p) => {
            if (texts.has(p))
                return texts.get(p);
            wanted.push(p);
            return undefined;
        };
        try {
            return parsePolicy(file, text, { ...options, readPack: reader });
        }
        catch (err) {
            if (!wanted.length || pass > MAX_PACK_FILES)
                throw err;
        }
        for (const p of wanted)
            texts.set(p, await readPack(p));
    }
}
function parsePolicy(file, text, options = {}) {
    const { source, problems } = parseYaml(file, text);
    if (problems.length)
        throw new policy_errors/* PolicyError */.p(problems);
    const read = toData(source);
    if ('problem' in read)
        throw new policy_errors/* PolicyError */.p([read.problem]);
    const data = read.data;
    if (data === null || data === undefined) {
        throw new policy_errors/* PolicyError */.p([{ location: { file, line: 1, column: 1 }, message: 'The policy file is empty; it needs at least `version: 1`.' }]);
    }
    const catalog = options.scopeCatalog ?? OAUTH_SCOPE_NAMES;
    const schemaProblems = validatePolicy(source, data);
    if (!schemaProblems.length)
        return compilePolicy(source, data, catalog, options.readPack);
    // Also what the compiler finds where the schema had nothing to say (dates, duplicate ids,
    // unknown rule ids), so that one run lists every problem.
    throw new policy_errors/* PolicyError */.p(sortByPosition([...schemaProblems, ...compileProblems(source, data, catalog, schemaProblems, options.readPack)]));
}
/**
 * The compiler's problems on a file the schema rejected, except inside a rule, exception or
 * approved client the schema already flagged: there they are echoes of that problem (a
 * misspelt check key also makes the rule "check nothing").
 */
function compileProblems(source, data, catalog, schemaProblems, readPack) {
    const flagged = flaggedItems(source, schemaProblems);
    const echoes = (p) => flagged.some(([from, to]) => p.location.line >= from && p.location.line <= to);
    try {
        compilePolicy(source, data, catalog, readPack);
        return [];
    }
    catch (err) {
        // On data the schema rejected the compiler may also trip over a wrong type: that part is already reported.
        return err instanceof policy_errors/* PolicyError */.p ? err.problems.filter((p) => !echoes(p)) : [];
    }
}
/** Line ranges of the list items (rules, exceptions, approved clients) holding a schema problem, and the problem lines. */
function flaggedItems(source, problems) {
    const ranges = problems.map((p) => [p.location.line, p.location.line]);
    for (const list of [['rules'], ['exceptions'], ['clients', 'list']]) {
        const node = source.doc.getIn(list, true);
        if (!(0,dist/* isSeq */.oP)(node))
            continue;
        for (const item of node.items) {
            const range = item.range;
            if (!range)
                continue;
            const from = at(source, range[0]).line;
            const to = at(source, Math.max(range[0], range[1] - 1)).line;
            if (problems.some((p) => p.location.line >= from && p.location.line <= to))
                ranges.push([from, to]);
        }
    }
    return ranges;
}
function sortByPosition(problems) {
    const first = problems[0]?.location.file;
    const fileRank = (p) => (p.location.file === first ? 0 : 1);
    return problems.sort((a, b) => fileRank(a) - fileRank(b) || a.location.line - b.location.line || a.location.column - b.location.column);
}
/** UTF-8 text, or a policy error at the first byte that is not UTF-8. */
function decodeUtf8(file, bytes) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        const offset = firstInvalidUtf8(bytes);
        const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
        const lines = before.split('\n');
        const column = Array.from(lines[lines.length - 1] ?? '').length + 1;
        const byte = (bytes[offset] ?? 0).toString(16).padStart(2, '0');
        throw new policy_errors/* PolicyError */.p([
            {
                location: { file, line: lines.length, column },
                message: `The policy file is not UTF-8 text: byte 0x${byte} at offset ${offset} is not valid UTF-8; save the file as UTF-8.`,
            },
        ]);
    }
}
/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes) {
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (let i = 0; i < bytes.length;) {
        const lead = bytes[i] ?? 0;
        const size = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
        if (size === 0 || i + size > bytes.length)
            return i;
        if (size > 1) {
            try {
                strict.decode(bytes.subarray(i, i + size));
            }
            catch {
                return i;
            }
        }
        i += size;
    }
    return bytes.length;
}


/***/ }),

/***/ 691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ PACKS),
  R: () => (/* binding */ isBuiltInPack)
});

;// CONCATENATED MODULE: ./src/policy/packs/recommended.ts
const CC = { 'grant-type': ['client-credentials'] };
const USER_FACING = { 'grant-type': ['code', 'implicit', 'saml2-bearer', 'password'] };
const RECOMMENDED = [
    // Privilege escalation: a client that can change who may do what can give itself anything.
    {
        category: 'privilege-escalation',
        rationale: 'A client that can create or edit roles, or grant them, can give itself or anyone every permission in the org.',
        fix: 'Remove the authorization:role and authorization:grant permissions from the roles this client holds; role administration belongs to people, through the admin UI or reviewed infrastructure as code.',
        spec: {
            id: 'cc-can-edit-roles-or-grants',
            description: 'Client-credentials clients must not be able to create, edit or grant roles.',
            severity: 'error',
            where: CC,
            permissions: {
                deny: [
                    'authorization:role:add',
                    'authorization:role:edit',
                    'authorization:role:delete',
                    'authorization:grant:add',
                    'authorization:grant:edit',
                    'authorization:grant:delete',
                    'authorization:policy:add',
                    'authorization:policy:edit',
                    'authorization:policy:delete',
                    'authorization:division:add',
                    'authorization:division:edit',
                    'authorization:division:delete',
                    'authorization:settings:edit',
                ],
            },
        },
    },
    {
        category: 'privilege-escalation',
        rationale: 'A client that can create or edit OAuth clients can mint new credentials with any role, or take over another client by regenerating its secret.',
        fix: 'Remove oauth:client:add, oauth:client:edit and oauth:client:delete from the roles this client holds (auditing needs only oauth:client:view).',
        spec: {
            id: 'cc-can-manage-oauth-clients',
            description: 'Client-credentials clients must not be able to create, edit or delete OAuth clients.',
            severity: 'error',
            where: CC,
            permissions: { deny: ['oauth:client:add', 'oauth:client:edit', 'oauth:client:delete', 'oauth:client:authorize'] },
        },
    },
    {
        category: 'privilege-escalation',
        rationale: 'Whoever controls the identity provider configuration can sign in as any user, including administrators.',
        fix: 'Remove the sso:provider permissions from the roles this client holds.',
        spec: {
            id: 'cc-can-manage-sso',
            description: 'Client-credentials clients must not be able to add, edit or delete SSO identity providers.',
            severity: 'error',
            where: CC,
            permissions: { deny: ['sso:provider:add', 'sso:provider:edit', 'sso:provider:delete'] },
        },
    },
    {
        category: 'privilege-escalation',
        rationale: "Setting another user's password, changing a user's email or login identity (then resetting the password), creating accounts, or administering the org's authentication settings and trustees is account takeover.",
        fix: 'Remove directory:user:setPassword, directory:user:edit, directory:user:add, directory:organization:admin, admin and the org-trustee permissions from the roles this client holds; a SCIM or HR sync that needs user writes gets an exception.',
        spec: {
            id: 'cc-can-take-over-accounts',
            description: 'Client-credentials clients must not be able to set passwords, change or create users, administer the org or add trustees.',
            severity: 'error',
            where: CC,
            permissions: {
                deny: [
                    'directory:user:setPassword',
                    'directory:user:edit',
                    'directory:user:add',
                    'directory:organization:admin',
                    'admin',
                    'authorization:orgTrustee:add',
                    'authorization:orgTrusteeUser:add',
                    'authorization:orgTrusteeUser:edit',
                    'authorization:orgTrusteeGroup:add',
                    'authorization:orgTrusteeGroup:edit',
                ],
            },
        },
    },
    {
        category: 'privilege-escalation',
        rationale: 'Integrations and data actions run with stored credentials; a client that can install or edit them can act with those credentials.',
        fix: 'Remove the integrations add/edit permissions from the roles this client holds unless it is the integration-management tool.',
        spec: {
            id: 'cc-can-manage-integrations',
            description: 'Client-credentials clients should not be able to install integrations or edit data actions.',
            severity: 'warning',
            where: CC,
            permissions: { deny: ['integrations:integration:add', 'integrations:integration:edit', 'integrations:action:add', 'integrations:actionFunction:edit'] },
        },
    },
    {
        category: 'privilege-escalation',
        rationale: 'A wildcard grants every present and future permission of its domain or entity, including ones added after the role was reviewed.',
        fix: 'Replace the wildcard with the specific permissions the integration uses (the role editor lists them).',
        spec: {
            id: 'cc-wildcard-permissions',
            description: 'Client-credentials clients should not hold wildcard permissions.',
            severity: 'warning',
            where: CC,
            permissions: { wildcards: 'deny' },
        },
    },
    {
        category: 'privilege-escalation',
        rationale: 'A grant in all divisions reaches every current and future division, so division-based separation does not apply to this client.',
        fix: 'Grant the role only in the divisions the integration needs.',
        spec: {
            id: 'cc-all-divisions',
            description: 'Client-credentials clients should hold their roles in named divisions, not all divisions.',
            severity: 'warning',
            where: CC,
            roles: { deny: ['*'], divisions: 'all' },
        },
    },
    {
        category: 'privilege-escalation',
        rationale: 'A user-facing app holding an administrative scope can change security settings with the token of any administrator who signs in to it.',
        fix: 'Remove the administrative scopes from the client; use their :readonly form if the app only reads.',
        spec: {
            id: 'user-apps-admin-scopes',
            description: "User-facing clients must not request scopes that administer the org's security.",
            severity: 'error',
            where: USER_FACING,
            scopes: { deny: ['all', 'authorization', 'oauth', 'organization', 'organization-authorization', 'identity-providers', 'scim'] },
        },
    },
    // Data access: bulk reads of recordings, conversations and personal data.
    {
        category: 'data-access',
        rationale: "Recordings hold customers' voices, card numbers and health data; a client that can read them is a bulk-exfiltration path.",
        fix: 'Keep recording access to the one approved archiving integration and add an exception for it, or remove the recording permissions.',
        spec: {
            id: 'cc-recording-access',
            description: 'Client-credentials clients should not read recordings or their keys.',
            severity: 'warning',
            where: CC,
            permissions: {
                deny: [
                    'recording:recording:view',
                    'recording:recordingSegment:view',
                    'recording:snippetRecording:view',
                    'recording:screenRecording:view',
                    'recording:orphan:view',
                    'recording:encryptionKey:*',
                    'recording:job:add',
                ],
            },
        },
    },
    {
        category: 'data-access',
        rationale: 'Conversation content, transcripts and summaries carry customer personal data.',
        fix: 'Remove the conversation and transcript permissions unless the integration processes conversation content, and record why in an exception.',
        spec: {
            id: 'cc-conversation-content',
            description: 'Client-credentials clients should not read conversation content or transcripts.',
            severity: 'warning',
            where: CC,
            permissions: {
                deny: [
                    'conversation:communication:view',
                    'conversation:message:view',
                    'conversation:webmessaging:view',
                    'conversation:messageMedia:view',
                    'conversation:summary:view',
                    'speechAndTextAnalytics:data:view',
                    'speechAndTextAnalytics:sentimentData:view',
                    'speechAndTextAnalytics:aiSummary:view',
                    'speechAndTextAnalytics:translation:view',
                ],
            },
        },
    },
    {
        category: 'data-access',
        rationale: 'Detail queries and exports return every interaction and agent status of the org in bulk.',
        fix: 'Limit bulk analytics to the reporting integration that needs it, in the divisions it reports on.',
        spec: {
            id: 'cc-bulk-analytics',
            description: 'Client-credentials clients holding bulk analytics detail or export permissions are reported.',
            severity: 'notice',
            where: CC,
            permissions: {
                deny: ['analytics:conversationDetail:view', 'analytics:agentConversationDetail:view', 'analytics:userDetail:view', 'analytics:dataExport:*'],
            },
        },
    },
    {
        category: 'data-access',
        rationale: "External contacts and data-subject requests are customers' personal data under GDPR and similar laws.",
        fix: 'Remove the external contact and GDPR permissions unless the integration is the CRM or privacy tool.',
        spec: {
            id: 'cc-customer-personal-data',
            description: 'Client-credentials clients reading customer personal data are reported.',
            severity: 'notice',
            where: CC,
            permissions: { deny: ['externalContacts:contact:view', 'externalContacts:contact:viewAll', 'gdpr:request:view', 'gdpr:request:add'] },
        },
    },
    {
        category: 'data-access',
        rationale: 'A user-facing app with broad data scopes reads recordings, analytics or conversations with the token of every user who signs in.',
        fix: 'Request only the scopes the app uses, preferably :readonly.',
        spec: {
            id: 'user-apps-broad-data-scopes',
            description: 'User-facing clients requesting broad data scopes are reported.',
            severity: 'notice',
            where: USER_FACING,
            scopes: { deny: ['recordings', 'recordings:readonly', 'analytics', 'analytics:readonly', 'conversations', 'users'] },
        },
    },
    // Credential hygiene.
    {
        category: 'credential-hygiene',
        rationale: 'The implicit grant returns tokens in the browser URL, where history, logs and referrers leak them; the OAuth 2.0 Security Best Current Practice deprecates it.',
        fix: 'Move the app to the code grant with PKCE, then delete the implicit client.',
        spec: { id: 'no-implicit-grant', description: 'Clients must not use the implicit grant.', severity: 'error', 'grant-types': { deny: ['implicit'] } },
    },
    {
        category: 'credential-hygiene',
        rationale: 'The resource-owner password grant hands user passwords to the app and bypasses SSO and multi-factor authentication.',
        fix: 'Use the code grant for people and client credentials for machines, then delete the password client.',
        spec: { id: 'no-password-grant', description: 'Clients must not use the password grant.', severity: 'error', 'grant-types': { deny: ['password'] } },
    },
    {
        category: 'credential-hygiene',
        rationale: 'A grant type this tool does not know (a new platform option) cannot be judged by the other rules.',
        fix: 'Review the client by hand and tell us about the grant type so that the rules can cover it.',
        spec: {
            id: 'known-grant-type',
            description: 'Every client uses a grant type the policy can judge.',
            severity: 'warning',
            'grant-types': { allow: ['client-credentials', 'code', 'implicit', 'saml2-bearer', 'password'] },
        },
    },
    {
        category: 'credential-hygiene',
        rationale: 'A stolen token stays valid for its whole lifetime; Genesys Cloud allows up to 48 hours.',
        fix: "Set the client's token duration to 24 hours or less (a few hours for user-facing apps).",
        spec: {
            id: 'token-lifetime-24h',
            description: 'Access tokens must not live longer than 24 hours.',
            severity: 'warning',
            'token-lifetime': { 'max-seconds': 86400 },
        },
    },
    {
        category: 'credential-hygiene',
        rationale: 'An authorization code or token sent to a plain-http redirect can be read on the network.',
        fix: 'Register https redirect URIs only (http://localhost is accepted for native and development apps).',
        spec: {
            id: 'redirect-uri-https',
            description: 'Redirect URIs must use https.',
            severity: 'error',
            'redirect-uris': { localhost: 'allow', 'require-https': true },
        },
    },
    {
        category: 'credential-hygiene',
        rationale: 'A wildcard redirect lets any page under the pattern, including an attacker-controlled one, receive authorization codes.',
        fix: 'Register each exact redirect URI.',
        spec: {
            id: 'redirect-uri-no-wildcard',
            description: 'Redirect URIs must not contain wildcards.',
            severity: 'error',
            'redirect-uris': { localhost: 'allow', 'deny-wildcards': true },
        },
    },
    {
        category: 'credential-hygiene',
        rationale: 'An IP address can be reassigned to someone else and cannot carry a trustworthy certificate.',
        fix: 'Use a DNS name you control (loopback addresses are accepted for native apps).',
        spec: {
            id: 'redirect-uri-no-ip-literal',
            description: 'Redirect URIs must name their host, not an IP address.',
            severity: 'warning',
            'redirect-uris': { localhost: 'allow', 'deny-ip-literals': true },
        },
    },
    {
        category: 'credential-hygiene',
        rationale: 'An unused client is a credential nobody watches: if its secret leaks, nobody notices the new traffic.',
        fix: 'Disable the client, wait for complaints, then delete it.',
        spec: {
            id: 'unused-client',
            description: 'Active clients with no API request for 90 days are reported.',
            severity: 'warning',
            where: { state: ['active'] },
            unused: { 'max-days': 90 },
        },
    },
    // Housekeeping.
    {
        category: 'housekeeping',
        rationale: 'A disabled or inactive client left behind can be re-enabled with every role it held.',
        fix: 'Delete clients that stay disabled for more than 30 days.',
        spec: {
            id: 'disabled-clients-left-behind',
            description: 'Disabled or inactive clients are deleted within 30 days.',
            severity: 'warning',
            'state-age': { 'disabled-max-days': 30, 'inactive-max-days': 30 },
        },
    },
    {
        category: 'housekeeping',
        rationale: 'Without a description nobody can tell what a client is for, who owns it, or whether it can be removed.',
        fix: 'Describe the client: what it does, who owns it, and a ticket or repository.',
        spec: { id: 'client-description', description: 'Every client has a description.', severity: 'notice', 'client-description': { required: true } },
    },
    {
        category: 'housekeeping',
        rationale: 'A duplicate name hides which client a person is looking at in every UI, review and audit; a look-alike copying an approved or excepted name is how a new client hides. An exception or approved client naming a shared name applies to none of the clients bearing it (ambiguous-client).',
        fix: 'Rename one of them so that every name says which integration it is, and pin clients in the policy by id and name ({ id, name }) rather than by name alone.',
        spec: { id: 'duplicate-client-names', description: 'Client names are unique.', severity: 'warning', 'client-name': { unique: true } },
    },
];

;// CONCATENATED MODULE: ./src/policy/packs/index.ts

const PACKS = {
    recommended: RECOMMENDED,
};
/** Whether a rule's origin (or an `extends` entry) is a built-in pack, not the policy or a pack file. */
function isBuiltInPack(name) {
    return Object.hasOwn(PACKS, name);
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

/***/ 2227:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r7: () => (/* binding */ HolderTable),
/* harmony export */   zc: () => (/* binding */ holderLabel)
/* harmony export */ });
/* unused harmony export Holdings */
/* harmony import */ var _evaluate_checks_divisions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1741);
// Through which roles (and divisions) a client holds a permission: a hit's holders. A client
// holds a few role grants (one to three), whose permissions its record lists together, so
// the holders of any of its permissions are some of its few role labels, in the record's
// order. A permission therefore maps to a set of them (a bit mask), and each set's list is
// made once per client and shared by every hit that names it. The masks live in one table
// for the whole report, keyed by permission and written for one client at a time (the one
// being looked up), so that a client costs no map, and a permission no list, of its own.

/** Past this many role labels a client's masks would not stay small: it is indexed apart. */
const MAX_LABELS = 8;
const NO_HOLDERS = [];
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
            return mask <= 0 ? NO_HOLDERS : this.listOf(mask);
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
        return byItem.get(items[0]) ?? NO_HOLDERS;
    const union = [];
    const seen = new Set();
    for (let i = 0; i < items.length; i++) {
        const labels = byItem.get(items[i]) ?? NO_HOLDERS;
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
/** A role and its division: "Master Admin (all divisions)" (of a role grant, or of a permission held through one). */
function holderLabel(p) {
    return `${p.roleName} (${(0,_evaluate_checks_divisions_js__WEBPACK_IMPORTED_MODULE_0__/* .divisionPhrase */ .zG)(p)})`;
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


/***/ }),

/***/ 5104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WI: () => (/* binding */ REPORT_SCHEMA_VERSION),
/* harmony export */   hF: () => (/* binding */ renderJson)
/* harmony export */ });
/* unused harmony exports REPORT_SCHEMA_ID, reportDocument */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2412);

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

/***/ 2412:
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

// EXTERNAL MODULE: ./src/render/holders.ts
var holders = __webpack_require__(2227);
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
    const table = new holders/* HolderTable */.r7();
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
                fold = { hits: [], byLine: undefined, ref: undefined, holdings, grown: undefined };
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
 * SCAN_LIMIT, so that a list of 1,000 items stays linear. A run's builder reuses its array
 * from run to run (overwritten, never emptied, which would give up its room) and is copied
 * out at its size; a hit's own list grows in place, never cleared.
 */
class DistinctTexts {
    list;
    size;
    seen = undefined;
    /** `list`: texts already distinct, added to in place (a hit's own items); none for a builder. */
    constructor(list = []) {
        this.list = list;
        this.size = list.length;
    }
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
        ownItems(c, hit).add(f.subject);
}
/** A hit's item list, its own to grow: copied the first time it grows after its run (until then it may be shared: see NO_TEXTS, OneItemLists). */
function ownItems(c, hit) {
    let own = c.grown?.get(hit);
    if (!own) {
        const items = hit.items.slice();
        hit.items = items;
        (c.grown ??= new Map()).set(hit, (own = new DistinctTexts(items)));
    }
    return own;
}
/** Lists this short are scanned; past it a set answers, so a hit of 1,000 items stays linear. */
const SCAN_LIMIT = 8;
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
// EXTERNAL MODULE: ./src/render/model.ts + 2 modules
var model = __webpack_require__(2412);
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