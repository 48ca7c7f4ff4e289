export const id = 417;
export const ids = [417];
export const modules = {

/***/ 7417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderFanIn: () => (/* binding */ renderFanIn)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7789);

function renderFanIn(m) {
    const failed = m.orgs.filter((o) => !o.passed).length;
    const head = m.passed
        ? `## ✅ ${m.orgs.length} org${m.orgs.length === 1 ? '' : 's'} pass the OAuth client policy`
        : `## ❌ ${failed ? `${failed} of ${m.orgs.length} orgs fail` : 'The merge failed'}`;
    const out = [head, ''];
    if (m.problems.length)
        out.push(...m.problems.map((p) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(p, 500)}`), '');
    if (m.orgs.length) {
        out.push('| Org | Policy | Verdict | Errors | Warnings | Notices | Accepted | Clients | New since last run | Read at |', '|---|---|---|---:|---:|---:|---:|---:|---|---|');
        for (const o of m.orgs) {
            const drift = o.newFindings === undefined ? 'no baseline' : `${o.newFindings} new, ${o.resolvedFindings} resolved`;
            out.push(`| ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(o.host, 120)} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(o.policyFile, 120)} | ${o.passed ? '✅ pass' : `❌ ${o.failing} at or above ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(o.failOn, 10)}`} | ${o.counts.error} | ${o.counts.warning} | ${o.counts.notice} | ${o.accepted} | ${o.clients} | ${drift} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__.md)(o.fetchedAt.slice(0, 16).replace('T', ' '), 20)} |`);
        }
    }
    return `${out.join('\n')}\n`;
}


/***/ })

};

//# sourceMappingURL=417.index.js.map