export const id = 271;
export const ids = [271];
export const modules = {

/***/ 4271:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPullRequestGate: () => (/* binding */ runPullRequestGate)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/audit.ts + 24 modules
var audit = __webpack_require__(2494);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/gate/impact.ts
var gate_impact = __webpack_require__(3149);
// EXTERNAL MODULE: ./src/gate/loosening.ts
var gate_loosening = __webpack_require__(6351);
// EXTERNAL MODULE: ./src/evaluate/findings.ts
var findings = __webpack_require__(7825);
;// CONCATENATED MODULE: ./src/gate/policy-diff.ts
// What a policy change changes, read from the two policies alone (no org needed): rules
// added, removed, changed or re-graded, exceptions added, extended or dropped, and the
// settings that decide what fails. Each change says whether it loosens the policy, so a
// reviewer sees it even when the live evaluation could not run (fork pull requests).

function diffPolicies(base, head) {
    return [...ruleChanges(base, head), ...exceptionChanges(base.exceptions, head.exceptions), ...settingChanges(base, head), ...desiredStateChanges(base, head)];
}
function ruleChanges(base, head) {
    const before = new Map(base.rules.map((r) => [r.id, r]));
    const after = new Map(head.rules.map((r) => [r.id, r]));
    const out = [];
    for (const [id, rule] of after) {
        const old = before.get(id);
        if (!old)
            out.push({ kind: 'rule-added', loosens: false, description: `Rule \`${id}\` is added${origin(rule)}.`, location: rule.location });
        else {
            if (old.fingerprint !== rule.fingerprint) {
                out.push({ kind: 'rule-changed', loosens: false, description: `Rule \`${id}\` now selects or checks something else; its findings below show the effect.`, location: rule.location });
            }
            const delta = findings/* SEVERITY_RANK */.f3[rule.severity] - findings/* SEVERITY_RANK */.f3[old.severity];
            if (delta !== 0) {
                const kind = delta < 0 ? 'severity-lowered' : 'severity-raised';
                out.push({ kind, loosens: delta < 0, description: `Rule \`${id}\` goes from ${old.severity} to ${rule.severity}.`, location: rule.location });
            }
        }
    }
    for (const [id, rule] of before) {
        if (after.has(id))
            continue;
        const off = head.disabledRules.includes(id);
        out.push({ kind: 'rule-removed', loosens: true, description: off ? `Built-in rule \`${id}\` is turned off in \`overrides\`.` : `Rule \`${id}\` is removed${origin(rule)}.` });
    }
    return out;
}
function origin(rule) {
    return rule.origin === 'policy' ? '' : ` (pack \`${rule.origin}\`)`;
}
function exceptionKey(e) {
    return `${e.ruleId}\u0000${e.client}\u0000${e.subject?.source ?? ''}`;
}
function exceptionChanges(base, head) {
    const before = new Map(base.map((e) => [exceptionKey(e), e]));
    const after = new Map(head.map((e) => [exceptionKey(e), e]));
    const out = [];
    for (const [key, e] of after) {
        const old = before.get(key);
        const what = `the exception for rule \`${e.ruleId}\` and client "${e.client}"${e.subject ? ` (${e.subject.source})` : ''}`;
        if (!old)
            out.push({ kind: 'exception-added', loosens: true, description: `${capitalize(what)} is added, until ${e.expires} (owner ${e.owner}).`, location: e.location });
        else if (e.expires > old.expires)
            out.push({ kind: 'exception-extended', loosens: true, description: `${capitalize(what)} now expires on ${e.expires} instead of ${old.expires}.`, location: e.location });
        else if (e.expires < old.expires)
            out.push({ kind: 'exception-shortened', loosens: false, description: `${capitalize(what)} now expires on ${e.expires} instead of ${old.expires}.`, location: e.location });
    }
    for (const [key, e] of before) {
        if (!after.has(key))
            out.push({ kind: 'exception-removed', loosens: false, description: `The exception for rule \`${e.ruleId}\` and client "${e.client}" is removed.` });
    }
    return out;
}
const FAIL_ON_RANK = { warning: 2, error: 1, never: 0 };
const SEVERITY_OR_OFF_RANK = { error: 3, warning: 2, notice: 1, off: 0 };
function settingChanges(base, head) {
    const out = [];
    const failOn = (p) => p.failOn ?? 'error';
    const delta = FAIL_ON_RANK[failOn(head)] - FAIL_ON_RANK[failOn(base)];
    if (delta !== 0)
        out.push(setting(delta < 0, `\`settings.fail-on\` goes from ${failOn(base)} to ${failOn(head)}.`));
    if (head.maxExceptionDays !== base.maxExceptionDays) {
        out.push(setting(head.maxExceptionDays > base.maxExceptionDays, `\`settings.max-exception-days\` goes from ${base.maxExceptionDays} to ${head.maxExceptionDays}.`));
    }
    const b = base.desired;
    const h = head.desired;
    if (b && !h)
        out.push(setting(true, 'The `clients` list of approved clients is removed.'));
    if (!b && h)
        out.push(setting(false, 'A `clients` list of approved clients is added.'));
    if (b && h) {
        for (const kind of ['unknown', 'missing', 'drift']) {
            const d = SEVERITY_OR_OFF_RANK[h[kind]] - SEVERITY_OR_OFF_RANK[b[kind]];
            if (d !== 0)
                out.push(setting(d < 0, `\`clients.${kind}\` goes from ${b[kind]} to ${h[kind]}.`));
        }
    }
    return out;
}
function setting(loosens, description) {
    return { kind: loosens ? 'setting-loosened' : 'setting-tightened', loosens, description };
}
function desiredStateChanges(base, head) {
    if (!base.desired || !head.desired)
        return [];
    const key = (c) => c.id ?? `name:${c.name}`;
    const before = new Set(base.desired.clients.map(key));
    const after = new Set(head.desired.clients.map(key));
    const out = [];
    for (const c of head.desired.clients) {
        if (!before.has(key(c)))
            out.push({ kind: 'client-approved', loosens: true, description: `Client "${c.name ?? c.id}" is added to the approved clients.`, location: c.location });
    }
    for (const c of base.desired.clients) {
        if (!after.has(key(c)))
            out.push({ kind: 'client-unlisted', loosens: false, description: `Client "${c.name ?? c.id}" is no longer an approved client.` });
    }
    return out;
}
function capitalize(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./src/github/api.ts
// The few GitHub REST calls the pull-request gate makes, over @actions/github's Octokit
// (which honours GITHUB_API_URL, so tests point it at a fake server on loopback).


/** A GitHub API failure: a user-facing error (token scope, permissions), not a bug. */
class GitHubHttpError extends errors/* UserError */.yo {
    status;
    constructor(status, message) {
        super(message, errors/* ExitCode */.yU.Api);
        this.status = status;
    }
}
function octokitApi(token, baseUrl) {
    const octokit = (0,github/* getOctokit */.Q)(token, baseUrl ? { baseUrl } : {});
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
function wrap(err, what) {
    const status = statusOf(err);
    return new GitHubHttpError(status, `GitHub refused to ${what}${status ? ` (HTTP ${status})` : ''}.`);
}

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

;// CONCATENATED MODULE: ./src/github/sticky-comment.ts

/** GitHub rejects comment bodies over 65,536 characters. */
const MAX_COMMENT_CHARS = 65_536;
function commentMarker(policyPath) {
    // `--` cannot appear inside an HTML comment; the path is ours, but be strict anyway.
    return `<!-- genesys-oauth-policy: ${policyPath.replace(/--+/g, '-')} -->`;
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
                if (!(err instanceof GitHubHttpError) || (err.status !== 403 && err.status !== 404))
                    throw err;
                // Not ours to edit (or gone): fall through and write a new one.
            }
        }
        await api.createComment(repo, issue, text);
        return { kind: 'created' };
    }
    catch (err) {
        if (err instanceof GitHubHttpError && (err.status === 403 || err.status === 404 || err.status === 401)) {
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
var load = __webpack_require__(240);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(7789);
;// CONCATENATED MODULE: ./src/render/impact.ts

function renderImpact(report, budgetChars) {
    for (const rows of [200, 50, 20, 5, 0]) {
        const text = renderWith(report, rows);
        if (text.length <= budgetChars)
            return text;
    }
    return `${header(report)}\n\n_The details do not fit here; see the job summary._\n`;
}
function renderWith(r, maxRows) {
    const parts = [header(r), '', ...looseningBanner(r), ...baseNote(r)];
    if (r.impact) {
        const i = r.impact;
        parts.push(countsTable(i), '');
        parts.push(...section('🔓 Silenced by this change', i.silenced.map((s) => [...findingCells(s.finding), how(s.reason)]), ['Severity', 'Client', 'Rule', 'Finding', 'How it is silenced'], maxRows));
        parts.push(...section('🔻 Severity lowered', i.severityLowered.map((c) => [`${c.before.severity} → ${c.after.severity}`, ...findingCells(c.after).slice(1)]), ['Severity', 'Client', 'Rule', 'Finding'], maxRows));
        parts.push(...section('➕ Added by this change', i.added.map(findingCells), ['Severity', 'Client', 'Rule', 'Finding'], maxRows));
        parts.push(...section('🔺 Severity raised', i.severityRaised.map((c) => [`${c.before.severity} → ${c.after.severity}`, ...findingCells(c.after).slice(1)]), ['Severity', 'Client', 'Rule', 'Finding'], maxRows));
        parts.push(...section('✅ Resolved', i.resolved.map(findingCells), ['Severity', 'Client', 'Rule', 'Finding'], maxRows));
    }
    else {
        parts.push(`> ⏭️ **The live evaluation was skipped**: ${(0,render_escape.md)(r.skippedReason ?? 'no credentials', 500)} Only the two policy files were compared, so the effect on the org's findings is unknown.`, '');
    }
    parts.push(...changesList(r.changes));
    return `${parts.join('\n').trimEnd()}\n`;
}
function header(r) {
    const verdict = !r.head ? 'not evaluated' : r.head.passed ? 'the head policy passes' : `the head policy fails (fail-on: ${r.head.failOn})`;
    const counts = r.head ? ` · ${r.head.counts.error} errors, ${r.head.counts.warning} warnings, ${r.head.counts.notice} notices` : '';
    return [
        `## 🔍 OAuth policy change: ${verdict}`,
        '',
        `Policy <code>${(0,render_escape.md)(r.policyFile, 200)}</code> · base <code>${(0,render_escape.md)(r.baseSha.slice(0, 7), 7)}</code> → head <code>${(0,render_escape.md)(r.headSha.slice(0, 7), 7)}</code>${counts}`,
    ].join('\n');
}
function looseningBanner(r) {
    const v = r.loosening;
    if (!v.loosens)
        return ['> ✅ This change does not loosen the policy.', ''];
    const why = v.reasons.map((reason) => `> - ${(0,render_escape.md)(reason, 400)}`);
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
    if (r.base === 'invalid')
        return ['> The base policy is invalid, so nothing could be compared with it: the head policy is shown on its own.', ''];
    return [];
}
function countsTable(i) {
    return [
        '| Effect on the org\'s findings | Count |',
        '|---|---|',
        `| 🔓 Silenced | ${i.silenced.length} |`,
        `| 🔻 Severity lowered | ${i.severityLowered.length} |`,
        `| ➕ Added | ${i.added.length} |`,
        `| 🔺 Severity raised | ${i.severityRaised.length} |`,
        `| ✅ Resolved | ${i.resolved.length} |`,
    ].join('\n');
}
function findingCells(f) {
    return [f.severity, f.client ? (0,render_escape.md)((0,render_escape/* clientLabel */.Q)(f.client), 100) : '—', `<code>${(0,render_escape.md)(f.ruleId, 80)}</code>`, (0,render_escape.md)(f.message, 300)];
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
        ...(more > 0 ? ['', `_…and ${more} more (see the job summary)._`] : []),
        '',
    ];
}
function changesList(changes) {
    if (changes.length === 0)
        return ['_The two policy files evaluate the same way._'];
    const sorted = [...changes].sort((a, b) => Number(b.loosens) - Number(a.loosens));
    return ['### Policy changes', '', ...sorted.map((c) => `- ${c.loosens ? '⚠️ ' : ''}${(0,render_escape.md)(c.description, 400)}${c.location ? ` (line ${c.location.line})` : ''}`), ''];
}

// EXTERNAL MODULE: ./src/render/summary.ts
var summary = __webpack_require__(9311);
// EXTERNAL MODULE: ./src/action/report.ts + 1 modules
var action_report = __webpack_require__(5419);
;// CONCATENATED MODULE: ./src/action/gate-run.ts
// The pull-request gate: the policy at the head and at the base, the org read once, both
// evaluated, and the difference reported — in the job summary and one sticky comment.
// The run fails when the head policy's findings reach fail-on (as on any run), when the
// change loosens the policy without the acknowledgement label (by default), and, unless
// told otherwise, when there were no credentials to evaluate the change with.















/** Room left in a comment for the marker and the cut note. */
const COMMENT_BUDGET = MAX_COMMENT_CHARS - 1000;
async function runPullRequestGate(context) {
    const token = context.inputs.gate.githubToken;
    const ctx = { ...context, github: token ? octokitApi(token, context.githubApiUrl) : undefined };
    const { inputs, pr } = ctx;
    const head = await headPolicy(ctx);
    const base = await basePolicy(ctx);
    const changes = base.state === 'invalid' ? [] : diffPolicies(base.policy, head);
    let result;
    let impact;
    if (inputs.credentials) {
        const access = { ...inputs.audit, credentials: inputs.credentials };
        const { inventory, api } = await (0,audit/* readOrgInventory */.XW)(access, [head, base.policy], { redactor: ctx.redactor });
        const now = ctx.now();
        result = { policy: head, inventory, api, ...(0,audit/* judge */.S4)(head, inventory, inputs.audit.failOn, now) };
        if (base.state !== 'invalid')
            impact = (0,gate_impact/* changeImpact */.l)({ policy: base.policy, evaluation: (0,audit/* judge */.S4)(base.policy, inventory, inputs.audit.failOn, now).evaluation }, result);
    }
    const loosening = (0,gate_loosening/* judgeLoosening */.e)(changes, impact, inputs.gate.loosening, inputs.gate.looseningLabel, pr.labels);
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
    await (0,action_report/* writeSummary */.Sy)(`${renderImpact(report, summary/* SUMMARY_BUDGET_BYTES */.Xb / 4)}\n${result ? (0,summary/* renderSummary */.Br)(result) : ''}`);
    await comment(ctx, renderImpact(report, COMMENT_BUDGET));
    decide(ctx, result, loosening.blocks, report.skippedReason);
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
    const outcome = await upsertStickyComment(ctx.github, parseRepo(ctx.pr.baseRepo || ctx.event.repository), ctx.pr.number, commentMarker(ctx.inputs.audit.policyDisplayPath), body);
    if (outcome.kind === 'skipped')
        core/* warning */.$e(outcome.warning);
    else
        core/* info */.pq(`Pull request comment ${outcome.kind}.`);
}
/**
 * `pull_request` runs on the pull request's merge commit, checked out in the workspace.
 * `pull_request_target` checks out the base: the head's policy is then read as data at the
 * head commit (never executed), so the gate judges what would merge.
 */
async function headPolicy(ctx) {
    const { audit } = ctx.inputs;
    if (ctx.event.name !== 'pull_request_target')
        return (0,load/* loadPolicyFile */.n)(audit.policyPath, audit.policyDisplayPath);
    const file = await readFileAtCommit({ workspace: ctx.workspace, path: audit.policyDisplayPath, sha: ctx.pr.headSha, repo: parseRepo(ctx.pr.baseRepo || ctx.event.repository), api: ctx.github });
    if (file.text === undefined)
        throw new errors/* ConfigError */.xL(`The pull request deletes the policy file ${audit.policyDisplayPath}; the gate has nothing to judge.`);
    return (0,load/* parsePolicy */.O)(audit.policyDisplayPath, file.text);
}
const EMPTY_POLICY = 'version: 1\n';
async function basePolicy(ctx) {
    const { audit } = ctx.inputs;
    const file = await readFileAtCommit({ workspace: ctx.workspace, path: audit.policyDisplayPath, sha: ctx.pr.baseSha, repo: parseRepo(ctx.pr.baseRepo || ctx.event.repository), api: ctx.github });
    core/* info */.pq(`Base policy ${audit.policyDisplayPath} at ${ctx.pr.baseSha.slice(0, 7)}: ${file.text === undefined ? 'absent' : `read from ${file.from}`}.`);
    if (file.text === undefined)
        return { policy: (0,load/* parsePolicy */.O)(audit.policyDisplayPath, EMPTY_POLICY), state: 'absent' };
    try {
        return { policy: (0,load/* parsePolicy */.O)(audit.policyDisplayPath, file.text), state: 'loaded' };
    }
    catch (err) {
        if (!(err instanceof policy_errors/* PolicyError */.p))
            throw err;
        core/* warning */.$e(`The base policy is invalid, so the change cannot be compared with it: ${err.problems[0]?.message ?? ''}`);
        return { policy: (0,load/* parsePolicy */.O)(audit.policyDisplayPath, EMPTY_POLICY), state: 'invalid' };
    }
}
function skippedReason(pr) {
    return (0,github_event/* isFork */.B0)(pr)
        ? 'this pull request comes from a fork, and GitHub does not give the repository\'s secrets to workflows that forks trigger'
        : 'the inputs `client-id` and `client-secret` are empty (are the secrets set for this repository or environment?)';
}


/***/ })

};
