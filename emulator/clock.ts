// The emulator's "now": the real clock by default, or a chosen instant that then runs on in
// real time. Tokens expire and usage days count on this clock, so a test can jump a day
// ahead instead of waiting. Rate-limit windows and latency use real time regardless.

export interface EmulatorClock {
  /** Epoch milliseconds. */
  now(): number;
  /** Make "now" this instant (epoch ms or ISO-8601); undefined = the real clock again. */
  set(instant: number | string | undefined): void;
}

export function createClock(instant?: number | string): EmulatorClock {
  let offsetMs = 0;
  const clock: EmulatorClock = {
    now: () => Date.now() + offsetMs,
    set: (value) => {
      offsetMs = value === undefined ? 0 : toEpochMs(value) - Date.now();
    },
  };
  clock.set(instant);
  return clock;
}

export function toEpochMs(value: number | string): number {
  const ms = typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) throw new RangeError(`Not an instant: ${String(value)}`);
  return ms;
}
