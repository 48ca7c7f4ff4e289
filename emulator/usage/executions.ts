// Usage queries in flight: the platform runs them asynchronously, so their results answer
// "not done" for the first few polls (knob usagePollsBeforeComplete), then the rows, a page
// at a time when asked. Rows are computed when the query first completes, from the org and
// the clock as they were when it was submitted, so the answer is the same as if they had been
// computed then; a query never polled to the end costs nothing. Two APIs share this
// store, each seeing only its own executions: the usage query (`query`) and the aggregates
// query jobs (`job`).
import { randomUUID } from 'node:crypto';
import type { ApiUsageRow } from '../models.ts';

export type ExecutionKind = 'query' | 'job';

interface Execution {
  kind: ExecutionKind;
  /** The rows, or how to compute them until the first poll that completes. */
  rows: ApiUsageRow[] | (() => ApiUsageRow[]);
  /** The client a per-client query is about; undefined for the org query. */
  clientId: string | undefined;
  polls: number;
}

/** Oldest executions are forgotten past this many, like results that expire. */
const MAX_KEPT = 1000;

export type Poll =
  | { done: false }
  | { done: true; rows: ApiUsageRow[]; /** Cursor of the next page; absent on the last. */ after?: string }
  /** The `after` cursor is not one this execution handed out. */
  | { done: true; badCursor: true };

export interface UsageExecutions {
  /** A new execution whose rows `compute` gives (called once, when it first completes). */
  submit(kind: ExecutionKind, compute: () => ApiUsageRow[], clientId?: string): string;
  /**
   * The next poll's answer: one page of `pageSize` rows (0 = all) from cursor `after`, or
   * undefined when there is no such execution (of this kind, for this client).
   */
  poll(kind: ExecutionKind, executionId: string, opts: { pollsBeforeComplete: number; clientId?: string; pageSize: number; after?: string }): Poll | undefined;
}

export function createUsageExecutions(): UsageExecutions {
  const executions = new Map<string, Execution>();
  return {
    submit(kind, compute, clientId) {
      const id = randomUUID();
      executions.set(id, { kind, rows: compute, clientId, polls: 0 });
      if (executions.size > MAX_KEPT) executions.delete(executions.keys().next().value as string);
      return id;
    },
    poll(kind, executionId, { pollsBeforeComplete, clientId, pageSize, after }) {
      const execution = executions.get(executionId);
      if (!execution || execution.kind !== kind || execution.clientId !== clientId) return undefined;
      execution.polls++;
      if (execution.polls <= pollsBeforeComplete) return { done: false };
      if (typeof execution.rows === 'function') execution.rows = execution.rows();
      const all = execution.rows;
      const start = after === undefined ? 0 : offsetOf(after, executionId, all.length);
      if (start === undefined) return { done: true, badCursor: true };
      const end = pageSize > 0 ? start + pageSize : all.length;
      const rows = all.slice(start, end);
      return end < all.length ? { done: true, rows, after: cursor(executionId, end) } : { done: true, rows };
    },
  };
}

/** Opaque to clients; bound to its execution so that a cursor from another one is refused. */
function cursor(executionId: string, offset: number): string {
  return Buffer.from(`${executionId}/${offset}`).toString('base64url');
}

function offsetOf(after: string, executionId: string, total: number): number | undefined {
  const match = /^(.+)\/(\d{1,9})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!match || match[1] !== executionId) return undefined;
  const offset = Number(match[2]);
  return offset > 0 && offset < total ? offset : undefined;
}
