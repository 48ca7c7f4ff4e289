// Paces requests on a budget so that a normal run never sees a 429. The platform stopped
// sending rate-limit headers in 2021, so we keep our own count: at most `limit` request
// starts in any `windowMs` (a sliding log, which also satisfies a server's fixed windows),
// plus a cap on requests in flight.
import type { Clock } from './clock.ts';

export interface PacerOptions {
  /** Requests allowed per window (the per-token limit, e.g. 300). */
  limit: number;
  windowMs: number;
  /** Extra wait past the window edge, for latency differences between requests. */
  marginMs: number;
  maxInFlight: number;
  clock: Clock;
  /** Aborts the waits for budget (the run has failed and is stopping). */
  signal?: AbortSignal;
}

export class Pacer {
  private readonly opts: PacerOptions;
  private readonly starts: number[] = [];
  private inFlight = 0;
  private readonly waiting: Array<() => void> = [];
  private chain: Promise<void> = Promise.resolve();
  private limit: number;

  constructor(opts: PacerOptions) {
    this.opts = opts;
    this.limit = opts.limit;
  }

  /** Changes the budget, e.g. once the org's real limit has been read. */
  setLimit(limit: number): void {
    this.limit = Math.max(1, Math.floor(limit));
  }

  get currentLimit(): number {
    return this.limit;
  }

  /** Runs `fn` when both the rate budget and the in-flight cap allow one more request. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    await this.acquireSlot();
    try {
      await this.acquireRate();
      return await fn();
    } finally {
      this.releaseSlot();
    }
  }

  /** Rate permits are granted one at a time, in order, so waits never overlap or race. */
  private acquireRate(): Promise<void> {
    const turn = this.chain.then(() => this.waitForBudget());
    this.chain = turn.catch(() => undefined);
    return turn;
  }

  private async waitForBudget(): Promise<void> {
    const { clock, windowMs, marginMs } = this.opts;
    for (;;) {
      const now = clock.now();
      while (this.starts.length && (this.starts[0] as number) + windowMs + marginMs <= now) this.starts.shift();
      if (this.starts.length < this.limit) {
        this.starts.push(now);
        return;
      }
      await clock.sleep((this.starts[0] as number) + windowMs + marginMs - now, this.opts.signal);
    }
  }

  private acquireSlot(): Promise<void> {
    if (this.inFlight < this.opts.maxInFlight) {
      this.inFlight++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private releaseSlot(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.inFlight--;
  }
}
