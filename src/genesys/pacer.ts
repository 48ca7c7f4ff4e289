// Paces requests on a budget so that a normal run never sees a 429. The platform stopped
// sending rate-limit headers in 2021, so we keep our own count: at most `limit` requests in
// any `windowMs`, plus a cap on requests in flight.
//
// A request holds its place in the window from when it is sent until `windowMs + marginMs`
// after its answer arrived. The server counts it at some moment in between, which we cannot
// see: counted from the answer, the window we keep always ends after the server's, however
// late a busy server or a busy event loop made that moment. (Counted from the start, one
// request delayed in a queue past the margin meets a 429 at the next window's edge.)
import type { Clock } from './clock.ts';
import { MinHeap } from './min-heap.ts';

export interface PacerOptions {
  /** Requests allowed per window (the per-token limit, e.g. 300). */
  limit: number;
  windowMs: number;
  /** Extra wait past the window edge, for clocks that tick apart. */
  marginMs: number;
  maxInFlight: number;
  clock: Clock;
  /** Aborts the waits for budget (the run has failed and is stopping). */
  signal?: AbortSignal;
}

export class Pacer {
  private readonly opts: PacerOptions;
  /** When the answers of requests still in the window arrived, earliest first. */
  private readonly answered = new MinHeap();
  /** Requests sent and not yet answered: in the window until their answer is. */
  private unanswered = 0;
  /** Waits for budget that only an answer can free. */
  private readonly awaitingAnswer: Array<() => void> = [];
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
      try {
        return await fn();
      } finally {
        this.answeredNow();
      }
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
      while (this.answered.size && (this.answered.peek() as number) + windowMs + marginMs <= now) this.answered.pop();
      if (this.answered.size + this.unanswered < this.limit) {
        this.unanswered++;
        return;
      }
      // An answer not yet in cannot leave the window before one that is.
      if (this.answered.size) await clock.sleep((this.answered.peek() as number) + windowMs + marginMs - now, this.opts.signal);
      else await this.nextAnswer();
    }
  }

  private answeredNow(): void {
    this.unanswered--;
    this.answered.push(this.opts.clock.now());
    for (const wake of this.awaitingAnswer.splice(0)) wake();
  }

  private nextAnswer(): Promise<void> {
    const { signal } = this.opts;
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    return new Promise((resolve, reject) => {
      const abort = () => reject(signal?.reason as Error);
      signal?.addEventListener('abort', abort, { once: true });
      this.awaitingAnswer.push(() => {
        signal?.removeEventListener('abort', abort);
        resolve();
      });
    });
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
