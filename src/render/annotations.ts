// Findings, notices, policy warnings and skipped checks → workflow annotations on the most
// precise policy line: one per client × rule on the rule's own line (custom rules, built-in
// rules with an `overrides` entry); one per rule with a count on the shared `extends` line.
// GitHub keeps at most 10 annotations of each level per step and silently drops the rest,
// so the list is capped per level with a slot kept for the verdict and one for "N more".
import type { Severity, SourceLocation } from '../policy/types.ts';
import { inert } from './escape.ts';
import type { ReportModel, RuleHit } from './model.ts';

export const MAX_ANNOTATIONS_PER_LEVEL = 10;

export interface Annotation {
  level: Severity;
  /** Empty: no title (the message says it all). */
  title: string;
  message: string;
  /** Absent for annotations about the run, not a policy line (inventory notices, the verdict). */
  location?: SourceLocation;
}

/** Slots kept free per level for what the caller adds itself (the failure message is an error). */
export type Reserved = Partial<Record<Severity, number>>;

/** The slots a run keeps: one error for the failure message, one notice for a passing verdict. */
export const VERDICT_SLOTS: Reserved = { error: 1, notice: 1 };

/** Everything of a run worth pointing at, most important first, capped per level. */
export function runAnnotations(m: ReportModel, reserved: Reserved = VERDICT_SLOTS): Annotation[] {
  const all: Pending[] = [
    ...m.notices.map((n) => written({ level: 'warning', title: '', message: inert(n, 1000) })),
    ...pendingFindings(m),
    ...m.policyWarnings.map((w) => written({ level: 'warning', title: 'Policy warning', message: inert(w.message), location: w.location })),
    ...m.skipped.map((s) => written({ level: 'notice', title: `${inert(s.ruleId, 80)} skipped`, message: inert(s.reason), location: s.location })),
  ];
  return capped(all, reserved);
}

/** The verdict: an error when the run fails (the step's failure message), else a notice. */
export function verdictAnnotation(m: ReportModel): Annotation {
  const c = m.counts;
  const counts = `${c.error} errors, ${c.warning} warnings, ${c.notice} notices, ${m.accepted.length} accepted by exceptions`;
  if (!m.passed) {
    return {
      level: 'error',
      title: 'OAuth policy failed',
      message: `${m.failing} finding${m.failing === 1 ? '' : 's'} at or above fail-on "${m.failOn}" (${counts}; see the job summary).`,
    };
  }
  return { level: 'notice', title: 'OAuth policy passed', message: `No finding reaches fail-on "${m.failOn}" (${counts}).` };
}

/**
 * An annotation before it is written: its level and line are what the cap needs, and most
 * are never written (an org of 2,000 clients has over 10,000 hits for ten slots a level).
 */
interface Pending {
  level: Severity;
  location?: SourceLocation;
  write: () => Annotation;
}

function written(a: Annotation): Pending {
  return { level: a.level, location: a.location, write: () => a };
}

/** One per hit on the rule's own line, one per rule folded on the shared `extends` line. */
function pendingFindings(m: ReportModel): Pending[] {
  const out: Pending[] = [];
  const folded = new Map<string, RuleHit[]>();
  for (const h of m.hits) {
    if (!h.rule.atExtends) {
      out.push({ level: h.severity, location: h.location, write: () => hitAnnotation(h) });
      continue;
    }
    const list = folded.get(h.rule.id);
    if (list) list.push(h);
    else folded.set(h.rule.id, [h]);
  }
  for (const hits of folded.values()) out.push({ level: levelOf(hits), location: (hits[0] as RuleHit).rule.location, write: () => ruleAnnotation(hits) });
  return out;
}

function hitAnnotation(h: RuleHit): Annotation {
  const who = h.client ? `${inert(h.client.label, 80)} (${inert(h.client.id, 60)}, ${h.client.grantType}): ` : '';
  const items =
    h.items.length > 1
      ? ` ${h.items.length} items: ${h.items
          .slice(0, 5)
          .map((i) => inert(i, 100))
          .join(', ')}${h.items.length > 5 ? ', …' : ''}${via(h)}.`
      : '';
  return { level: h.severity, title: h.rule.id, message: `${who}${inert(h.message)}${items}`, location: h.location };
}

function via(h: RuleHit): string {
  return h.holders.length
    ? ` through ${h.holders
        .slice(0, 3)
        .map((r) => inert(r, 100))
        .join(', ')}${h.holders.length > 3 ? ', …' : ''}`
    : '';
}

/** A built-in rule without its own line: once on the `extends` line, with the clients counted. */
function ruleAnnotation(hits: readonly RuleHit[]): Annotation {
  const first = hits[0] as RuleHit;
  const level = levelOf(hits);
  const names = hits.slice(0, 3).map((h) => (h.client ? `${inert(h.client.label, 60)} (${inert(h.client.id, 60)})` : 'the org'));
  const more = hits.length - names.length;
  const n = hits.length;
  return {
    level,
    title: `${first.rule.id}: ${n} client${n === 1 ? '' : 's'}`,
    message: `${inert(first.rule.description)} ${n} client${n === 1 ? '' : 's'}: ${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`,
    location: first.rule.location,
  };
}

function levelOf(hits: readonly RuleHit[]): Severity {
  return hits.some((h) => h.severity === 'error') ? 'error' : hits.some((h) => h.severity === 'warning') ? 'warning' : 'notice';
}

/**
 * At most MAX_ANNOTATIONS_PER_LEVEL per level counting `reserved`; when some do not fit, the
 * last slot says how many more there are and where to find them.
 */
export function capPerLevel(annotations: readonly Annotation[], reserved: Reserved = {}): Annotation[] {
  return capped(annotations.map(written), reserved);
}

/** capPerLevel over pending annotations: only those shown are written. */
function capped(pending: readonly Pending[], reserved: Reserved): Annotation[] {
  const out: Annotation[] = [];
  for (const level of ['error', 'warning', 'notice'] as const) {
    const room = Math.max(1, MAX_ANNOTATIONS_PER_LEVEL - (reserved[level] ?? 0));
    const ofLevel = pending.filter((a) => a.level === level);
    const shown = ofLevel.length > room ? ofLevel.slice(0, room - 1) : ofLevel;
    for (const a of shown) out.push(a.write());
    const hidden = ofLevel.length - shown.length;
    if (hidden > 0) {
      out.push({
        level,
        title: `${hidden} more ${level} annotations`,
        message: `${hidden} more ${level}s are in the job summary (GitHub shows at most ${MAX_ANNOTATIONS_PER_LEVEL} annotations of each level per step).`,
        location: ofLevel[shown.length]?.location,
      });
    }
  }
  return out;
}
