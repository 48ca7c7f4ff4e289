// Virtual time: sleeping advances the clock at once, so waits cost nothing in tests.
import type { Clock } from '../../src/genesys/clock.ts';

export class FakeClock implements Clock {
  time: number;
  readonly sleeps: number[] = [];
  constructor(start = 1_800_000_000_000) {
    this.time = start;
  }
  now(): number {
    return this.time;
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.time += Math.max(0, ms);
  }
}
