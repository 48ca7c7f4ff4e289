import { describe, expect, it } from '@jest/globals';
import { Pacer } from '../../src/genesys/pacer.ts';
import { FakeClock } from '../helpers/fake-clock.ts';

describe('Pacer', () => {
  it('never starts more than `limit` requests in any window', async () => {
    const clock = new FakeClock(0);
    const pacer = new Pacer({ limit: 3, windowMs: 1000, marginMs: 10, maxInFlight: 10, clock });
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 7 }, () => pacer.run(async () => void starts.push(clock.now()))));
    expect(starts).toEqual([0, 0, 0, 1010, 1010, 1010, 2020]);
    for (const t of starts) expect(starts.filter((s) => s > t - 1000 && s <= t).length).toBeLessThanOrEqual(3);
  });

  it('caps requests in flight', async () => {
    const clock = new FakeClock(0);
    const pacer = new Pacer({ limit: 100, windowMs: 1000, marginMs: 0, maxInFlight: 2, clock });
    let inFlight = 0;
    let peak = 0;
    const job = () =>
      pacer.run(async () => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, 1));
        inFlight--;
      });
    await Promise.all(Array.from({ length: 6 }, job));
    expect(peak).toBe(2);
  });

  it('takes a new limit', async () => {
    const clock = new FakeClock(0);
    const pacer = new Pacer({ limit: 1, windowMs: 1000, marginMs: 0, maxInFlight: 4, clock });
    pacer.setLimit(4);
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 4 }, () => pacer.run(async () => void starts.push(clock.now()))));
    expect(starts).toEqual([0, 0, 0, 0]);
  });
});
