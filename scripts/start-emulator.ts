// Starts the Genesys Cloud emulator (scripts/emulator.ts) in the background and returns once it
// listens, with what a workflow needs to point the action at it: the self-test workflow runs
// this, then `uses: ./` with these step outputs.
//   node scripts/start-emulator.ts [emulator options, e.g. --scenario demo]
// Writes url, client-id, client-secret (the emulator's test credentials, not secrets) and pid
// to $GITHUB_OUTPUT, or prints them as name=value lines when it is not set. The emulator's log
// is $RUNNER_TEMP/emulator.log (or the system temp folder).
import { spawn } from 'node:child_process';
import { appendFileSync, closeSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const STARTUP_LIMIT_MS = 30_000;
const AUDITOR = 'auditor';

const log = path.join(process.env.RUNNER_TEMP || tmpdir(), 'emulator.log');
const fd = openSync(log, 'w');
const emulator = spawn(process.execPath, [path.join(import.meta.dirname, 'emulator.ts'), ...process.argv.slice(2)], {
  detached: true,
  stdio: ['ignore', fd, fd],
});
closeSync(fd);
emulator.unref();
let exited: number | null = null;
emulator.on('exit', (code) => (exited = code ?? 1));

const started = Date.now();
let outputs: Record<string, string> | undefined;
while (!outputs) {
  if (exited !== null) fail(`the emulator exited with ${exited} before it listened`);
  if (Date.now() - started > STARTUP_LIMIT_MS) {
    emulator.kill();
    fail(`the emulator did not listen within ${STARTUP_LIMIT_MS / 1000} s`);
  }
  await sleep(100);
  outputs = listening(readFileSync(log, 'utf8'));
}
const lines = Object.entries({ ...outputs, pid: String(emulator.pid) }).map(([name, value]) => `${name}=${value}\n`);
if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, lines.join(''));
else process.stdout.write(lines.join(''));
console.error(`start-emulator: listening at ${outputs.url} (pid ${emulator.pid}, log ${log})`);

/** The URL and the auditor's credentials, once the emulator has printed them. */
function listening(text: string): Record<string, string> | undefined {
  const url = / at (http:\/\/127\.0\.0\.1:\d+)$/m.exec(text)?.[1];
  const creds = new RegExp(`^ +${AUDITOR} +GENESYSCLOUD_OAUTHCLIENT_ID=(\\S+) GENESYSCLOUD_OAUTHCLIENT_SECRET=(\\S+)$`, 'm').exec(text);
  if (!url || !creds) return undefined;
  return { url, 'client-id': creds[1] as string, 'client-secret': creds[2] as string };
}

function fail(message: string): never {
  console.error(`start-emulator: ${message}; its log:\n${readFileSync(log, 'utf8')}`);
  process.exit(1);
}
