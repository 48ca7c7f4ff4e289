// One measured process: spawned with a given environment, timed from spawn to exit, its
// peak RSS taken by `/usr/bin/time -f %M` (GNU time: the child's max RSS from wait4) when
// present, else by polling /proc/<pid>/status (VmHWM, every 10 ms: the last poll before exit
// may miss a final peak). A hard timeout kills the process group it started.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Measured {
  /** performance.timeOrigin-based epoch ms at the spawn (comparable with the server's clock). */
  spawnedAt: number;
  wallMs: number;
  /** null when killed. */
  exitCode: number | null;
  timedOut: boolean;
  stdout: string;
  stderrTail: string;
  /** Peak resident set of the measured process, KiB; undefined when it could not be read. */
  peakRssKb?: number;
  /** User + system CPU of the measured process, every thread of it, ms; undefined without GNU time. */
  cpuMs?: number;
}

const GNU_TIME = '/usr/bin/time';

// Measured processes run in process groups of their own (so that a timeout kills the wrapper
// and the node under it); the ones still running die with the benchmark.
const live = new Set<number>();
process.once('exit', () => {
  for (const pid of live) killGroup(pid);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
const HAS_GNU_TIME = existsSync(GNU_TIME);
export const RSS_METHOD = HAS_GNU_TIME ? '`/usr/bin/time -f %M` (max RSS from wait4)' : 'polling /proc/<pid>/status VmHWM every 10 ms';
export const CPU_METHOD = HAS_GNU_TIME ? '`/usr/bin/time -f "%U %S"` (from wait4, 10 ms steps)' : 'not measured here (no GNU time)';

export function measure(opts: { command: string; args: readonly string[]; env: Record<string, string>; cwd: string; timeoutMs: number }): Promise<Measured> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-rss-'));
  const rssFile = path.join(dir, 'rss');
  const [command, args] = HAS_GNU_TIME ? [GNU_TIME, ['-f', '%M %U %S', '-o', rssFile, opts.command, ...opts.args]] : [opts.command, [...opts.args]];
  return new Promise((resolve, reject) => {
    const spawnedAt = performance.timeOrigin + performance.now();
    const t0 = performance.now();
    const child = spawn(command, args, { env: opts.env, cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const pid = child.pid;
    if (pid) live.add(pid);
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => (err = (err + b.toString('utf8')).slice(-4000)));
    let polled: number | undefined;
    const poll = HAS_GNU_TIME ? undefined : setInterval(() => (polled = vmHwm(child.pid) ?? polled), 10);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (pid) killGroup(pid);
    }, opts.timeoutMs);
    child.on('error', (e) => {
      if (pid) live.delete(pid);
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      rmSync(dir, { recursive: true, force: true });
      reject(e);
    });
    let exitedAt: number | undefined;
    child.on('exit', () => {
      exitedAt = performance.now();
      if (pid) live.delete(pid);
    });
    child.on('close', (code) => {
      const wallMs = (exitedAt ?? performance.now()) - t0;
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      const timed = HAS_GNU_TIME ? timeOutput(rssFile) : undefined;
      const peakRssKb = HAS_GNU_TIME ? timed?.peakRssKb : polled;
      rmSync(dir, { recursive: true, force: true });
      resolve({
        spawnedAt,
        wallMs,
        exitCode: code,
        timedOut,
        stdout: Buffer.concat(out).toString('utf8'),
        stderrTail: err,
        ...(peakRssKb !== undefined && { peakRssKb }),
        ...(timed?.cpuMs !== undefined && { cpuMs: timed.cpuMs }),
      });
    });
  });
}

/** "%M %U %S": GNU time writes "Command exited with non-zero status N" on a line before when the child fails. */
function timeOutput(file: string): { peakRssKb: number; cpuMs: number } | undefined {
  try {
    const last = readFileSync(file, 'utf8').trim().split('\n').at(-1) ?? '';
    const m = /^(\d+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/.exec(last);
    return m ? { peakRssKb: Number(m[1]), cpuMs: Math.round((Number(m[2]) + Number(m[3])) * 1000) } : undefined;
  } catch {
    return undefined;
  }
}

function vmHwm(pid: number | undefined): number | undefined {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}
