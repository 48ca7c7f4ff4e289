// The Genesys Cloud emulator's public surface.
//   const emu = await startEmulator({ scenario: 'demo', params: { seed: 1 }, knobs: { latencyMs: 20 } });
//   const { clientId, clientSecret } = emu.credentials('auditor');   // api-base-url: emu.url
//   emu.failNext('GET /api/v2/oauth/clients', [{ status: 503 }, { drop: true }]);
//   emu.setKnobs({ rateLimitPerMinute: 50, now: '2026-01-01T00:00:00Z' });
//   emu.stats.byRoute['GET /api/v2/authorization/roles'];  await emu.close();
export { startEmulator, type EmulatorHandle, type EmulatorOptions, type KnobPatch } from './server.ts';
export { DEFAULT_KNOBS, type Knobs } from './knobs.ts';
export type { Fault, RoutePattern } from './faults.ts';
export type { EmulatorStats } from './stats.ts';
export type { OAuthClientCredentials, Org, OrgClient } from './org.ts';
export { createScenario, isScenarioName, SCENARIOS, type ScenarioName, type ScenarioParams } from './scenarios/index.ts';
export { AUDITORS, type AuditorName } from './scenarios/base.ts';
