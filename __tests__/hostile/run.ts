// Runs the CLI (src, in-process) against a fake Genesys Cloud with a policy text.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.ts';
import { CREDENTIALS, TOKEN, type FakeServer } from './fake-genesys.ts';

export const PASSING_POLICY = 'version: 1\nrules:\n  - id: tokens\n    token-lifetime: { max-seconds: 172800 }\n';
export const UNUSED_POLICY = 'version: 1\nrules:\n  - id: idle\n    unused: { max-days: 30 }\n';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(server: FakeServer, policy = PASSING_POLICY, args: string[] = []): Promise<Run> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hostile-'));
  writeFileSync(path.join(dir, 'policy.yml'), policy);
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv: ['--policy', 'policy.yml', ...args],
    env: {
      GENESYSCLOUD_OAUTHCLIENT_ID: CREDENTIALS.clientId,
      GENESYSCLOUD_OAUTHCLIENT_SECRET: CREDENTIALS.clientSecret,
      GENESYSCLOUD_API_BASE_URL: server.url,
    },
    cwd: dir,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTty: false,
    version: '0.0.0-test',
  });
  return { code, stdout, stderr };
}

/** A failed run: one line on stderr, no stack trace, no secret or token. */
export function oneSentence(run: Run): string {
  const text = run.stderr.trim();
  if (text.includes('\n') || /\n\s+at |unexpected error/i.test(run.stderr)) throw new Error(`not one sentence: ${run.stderr}`);
  if (text.includes(TOKEN) || text.includes(CREDENTIALS.clientSecret)) throw new Error('a secret reached the output');
  return text;
}
