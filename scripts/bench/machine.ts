// What the figures were measured on: CPU, cores, memory, OS, Node, the date and the commit;
// and whether dist/index.js (whose cold start is measured) is older than the sources it is
// built from.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  date: string;
  commit: string;
}

export function describeMachine(root: string): Machine {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${osName()} (${os.type()} ${os.release()}, ${os.arch()})`,
    node: process.version,
    date: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    commit: commitOf(root),
  };
}

function osName(): string {
  try {
    return /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os.type();
  } catch {
    return os.type();
  }
}

function commitOf(root: string): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  try {
    const dirty = git('status', '--porcelain', '--untracked-files=no', '--', 'src', 'scripts', 'policies') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' (with uncommitted changes to src/, scripts/ or policies/)' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

/** Which dist/index.js this is: as committed (and in which commit), or a local build. */
export function distVersion(root: string): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
    if (git('status', '--porcelain', '--', 'dist/index.js') !== '') return `a local build of ${iso(statSync(path.join(root, 'dist', 'index.js')).mtimeMs)}`;
    return `as committed in ${git('log', '-1', '--format=%h (%cI)', '--', 'dist/index.js')}`;
  } catch {
    return 'of unknown origin (not a git checkout)';
  }
}

/**
 * A sentence when dist/index.js may not match the sources bundled into it (src/), else
 * undefined. A committed dist/ is compared by commits; a locally rebuilt
 * one by file times. Only the lead rebuilds dist/.
 */
export function distStaleness(root: string): string | undefined {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  const bundled = ['src'];
  try {
    if (git('status', '--porcelain', '--', 'dist/index.js') !== '') return staleByTime(root);
    if (git('status', '--porcelain', '--', ...bundled) !== '')
      return 'src/ has uncommitted changes that the committed dist/index.js does not have: the figures of ours were measured on an older build.';
    const [distCommit = '', distDate] = git('log', '-1', '--format=%h %cI', '--', 'dist/index.js').split(' ');
    const [srcCommit = '', srcDate] = git('log', '-1', '--format=%h %cI', '--', ...bundled).split(' ');
    try {
      execFileSync('git', ['merge-base', '--is-ancestor', srcCommit, distCommit], { cwd: root, stdio: 'ignore' });
      return undefined;
    } catch {
      return `dist/index.js was last built in ${distCommit} (${distDate}), before ${srcCommit} (${srcDate}) changed src/: the figures of ours were measured on an older build.`;
    }
  } catch {
    return staleByTime(root);
  }
}

function staleByTime(root: string): string | undefined {
  const built = statSync(path.join(root, 'dist', 'index.js')).mtimeMs;
  const newest = newestSource(path.join(root, 'src'));
  if (!newest || newest.mtimeMs <= built) return undefined;
  return `dist/index.js (built ${iso(built)}) is older than ${path.relative(root, newest.file)} (changed ${iso(newest.mtimeMs)}): the figures of ours were measured on a build that may not match src/.`;
}

function newestSource(dir: string): { file: string; mtimeMs: number } | undefined {
  let newest: { file: string; mtimeMs: number } | undefined;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    const found = entry.isDirectory()
      ? entry.name === 'emulator'
        ? undefined
        : newestSource(file)
      : entry.name.endsWith('.ts')
        ? { file, mtimeMs: statSync(file).mtimeMs }
        : undefined;
    if (found && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
  }
  return newest;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
