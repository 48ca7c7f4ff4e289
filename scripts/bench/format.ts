// How figures are written in the tables: counts with separators, times in ms or s, ratios
// with two decimals, and the one-line description of a scenario.
import { REAL_LIMIT, WINDOW_MS, type Scenario } from './configs.ts';

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

export function limitLabel(sc: Scenario): string {
  const scale = sc.limit / REAL_LIMIT;
  return `${count(sc.limit)} / ${WINDOW_MS / 1000} s${scale !== 1 ? ` (limit ×${scale})` : ''}`;
}

/** "legacy listing, 5,000 clients, 3,000 / 60 s (limit ×10), 30 ms". */
export function scenarioLabel(sc: Scenario, clients?: number): string {
  const size = clients === undefined ? sc.scenario : `${count(clients)} clients`;
  return `${sc.listing} listing, ${size}, ${limitLabel(sc)}, ${sc.latencyMs} ms`;
}
