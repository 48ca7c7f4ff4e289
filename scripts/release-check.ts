// Before tagging a release: refuses unless the tag, package.json's version, the version the
// built CLI reports, CHANGELOG.md and dist/ (against a fresh build) all agree. docs/release.md.
//   node scripts/release-check.ts [--tag vX.Y.Z] [--root DIR] [--build-command CMD]
//   node scripts/release-check.ts --notes [--root DIR]     (prints the version's changelog section)
//   node scripts/release-check.ts --major [--root DIR]     (prints the major tag to move, if any)
// Exit 0 when all agree, 1 with one line per problem, 2 on bad usage.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { changelogSections } from './release/changelog.ts';
import { majorTag, releaseProblems } from './release/checks.ts';
import { actionRefs } from './release/pins.ts';

let values;
try {
  ({ values } = parseArgs({
    options: {
      tag: { type: 'string' },
      root: { type: 'string', default: path.resolve(import.meta.dirname, '..') },
      'build-command': { type: 'string', default: 'npm run build' },
      notes: { type: 'boolean', default: false },
      major: { type: 'boolean', default: false },
    },
  }));
} catch (err) {
  console.error(`release-check: ${(err as Error).message}`);
  process.exit(2);
}
const root = path.resolve(values.root);
const packageVersion = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
const changelog = readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');

if (values.major) {
  process.stdout.write(`${majorTag(packageVersion) ?? ''}\n`);
  process.exit(0);
}
if (values.notes) {
  const section = changelogSections(changelog).find((s) => s.name === packageVersion);
  if (!section) {
    console.error(`release-check: CHANGELOG.md has no section for ${packageVersion}.`);
    process.exit(1);
  }
  process.stdout.write(`${section.body}\n`);
  process.exit(0);
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });
const changed = (pathspec: string) =>
  git('status', '--porcelain', '--untracked-files=all', '--', pathspec)
    .split('\n')
    .filter(Boolean)
    .map((l) => l.slice(3));

const dirtyFiles = changed('.').filter((f) => !f.startsWith('dist/'));
const build = spawnSync(values['build-command'], { cwd: root, shell: true, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) {
  console.error(`release-check: the build (${values['build-command']}) failed with exit code ${build.status}.`);
  process.exit(1);
}
const cli = spawnSync(process.execPath, [path.join(root, 'dist', 'cli', 'index.js'), '--version'], { cwd: root, encoding: 'utf8' });
const problems = releaseProblems({
  ...(values.tag !== undefined && { tag: values.tag }),
  packageVersion,
  cliVersion: cli.status === 0 ? cli.stdout.trim() : undefined,
  changelog,
  distChanges: changed('dist'),
  dirtyFiles,
  tagPinnedActions: tagPinnedActions(),
});
if (problems.length > 0) {
  for (const p of problems) console.error(`release-check: ${p}`);
  process.exit(1);
}
const major = majorTag(packageVersion);
console.log(`release-check: ${values.tag ?? `v${packageVersion}`} is ready${major ? `; move ${major} to it` : ''}.`);

function tagPinnedActions(): string[] {
  const dir = path.join(root, '.github', 'workflows');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .flatMap((f) =>
      actionRefs(readFileSync(path.join(dir, f), 'utf8'))
        .filter((r) => !r.pinned)
        .map((r) => `.github/workflows/${f}:${r.line}: ${r.action}@${r.ref}`),
    );
}
