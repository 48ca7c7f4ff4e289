// What the figures were measured on: CPU, cores, memory, OS, Node, the date and the commit;
// and whether dist/ (whose cold start is measured) was built from the sources as they are.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SOURCE_HASH_FILE, sourceHash } from '../source-hash.ts';

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

/** Which dist/ this is: as committed (and in which commit), or a local build. */
export function distVersion(root: string): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
    if (git('status', '--porcelain', '--', 'dist') !== '') return `a local build of ${iso(statSync(path.join(root, SOURCE_HASH_FILE)).mtimeMs)}`;
    return `as committed in ${git('log', '-1', '--format=%h (%cI)', '--', 'dist')}`;
  } catch {
    return 'of unknown origin (not a git checkout)';
  }
}

/**
 * A sentence when dist/ was not built from the sources as they are, else undefined: the
 * build writes the hash of what it bundled to dist/source-hash.txt (as the test for a stale
 * dist/ reads it).
 */
export function distStaleness(root: string): string | undefined {
  const built = readBuiltHash(root);
  if (built === undefined) return `${SOURCE_HASH_FILE} is missing: dist/ may not match src/.`;
  if (built === sourceHash(root)) return undefined;
  const newest = newestSource(path.join(root, 'src'));
  return `dist/ was built from other sources than these${newest ? ` (the newest change: ${path.relative(root, newest.file)}, ${iso(newest.mtimeMs)})` : ''}: the figures of ours were measured on a build that does not match src/.`;
}

function readBuiltHash(root: string): string | undefined {
  try {
    return readFileSync(path.join(root, SOURCE_HASH_FILE), 'utf8').trim();
  } catch {
    return undefined;
  }
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
