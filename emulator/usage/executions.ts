// Usage queries in flight: the platform runs them asynchronously, so the results endpoint
// answers `Running` for the first few polls (knob usagePollsBeforeComplete), then
// `Complete` with the rows. Rows are computed when the query is submitted.
import { randomUUID } from 'node:crypto';
import type { ApiUsageQueryResult, ApiUsageRow } from '../../src/genesys/models.ts';

interface Execution {
  rows: ApiUsageRow[];
  /** The client a per-client query is about; undefined for the org query. */
  clientId: string | undefined;
  polls: number;
}

/** Oldest executions are forgotten past this many, like results that expire. */
const MAX_KEPT = 1000;

export interface UsageExecutions {
  submit(rows: ApiUsageRow[], clientId?: string): string;
  /** The next poll's answer, or undefined when there is no such execution (for this client). */
  poll(executionId: string, pollsBeforeComplete: number, clientId?: string): ApiUsageQueryResult | undefined;
}

export function createUsageExecutions(): UsageExecutions {
  const executions = new Map<string, Execution>();
  return {
    submit(rows, clientId) {
      const id = randomUUID();
      executions.set(id, { rows, clientId, polls: 0 });
      if (executions.size > MAX_KEPT) executions.delete(executions.keys().next().value as string);
      return id;
    },
    poll(executionId, pollsBeforeComplete, clientId) {
      const execution = executions.get(executionId);
      if (!execution || execution.clientId !== clientId) return undefined;
      execution.polls++;
      if (execution.polls <= pollsBeforeComplete) return { queryStatus: 'Running' };
      return { results: execution.rows, queryStatus: 'Complete' };
    },
  };
}
