// Which requests decide when a rate-bound run ends. Under a budget of `limit` requests a
// window, request k + limit waits for request k's window to pass, so the run's last request
// leaves a whole number of windows after request ((total − 1) mod limit). The requests up to
// that one are repeated, window after window, by the ones that end the run: they go as fast as
// the machine allows. The rest of each window's budget (the usage query's chain, say) can
// wait for them without making the run any longer.

/**
 * How many of a run's first requests the end of the run waits on, window after window: all of
 * them (`total`) when the run fits in one window, since then no request waits for a window.
 */
export function bindingRequests(total: number, limit: number): number {
  if (!(limit >= 1) || total <= limit) return Math.max(0, total);
  return ((total - 1) % limit) + 1;
}
