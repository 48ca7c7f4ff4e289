// scripts/release-check.ts refuses a release whose tag, package.json, CLI version, changelog or
// dist/ disagree: run on throwaway git repositories with a stand-in build.
import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { changelogSections } from '../../scripts/release/changelog.ts';
import { majorTag, releaseProblems, SEMVER } from '../../scripts/release/checks.ts';

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

  it('refuses a tag that is not package.json\'s version', () => {
    const r = check(repo(), ['--tag', 'v1.2.0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("release-check: The tag v1.2.0 does not match package.json's version 1.1.0: tag v1.1.0, or change the version.\n");
  });

  it('refuses a changelog without the version\'s section', () => {
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

  it('prints the version\'s changelog section as release notes', () => {
    expect(check(repo(), ['--notes'])).toEqual({ code: 0, stdout: '### Fixed\n- Something.\n', stderr: '' });
  });
});

describe('release rules', () => {
  const facts = { packageVersion: '2.0.0', cliVersion: '2.0.0', changelog: CHANGELOG('2.0.0'), distChanges: [], dirtyFiles: [] };

  it('wants the version\'s section newest, dated and not empty, and an Unreleased one', () => {
    expect(releaseProblems(facts)).toEqual([]);
    expect(releaseProblems({ ...facts, packageVersion: '1.0.0', cliVersion: '1.0.0' })).toEqual([
      "CHANGELOG.md's newest section is 2.0.0, not 1.0.0: the released version's section comes first after Unreleased.",
    ]);
    expect(releaseProblems({ ...facts, changelog: CHANGELOG('2.0.0').replace(' - 2027-01-15', '') })).toEqual([
      "CHANGELOG.md's 2.0.0 section has no release date (## [2.0.0] - YYYY-MM-DD).",
    ]);
    expect(releaseProblems({ ...facts, changelog: CHANGELOG('2.0.0').replace('### Fixed\n- Something.\n', '') })).toEqual(["CHANGELOG.md's 2.0.0 section is empty: say what changed."]);
    expect(releaseProblems({ ...facts, changelog: CHANGELOG('2.0.0').replace('## [Unreleased]\n', '') })).toEqual([
      'CHANGELOG.md has no "## [Unreleased]" section to collect the next changes.',
    ]);
    expect(releaseProblems({ ...facts, packageVersion: '2.0', cliVersion: undefined })[0]).toBe('package.json\'s version "2.0" is not a semantic version (X.Y.Z).');
  });

  it('moves the major tag for stable releases from 1.0.0 on', () => {
    expect(majorTag('1.4.2')).toBe('v1');
    expect(majorTag('12.0.0')).toBe('v12');
    expect(majorTag('0.3.0')).toBeUndefined();
    expect(majorTag('2.0.0-rc.1')).toBeUndefined();
    expect(SEMVER.test('1.0.0-alpha.1')).toBe(true);
    expect(SEMVER.test('01.0.0')).toBe(false);
  });

  it('finds this repository\'s own changelog in order for its version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const changelog = readFileSync('CHANGELOG.md', 'utf8');
    expect(releaseProblems({ packageVersion: pkg.version, cliVersion: pkg.version, changelog, distChanges: [], dirtyFiles: [] })).toEqual([]);
    expect(changelogSections(changelog)[0]?.name).toBe('Unreleased');
  });
});
