// The built action asked for every report file: it writes SARIF, the JSON report and the
// inventory CSV into the workspace, names each in an output, and keeps every annotation
// level within what GitHub shows (10 per step), the verdict included.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../emulator/server.ts';
import { runAction } from '../helpers/runner.ts';

let emu: EmulatorHandle;
beforeAll(async () => {
  emu = await startEmulator({ scenario: 'demo' });
});
afterAll(async () => {
  await emu.close();
});

describe("the action's report files", () => {
  it('writes SARIF, the JSON report and the CSV, and sets their paths as outputs', async () => {
    const { clientId, clientSecret } = emu.credentials();
    const r = await runAction({
      inputs: {
        'client-id': clientId,
        'client-secret': clientSecret,
        'api-base-url': emu.url,
        policy: 'policies/oauth-policy.yml',
        'sarif-file': 'reports/oauth.sarif',
        'report-file': 'reports/report.json',
        'inventory-csv': 'inventory.csv',
      },
      files: { 'policies/oauth-policy.yml': readFileSync('policies/oauth-policy.yml', 'utf8') },
    });
    expect(r.exitCode).toBe(1);
    const workspace = path.join(r.dir, 'workspace');
    expect(r.outputs['sarif-file']).toBe(path.join(workspace, 'reports/oauth.sarif'));
    expect(r.outputs['report-file']).toBe(path.join(workspace, 'reports/report.json'));
    expect(r.outputs['inventory-csv']).toBe(path.join(workspace, 'inventory.csv'));
    const sarif = JSON.parse(readFileSync(r.outputs['sarif-file'] ?? '', 'utf8')) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results.length).toBeGreaterThan(0);
    const report = JSON.parse(readFileSync(r.outputs['report-file'] ?? '', 'utf8')) as { schemaVersion: number; verdict: { failing: number } };
    expect(report.schemaVersion).toBe(1);
    expect(String(report.verdict.failing)).toBe(r.outputs.errors);
    expect(
      readFileSync(r.outputs['inventory-csv'] ?? '', 'utf8')
        .split('\r\n')
        .filter(Boolean),
    ).toHaveLength(37);
    for (const level of ['error', 'warning', 'notice']) {
      expect(r.stdout.split('\n').filter((l) => l.startsWith(`::${level}`)).length).toBeLessThanOrEqual(10);
    }
    expect(Buffer.byteLength(r.summary)).toBeLessThan(1024 * 1024);
  });
});
