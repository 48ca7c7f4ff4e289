// ISO-8601 intervals as the usage API takes them: `start/end`, where each side may be a full
// date-time or a shortened date ("2020-01/2020-06" is the first half of 2020, per the
// Genesys developer blog on the Usage API). A shortened end covers its whole period.

export interface Interval {
  startMs: number;
  /** Exclusive. */
  endMs: number;
}

export function parseInterval(text: unknown): Interval | string {
  if (typeof text !== 'string' || !text.includes('/')) return 'interval must be an ISO-8601 interval "start/end"';
  const [startText = '', endText = '', ...rest] = text.split('/');
  if (rest.length) return 'interval must have exactly one "/"';
  const start = parseBound(startText, false);
  const end = parseBound(endText, true);
  if (start === undefined || end === undefined) return `interval "${text}" is not an ISO-8601 interval "start/end"`;
  if (end <= start) return `interval "${text}" ends before it starts`;
  return { startMs: start, endMs: end };
}

/** Epoch ms of a bound; an end given as a date or month means the end of that period. */
function parseBound(text: string, isEnd: boolean): number | undefined {
  const t = text.trim();
  let m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(t);
  if (m) {
    const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) - 1 : undefined, m[3] ? Number(m[3]) : undefined];
    if (month !== undefined && (month < 0 || month > 11)) return undefined;
    if (day !== undefined) return Date.UTC(year, month ?? 0, day + (isEnd ? 1 : 0));
    if (month !== undefined) return Date.UTC(year, month + (isEnd ? 1 : 0), 1);
    return Date.UTC(year + (isEnd ? 1 : 0), 0, 1);
  }
  m = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(t);
  if (!m) return undefined;
  // Without a zone the platform means UTC, not the server's local time.
  const ms = Date.parse(m[3] ? t : `${t}Z`);
  return Number.isFinite(ms) ? ms : undefined;
}
