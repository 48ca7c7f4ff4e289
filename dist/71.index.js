export const id = 71;
export const ids = [71];
export const modules = {

/***/ 7071:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openTracking: () => (/* binding */ openTracking),
  publishRun: () => (/* binding */ publishRun),
  rememberRun: () => (/* binding */ rememberRun)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/drift/state.ts
// What a scheduled run remembers for the next one: the findings it reported and, per
// client, a digest of what the client could do. Ids, rule ids, digests and the client
// names the summary already shows; never a secret, a scope list or a permission list.

const STATE_VERSION = 1;
function findingFingerprint(f) {
    return digest([f.ruleId, f.client?.id ?? '', f.subject ?? ''].join('\u0000'), 16);
}
function stateFinding(f) {
    return { fp: findingFingerprint(f), rule: f.ruleId, clientId: f.client?.id ?? '', clientName: f.client?.name ?? '', severity: f.severity };
}
/** The items a client's access is made of, each a short canonical string. */
function accessItems(c) {
    const items = new Set([`grant:${c.grantType}`]);
    for (const s of c.scopes)
        items.add(`scope:${s}`);
    for (const g of c.roleGrants)
        items.add(`role:${g.roleId}@${g.divisionId}`);
    for (const p of c.permissions)
        items.add(`perm:${p.permission}@${p.divisionId}`);
    return [...items].sort();
}
function stateClient(c) {
    const items = accessItems(c);
    return `${clientDigest(c.id)}.${digest(items.join('\n'), 12)}.${items.length}`;
}
/** 48 bits: a collision among 20,000 clients is a one-in-a-million event. */
function clientDigest(id) {
    return digest(`client\u0000${id}`, 12);
}
const PACKED_CLIENT = /^([0-9a-f]{12})\.([0-9a-f]{12})\.(\d{1,6})$/;
function unpackClient(packed) {
    const m = PACKED_CLIENT.exec(packed);
    if (!m)
        throw new Error(`not a packed client: ${packed}`);
    return { idDigest: m[1], access: m[2], items: Number(m[3]) };
}
function buildState(input) {
    return {
        version: STATE_VERSION,
        key: input.key,
        at: input.at,
        passed: input.passed,
        findings: dedupe(input.findings.map(stateFinding)),
        clients: input.clients.map(stateClient),
    };
}
function dedupe(findings) {
    const seen = new Map();
    for (const f of findings)
        if (!seen.has(f.fp))
            seen.set(f.fp, f);
    return [...seen.values()];
}
function digest(text, hexChars) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, hexChars);
}

;// CONCATENATED MODULE: ./src/drift/compare.ts

