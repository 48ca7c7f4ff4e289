import { describe, expect, it } from '@jest/globals';
import { inFlightCap, Pacer } from '../../src/genesys/pacer.ts';
import { MinHeap } from '../../src/genesys/min-heap.ts';
import { FakeClock } from '../helpers/fake-clock.ts';

describe('Pacer', () => {
  it('never starts more than `limit` requests in any window', async () => {
    const clock = new FakeClock(0);
    const pacer = new Pacer({ limit: 3, windowMs: 1000, marginMs: 10, maxInFlight: 10, clock });
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 7 }, () => pacer.run(async () => void starts.push(clock.now()))));
    // Three in the first window, the next once the first answers are a window and a margin old.
    expect(starts.slice(0, 4)).toEqual([0, 0, 0, 1010]);
    expect(starts[6]).toBeGreaterThanOrEqual(2020);
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

  it('lets more requests in flight as the limit grows', () => {
    expect(inFlightCap(300)).toBe(16);
    expect(inFlightCap(1_000)).toBe(20);
    expect(inFlightCap(3_000)).toBe(60);
    expect(inFlightCap(12_000)).toBe(128);
    expect(inFlightCap(1_000_000)).toBe(128);
  });

  it('admits waiting requests up to the new cap once a raised limit is read', async () => {
    const clock = new FakeClock(0);
    const pacer = new Pacer({ limit: 300, windowMs: 60_000, marginMs: 0, clock });
    let inFlight = 0;
    let peak = 0;
    const answers: Array<() => void> = [];
    const job = () =>
      pacer.run(async () => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise<void>((r) => answers.push(r));
        inFlight--;
      });
    const all = Promise.all(Array.from({ length: 100 }, job));
    await new Promise((r) => setImmediate(r));
    expect(inFlight).toBe(16);
    pacer.setLimit(3_000);
    await new Promise((r) => setImmediate(r));
    // 60 at once, in the order they asked: the queue is not jumped by later requests.
    expect(inFlight).toBe(60);
    while (answers.length) {
      for (const answer of answers.splice(0)) answer();
      await new Promise((r) => setImmediate(r));
    }
    await all;
    expect(peak).toBe(60);
  });

  it('lets a request that is not bulk go ahead of the bulk reads waiting for a place in flight', async () => {
    const clock = new FakeClock(0);
    const pacer = new Pacer({ limit: 100, windowMs: 1000, marginMs: 0, maxInFlight: 1, clock });
    const order: string[] = [];
    const job = (name: string, bulk: boolean) => pacer.run(async () => void order.push(name), bulk);
    await Promise.all([job('bulk 1', true), job('bulk 2', true), job('bulk 3', true), job('poll', false)]);
    expect(order).toEqual(['bulk 1', 'poll', 'bulk 2', 'bulk 3']);
  });

  it('gives the next rate permit to a request that is not bulk, ahead of bulk reads that waited longer', async () => {
    const clock = new FakeClock(0);
    const pacer = new Pacer({ limit: 1, windowMs: 1000, marginMs: 0, maxInFlight: 10, clock });
    const starts: Array<[string, number]> = [];
    const job = (name: string, bulk: boolean) => pacer.run(async () => void starts.push([name, clock.now()]), bulk);
    await Promise.all([job('bulk 1', true), job('bulk 2', true), job('bulk 3', true), job('poll', false)]);
    expect(starts).toEqual([
      ['poll', 0],
      ['bulk 1', 1000],
      ['bulk 2', 2000],
      ['bulk 3', 3000],
    ]);
  });

  it('takes a new limit', async () => {
    const clock = new FakeClock(0);
    const pacer = new Pacer({ limit: 1, windowMs: 1000, marginMs: 0, maxInFlight: 4, clock });
    pacer.setLimit(4);
    const starts: number[] = [];
    await Promise.all(Array.from({ length: 4 }, () => pacer.run(async () => void starts.push(clock.now()))));
    expect(starts).toEqual([0, 0, 0, 0]);
  });

  it('counts a request in the window until windowMs + marginMs after its answer, not its start', async () => {
    const clock = new FakeClock(0);
    const pacer = new Pacer({ limit: 2, windowMs: 1000, marginMs: 10, maxInFlight: 10, clock });
    const starts: number[] = [];
    // Each of the first two takes 300 ms to be answered (on this clock, one after the other).
    const slow = () =>
      pacer.run(async () => {
        starts.push(clock.now());
        clock.time += 300;
      });
    const quick = () => pacer.run(async () => void starts.push(clock.now()));
    await Promise.all([slow(), slow(), quick()]);
    // The third waits for the first answer (at 300) to leave the window: 300 + 1000 + 10,
    // not the first start + 1010.
    expect(starts).toEqual([0, 300, 1310]);
  });

  it('never lets a server that counts at any moment between send and answer see more than the limit in a window', async () => {
    // A server counts each request at a random moment while it is in flight (queues, a busy
    // event loop); every request takes a random time. No window of the server's may hold more.
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const clock = new FakeClock(0);
    const limit = 5;
    const windowMs = 1000;
    const pacer = new Pacer({ limit, windowMs, marginMs: 0, maxInFlight: 4, clock });
    const counted: number[] = [];
    const request = () =>
      pacer.run(async () => {
        const took = Math.floor(random() * 700);
        counted.push(clock.now() + Math.floor(random() * took));
        await new Promise((r) => setTimeout(r, 0));
        clock.time += took;
      });
    await Promise.all(Array.from({ length: 40 }, request));
    counted.sort((a, b) => a - b);
    for (const t of counted) expect(counted.filter((c) => c > t - windowMs && c <= t).length).toBeLessThanOrEqual(limit);
  });

  it('stops waiting for an answer when the run is aborted', async () => {
    const clock = new FakeClock(0);
    const abort = new AbortController();
    const pacer = new Pacer({ limit: 1, windowMs: 1000, marginMs: 0, maxInFlight: 4, clock, signal: abort.signal });
    let release = () => {};
    const first = pacer.run(() => new Promise<void>((r) => (release = r)));
    const second = pacer.run(async () => 'sent');
    await new Promise((r) => setTimeout(r, 0));
    abort.abort(new Error('stopped'));
    await expect(second).rejects.toThrow('stopped');
    release();
    await first;
  });
});

