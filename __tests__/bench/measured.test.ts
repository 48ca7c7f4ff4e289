// What the benchmark reads of a measured process besides its wall: peak RSS and CPU, also
// when the process fails (GNU time then writes a line of its own first). A machine without
// GNU time measures RSS by polling and leaves CPU out, never a made-up figure.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from '@jest/globals';
import { measure } from '../../scripts/bench/measured.ts';

const withGnuTime = existsSync('/usr/bin/time');
const busy = (exit: number) => `const end = process.cpuUsage().user + 150000; while (process.cpuUsage().user < end); process.exit(${exit})`;
const run = (exit: number) =>
  measure({ command: process.execPath, args: ['-e', busy(exit)], env: { PATH: process.env.PATH ?? '' }, cwd: tmpdir(), timeoutMs: 30_000 });

describe('measure', () => {
  it.each([0, 3])('reads the CPU and the peak RSS of a process that exits %i', async (exit) => {
    const m = await run(exit);
    expect(m.exitCode).toBe(exit);
    expect(m.peakRssKb).toBeGreaterThan(1024);
    // 150 ms of user time, counted by the kernel in 10 ms steps.
    if (withGnuTime) expect(m.cpuMs).toBeGreaterThanOrEqual(140);
    else expect(m.cpuMs).toBeUndefined();
  });
});
