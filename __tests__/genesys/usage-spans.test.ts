import { describe, expect, it } from '@jest/globals';
import { MAX_USAGE_ROWS, usageSpans } from '../../src/genesys/usage-spans.ts';

const DAY = 86_400_000;
const START = Date.parse('2026-01-01T00:00:00Z');

describe('usage spans', () => {
  it('keep the window whole while every client on every day fits in one answer', () => {
    expect(usageSpans(START, START + 90 * DAY, 1_000)).toEqual([{ startMs: START, endMs: START + 90 * DAY }]);
    expect(usageSpans(START, START + 30 * DAY, 0)).toHaveLength(1);
  });

  it.each([
    [5_000, 90],
    [20_000, 30],
    [20_000, 31.4],
    [250_000, 7],
  ])('cut %i clients over %f days into consecutive whole days, none over the row budget (one day at least)', (clients, days) => {
    const end = START + days * DAY;
    const spans = usageSpans(START, end, clients);
    expect(spans[0]?.startMs).toBe(START);
    expect(spans.at(-1)?.endMs).toBe(end);
    for (const [i, span] of spans.entries()) {
      if (i > 0) expect(span.startMs).toBe(spans[i - 1]?.endMs);
      expect((span.startMs - START) % DAY).toBe(0);
      const spanDays = Math.ceil((span.endMs - span.startMs) / DAY);
      expect(clients * spanDays <= MAX_USAGE_ROWS || spanDays === 1).toBe(true);
    }
  });
});
