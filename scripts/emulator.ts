// Runs the Genesys Cloud emulator in the foreground for manual tries, the demo and
// benchmarks against a separate process. Prints the base URL and the auditing clients'
// credentials (emulator-only test credentials).
//   node scripts/emulator.ts --scenario demo [--port N] [--seed S] [--latency-ms N]
//     [--jitter-ms N] [--rate-limit N] [--error-rate R] [--drop-rate R] [--malformed-rate R]
//     [--slow-body-ms N] [--token-ttl S] [--clients-page-size N] [--legacy-listing]
//     [--leak-secrets] [--rate-limit-headers] [--separate-login] [--usage-page-size N]
//     [--now ISO] [--clients N --roles N --divisions N]
import { parseArgs } from 'node:util';
import { isScenarioName, SCENARIOS, startEmulator, type KnobPatch } from '../emulator/index.ts';

const NUMBER_KNOBS = {
  'latency-ms': 'latencyMs',
  'jitter-ms': 'latencyJitterMs',
  'rate-limit': 'rateLimitPerMinute',
  'error-rate': 'errorRate',
  'drop-rate': 'dropRate',
  'malformed-rate': 'malformedRate',
  'slow-body-ms': 'slowBodyMs',
  'token-ttl': 'tokenTtlSeconds',
  'clients-page-size': 'clientsPageSize',
  'usage-page-size': 'usageResultsPageSize',
} as const;
const FLAG_KNOBS = { 'legacy-listing': 'legacyListing', 'leak-secrets': 'leakSecrets', 'rate-limit-headers': 'rateLimitHeaders' } as const;

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'demo' },
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    seed: { type: 'string' },
    now: { type: 'string' },
    clients: { type: 'string' },
    roles: { type: 'string' },
    divisions: { type: 'string' },
    'separate-login': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    ...Object.fromEntries(Object.keys(NUMBER_KNOBS).map((k) => [k, { type: 'string' as const }])),
    ...Object.fromEntries(Object.keys(FLAG_KNOBS).map((k) => [k, { type: 'boolean' as const }])),
  },
});

if (values.help) {
  console.log(
    `Usage: node scripts/emulator.ts --scenario <${SCENARIOS.join('|')}> [--port N] [--seed S] [--${Object.keys(NUMBER_KNOBS).join(' N] [--')} N] [--${Object.keys(FLAG_KNOBS).join('] [--')}] [--separate-login] [--now ISO] [--clients N --roles N --divisions N]`,
  );
  process.exit(0);
}
const scenario = String(values.scenario);
if (!isScenarioName(scenario)) fail(`unknown scenario "${scenario}"; use one of ${SCENARIOS.join(', ')}`);

const knobs: KnobPatch = values.now ? { now: String(values.now) } : {};
for (const [flag, knob] of Object.entries(NUMBER_KNOBS)) {
  const raw = (values as Record<string, unknown>)[flag];
  if (raw !== undefined) Object.assign(knobs, { [knob]: number(flag, raw) });
}
for (const [flag, knob] of Object.entries(FLAG_KNOBS)) {
  if ((values as Record<string, unknown>)[flag]) Object.assign(knobs, { [knob]: true });
}

const handle = await startEmulator({
  scenario,
  port: number('port', values.port),
  host: String(values.host),
  loginOrigin: values['separate-login'] ? 'separate' : 'shared',
  knobs,
  params: {
    ...(values.seed !== undefined && { seed: values.seed }),
    ...(values.clients !== undefined && { clients: number('clients', values.clients) }),
    ...(values.roles !== undefined && { roles: number('roles', values.roles) }),
    ...(values.divisions !== undefined && { divisions: number('divisions', values.divisions) }),
  },
}).catch((err: unknown) => fail(err instanceof Error ? err.message : String(err)));

console.log(`Genesys Cloud emulator (${scenario}: ${handle.org.name}, ${handle.org.clients.length} OAuth clients) at ${handle.url}`);
console.log(
  `  api-base-url: ${handle.url}   ${handle.loginUrl === handle.url ? '' : `login-base-url: ${handle.loginUrl}   `}token endpoint: ${handle.loginUrl}/oauth/token`,
);
for (const name of Object.keys(handle.org.auditors)) {
  const { clientId, clientSecret } = handle.credentials(name);
  console.log(`  ${name.padEnd(17)} GENESYSCLOUD_OAUTHCLIENT_ID=${clientId} GENESYSCLOUD_OAUTHCLIENT_SECRET=${clientSecret}`);
}
console.log('Ctrl-C stops it.');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log(`\n${handle.stats.requests} API requests, ${handle.stats.tokenRequests} token requests served.`);
    void handle.close().then(() => process.exit(0));
  });
}

function number(flag: string, raw: unknown): number {
  const n = Number(raw);
  if (raw === undefined || raw === '' || !Number.isFinite(n)) fail(`--${flag} needs a number, got "${String(raw)}"`);
  return n;
}

function fail(message: string): never {
  console.error(`emulator: ${message}`);
  process.exit(2);
}
