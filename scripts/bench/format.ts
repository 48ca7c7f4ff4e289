// How figures are written in the tables: counts with separators, times in ms or s, ratios
// with two decimals, and the one-line description of a run's configuration.
import type { RunSpec } from './runner.ts';

export function count(n: number): string {
  return n.toLocaleString('en-US');
}

export function time(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms >= 600_000) return `${Math.round(ms / 60_000)} min`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

/** `a ÷ b` as "1.02×"; "—" when b is 0. */
export function ratio(a: number, b: number, atLeast = false): string {
  if (!(b > 0) || !Number.isFinite(a)) return '—';
  const r = a / b;
  return `${atLeast ? '≥ ' : ''}${r >= 100 ? Math.round(r) : r.toFixed(2)}×`;
}

export function mebibytes(kb: number): string {
  return `${Math.round(kb / 1024)} MiB`;
}

export function bytes(n: number): string {
  return n >= 1_048_576 ? `${(n / 1_048_576).toFixed(1)} MiB` : `${Math.round(n / 1024)} KiB`;
}

export function limitLabel(spec: RunSpec): string {
  const scaled = spec.timeScale > 1 ? ` (time ×1/${spec.timeScale})` : '';
  return `${count(spec.rateLimit)} / ${spec.windowMs / 1000} s${scaled}`;
}

export function latencyLabel(spec: RunSpec): string {
  return spec.jitterMs > 0 ? `${spec.latencyMs}–${spec.latencyMs + spec.jitterMs} ms` : `${spec.latencyMs} ms`;
}

/** "rate-bound, legacy listing, 1,000 clients, 300 / 6 s (time ×1/10)". */
export function specLabel(spec: RunSpec): string {
  return `${spec.regime}, ${spec.listing} listing, ${count(spec.clients)} clients, ${limitLabel(spec)}`;
}
