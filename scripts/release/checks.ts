// What must agree before a release is tagged: the tag, package.json's version, the version the
// built CLI reports, CHANGELOG.md's newest section, and dist/ against a fresh build. Each check
// returns one sentence per problem; scripts/release-check.ts gathers the facts and prints them.
import { changelogSections } from './changelog.ts';

/** Semantic Versioning 2.0.0, without build metadata (a tag names one build). */
export const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?$/;

export interface ReleaseFacts {
  /** The tag being released (`vX.Y.Z`), when one is given. */
  tag?: string;
  packageVersion: string;
  /** What `node dist/cli/index.js --version` printed, trimmed; undefined when it failed. */
  cliVersion: string | undefined;
  changelog: string;
  /** Files of dist/ that a fresh build changes, adds or removes. */
  distChanges: string[];
  /** Uncommitted changes outside dist/ before the build. */
  dirtyFiles: string[];
  /** Third-party actions the workflows pin by tag (`file:line: owner/repo@tag`). */
  tagPinnedActions: string[];
}

export function releaseProblems(f: ReleaseFacts): string[] {
  const problems: string[] = [];
  const version = f.packageVersion;
  if (!SEMVER.test(version)) problems.push(`package.json's version "${version}" is not a semantic version (X.Y.Z).`);
  if (f.tag !== undefined && f.tag !== `v${version}`)
    problems.push(`The tag ${f.tag} does not match package.json's version ${version}: tag v${version}, or change the version.`);
  if (f.cliVersion === undefined) problems.push('The built CLI (dist/cli/index.js --version) did not report a version.');
  else if (f.cliVersion !== version) problems.push(`The built CLI reports version ${f.cliVersion}, package.json says ${version}: dist/ is stale.`);
  problems.push(...changelogProblems(f.changelog, version));
  if (f.dirtyFiles.length > 0)
    problems.push(
      `The working tree has uncommitted changes (${f.dirtyFiles.slice(0, 5).join(', ')}${f.dirtyFiles.length > 5 ? ', …' : ''}): release from a clean checkout.`,
    );
  if (f.distChanges.length > 0)
    problems.push(
      `dist/ differs from a fresh build of src/ (${f.distChanges.slice(0, 5).join(', ')}${f.distChanges.length > 5 ? ', …' : ''}): commit the rebuilt dist/.`,
    );
  if (f.tagPinnedActions.length > 0)
    problems.push(
      `${f.tagPinnedActions.length} third-party action(s) in the workflows are pinned by tag, not by commit SHA (${f.tagPinnedActions[0]}${f.tagPinnedActions.length > 1 ? ', …' : ''}): run node scripts/pin-actions.ts and commit.`,
    );
  return problems;
}

function changelogProblems(changelog: string, version: string): string[] {
  const sections = changelogSections(changelog);
  if (!sections.some((s) => s.name === 'Unreleased')) return ['CHANGELOG.md has no "## [Unreleased]" section to collect the next changes.'];
  const released = sections.filter((s) => s.name !== 'Unreleased');
  const own = released.find((s) => s.name === version);
  if (!own) return [`CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section: move the Unreleased entries under it.`];
  const problems: string[] = [];
  if (released[0] !== own)
    problems.push(`CHANGELOG.md's newest section is ${released[0]?.name}, not ${version}: the released version's section comes first after Unreleased.`);
  if (!own.date || !/^\d{4}-\d{2}-\d{2}$/.test(own.date))
    problems.push(`CHANGELOG.md's ${version} section has no release date (## [${version}] - YYYY-MM-DD).`);
  if (own.body === '') problems.push(`CHANGELOG.md's ${version} section is empty: say what changed.`);
  return problems;
}

/** The moving major tag a release updates: v1 for 1.4.2; none for 0.x or a pre-release. */
export function majorTag(version: string): string | undefined {
  const m = SEMVER.exec(version);
  if (!m || m[4] !== undefined || m[1] === '0') return undefined;
  return `v${m[1]}`;
}
