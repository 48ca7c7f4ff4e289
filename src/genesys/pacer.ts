// Paces requests on a budget so that a normal run never sees a 429. The platform stopped
// sending rate-limit headers in 2021, so we keep our own count: at most `limit` requests in
// any `windowMs`, plus a cap on requests in flight.
//
// The cap grows with the limit: at the default 300 a minute the budget, not the cap, sets the
// pace, but an org whose limit was raised (a legacy listing reads a client per request) can
// only spend a window's budget near its start with more requests at once; 16 in flight at
// 30 ms take 22 s to spend 12,000, and the next window's requests can only follow as fast.
//
// A request holds its place in the window from when it is sent until `windowMs + marginMs`
// after its answer arrived. The server counts it at some moment in between, which we cannot
// see: counted from the answer, the window we keep always ends after the server's, however
// late a busy server or a busy event loop made that moment. (Counted from the start, one
// request delayed in a queue past the margin meets a 429 at the next window's edge.)
import type { Clock } from './clock.ts';
import { Lanes } from './lanes.ts';
import { MinHeap } from './min-heap.ts';

export interface PacerOptions {
  /** Requests allowed per window (the per-token limit, e.g. 300). */
  limit: number;
  windowMs: number;
  /** Extra wait past the window edge, for clocks that tick apart. */
  marginMs: number;
  /** A fixed cap on requests in flight; by default it follows the limit (`inFlightCap`). */
  maxInFlight?: number;
  clock: Clock;
  /** Aborts the waits for budget (the run has failed and is stopping). */
  signal?: AbortSignal;
}

/** Fewest and most requests in flight when the cap follows the limit. */
export const MIN_IN_FLIGHT = 16;
export const MAX_IN_FLIGHT = 128;

/** Requests in flight for a limit: a fiftieth of a window's budget, within [16, 128]. */
export function inFlightCap(limit: number): number {
  return Math.min(MAX_IN_FLIGHT, Math.max(MIN_IN_FLIGHT, Math.ceil(limit / 50)));
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
  /** Requests waiting for a place in flight. */
  private readonly waiting = new Lanes<() => void>();
  /** Requests waiting for a rate permit; `chain` holds their turns. */
  private readonly rateWaiting = new Lanes<{ resolve: () => void; reject: (err: Error) => void }>();
  private chain: Promise<void> = Promise.resolve();
  private limit: number;
  /** Rate permits granted so far (requests sent, retries included). */
  private permits = 0;
  /** Waits for a number of permits (whenGranted). */
  private readonly awaitingPermits: Array<{ count: number; wake: () => void }> = [];

  constructor(opts: PacerOptions) {
    this.opts = opts;
    this.limit = opts.limit;
  }

  /** Changes the budget, e.g. once the org's real limit has been read. */
  setLimit(limit: number): void {
    this.limit = Math.max(1, Math.floor(limit));
    this.admit();
  }

  get currentLimit(): number {
    return this.limit;
  }

  /** Rate permits granted so far: the requests sent, retries included. */
  get granted(): number {
    return this.permits;
  }

  /**
   * Settles once `count` requests have had their rate permit, or the run is aborted (then it
   * rejects). The caller must know that many will be asked for, or race this with the end of
   * what asks.
   */
  whenGranted(count: number): Promise<void> {
    if (this.permits >= count) return Promise.resolve();
    return this.untilAborted((wake) => this.awaitingPermits.push({ count, wake }));
  }

  /**
   * Runs `fn` when both the rate budget and the in-flight cap allow one more request. A `bulk`
   * request (one of thousands of detail reads) waits behind every other kind.
   */
  async run<T>(fn: () => Promise<T>, bulk = false): Promise<T> {
    await this.acquireSlot(bulk);
    try {
      await this.acquireRate(bulk);
      try {
        return await fn();
      } finally {
        this.answeredNow();
      }
    } finally {
      this.releaseSlot();
    }
  }

  /**
   * Rate permits are granted one at a time, in turns, so waits never overlap or race; each
   * turn goes to the most urgent request waiting then, so an urgent one needs no bulk turn first.
   */
  private acquireRate(bulk: boolean): Promise<void> {
    return new Promise((resolve, reject) => {
      this.rateWaiting.push({ resolve, reject }, bulk);
      this.chain = this.chain.then(() =>
        this.waitForBudget().then(
          () => this.rateWaiting.shift()?.resolve(),
          (err: unknown) => this.rateWaiting.shift()?.reject(err as Error),
        ),
      );
    });
  }

  private async waitForBudget(): Promise<void> {
    const { clock, windowMs, marginMs } = this.opts;
    for (;;) {
      const now = clock.now();
      while (this.answered.size && (this.answered.peek() as number) + windowMs + marginMs <= now) this.answered.pop();
      if (this.answered.size + this.unanswered < this.limit) {
        this.unanswered++;
        this.permitted();
        return;
      }
      // An answer not yet in cannot leave the window before one that is.
      if (this.answered.size) await clock.sleep((this.answered.peek() as number) + windowMs + marginMs - now, this.opts.signal);
      else await this.nextAnswer();
    }
  }

  private permitted(): void {
    this.permits++;
    for (let i = this.awaitingPermits.length - 1; i >= 0; i--) {
      const waiter = this.awaitingPermits[i] as { count: number; wake: () => void };
      if (waiter.count > this.permits) continue;
      this.awaitingPermits.splice(i, 1);
      waiter.wake();
    }
  }

  private answeredNow(): void {
    this.unanswered--;
    this.answered.push(this.opts.clock.now());
    for (const wake of this.awaitingAnswer.splice(0)) wake();
  }

  private nextAnswer(): Promise<void> {
    return this.untilAborted((wake) => this.awaitingAnswer.push(wake));
  }

  /** Waits until `register`'s wake is called, or rejects once the run is aborted. */
  private untilAborted(register: (wake: () => void) => void): Promise<void> {
    const { signal } = this.opts;
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    return new Promise((resolve, reject) => {
      const abort = () => reject(signal?.reason as Error);
      signal?.addEventListener('abort', abort, { once: true });
      register(() => {
        signal?.removeEventListener('abort', abort);
        resolve();
      });
    });
  }

  private get cap(): number {
    return this.opts.maxInFlight ?? inFlightCap(this.limit);
  }

  private acquireSlot(bulk: boolean): Promise<void> {
    if (!this.waiting.size && this.inFlight < this.cap) {
      this.inFlight++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve, bulk));
  }

  private releaseSlot(): void {
    this.inFlight--;
    this.admit();
  }

  /** Lets waiting requests in, urgent first, while the cap allows (it grows with a raised limit). */
  private admit(): void {
    while (this.waiting.size && this.inFlight < this.cap) {
      this.inFlight++;
      this.waiting.shift()?.();
    }
  }
}
