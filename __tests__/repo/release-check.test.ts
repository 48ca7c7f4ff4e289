// scripts/release-check.ts refuses a release whose tag, package.json, CLI version, changelog or
// dist/ disagree: run on throwaway git repositories with a stand-in build.
import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { changelogSections } from '../../scripts/release/changelog.ts';
import { majorTag, releaseProblems, SEMVER } from '../../scripts/release/checks.ts';
import { actionRefs, actionRepository, pinWorkflow } from '../../scripts/release/pins.ts';

const CHANGELOG = (version: string) => `# Changelog

## [Unreleased]

## [${version}] - 2027-01-15
### Fixed
- Something.

## [1.0.0] - 2026-12-24
### Added
- Everything.

[Unreleased]: https://example.test/compare/v${version}...HEAD
`;

/** The stand-in build: writes dist/cli/index.js, which prints `reports` (package.json's version by default). */
const BUILD = `
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
const reports = process.env.REPORTS ?? JSON.parse(readFileSync('package.json', 'utf8')).version;
mkdirSync('dist/cli', { recursive: true });
writeFileSync('dist/cli/index.js', 'console.log(' + JSON.stringify(reports) + ');\\n');
`;

interface Fixture {
  version?: string;
  changelog?: string;
  /** What the committed dist/ CLI prints, when it differs from a fresh build. */
  committedCli?: string;
  /** What a fresh build's CLI prints. */
  builtCli?: string;
  dirty?: boolean;
}

function repo(f: Fixture = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'release-'));
  const version = f.version ?? '1.1.0';
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'x', version }));
  writeFileSync(path.join(dir, 'CHANGELOG.md'), f.changelog ?? CHANGELOG(version));
  writeFileSync(path.join(dir, 'build.mjs'), BUILD);
  mkdirSync(path.join(dir, 'dist', 'cli'), { recursive: true });
  writeFileSync(path.join(dir, 'dist', 'cli', 'index.js'), `console.log(${JSON.stringify(f.committedCli ?? f.builtCli ?? version)});\n`);
  git('init', '-q');
  git('add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.test', 'commit', '-qm', 'fixture');
  if (f.dirty) writeFileSync(path.join(dir, 'CHANGELOG.md'), `${readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8')}\nmore\n`);
  return dir;
}

