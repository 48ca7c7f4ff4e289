// `npm run demo`: the product on the built-in demo org, with no credentials and no
// network. Starts the Genesys Cloud emulator (the `demo` scenario) on loopback and runs the
// CLI as a real process against it with the example policy, exactly as a user would with
// GENESYSCLOUD_* variables. Extra arguments go to the CLI:
//   npm run demo -- --format json
//   npm run demo -- --fail-on warning
//   npm run demo -- --scenario hostile     (names built to break tables and logs)
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isScenarioName, SCENARIOS, startEmulator } from '../emulator/index.ts';

const EXIT_MEANING: Readonly<Record<number, string>> = {
  0: 'pass',
  1: 'findings at or above fail-on, as this org is built to have',
  2: 'bad usage or policy',
  3: 'API or network failure',
};
const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const scenarioAt = args.indexOf('--scenario');
const scenario = scenarioAt >= 0 ? (args.splice(scenarioAt, 2)[1] ?? '') : 'demo';
if (!isScenarioName(scenario)) {
  console.error(`demo: unknown scenario "${scenario}"; use one of ${SCENARIOS.join(', ')}`);
  process.exit(2);
}

const emulator = await startEmulator({ scenario });
const { clientId, clientSecret } = emulator.credentials();
console.error(`demo: Genesys Cloud emulator (${scenario} org) at ${emulator.url}; running the CLI with policies/oauth-policy.yml\n`);

// The CLI from source (Node 24 runs TypeScript), so the demo always shows the current code.
const cli = spawn(process.execPath, [`${root}src/cli/index.ts`, '--policy', 'policies/oauth-policy.yml', ...args], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    GENESYSCLOUD_OAUTHCLIENT_ID: clientId,
    GENESYSCLOUD_OAUTHCLIENT_SECRET: clientSecret,
    GENESYSCLOUD_API_BASE_URL: emulator.url,
    GENESYSCLOUD_ALLOW_INSECURE_HTTP: 'true',
    GENESYSCLOUD_REGION: '',
  },
});
const code = await new Promise<number>((resolve) => cli.on('close', (c) => resolve(c ?? 1)));
await emulator.close();

const { requests, tokenRequests, throttled } = emulator.stats;
console.error(
  `\ndemo: the CLI exited with ${code} (${EXIT_MEANING[code] ?? 'unexpected'}); it made ${requests} API requests and ${tokenRequests} token request(s), ${throttled} rate-limited.`,
);
// The demo org breaks the example policy on purpose: exit 1 is the expected outcome here.
process.exitCode = code === 0 || code === 1 ? 0 : code;
