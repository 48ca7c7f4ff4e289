// A fixed number of workers over a list, instead of a promise per item: thousands of reads
// set up at once hold the first one back until all are (and keep every one alive meanwhile).

/** Runs `work` on every item, at most `width` at a time, in order of index; the first failure rejects. */
export async function inParallel<T>(items: readonly T[], width: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}