function check(dir: string, args: string[] = [], builtCli?: string) {
  const r = spawnSync(process.execPath, ['scripts/release-check.ts', '--root', dir, '--build-command', `"${process.execPath}" build.mjs`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...(builtCli !== undefined && { REPORTS: builtCli }) },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('release-check', () => {
  it('passes when everything agrees, and names the major tag to move', () => {
    const r = check(repo(), ['--tag', 'v1.1.0']);
    expect(r).toEqual({ code: 0, stdout: 'release-check: v1.1.0 is ready; move v1 to it.\n', stderr: '' });
  });

  it("refuses a tag that is not package.json's version", () => {
    const r = check(repo(), ['--tag', 'v1.2.0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("release-check: The tag v1.2.0 does not match package.json's version 1.1.0: tag v1.1.0, or change the version.\n");
  });

  it("refuses a changelog without the version's section", () => {
    const r = check(repo({ changelog: CHANGELOG('1.0.1') }));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('release-check: CHANGELOG.md has no "## [1.1.0] - YYYY-MM-DD" section: move the Unreleased entries under it.\n');
  });

  it('refuses a stale dist/, one that a fresh build changes', () => {
    const r = check(repo({ committedCli: '1.0.0' }));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('release-check: dist/ differs from a fresh build of src/ (dist/cli/index.js): commit the rebuilt dist/.\n');
  });

  it('refuses a CLI that reports another version than package.json', () => {
    const r = check(repo({ builtCli: '0.1.0' }), [], '0.1.0');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('release-check: The built CLI reports version 0.1.0, package.json says 1.1.0: dist/ is stale.\n');
  });

  it('refuses uncommitted changes', () => {
    const r = check(repo({ dirty: true }));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('release-check: The working tree has uncommitted changes (CHANGELOG.md): release from a clean checkout.\n');
  });

  it('refuses workflows with actions pinned by tag, not SHA', () => {
    const dir = repo();
    mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true });
    const sha = 'a'.repeat(40);
    writeFileSync(
      path.join(dir, '.github', 'workflows', 'ci.yml'),
      `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${sha} # v5\n      - uses: ./\n      - uses: actions/setup-node@v5\n`,
    );
    execFileSync('git', ['add', '.'], { cwd: dir });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.test', 'commit', '-qm', 'ci'], { cwd: dir });
    const r = check(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'release-check: 1 third-party action(s) in the workflows are pinned by tag, not by commit SHA (.github/workflows/ci.yml:8: actions/setup-node@v5): run node scripts/pin-actions.ts and commit.\n',
    );
  });

  it('names the major tag a release moves', () => {
    expect(check(repo({ version: '3.2.1' }), ['--major']).stdout).toBe('v3\n');
    expect(check(repo({ version: '0.2.0' }), ['--major']).stdout).toBe('\n');
  });

  it("prints the version's changelog section as release notes", () => {
    expect(check(repo(), ['--notes'])).toEqual({ code: 0, stdout: '### Fixed\n- Something.\n', stderr: '' });
  });
});

describe('action pins', () => {
  it('finds remote actions, tells SHA pins from tag pins, and pins tags keeping them as comments', () => {
    const sha = 'b'.repeat(40);
    const wf = `steps:\n  - uses: actions/checkout@v5\n  - uses: "github/codeql-action/init@v3"\n  - uses: ./\n  - uses: docker://alpine:3\n  - uses: actions/setup-node@${sha} # v5\n`;
    expect(actionRefs(wf).map((r) => [r.line, r.action, r.ref, r.pinned])).toEqual([
      [2, 'actions/checkout', 'v5', false],
      [3, 'github/codeql-action/init', 'v3', false],
      [6, 'actions/setup-node', sha, true],
    ]);
    const asked: string[] = [];
    const pinned = pinWorkflow(wf, (action, ref) => (asked.push(`${actionRepository(action)}@${ref}`), 'c'.repeat(40)));
    expect(asked).toEqual(['actions/checkout@v5', 'github/codeql-action@v3']);
    expect(pinned.split('\n').slice(1, 3)).toEqual([
      `  - uses: actions/checkout@${'c'.repeat(40)} # v5`,
      `  - uses: github/codeql-action/init@${'c'.repeat(40)} # v3`,
    ]);
    expect(actionRefs(pinned).every((r) => r.pinned)).toBe(true);
  });
});

describe('release rules', () => {
  const facts = { packageVersion: '2.0.0', cliVersion: '2.0.0', changelog: CHANGELOG('2.0.0'), distChanges: [], dirtyFiles: [], tagPinnedActions: [] };

  it("wants the version's section newest, dated and not empty, and an Unreleased one", () => {
    expect(releaseProblems(facts)).toEqual([]);
    expect(releaseProblems({ ...facts, packageVersion: '1.0.0', cliVersion: '1.0.0' })).toEqual([
      "CHANGELOG.md's newest section is 2.0.0, not 1.0.0: the released version's section comes first after Unreleased.",
    ]);
    expect(releaseProblems({ ...facts, changelog: CHANGELOG('2.0.0').replace(' - 2027-01-15', '') })).toEqual([
      "CHANGELOG.md's 2.0.0 section has no release date (## [2.0.0] - YYYY-MM-DD).",
    ]);
    expect(releaseProblems({ ...facts, changelog: CHANGELOG('2.0.0').replace('### Fixed\n- Something.\n', '') })).toEqual([
      "CHANGELOG.md's 2.0.0 section is empty: say what changed.",
    ]);
    expect(releaseProblems({ ...facts, changelog: CHANGELOG('2.0.0').replace('## [Unreleased]\n', '') })).toEqual([
      'CHANGELOG.md has no "## [Unreleased]" section to collect the next changes.',
    ]);
    expect(releaseProblems({ ...facts, packageVersion: '2.0', cliVersion: undefined })[0]).toBe(
      'package.json\'s version "2.0" is not a semantic version (X.Y.Z).',
    );
  });

  it('moves the major tag for stable releases from 1.0.0 on', () => {
    expect(majorTag('1.4.2')).toBe('v1');
    expect(majorTag('12.0.0')).toBe('v12');
    expect(majorTag('0.3.0')).toBeUndefined();
    expect(majorTag('2.0.0-rc.1')).toBeUndefined();
    expect(SEMVER.test('1.0.0-alpha.1')).toBe(true);
    expect(SEMVER.test('01.0.0')).toBe(false);
  });

  it("has the CLI report package.json's version (from src/)", () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const r = spawnSync(process.execPath, ['src/cli/index.ts', '--version'], { encoding: 'utf8' });
    expect({ code: r.status, stdout: r.stdout }).toEqual({ code: 0, stdout: `${pkg.version}\n` });
  });

  it("finds this repository's own changelog in order for its version", () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const changelog = readFileSync('CHANGELOG.md', 'utf8');
    expect(releaseProblems({ packageVersion: pkg.version, cliVersion: pkg.version, changelog, distChanges: [], dirtyFiles: [], tagPinnedActions: [] })).toEqual(
      [],
    );
    expect(changelogSections(changelog)[0]?.name).toBe('Unreleased');
  });
});
