// Scenarios by name, each deterministic from its seed: `createScenario('demo', { seed: 1 })`.
import type { Org } from '../org.ts';
import { demoScenario } from './demo.ts';
import { emptyScenario } from './empty.ts';
import { hostileScenario } from './hostile.ts';
import { largeScenario, type LargeParams } from './large.ts';

export const SCENARIOS = ['demo', 'large', 'hostile', 'empty'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

/** What every scenario takes; `large` also takes its sizes. */
export type ScenarioParams = LargeParams;

export function createScenario(name: ScenarioName, params: ScenarioParams = {}): Org {
  switch (name) {
    case 'demo':
      return demoScenario(params);
    case 'large':
      return largeScenario(params);
    case 'hostile':
      return hostileScenario(params);
    case 'empty':
      return emptyScenario(params);
    default:
      throw new Error(`Unknown scenario "${String(name)}"; use one of ${SCENARIOS.join(', ')}`);
  }
}

export function isScenarioName(name: string): name is ScenarioName {
  return (SCENARIOS as readonly string[]).includes(name);
}
