// Each client's API usage as a rule (active every n days between two days), not a table,
// so that a 5,000-client org costs nothing until a query asks for a window. Days count
// back from the org's base day in UTC, as the platform counts usage; counts are a stable
// hash of client and day, so every query sees the same numbers.
import { fnv1a, FNV_OFFSET, unitOf } from '../random.ts';

export const MS_PER_DAY = 86_400_000;

export interface UsagePattern {
  /** Most recent day with requests, in days before the base day (0 = the base day). */
  lastDaysAgo: number;
  /** Oldest day with requests. */
  firstDaysAgo: number;
  /** Active every this many days, counting back from `lastDaysAgo`. */
  everyDays: number;
  /** Typical requests on an active day. */
  dailyRequests: number;
}

export interface DayCounts {
  requests: number;
  status200: number;
  status300: number;
  status400: number;
  status500: number;
  status429: number;
}

/** A client's usage key: the hash of `${clientId}:`, which every day's counts go on from. */
export function usageKey(clientId: string): number {
  return fnv1a(`${clientId}:`, FNV_OFFSET);
}

/**
 * Requests of one client on the UTC day `dayMs`, written into `counts`; false (`counts`
 * untouched) when it made none. A query over many clients and days works out each client's
 * `usageKey` and each day's text (`String(dayMs)`) once, and allocates nothing per day.
 */
export function countUsageOn(
  counts: DayCounts,
  key: number,
  dayText: string,
  pattern: UsagePattern | undefined,
  baseDayMs: number,
  dayMs: number,
  nowMs: number,
): boolean {
  if (!pattern || dayMs > nowMs) return false;
  const daysAgo = Math.round((baseDayMs - dayMs) / MS_PER_DAY);
  if (daysAgo < pattern.lastDaysAgo || daysAgo > pattern.firstDaysAgo) return false;
  if ((daysAgo - pattern.lastDaysAgo) % Math.max(1, pattern.everyDays) !== 0) return false;
  // Today is still running: only the part of the day that has passed is counted.
  const elapsed = dayMs + MS_PER_DAY > nowMs ? Math.max(0, (nowMs - dayMs) / MS_PER_DAY) : 1;
  // The stable hashes of `${clientId}:${dayMs}`, and of that plus `:4xx` and `:5xx`.
  const day = fnv1a(dayText, key);
  const requests = Math.max(1, Math.round(pattern.dailyRequests * (0.5 + unitOf(day)) * elapsed));
  const status400 = Math.floor(requests * 0.02 * unitOf(fnv1a(':4xx', day)));
  const status429 = Math.floor(status400 * 0.25);
  const status500 = Math.floor(requests * 0.005 * unitOf(fnv1a(':5xx', day)));
  counts.requests = requests;
  counts.status200 = requests - status400 - status500;
  counts.status300 = 0;
  counts.status400 = status400;
  counts.status500 = status500;
  counts.status429 = status429;
  return true;
}

export function utcDay(ms: number): number {
  return Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;
}

/** The UTC days in [fromMs, toMs) on which the pattern made requests, newest first. */
export function activeDays(pattern: UsagePattern | undefined, baseDayMs: number, fromMs: number, toMs: number): number[] {
  if (!pattern) return [];
  const every = Math.max(1, pattern.everyDays);
  // A day `d` days ago lies in the window when newest ≤ d ≤ oldest.
  const newest = Math.max(pattern.lastDaysAgo, Math.floor((baseDayMs - toMs) / MS_PER_DAY) + 1);
  const oldest = Math.min(pattern.firstDaysAgo, Math.floor((baseDayMs - utcDay(fromMs)) / MS_PER_DAY));
  const days: number[] = [];
  for (let d = pattern.lastDaysAgo + Math.max(0, Math.ceil((newest - pattern.lastDaysAgo) / every)) * every; d <= oldest; d += every)
    days.push(baseDayMs - d * MS_PER_DAY);
  return days;
}
