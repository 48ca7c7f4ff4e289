// Pins every third-party action in .github/workflows by commit SHA, keeping the tag as a
// comment (`actions/checkout@<sha> # v5`); Dependabot then updates both together. Needs
// network access to github.com (git ls-remote); run it before a release (docs/release.md).
//   node scripts/pin-actions.ts            rewrite the workflows
//   node scripts/pin-actions.ts --check    list the actions still pinned by tag; exit 1 if any
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { actionRefs, actionRepository, pinWorkflow } from './release/pins.ts';

const dir = path.resolve(import.meta.dirname, '..', '.github', 'workflows');
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

if (process.argv.includes('--check')) {
  const unpinned = files.flatMap((f) =>
    actionRefs(readFileSync(path.join(dir, f), 'utf8'))
      .filter((r) => !r.pinned)
      .map((r) => `.github/workflows/${f}:${r.line}: ${r.action}@${r.ref}`),
  );
  for (const u of unpinned) console.error(`${u} is pinned by tag, not by commit SHA`);
  process.exit(unpinned.length > 0 ? 1 : 0);
}

const cache = new Map<string, string>();
for (const file of files) {
  const text = readFileSync(path.join(dir, file), 'utf8');
  const pinned = pinWorkflow(text, (action, ref) => {
    const key = `${actionRepository(action)}@${ref}`;
    if (!cache.has(key)) cache.set(key, tagCommit(actionRepository(action), ref));
    return cache.get(key) as string;
  });
  if (pinned !== text) {
    writeFileSync(path.join(dir, file), pinned);
    console.log(`pinned ${file}`);
  }
}

/** The commit a tag names (an annotated tag's peeled ^{} entry); a branch or a missing tag is an error. */
function tagCommit(repository: string, tag: string): string {
  const out = execFileSync('git', ['ls-remote', '--tags', `https://github.com/${repository}.git`, `refs/tags/${tag}`, `refs/tags/${tag}^{}`], {
    encoding: 'utf8',
  });
  const refs = new Map(
    out
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.split('\t')[1], l.split('\t')[0]] as const),
  );
  const sha = refs.get(`refs/tags/${tag}^{}`) ?? refs.get(`refs/tags/${tag}`);
  if (!sha) {
    console.error(`pin-actions: ${repository} has no tag ${tag}.`);
    process.exit(1);
  }
  return sha;
}
