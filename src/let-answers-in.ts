// Long local work on a large org (normalizing, judging twenty thousand clients) runs while
// requests are in flight: done in one go, it holds back every answer's handling and every
// poll's timer behind it, and the server waits on us. Work that awaits this between slices
// lets them in.

/** Resolves once the I/O and timers that are due have run. */
export function letAnswersIn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
