// What a scheduled run loads before its first read of the org: the policy and the audit,
// not the runner's toolkit (@actions/core, whose HTTP client brings a second undici) nor the
// reports. Those load while the org answers (src/action/early-audit.ts); loaded first, they
// held the reads back by tens of milliseconds on every run. In its own file: the toolkit is
// loaded once per module registry, and this test needs to see when.
import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import dc from 'node:diagnostics_channel';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmulator, type EmulatorHandle } from '../../emulator/index.ts';
import { fakeCore } from '../helpers/fake-core.ts';

const order: string[] = [];
const core = fakeCore();
jest.unstable_mockModule('@actions/core', () => {
  order.push('toolkit');
  return core.module;
});
const { run } = await import('../../src/action/main.ts');

const sent = ({ request }: { request: { path: string } }) => order.push(request.path.startsWith('/api/v2/') ? 'read' : 'token');

let emu: EmulatorHandle;
beforeAll(async () => {
  emu = await startEmulator({ scenario: 'demo', params: { seed: 3 }, knobs: { usagePollsBeforeComplete: 0 } });
  dc.subscribe('undici:client:sendHeaders', sent as (message: unknown) => void);
});
afterAll(async () => {
  dc.unsubscribe('undici:client:sendHeaders', sent as (message: unknown) => void);
  await emu.close();
});

it('sends the audit’s first reads before it loads the runner’s toolkit', async () => {
  const workspace = mkdtempSync(path.join(tmpdir(), 'load-order-'));
  mkdirSync(path.join(workspace, 'policies'));
  writeFileSync(path.join(workspace, 'policies/p.yml'), 'version: 1\nrules:\n  - id: short-tokens\n    token-lifetime: { max-seconds: 172800 }\n');
  const { clientId, clientSecret } = emu.credentials();
  core.reset({ 'client-id': clientId, 'client-secret': clientSecret, 'api-base-url': emu.url, policy: 'policies/p.yml', 'usage-days': '0' });
  await run({ workspace, env: { GITHUB_EVENT_NAME: 'schedule', ...core.inputEnv() } });
  expect(core.record.failed).toEqual([]);
  expect(core.record.outputs.passed).toBe('true');
  // The toolkit did load (the verdict went through it), after the token and the first reads.
  expect(order.slice(0, 2)).toEqual(['token', 'read']);
  expect(order).toContain('toolkit');
  expect(order.indexOf('toolkit')).toBeGreaterThan(order.indexOf('read'));
});
