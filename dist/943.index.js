export const id = 943;
export const ids = [943];
export const modules = {

/***/ 8943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubHttpError: () => (/* binding */ GitHubHttpError),
/* harmony export */   octokitApi: () => (/* binding */ octokitApi),
/* harmony export */   parseRepo: () => (/* binding */ parseRepo)
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


/***/ })

};
