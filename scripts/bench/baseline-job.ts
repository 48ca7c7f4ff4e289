// What a baseline process (tutorial.ts, sdk.ts) is given and what it prints: one line of
// JSON on stdout. A baseline stops itself at its deadline and says how far it got; an error
// (the SDK's first 429, say) is its outcome, not the harness's failure.

export interface BaselineJob {
  url: string;
  clientId: string;
  clientSecret: string;
  /** Stop and report after this many ms from the process's start. */
  deadlineMs: number;
}

export interface BaselineOutcome {
  /** Clients in the listing (0 when it was not read). */
  listed: number;
  /** Clients whose roles were resolved by name. */
  reached: number;
  complete: boolean;
  /** 'deadline' when stopped at the deadline. */
  stopped?: 'deadline';
  /** One sentence: why the run failed, when it did. */
  error?: string;
}

export function readJob(): BaselineJob {
  return JSON.parse(process.argv[2] ?? '{}') as BaselineJob;
}

/** Prints the outcome and exits at once (keep-alive sockets would hold the process open). */
export function finish(outcome: BaselineOutcome): never {
  process.stdout.write(`${JSON.stringify(outcome)}\n`, () => process.exit(0));
  // The write callback exits; park until it does.
  return undefined as never;
}

/** Stops the run at its deadline with whatever progress `progress()` reports. */
export function armDeadline(job: BaselineJob, progress: () => { listed: number; reached: number }): void {
  setTimeout(() => finish({ ...progress(), complete: false, stopped: 'deadline' }), Math.max(0, job.deadlineMs - performance.now())).unref();
}

export function message(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (err && typeof err === 'object') {
    const e = err as { status?: unknown; statusCode?: unknown; message?: unknown };
    return `HTTP ${String(e.status ?? e.statusCode ?? '?')}: ${String(e.message ?? '').slice(0, 200)}`;
  }
  return String(err).slice(0, 200);
}
