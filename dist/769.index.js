export const id = 769;
export const ids = [769,855];
export const modules = {

/***/ 7855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeReports: () => (/* binding */ mergeReports),
/* harmony export */   readReport: () => (/* binding */ readReport)
/* harmony export */ });
/* harmony import */ var _render_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5104);

/** Reads one report document; a problem is one sentence naming the file and the field. */
function readReport(source, doc, expectedVersion = _render_json_js__WEBPACK_IMPORTED_MODULE_0__/* .REPORT_SCHEMA_VERSION */ .WI) {
    const d = doc;
    if (typeof d !== 'object' || d === null)
        return `${source} is not a JSON report.`;
    if (d.schemaVersion !== expectedVersion)
        return `${source} is report version ${String(d.schemaVersion)}; this version merges version ${expectedVersion}.`;
    const org = d.org;
    const policy = d.policy;
    const v = d.verdict;
    const drift = d.drift;
    if (!org || typeof org.key !== 'string' || typeof org.host !== 'string')
        return `${source} does not name its org (\`org.key\`).`;
    if (!v || typeof v.passed !== 'boolean' || typeof v.failing !== 'number' || !v.counts)
        return `${source} has no verdict.`;
    const count = (k) => (typeof v.counts?.[k] === 'number' ? v.counts[k] : NaN);
    const counts = { error: count('error'), warning: count('warning'), notice: count('notice') };
    if (Object.values(counts).some(Number.isNaN))
        return `${source} has no finding counts.`;
    const hasDrift = drift && drift.baseline === 'ok' && typeof drift.newFindings === 'number' && typeof drift.resolvedFindings === 'number';
    return {
        source,
        orgKey: org.key,
        host: org.host,
        policyFile: typeof policy?.file === 'string' ? policy.file : '',
        passed: v.passed,
        failOn: String(v.failOn ?? ''),
        failing: v.failing,
        counts,
        accepted: typeof v.accepted === 'number' ? v.accepted : 0,
        clients: Array.isArray(d.inventory) ? d.inventory.length : 0,
        fetchedAt: typeof d.fetchedAt === 'string' ? d.fetchedAt : '',
        ...(hasDrift ? { newFindings: drift.newFindings, resolvedFindings: drift.resolvedFindings } : {}),
    };
}
/**
 * Merges the reports. `expected`, when given, is how many jobs the matrix ran: fewer
 * reports is a failure (a job that died before writing its report must not pass as absent).
 */
function mergeReports(reports, expected) {
    const problems = reports.filter((r) => typeof r === 'string');
    const orgs = reports.filter((r) => typeof r !== 'string');
    const seen = new Map();
    for (const o of orgs) {
        const key = `${o.orgKey}\u0000${o.policyFile}`;
        const other = seen.get(key);
        if (other)
            problems.push(`${o.source} and ${other} report the same org and policy (${o.host}, ${o.policyFile}); give each job its own \`report-key\`.`);
        seen.set(key, o.source);
    }
    if (orgs.length === 0 && problems.length === 0)
        problems.push('No reports were found to merge.');
    if (expected !== undefined && reports.length < expected)
        problems.push(`${reports.length} reports were found, and ${expected} were expected: a job did not write its report.`);
    orgs.sort((a, b) => Number(a.passed) - Number(b.passed) || b.failing - a.failing || a.host.localeCompare(b.host) || a.policyFile.localeCompare(b.policyFile));
    return { orgs, passed: problems.length === 0 && orgs.every((o) => o.passed), problems };
}


/***/ }),