function compareRuns(baseline, findings, clients) {
    if (baseline.kind !== 'ok')
        return {
            baseline,
            newFindings: [...findings],
            resolved: [],
            unchanged: 0,
            approximate: false,
        };
    const before = new Map(baseline.state.findings.map((f) => [f.fp, f]));
    const now = new Set();
    const newFindings = [];
    let unchanged = 0;
    for (const f of findings) {
        const fp = findingFingerprint(f);
        if (now.has(fp))
            continue;
        now.add(fp);
        if (before.has(fp))
            unchanged++;
        else
            newFindings.push(f);
    }
    const resolved = [...before.values()].filter((f) => !now.has(f.fp));
    return {
        baseline,
        newFindings,
        resolved,
        unchanged,
        approximate: baseline.state.partial === true,
        ...clientChanges(baseline.state, clients),
    };
}
function clientChanges(state, clients) {
    if (!state.clients)
        return {};
    const before = new Map(state.clients.map((packed) => {
        const c = unpackClient(packed);
        return [c.idDigest, c];
    }));
    const newClients = [];
    const accessChanged = [];
    for (const client of clients) {
        const old = before.get(clientDigest(client.id));
        if (!old) {
            newClients.push({ id: client.id, name: client.name });
            continue;
        }
        const current = unpackClient(stateClient(client));
        if (current.access !== old.access) {
            accessChanged.push({
                id: client.id,
                name: client.name,
                itemsBefore: old.items,
                itemsAfter: current.items,
                grew: current.items > old.items,
            });
        }
    }
    return { newClients, accessChanged };
}
/** `fail-on-new`: the findings that decide the verdict are the new ones only. */
function findingsThatCount(drift, failOnNew, findings) {
    return failOnNew ? drift.newFindings : findings;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/drift/state-codec.ts
// The run state as a hidden block in the tracking issue's body: JSON, gzipped, base64,
// signed. The issue is editable by people with write access to the repository, and a
// forged baseline could make a new finding look old (`fail-on-new`), so the state carries
// an HMAC keyed from the auditing client's secret: a state that does not verify is
// ignored with a notice, never trusted. A hostile body cannot make us inflate unbounded data.



/** Room the state may take in an issue body (GitHub allows 65,536 characters in all). */
const STATE_BUDGET_CHARS = 40_000;
const MAX_INFLATED_BYTES = 8 * 1024 * 1024;
const OPEN = '<!-- genesys-oauth-policy-state';
const BLOCK = /<!-- genesys-oauth-policy-state v(\d+) sig=([0-9a-f]{64}|unsigned)\n([A-Za-z0-9+/=\n]*)-->/;
/** The signing key: derived from the client secret, so the secret itself is never used twice. */
function stateKey(clientSecret) {
    return clientSecret ? (0,external_node_crypto_.createHmac)('sha256', 'genesys-oauth-policy/run-state/v1').update(clientSecret).digest() : undefined;
}
function encodeState(state, key) {
    let s = state;
    let cut;
    let block = render(s, key);
    if (block.length > STATE_BUDGET_CHARS && s.clients) {
        s = { ...s, clients: undefined };
        cut = `the ${state.clients?.length} clients' access digests (new clients and access changes are not tracked until the org shrinks)`;
        block = render(s, key);
    }
    if (block.length > STATE_BUDGET_CHARS) {
        const findings = s.findings;
        // Halve until it fits: a few renders, each linear in what is kept.
        let keep = findings.length;
        while (block.length > STATE_BUDGET_CHARS && keep > 0) {
            keep = Math.floor(keep / 2);
            s = { ...s, findings: findings.slice(0, keep), partial: true };
            block = render(s, key);
        }
        cut = `${cut ? `${cut}, and ` : ''}${findings.length - keep} of ${findings.length} findings (the next run treats them as new)`;
    }
    return cut ? { block, cut } : { block };
}
function render(state, key) {
    const payload = (0,external_node_zlib_.gzipSync)(Buffer.from(JSON.stringify(state)), { level: 9 }).toString('base64');
    const lines = payload.match(/.{1,100}/g) ?? [];
    return `${OPEN} v${STATE_VERSION} sig=${sign(payload, key)}\n${lines.join('\n')}\n-->`;
}
function sign(payload, key) {
    return key ? (0,external_node_crypto_.createHmac)('sha256', key).update(payload).digest('hex') : 'unsigned';
}
/** Reads the state from an issue body; anything doubtful is ignored with the reason. */
function decodeState(body, expectedKey, key) {
    if (!body.includes(OPEN))
        return { kind: 'none' };
    const m = BLOCK.exec(body);
    if (!m)
        return { kind: 'ignored', reason: 'the state block in the tracking issue is damaged' };
    const [, version, signature, text] = m;
    if (Number(version) !== STATE_VERSION)
        return { kind: 'ignored', reason: `the saved state is version ${version}, this action reads version ${STATE_VERSION}` };
    const payload = text.replace(/\n/g, '');
    const verdict = verify(payload, signature, key);
    if (verdict)
        return { kind: 'ignored', reason: verdict };
    let json;
    try {
        json = JSON.parse((0,external_node_zlib_.gunzipSync)(Buffer.from(payload, 'base64'), { maxOutputLength: MAX_INFLATED_BYTES }).toString('utf8'));
    }
    catch {
        return { kind: 'ignored', reason: 'the saved state cannot be read (not gzipped JSON, or larger than 8 MiB)' };
    }
    const problem = shapeProblem(json);
    if (problem)
        return { kind: 'ignored', reason: `the saved state does not have the expected shape (${problem})` };
    const state = json;
    if (state.key !== expectedKey)
        return { kind: 'ignored', reason: 'the saved state belongs to another org or policy' };
    return { kind: 'ok', state };
}
function verify(payload, signature, key) {
    if (!key)
        return signature === 'unsigned' ? undefined : 'the saved state is signed, and this run has no client secret to check the signature with';
    if (signature === 'unsigned')
        return 'the saved state is not signed, so it could have been written by anyone who can edit the issue';
    const expected = Buffer.from(sign(payload, key), 'hex');
    const given = Buffer.from(signature, 'hex');
    return expected.length === given.length && (0,external_node_crypto_.timingSafeEqual)(expected, given)
        ? undefined
        : "the saved state's signature does not match (edited by hand, or the client secret changed)";
}
/** The state's shape, checked field by field: it came from an issue anyone with write access can edit. */
function shapeProblem(v) {
    if (!isObject(v))
        return 'not an object';
    if (v.version !== STATE_VERSION)
        return '`version`';
    for (const k of ['key', 'at'])
        if (!isText(v[k]))
            return `\`${k}\``;
    if (typeof v.passed !== 'boolean')
        return '`passed`';
    if (v.partial !== undefined && typeof v.partial !== 'boolean')
        return '`partial`';
    if (!Array.isArray(v.findings))
        return '`findings`';
    const badFinding = v.findings.findIndex((f) => !isObject(f) || !['fp', 'rule', 'clientId', 'clientName'].every((k) => isText(f[k])) || !SEVERITIES.includes(f.severity));
    if (badFinding >= 0)
        return `\`findings[${badFinding}]\``;
    if (v.clients === undefined)
        return undefined;
    if (!Array.isArray(v.clients))
        return '`clients`';
    const badClient = v.clients.findIndex((c) => typeof c !== 'string' || !PACKED_CLIENT.test(c));
    return badClient >= 0 ? `\`clients[${badClient}]\`` : undefined;
}
const SEVERITIES = ['error', 'warning', 'notice'];
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isText(v) {
    return typeof v === 'string' && v.length <= 512;
}

// EXTERNAL MODULE: ./src/github/api.ts
var github_api = __webpack_require__(8943);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./src/github/issues-api.ts
// The GitHub REST calls the tracking issue needs, over @actions/github's Octokit (which
// honours GITHUB_API_URL, so tests point it at a fake server on loopback).


/** At most this many issues are read when looking for ours: a label is not a crowd. */
const MAX_LISTED = 500;
function octokitIssuesApi(token, baseUrl) {
    const octokit = (0,github/* getOctokit */.Q)(token, baseUrl ? { baseUrl } : {});
    const call = async (what, fn) => {
        try {
            return await fn();
        }
        catch (err) {
            throw (0,github_api/* wrap */.LV)(err, what);
        }
    };
    return {
        listLabelled: (repo, label) => call(`list the issues labelled "${label}"`, async () => {
            const out = [];
            for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
                ...repo,
                labels: label,
                state: 'all',
                sort: 'created',
                direction: 'desc',
                per_page: 100,
            })) {
                for (const i of page.data) {
                    if (i.pull_request)
                        continue;
                    out.push({ number: i.number, state: i.state === 'closed' ? 'closed' : 'open', title: i.title, body: i.body ?? '', byBot: i.user?.type === 'Bot' });
                }
                if (out.length >= MAX_LISTED)
                    break;
            }
            return out;
        }),
        create: (repo, fields) => call('open the tracking issue', async () => (await octokit.rest.issues.create({ ...repo, ...fields })).data.number),
        update: (repo, issue, fields) => call(`update issue #${issue}`, async () => {
            await octokit.rest.issues.update({ ...repo, issue_number: issue, ...fields });
        }),
        comment: (repo, issue, body) => call(`comment on issue #${issue}`, async () => {
            await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body });
        }),
    };
}

