// Findings, policy warnings and skipped checks → workflow annotations on the policy line
// that produced them. GitHub shows at most 10 annotations of each level per step and drops
// the rest silently, so we cap them and say where the others are.
import type { AuditResult } from '../audit.ts';
import type { Finding } from '../evaluate/findings.ts';
import type { Severity, SourceLocation } from '../policy/types.ts';
import { clientLabel, plain } from './escape.ts';

export const MAX_ANNOTATIONS_PER_LEVEL = 10;

export interface Annotation {
  level: Severity;
  title: string;
  message: string;
  location: SourceLocation;
}

/** Everything of a run worth pointing at in the policy file, capped per level. */
export function runAnnotations(result: Pick<AuditResult, 'evaluation' | 'policy'>): Annotation[] {
  const all: Annotation[] = [
    ...result.evaluation.findings.map(findingAnnotation),
    ...result.policy.warnings.map((w) => ({ level: 'warning' as const, title: 'Policy warning', message: plain(w.message, 400), location: w.location })),
    ...result.evaluation.skipped.map((s) => ({ level: 'notice' as const, title: `${s.ruleId} skipped`, message: plain(s.reason, 400), location: s.location })),
  ];
  return capPerLevel(all);
}

export function capPerLevel(annotations: readonly Annotation[]): Annotation[] {
  const out: Annotation[] = [];
  for (const level of ['error', 'warning', 'notice'] as const) {
    const ofLevel = annotations.filter((a) => a.level === level);
    const shown = ofLevel.length > MAX_ANNOTATIONS_PER_LEVEL ? ofLevel.slice(0, MAX_ANNOTATIONS_PER_LEVEL - 1) : ofLevel;
    out.push(...shown);
    const hidden = ofLevel.length - shown.length;
    if (hidden > 0) {
      out.push({
        level,
        title: `${hidden} more ${level} annotations`,
        message: `${hidden} more ${level}s are listed in the job summary (GitHub shows at most ${MAX_ANNOTATIONS_PER_LEVEL} annotations per level).`,
        location: (ofLevel[shown.length] as Annotation).location,
      });
    }
  }
  return out;
}

export function findingAnnotation(f: Finding): Annotation {
  const who = f.client ? `${plain(clientLabel(f.client), 80)} (${f.client.grantType}): ` : '';
  return { level: f.severity, title: f.ruleId, message: `${who}${plain(f.message, 400)}`, location: f.location };
}