/***/ 8769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readReports: () => (/* binding */ readReports)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(2463);
;// CONCATENATED MODULE: ./schemas/report.schema.json
const report_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/genesys-oauth-policy/action/schemas/report.schema.json","title":"Genesys Cloud OAuth policy report","description":"The audit of one Genesys Cloud org against one policy: the verdict, one result per client × rule, accepted findings, skipped checks and the inventory. Written by the action (input report-file) and by the CLI (--format json). schemaVersion changes when a change breaks readers.","type":"object","additionalProperties":false,"required":["$schema","schemaVersion","tool","org","policy","verdict","fetchedAt","usage","rules","results","accepted","skipped","policyWarnings","notices","inventory"],"properties":{"$schema":{"const":"https://github.com/genesys-oauth-policy/action/schemas/report.schema.json"},"schemaVersion":{"const":1},"tool":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string"},"version":{"type":"string"}}},"org":{"description":"The audited org: the API host and a key stable across runs of one org (a hash of the host and the auditing client), null when unknown.","oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["host","key"],"properties":{"host":{"type":"string"},"key":{"type":"string","pattern":"^[0-9a-f]{16}$"}}}]},"policy":{"type":"object","additionalProperties":false,"required":["file","rules"],"properties":{"file":{"type":"string"},"rules":{"type":"integer","minimum":0}}},"verdict":{"type":"object","additionalProperties":false,"required":["passed","failOn","failing","counts","accepted"],"properties":{"passed":{"type":"boolean"},"failOn":{"enum":["error","warning","never"]},"failing":{"description":"Findings at or above failOn.","type":"integer","minimum":0},"counts":{"type":"object","additionalProperties":false,"required":["error","warning","notice"],"properties":{"error":{"type":"integer","minimum":0},"warning":{"type":"integer","minimum":0},"notice":{"type":"integer","minimum":0}}},"accepted":{"type":"integer","minimum":0}}},"fetchedAt":{"type":"string","format":"date-time"},"usage":{"oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["days","from","to"],"properties":{"days":{"type":"integer","minimum":1},"from":{"type":"string","format":"date"},"to":{"type":"string","format":"date"}}}]},"rules":{"type":"array","items":{"$ref":"#/definitions/rule"}},"results":{"description":"One per client × rule, riskiest clients first.","type":"array","items":{"$ref":"#/definitions/result"}},"accepted":{"type":"array","items":{"$ref":"#/definitions/accepted"}},"skipped":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["ruleId","reason","location"],"properties":{"ruleId":{"type":"string"},"reason":{"type":"string"},"location":{"$ref":"#/definitions/location"}}}},"policyWarnings":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["message","location"],"properties":{"message":{"type":"string"},"location":{"$ref":"#/definitions/location"}}}},"notices":{"type":"array","items":{"type":"string"}},"inventory":{"type":"array","items":{"$ref":"#/definitions/inventoryClient"}},"drift":{"description":"What changed since the previous scheduled run of the same org and policy (kept in the tracking issue). null when not tracked (CLI, pull requests, `issue: off`).","oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["baseline","failOnNew","newFindings","resolvedFindings","unchanged"],"properties":{"baseline":{"enum":["ok","none","ignored"],"description":"ok: compared with the previous run; none: no previous run; ignored: its state could not be trusted (see reason)."},"reason":{"type":"string"},"since":{"type":["string","null"],"description":"When the previous run read the org (ISO 8601)."},"failOnNew":{"type":"boolean"},"approximate":{"type":"boolean"},"newFindings":{"type":"integer","minimum":0},"resolvedFindings":{"type":"integer","minimum":0},"unchanged":{"type":"integer","minimum":0},"new":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["ruleId","clientId","severity"],"properties":{"ruleId":{"type":"string"},"clientId":{"type":["string","null"]},"subject":{"type":["string","null"]},"severity":{"enum":["error","warning","notice"]}}}},"resolved":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["ruleId","clientId","clientName","severity"],"properties":{"ruleId":{"type":"string"},"clientId":{"type":"string"},"clientName":{"type":"string"},"severity":{"enum":["error","warning","notice"]}}}},"newClients":{"type":["array","null"],"items":{"type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"type":"string"},"name":{"type":"string"}}}},"accessChanged":{"type":["array","null"],"items":{"type":"object","additionalProperties":false,"required":["id","name","itemsBefore","itemsAfter","grew"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"itemsBefore":{"type":"integer"},"itemsAfter":{"type":"integer"},"grew":{"type":"boolean"}}}}}}]}},"definitions":{"severity":{"enum":["error","warning","notice"]},"nullableString":{"type":["string","null"]},"lastUsed":{"description":"Last UTC day with API requests; null: none in the usage window. Absent when usage was not read.","oneOf":[{"type":"null"},{"type":"string","format":"date"}]},"location":{"type":"object","additionalProperties":false,"required":["file","line","column"],"properties":{"file":{"type":"string"},"line":{"type":"integer","minimum":0},"column":{"type":"integer","minimum":0}}},"rule":{"type":"object","additionalProperties":false,"required":["id","description","severity","category","builtIn","docsUrl","rationale","fix","location"],"properties":{"id":{"type":"string"},"description":{"type":"string"},"severity":{"$ref":"#/definitions/severity"},"category":{"oneOf":[{"type":"null"},{"enum":["privilege-escalation","data-access","credential-hygiene","housekeeping"]}]},"builtIn":{"type":"boolean"},"docsUrl":{"oneOf":[{"type":"null"},{"type":"string","format":"uri"}]},"rationale":{"$ref":"#/definitions/nullableString"},"fix":{"$ref":"#/definitions/nullableString"},"location":{"$ref":"#/definitions/location"}}},"client":{"type":"object","additionalProperties":false,"required":["id","name","grantType","state","allDivisions","adminEquivalent"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"grantType":{"type":"string"},"state":{"type":"string"},"lastUsed":{"$ref":"#/definitions/lastUsed"},"allDivisions":{"type":"boolean"},"adminEquivalent":{"type":"boolean"}}},"result":{"type":"object","additionalProperties":false,"required":["ruleId","severity","client","message","items","holders","location","findings"],"properties":{"ruleId":{"type":"string"},"severity":{"$ref":"#/definitions/severity"},"client":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/client"}]},"message":{"type":"string"},"items":{"description":"The scopes, permissions, roles, redirect URIs or values found, distinct.","type":"array","items":{"type":"string"}},"holders":{"description":"For permissions: the roles granting them, with the division.","type":"array","items":{"type":"string"}},"location":{"$ref":"#/definitions/location"},"findings":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["severity","message","subject","location"],"properties":{"severity":{"$ref":"#/definitions/severity"},"message":{"type":"string"},"subject":{"$ref":"#/definitions/nullableString"},"location":{"$ref":"#/definitions/location"}}}}}},"accepted":{"type":"object","additionalProperties":false,"required":["client","ruleId","subject","message","exception"],"properties":{"client":{"oneOf":[{"type":"null"},{"$ref":"#/definitions/client"}]},"ruleId":{"type":"string"},"subject":{"$ref":"#/definitions/nullableString"},"message":{"type":"string"},"exception":{"type":"object","additionalProperties":false,"required":["reason","owner","expires","location"],"properties":{"reason":{"type":"string"},"owner":{"type":"string"},"expires":{"type":"string","format":"date"},"location":{"$ref":"#/definitions/location"}}}}},"inventoryClient":{"type":"object","additionalProperties":false,"required":["id","name","description","grantType","apiGrantType","state","apiState","scopes","roles","permissions","tokenLifetimeSeconds","redirectUris","dateCreated","dateModified","dateToDelete","createdBy","modifiedBy"],"properties":{"id":{"type":"string"},"name":{"type":"string"},"description":{"type":"string"},"grantType":{"enum":["client-credentials","code","implicit","saml2-bearer","password","unknown"]},"apiGrantType":{"type":"string"},"state":{"enum":["active","disabled","inactive","unknown"]},"apiState":{"type":"string"},"scopes":{"type":"array","items":{"type":"string"}},"roles":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["roleId","roleName","divisionId","divisionName"],"properties":{"roleId":{"type":"string"},"roleName":{"type":"string"},"divisionId":{"type":"string"},"divisionName":{"type":"string"}}}},"permissions":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["permission","roleName","divisionId","divisionName"],"properties":{"permission":{"type":"string"},"roleName":{"type":"string"},"divisionId":{"type":"string"},"divisionName":{"type":"string"}}}},"tokenLifetimeSeconds":{"type":"number"},"redirectUris":{"type":"array","items":{"type":"string"}},"dateCreated":{"$ref":"#/definitions/nullableString"},"dateModified":{"$ref":"#/definitions/nullableString"},"dateToDelete":{"$ref":"#/definitions/nullableString"},"createdBy":{"$ref":"#/definitions/nullableString"},"modifiedBy":{"$ref":"#/definitions/nullableString"},"lastUsed":{"$ref":"#/definitions/lastUsed"}}}}}');
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/render/json.ts
var json = __webpack_require__(5104);
;// CONCATENATED MODULE: ./src/reports/read-report.ts
// A JSON report read back (explain, merge-reports): checked against its committed schema,
// so a damaged or foreign file is one sentence, never a crash halfway through.