;// CONCATENATED MODULE: ./src/github/tracking-issue.ts
// One tracking issue per org and policy: opened when a scheduled run fails, edited in place
// (never a comment a day), closed with a comment when the run passes again. It is found by
// a hidden marker under a label; the bot's own issue wins over one a person made to look
// like it. A token that may not write issues gets a warning, never a failure.


const TRACKING_LABEL = 'genesys-oauth-policy';
/** GitHub rejects issue bodies over 65,536 characters. */
const MAX_ISSUE_BODY_CHARS = 65_536;
/** GitHub accepts at most 10 assignees. */
const MAX_ASSIGNEES = 10;
function issueMarker(key) {
    // The key is ours (host, policy path, report key), but `--` would end the comment early.
    return `<!-- genesys-oauth-policy-issue: ${key.replace(/--+/g, '-').replace(/>/g, '')} -->`;
}
async function findTrackingIssue(api, repo, key) {
    const marker = issueMarker(key);
    const ours = (await api.listLabelled(repo, TRACKING_LABEL)).filter((i) => i.body.includes(marker));
    return ours.find((i) => i.byBot) ?? ours[0];
}
async function syncTrackingIssue(api, repo, existing, u) {
    if (u.mode === 'off')
        return { kind: 'none' };
    const body = issueBody(u);
    try {
        if (!existing) {
            if (u.passed && u.mode === 'on-failure')
                return { kind: 'none' };
            return await create(api, repo, u, body);
        }
        const stays = u.mode === 'always' || !u.passed;
        if (stays) {
            const wasClosed = existing.state === 'closed';
            await api.update(repo, existing.number, { title: u.title, body, state: 'open' });
            const warning = await tracking_issue_assign(api, repo, existing.number, u.assignees);
            return { kind: wasClosed ? 'reopened' : 'updated', number: existing.number, ...(warning ? { warning } : {}) };
        }
        const wasOpen = existing.state === 'open';
        await api.update(repo, existing.number, { title: u.title, body, state: 'closed' });
        if (wasOpen) {
            await api.comment(repo, existing.number, u.closingNote);
            return { kind: 'closed', number: existing.number };
        }
        return { kind: 'updated', number: existing.number };
    }
    catch (err) {
        if (err instanceof github_api/* GitHubHttpError */.Id && [401, 403, 404].includes(err.status)) {
            return {
                kind: 'skipped',
                warning: `${err.message} The tracking issue was skipped: give the job \`permissions: issues: write\` (and the \`github-token\` input), or set \`issue: off\`.`,
            };
        }
        throw err;
    }
}
async function create(api, repo, u, body) {
    const number = await api.create(repo, { title: u.title, body, labels: [TRACKING_LABEL] });
    const warning = await tracking_issue_assign(api, repo, number, u.assignees);
    return { kind: 'opened', number, ...(warning ? { warning } : {}) };
}
/** Assignees are set apart: GitHub refuses the whole request when one login cannot be assigned. */
async function tracking_issue_assign(api, repo, issue, assignees) {
    if (assignees.length === 0)
        return undefined;
    const logins = assignees.slice(0, MAX_ASSIGNEES);
    try {
        await api.update(repo, issue, { assignees: [...logins] });
        return undefined;
    }
    catch (err) {
        if (err instanceof github_api/* GitHubHttpError */.Id && err.status === 422)
            return `The exceptions' owners ${logins.map((l) => `"${l}"`).join(', ')} could not all be assigned to issue #${issue} (not collaborators of the repository?).`;
        throw err;
    }
}
/** Marker, visible body and state, within GitHub's limit: the visible part is cut, never the state. */
function issueBody(u) {
    const marker = issueMarker(u.key);
    const room = MAX_ISSUE_BODY_CHARS - marker.length - u.stateBlock.length - 200;
    const visible = u.body.length <= room
        ? u.body
        : `${u.body.slice(0, Math.max(0, room))}\n\n_The rest is cut: GitHub limits an issue to 65,536 characters. The run's job summary has everything._`;
    return `${marker}\n${visible}\n\n${u.stateBlock}\n`;
}
/** GitHub logins among the exceptions' owners (`@login`); teams (`@org/team`) cannot be assigned. */
function ownerLogins(owners) {
    const users = new Set();
    const teams = new Set();
    for (const owner of owners) {
        const m = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))(?:\/([A-Za-z0-9._-]{1,100}))?$/.exec(owner.trim());
        if (!m)
            continue;
        if (m[2])
            teams.add(`@${m[1]}/${m[2]}`);
        else
            users.add(m[1]);
    }
    return { users: [...users], teams: [...teams] };
}

