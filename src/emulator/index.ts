// The Genesys Cloud emulator's public surface.
export { startEmulator, type EmulatorHandle, type EmulatorOptions, type KnobPatch } from './server.ts';
export { DEFAULT_KNOBS, type Knobs } from './knobs.ts';
export type { Fault, RoutePattern } from './faults.ts';
export type { EmulatorStats } from './stats.ts';
export type { Credentials, Org, OrgClient } from './org.ts';
export { createScenario, isScenarioName, SCENARIOS, type ScenarioName, type ScenarioParams } from './scenarios/index.ts';
export { AUDITORS, type AuditorName } from './scenarios/base.ts';