// Compiled on first use: only these commands read reports back.
let validator;
async function readJson(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        throw new errors/* ConfigError */.xL(`Report ${file} cannot be read (${err.code ?? 'error'}).`);
    }
    try {
        return JSON.parse(text);
    }
    catch {
        throw new errors/* ConfigError */.xL(`Report ${file} is not JSON.`);
    }
}
/** Problems of a report document against the schema, one sentence; undefined when valid. */
function reportProblem(file, doc) {
    const version = doc?.schemaVersion;
    if (version !== json/* REPORT_SCHEMA_VERSION */.WI)
        return `${file} is report version ${String(version)}; this version reads version ${json/* REPORT_SCHEMA_VERSION */.WI}.`;
    validator ??= new ajv.Ajv({ strict: false, allErrors: false, validateFormats: false }).compile(report_schema_namespaceObject);
    if (validator(doc))
        return undefined;
    const e = validator.errors?.[0];
    return `${file} is not a valid report: ${e ? `${e.instancePath || 'the document'} ${e.message ?? 'is invalid'}` : 'unknown problem'}.`;
}
/** The inventory a valid report holds, as the evaluator reads it. */
function inventoryOfReport(doc) {
    const d = doc;
    const clients = d.inventory.map((c) => ({
        id: c.id,
        name: c.name,
        description: c.description,
        grantType: c.grantType,
        apiGrantType: c.apiGrantType,
        state: c.state,
        apiState: c.apiState,
        scopes: c.scopes,
        roleGrants: c.roles,
        permissions: c.permissions,
        tokenLifetimeSeconds: c.tokenLifetimeSeconds,
        redirectUris: c.redirectUris,
        ...(c.dateCreated ? { dateCreated: c.dateCreated } : {}),
        ...(c.dateModified ? { dateModified: c.dateModified } : {}),
        ...(c.dateToDelete ? { dateToDelete: c.dateToDelete } : {}),
        ...(c.createdBy ? { createdBy: c.createdBy } : {}),
        ...(c.modifiedBy ? { modifiedBy: c.modifiedBy } : {}),
        ...(c.lastUsed !== undefined ? { lastUsed: c.lastUsed } : {}),
    }));
    return { clients, fetchedAt: d.fetchedAt, notices: d.notices, ...(d.usage ? { usage: d.usage } : {}) };
}

// EXTERNAL MODULE: ./src/fan-in/merge.ts
var merge = __webpack_require__(7855);
;// CONCATENATED MODULE: ./src/fan-in/read-reports.ts
// The fan-in's input: report files named by paths or glob patterns (as a matrix's artifacts
// land), each read and checked; a pattern that matches nothing is a problem, not silence.





async function readReports(patterns, cwd) {
    const out = [];
    for (const pattern of patterns) {
        const files = [];
        for await (const f of (0,promises_.glob)(pattern, { cwd }))
            files.push(f);
        if (files.length === 0)
            out.push(`No report matches ${pattern}.`);
        for (const f of files.sort())
            out.push(await readOne(external_node_path_default().resolve(cwd, f), f));
    }
    return out;
}
async function readOne(file, shown) {
    try {
        const doc = await readJson(file);
        return reportProblem(shown, doc) ?? (0,merge.readReport)(shown, doc);
    }
    catch (err) {
        if (err instanceof errors/* UserError */.yo)
            return err.message;
        throw err;
    }
}


/***/ })

};

//# sourceMappingURL=769.index.js.map