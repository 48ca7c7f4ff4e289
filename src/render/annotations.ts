// Findings → workflow annotations on the policy line of their rule. GitHub shows at most
// 10 annotations of each level per step and drops the rest silently, so we cap them and
// say where the others are.
import type { Finding } from '../evaluate/findings.ts';
import type { Severity, SourceLocation } from '../policy/types.ts';
import { plain } from './escape.ts';

export const MAX_ANNOTATIONS_PER_LEVEL = 10;

export interface Annotation {
  level: Severity;
  title: string;
  message: string;
  location: SourceLocation;
}

export function findingAnnotations(findings: readonly Finding[]): Annotation[] {
  const out: Annotation[] = [];
  for (const level of ['error', 'warning', 'notice'] as const) {
    const ofLevel = findings.filter((f) => f.severity === level);
    const shown = ofLevel.length > MAX_ANNOTATIONS_PER_LEVEL ? ofLevel.slice(0, MAX_ANNOTATIONS_PER_LEVEL - 1) : ofLevel;
    out.push(...shown.map(toAnnotation));
    const hidden = ofLevel.length - shown.length;
    if (hidden > 0) {
      const first = ofLevel[shown.length] as Finding;
      out.push({
        level,
        title: `${hidden} more ${level} findings`,
        message: `${hidden} more ${level} findings are listed in the job summary (GitHub shows at most ${MAX_ANNOTATIONS_PER_LEVEL} annotations per level).`,
        location: first.location,
      });
    }
  }
  return out;
}

function toAnnotation(f: Finding): Annotation {
  const who = f.client ? `${plain(f.client.name, 80)} (${f.client.grantType}): ` : '';
  return {
    level: f.severity,
    title: `${f.ruleId}`,
    message: `${who}${plain(f.message, 400)}`,
    location: f.location,
  };
}
