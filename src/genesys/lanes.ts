// Two first-in-first-out queues, the urgent one served first: a chain of round trips (the
// usage query's POST and polls) goes ahead of bulk reads that would hold it a whole window.
// Each queue is read from a head index, since thousands of detail reads can wait in it.

export class Lanes<T> {
  private readonly queues: [T[], T[]] = [[], []];
  private readonly heads: [number, number] = [0, 0];

  get size(): number {
    return this.queues[0].length - this.heads[0] + this.queues[1].length - this.heads[1];
  }

  push(item: T, bulk: boolean): void {
    this.queues[bulk ? 1 : 0].push(item);
  }

  /** The oldest urgent item, else the oldest bulk one; undefined when both are empty. */
  shift(): T | undefined {
    for (const lane of [0, 1] as const) {
      const queue = this.queues[lane];
      if (this.heads[lane] === queue.length) continue;
      const item = queue[this.heads[lane]++] as T;
      if (this.heads[lane] === queue.length) {
        queue.length = 0;
        this.heads[lane] = 0;
      }
      return item;
    }
    return undefined;
  }
}
