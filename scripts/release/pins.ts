// Third-party actions in workflows, pinned by tag (`actions/checkout@v5`) or by commit SHA
// (`actions/checkout@<40 hex> # v5`). A tag can be moved by whoever controls that repository;
// a SHA cannot. scripts/pin-actions.ts turns tags into SHAs; the release check refuses tags.

export interface ActionRef {
  /** 1-based line in the workflow. */
  line: number;
  /** owner/repo, or owner/repo/path. */
  action: string;
  ref: string;
  pinned: boolean;
}

const USES = /^(\s*-?\s*uses:\s*)(["']?)([\w.-]+\/[\w./-]+)@([\w./-]+)\2(\s*#.*)?$/;

/** Every remote `uses:` (local `./` actions and `docker://` images are not pinned this way). */
export function actionRefs(workflow: string): ActionRef[] {
  return workflow.split('\n').flatMap((text, i) => {
    const m = USES.exec(text);
    if (!m) return [];
    const ref = m[4] as string;
    return [{ line: i + 1, action: m[3] as string, ref, pinned: /^[0-9a-f]{40}$/.test(ref) }];
  });
}

/** The repository whose tags an action's ref names: owner/repo of owner/repo/path. */
export function actionRepository(action: string): string {
  return action.split('/').slice(0, 2).join('/');
}

/** The workflow with each tag-pinned action at its SHA (`sha(action, tag)`), the tag kept as a comment. */
export function pinWorkflow(workflow: string, sha: (action: string, ref: string) => string): string {
  return workflow
    .split('\n')
    .map((text) => {
      const m = USES.exec(text);
      if (!m || /^[0-9a-f]{40}$/.test(m[4] as string)) return text;
      return `${m[1]}${m[3]}@${sha(m[3] as string, m[4] as string)} # ${m[4]}`;
    })
    .join('\n');
}
