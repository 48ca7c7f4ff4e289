// The benchmark's runs. Two regimes:
// - rate-bound: the documented default limit (300 requests a minute per token) with the
//   legacy listing, where the audit needs far more requests than one window allows. The
//   100-client run and one 1,000-client run of ours are in real minutes; the 1,000-client
//   comparison with the baseline runs at a tenth of the time scale (300 requests per 6 s,
//   latency and every sleep divided by 10: the same shape, ten times faster), because the
//   baseline would need over 17 real minutes there. Targets are judged on the real-time runs
//   only (see targets.ts).
// - latency-bound: a generous limit (6,000 a minute) and 30 ms a request, both listing forms.
//   The baseline's requests do not depend on the listing form (it reads every client by id
//   anyway), so it runs once per size, with the current listing, and is stopped after a
//   deadline: at ~0.7 s a client it would need 12 minutes for 1,000 clients and an hour for
//   5,000. Its wall time is then reported as "≥".
import type { RunSpec } from './runner.ts';

/** 20–50 ms a request, as from a runner to a Genesys region. */
const REAL_LATENCY = { latencyMs: 20, jitterMs: 30 };
const MINUTE = 60_000;

export const FULL_RUNS: readonly RunSpec[] = [
  { id: 'rate-100', regime: 'rate-bound', listing: 'legacy', clients: 100, rateLimit: 300, windowMs: MINUTE, ...REAL_LATENCY, timeScale: 1, naive: {} },
  { id: 'rate-1000-scaled', regime: 'rate-bound', listing: 'legacy', clients: 1000, rateLimit: 300, windowMs: MINUTE / 10, latencyMs: 2, jitterMs: 3, timeScale: 10, naive: {} },
  { id: 'rate-1000', regime: 'rate-bound', listing: 'legacy', clients: 1000, rateLimit: 300, windowMs: MINUTE, ...REAL_LATENCY, timeScale: 1 },
  { id: 'latency-1000-current', regime: 'latency-bound', listing: 'current', clients: 1000, rateLimit: 6000, windowMs: MINUTE, latencyMs: 30, jitterMs: 0, timeScale: 1, naive: { deadlineMs: 90_000 } },
  { id: 'latency-1000-legacy', regime: 'latency-bound', listing: 'legacy', clients: 1000, rateLimit: 6000, windowMs: MINUTE, latencyMs: 30, jitterMs: 0, timeScale: 1, baselineFrom: 'latency-1000-current' },
  { id: 'latency-5000-current', regime: 'latency-bound', listing: 'current', clients: 5000, rateLimit: 6000, windowMs: MINUTE, latencyMs: 30, jitterMs: 0, timeScale: 1, naive: { deadlineMs: 150_000 } },
  { id: 'latency-5000-legacy', regime: 'latency-bound', listing: 'legacy', clients: 5000, rateLimit: 6000, windowMs: MINUTE, latencyMs: 30, jitterMs: 0, timeScale: 1, baselineFrom: 'latency-5000-current' },
];

/** CI's smoke check: a tiny org, both listing forms, the baseline once, at 1/100 time scale. */
export const SMOKE_RUNS: readonly RunSpec[] = [
  { id: 'smoke-current', regime: 'latency-bound', listing: 'current', clients: 30, rateLimit: 6000, windowMs: MINUTE / 100, latencyMs: 0, jitterMs: 0, timeScale: 100, naive: {} },
  { id: 'smoke-legacy', regime: 'latency-bound', listing: 'legacy', clients: 30, rateLimit: 6000, windowMs: MINUTE / 100, latencyMs: 0, jitterMs: 0, timeScale: 100, baselineFrom: 'smoke-current' },
];

export const FULL_EVALUATION = { clients: 2000, runs: 15, warmup: 3 };
export const SMOKE_EVALUATION = { clients: 200, runs: 1, warmup: 0 };
export const FULL_COLD_STARTS = 15;
export const SMOKE_COLD_STARTS = 1;
