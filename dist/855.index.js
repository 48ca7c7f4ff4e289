export const id = 855;
export const ids = [855];
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


/***/ })

};

//# sourceMappingURL=855.index.js.map