describe('Pacer.whenGranted', () => {
  it('settles once that many requests have had their rate permit, counting those a window held back', async () => {
    const clock = new FakeClock(0);
    const pacer = new Pacer({ limit: 2, windowMs: 1000, marginMs: 0, maxInFlight: 10, clock });
    const answers: Array<() => void> = [];
    const runs = Promise.all(Array.from({ length: 4 }, () => pacer.run(() => new Promise<void>((r) => answers.push(r)))));
    let third = false;
    void pacer.whenGranted(3).then(() => (third = true));
    await new Promise((r) => setTimeout(r, 0));
    // Two permits in the first window; the third waits for an answer and its window.
    expect(pacer.granted).toBe(2);
    expect(third).toBe(false);
    answers.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(pacer.granted).toBe(3);
    expect(third).toBe(true);
    while (answers.length) {
      answers.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    }
    await runs;
    expect(pacer.granted).toBe(4);
    await expect(pacer.whenGranted(4)).resolves.toBeUndefined();
  });

  it('stops waiting when the run is aborted', async () => {
    const abort = new AbortController();
    const pacer = new Pacer({ limit: 5, windowMs: 1000, marginMs: 0, clock: new FakeClock(0), signal: abort.signal });
    const waiting = pacer.whenGranted(1);
    abort.abort(new Error('stopped'));
    await expect(waiting).rejects.toThrow('stopped');
    await expect(pacer.whenGranted(1)).rejects.toThrow('stopped');
  });
});

describe('MinHeap', () => {
  it('pops numbers in ascending order', () => {
    const heap = new MinHeap();
    const values = [5, 3, 9, 1, 1, 8, 2, 7, 0, 6, 4];
    for (const v of values) heap.push(v);
    expect(heap.peek()).toBe(0);
    const out: number[] = [];
    while (heap.size) out.push(heap.pop() as number);
    expect(out).toEqual([...values].sort((a, b) => a - b));
    expect(heap.pop()).toBeUndefined();
  });
});
