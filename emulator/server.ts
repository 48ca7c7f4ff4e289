// Starts the emulator: real HTTP servers on loopback (random ports by default). By default
// one origin serves both the login path (/oauth/token) and the API (/api/v2/...), so a
// client configured with `api-base-url: <url>` finds the token endpoint at
// `<url>/oauth/token`. With `loginOrigin: 'separate'` the login service listens on its own
// port, as `login.<domain>` is apart from `api.<domain>` on the platform: each origin then
// answers 404 to the other's paths. The handle is how tests, benchmarks and the demo steer it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTokenStore } from './auth.ts';
import { createClock, toEpochMs } from './clock.ts';
import type { EmulatorState } from './context.ts';
import { createFaultQueue, type Fault, type RoutePattern } from './faults.ts';
import { DEFAULT_KNOBS, mergeKnobs, type Knobs } from './knobs.ts';
import type { OAuthClientCredentials, Org } from './org.ts';
import { handleRequest, type Emulator, type Serves } from './pipeline.ts';
import { createRateLimiter } from './rate-limit.ts';
import { createRng } from './random.ts';
import { createScenario, type ScenarioName, type ScenarioParams } from './scenarios/index.ts';
import { createStats, resetStats, type EmulatorStats } from './stats.ts';
import { createUsageExecutions } from './usage/executions.ts';

/** Knobs to change, plus `now` (epoch ms or ISO-8601; null = the real clock again). */
export type KnobPatch = Partial<Knobs> & { now?: number | string | null };

export interface EmulatorOptions {
  /** A named scenario (default `demo`) or a ready org. */
  scenario?: ScenarioName | Org;
  /** Scenario parameters; `seed` also seeds the random faults. */
  params?: ScenarioParams;
  knobs?: KnobPatch;
  /** 0 (default) = a free port. */
  port?: number;
  host?: string;
  /** `shared` (default): /oauth/token on the API origin; `separate`: on its own origin, `loginUrl`. */
  loginOrigin?: 'shared' | 'separate';
}

export interface EmulatorHandle {
  /** API base URL, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  /** Login base URL: the token endpoint is `${loginUrl}/oauth/token` (`url` unless the login origin is separate). */
  readonly loginUrl: string;
  /** The org served now (see `setOrg`). */
  readonly org: Org;
  /** Serve another org from now on (the org changed between two scheduled runs). */
  setOrg(org: Org): void;
  readonly knobs: Readonly<Knobs>;
  /** Live counters; see `resetStats`. */
  readonly stats: EmulatorStats;
  /** Client id and secret of an auditing client (`auditor` by default). */
  credentials(auditor?: string): OAuthClientCredentials;
  setKnobs(patch: KnobPatch): void;
  /** The next requests matching `pattern` fail with these faults, in order. */
  failNext(pattern: RoutePattern, faults: readonly Fault[]): void;
  /** Forget scripted faults not yet served. */
  clearFaults(): void;
  /** Every issued token stops working now (expiry or revocation mid-run). */
  revokeTokens(): void;
  /** Every access token issued since the start, live or not: for tests that prove none leaked. */
  issuedTokens(): string[];
  /** Every client secret served in a response (knob leakSecrets): for the same tests. */
  leakedSecrets(): string[];
  resetStats(): void;
  /** Forget the requests counted against rate limits. */
  resetRateLimits(): void;
  /** The emulator's current time (epoch ms). */
  now(): number;
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<EmulatorHandle> {
  const { now, ...knobPatch } = options.knobs ?? {};
  const clock = createClock(now ?? undefined);
  const seed = options.params?.seed ?? 1;
  const org = typeof options.scenario === 'object' ? options.scenario : createScenario(options.scenario ?? 'demo', { now: clock.now(), ...options.params });
  const state: EmulatorState = { org, knobs: mergeKnobs(DEFAULT_KNOBS, knobPatch), clock, usage: createUsageExecutions(), leakedSecrets: new Set() };
  const rng = createRng(seed);
  const emu: Emulator = {
    state,
    tokens: createTokenStore(),
    limiter: createRateLimiter(),
    faults: createFaultQueue(),
    stats: createStats(),
    faultRng: rng.fork('faults'),
    latencyRng: rng.fork('latency'),
  };
  const host = options.host ?? '127.0.0.1';
  const separate = options.loginOrigin === 'separate';
  const server = serve(emu, separate ? 'api' : 'both');
  const url = await listen(server, options.port ?? 0, host);
  const loginServer = separate ? serve(emu, 'login') : undefined;
  const loginUrl = loginServer ? await listen(loginServer, 0, host) : url;
  return {
    url,
    loginUrl,
    get org() {
      return state.org;
    },
    setOrg(next) {
      state.org = next;
    },
    get knobs() {
      return state.knobs;
    },
    stats: emu.stats,
    credentials(auditor = 'auditor') {
      const creds = org.auditors[auditor];
      if (!creds) throw new Error(`No auditor "${auditor}" in this org; it has: ${Object.keys(org.auditors).join(', ')}`);
      return { ...creds };
    },
    setKnobs(patch) {
      const { now: instant, ...rest } = patch;
      if (instant !== undefined) clock.set(instant === null ? undefined : toEpochMs(instant));
      state.knobs = mergeKnobs(state.knobs, rest);
    },
    failNext: (pattern, faults) => emu.faults.add(pattern, faults),
    clearFaults: () => emu.faults.clear(),
    revokeTokens: () => emu.tokens.revokeAll(),
    issuedTokens: () => emu.tokens.issued(),
    leakedSecrets: () => [...state.leakedSecrets],
    resetStats: () => resetStats(emu.stats),
    resetRateLimits: () => emu.limiter.reset(),
    now: () => clock.now(),
    close: async () => {
      await Promise.all([stop(server), loginServer && stop(loginServer)]);
    },
  };
}

function serve(emu: Emulator, serves: Serves): Server {
  return createServer((req, res) => {
    handleRequest(emu, req, res, serves).catch((err: unknown) => {
      console.error('emulator: request failed', err);
      res.destroy();
    });
  });
}

function listen(server: Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      resolve(`http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`);
    });
  });
}

/** Stops accepting, then cuts idle keep-alive connections so that close() returns promptly. */
function stop(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((err) => (err ? reject(err) : resolve()));
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 100).unref();
  });
}