// EXTERNAL MODULE: ./src/policy/reserved-ids.ts
var reserved_ids = __webpack_require__(9591);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
// EXTERNAL MODULE: ./src/render/summary.ts + 1 modules
var summary = __webpack_require__(6399);
;// CONCATENATED MODULE: ./src/action/tracking-run.ts
// A scheduled run's memory and its tracking issue: the previous run's state read from the
// issue, the drift computed, and the issue opened, edited, reopened or closed. Everything
// GitHub refuses is a warning, never a failure of the audit.










/** The visible part of the issue: the summary's top within this many bytes (the state needs the rest). */
const ISSUE_SUMMARY_BYTES = 20_000;
/** Undefined (with the reason) when the run keeps no memory: `issue: off`, no token, no repository. */
function openTracking(s) {
    if (s.mode === 'off')
        return '`issue: off` keeps no state between runs';
    if (!s.githubToken)
        return 'no `github-token` to read the tracking issue with';
    if (!s.env.GITHUB_REPOSITORY)
        return 'GITHUB_REPOSITORY is not set (not running in GitHub Actions)';
    const server = s.env.GITHUB_SERVER_URL;
    const runUrl = server && s.env.GITHUB_RUN_ID ? `${server}/${s.env.GITHUB_REPOSITORY}/actions/runs/${s.env.GITHUB_RUN_ID}` : undefined;
    return {
        api: octokitIssuesApi(s.githubToken, s.env.GITHUB_API_URL),
        repo: (0,github_api/* parseRepo */.E3)(s.env.GITHUB_REPOSITORY),
        key: [s.apiHost, s.policyFile, s.reportKey ?? ''].join('|'),
        mode: s.mode,
        signing: stateKey(s.clientSecret),
        ...(runUrl ? { runUrl } : {}),
    };
}
/** Reads the baseline and compares; a GitHub refusal leaves the run without memory, with a warning. */
async function rememberRun(tracking, findings, inventory) {
    if (typeof tracking === 'string')
        return { drift: compareRuns({ kind: 'none', reason: tracking }, findings, inventory.clients) };
    let existing;
    try {
        existing = await findTrackingIssue(tracking.api, tracking.repo, tracking.key);
    }
    catch (err) {
        if (!(err instanceof github_api/* GitHubHttpError */.Id))
            throw err;
        core/* warning */.$e(`${err.message} The run keeps no memory and no tracking issue: give the job \`permissions: issues: write\`, or set \`issue: off\`.`);
        return { drift: compareRuns({ kind: 'none', reason: 'the tracking issue could not be read' }, findings, inventory.clients) };
    }
    const baseline = baselineOf(existing, tracking);
    if (baseline.kind === 'ignored')
        core/* notice */.lm(`The saved baseline was ignored: ${baseline.reason}. This run counts as a first run.`);
    return { tracking, existing, drift: compareRuns(baseline, findings, inventory.clients) };
}
function baselineOf(existing, tracking) {
    if (!existing)
        return { kind: 'none', reason: 'this is the first run with a tracking issue' };
    const decoded = decodeState(existing.body, tracking.key, tracking.signing);
    if (decoded.kind === 'ok')
        return { kind: 'ok', state: decoded.state };
    return decoded.kind === 'none' ? { kind: 'none', reason: 'the tracking issue holds no state' } : decoded;
}
/** Writes this run's state and verdict to the tracking issue; returns what happened, for the log. */
async function publishRun(memory, model, policy, inventory, findings) {
    const t = memory.tracking;
    if (!t)
        return undefined;
    const state = buildState({ key: t.key, at: inventory.fetchedAt, passed: model.passed, findings, clients: inventory.clients });
    const encoded = encodeState(state, t.signing);
    if (encoded.cut)
        core/* notice */.lm(`The run state did not fit in the tracking issue whole: left out ${encoded.cut}.`);
    const owners = ownersOf(policy, model);
    const body = [
        owners.teams.length ? `Owners of the exceptions involved: ${owners.teams.join(', ')}.\n` : '',
        (0,summary/* renderSummaryOf */.yd)(model, ISSUE_SUMMARY_BYTES),
    ].join('\n');
    const where = model.org?.host ?? 'the org';
    const outcome = await syncTrackingIssue(t.api, t.repo, memory.existing, {
        key: t.key,
        mode: t.mode,
        passed: model.passed,
        title: `OAuth client policy ${model.passed ? 'passes' : 'fails'}: ${where}, ${model.policyFile}`,
        body,
        stateBlock: encoded.block,
        assignees: owners.users,
        closingNote: `The scheduled run of ${inventory.fetchedAt.slice(0, 10)} passes again${t.runUrl ? ` ([run](${t.runUrl}))` : ''}: closing. ${(0,render_escape.md)(`${memory.drift.resolved.length} findings resolved since the last run.`, 200)}`,
    });
    if ('warning' in outcome && outcome.warning)
        core/* warning */.$e(outcome.warning);
    if (outcome.kind !== 'none' && outcome.kind !== 'skipped')
        core/* info */.pq(`Tracking issue #${outcome.number} ${outcome.kind}.`);
    return outcome;
}
/**
 * The owners to assign: of the exceptions whose rule fails the run now (an expired exception,
 * or a rule with a failing finding), GitHub users by login; teams are named in the body.
 */
function ownersOf(policy, model) {
    const reportedRules = new Set(model.hits.map((h) => h.rule.id));
    const expiredAt = new Set(model.hits.filter((h) => h.rule.id === reserved_ids/* EXCEPTION_IDS */.Hc.expired).map((h) => h.location.line));
    return ownerLogins(policy.exceptions.filter((e) => reportedRules.has(e.ruleId) || expiredAt.has(e.location.line)).map((e) => e.owner));
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

//# sourceMappingURL=71.index.js.map