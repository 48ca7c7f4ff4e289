// The review gate's second question (the first is "do head findings reach fail-on?"):
// does this change loosen the policy, and has someone explicitly accepted that? Loosening
// must be as visible as tightening, and by default it needs a label on the pull request.
import { loosensFindings, type Impact } from './impact.ts';
import type { PolicyChange } from './policy-diff.ts';

export type LooseningMode = 'require-label' | 'warn' | 'allow';
export const LOOSENING_MODES: readonly LooseningMode[] = ['require-label', 'warn', 'allow'];

export interface LooseningVerdict {
  loosens: boolean;
  /** What loosens, one sentence each. */
  reasons: string[];
  acknowledged: boolean;
  /** The run fails because of it. */
  blocks: boolean;
}

/** Static changes the live comparison cannot see (same findings, different consequences). */
const ALWAYS_STATIC: ReadonlySet<PolicyChange['kind']> = new Set(['setting-loosened', 'exception-extended']);

export function judgeLoosening(changes: readonly PolicyChange[], impact: Impact | undefined, mode: LooseningMode, label: string, labels: readonly string[]): LooseningVerdict {
  const reasons: string[] = [];
  if (impact) {
    if (impact.silenced.length) reasons.push(`it silences ${impact.silenced.length} finding${impact.silenced.length === 1 ? '' : 's'} of the org`);
    if (impact.severityLowered.length) reasons.push(`it lowers the severity of ${impact.severityLowered.length} finding${impact.severityLowered.length === 1 ? '' : 's'}`);
  }
  const staticReasons = changes.filter((c) => c.loosens && (!impact || ALWAYS_STATIC.has(c.kind))).map((c) => c.description.replace(/\.$/, ''));
  reasons.push(...staticReasons);
  const loosens = (impact ? loosensFindings(impact) : false) || staticReasons.length > 0;
  const acknowledged = labels.includes(label);
  return { loosens, reasons, acknowledged, blocks: loosens && mode === 'require-label' && !acknowledged };
}
