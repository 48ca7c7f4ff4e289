import { describe, expect, it } from '@jest/globals';
import { bindingRequests } from '../../src/genesys/binding-requests.ts';

/** When each request of a run can leave at best, under `limit` a window, if the first `fast` go at once and the rest one a tick after. */
function earliest(total: number, limit: number, fast: number, windowMs: number): number[] {
  const at: number[] = [];
  for (let k = 0; k < total; k++) {
    const own = k < fast ? 0 : k - fast + 1;
    at.push(k < limit ? own : Math.max(own, (at[k - limit] as number) + windowMs));
  }
  return at;
}

describe('bindingRequests', () => {
  it('is every request when the run fits in one window', () => {
    expect(bindingRequests(11, 300)).toBe(11);
    expect(bindingRequests(300, 300)).toBe(300);
    expect(bindingRequests(0, 300)).toBe(0);
  });

  it("is the part of the last window's requests that each earlier window starts with", () => {
    // A legacy listing of 20,004 clients at 12,000 a minute, and of 1,004 at 300.
    expect(bindingRequests(20_083, 12_000)).toBe(8_083);
    expect(bindingRequests(1_015, 300)).toBe(115);
    expect(bindingRequests(600, 300)).toBe(300);
    expect(bindingRequests(601, 300)).toBe(1);
  });

  it('names the requests whose pace sets the end: slowing any other leaves the last one where it was', () => {
    const [total, limit, windowMs] = [47, 20, 1000];
    const binding = bindingRequests(total, limit);
    const allFast = earliest(total, limit, total, windowMs).at(-1);
    expect(earliest(total, limit, binding, windowMs).at(-1)).toBe(allFast);
    expect(earliest(total, limit, binding - 1, windowMs).at(-1)).toBeGreaterThan(allFast as number);
  });

  it('treats a limit that is not a number of requests as no window at all', () => {
    expect(bindingRequests(50, 0)).toBe(50);
    expect(bindingRequests(50, Number.NaN)).toBe(50);
  });
});
