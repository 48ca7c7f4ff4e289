// A fixed pool of workers over a list: never wider than asked, every item once, and the
// first failure rejects.
import { describe, expect, it } from '@jest/globals';
import { inParallel } from '../../src/genesys/in-parallel.ts';

/** Work that takes a few turns of the event loop, recording how many ran at once. */
function tracked() {
  let running = 0;
  let widest = 0;
  const done: number[] = [];
  const work = async (item: number, index: number) => {
    running++;
    widest = Math.max(widest, running);
    for (let turn = 0; turn < (item % 3) + 1; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(index).toBe(item);
    done.push(item);
    running--;
  };
  return { work, done, widest: () => widest };
}

describe('inParallel', () => {
  it('runs every item once, never more than `width` at a time', async () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const t = tracked();
    await inParallel(items, 4, t.work);
    expect([...t.done].sort((a, b) => a - b)).toEqual(items);
    expect(t.widest()).toBe(4);
  });

  it('is as wide as the list when the list is shorter, and does nothing for none', async () => {
    const t = tracked();
    await inParallel([0, 1], 10, t.work);
    expect(t.widest()).toBe(2);
    await expect(inParallel([], 10, t.work)).resolves.toBeUndefined();
  });

  it('rejects with the first failure', async () => {
    const failing = inParallel([0, 1, 2, 3], 2, async (item) => {
      await Promise.resolve();
      if (item === 1) throw new Error('item 1 failed');
    });
    await expect(failing).rejects.toThrow('item 1 failed');
  });
});
