// The review gate's second question (the first is "do head findings reach fail-on?"):
// does this change loosen the policy, and has someone explicitly accepted that? The answer
// comes from the policy changes alone; the live impact only says which findings a loosening
// silences. Should the org show a silenced finding that no listed change explains, that is
// itself listed as a loosening change: the verdict never disagrees with the list under it.
import { SEVERITY_RANK, type Finding } from '../evaluate/findings.ts';
import { DESIRED_STATE_IDS } from '../policy/reserved-ids.ts';
import type { Impact } from './impact.ts';
import type { PolicyChange } from './policy-diff.ts';

export type LooseningMode = 'require-label' | 'warn' | 'allow';
export const LOOSENING_MODES: readonly LooseningMode[] = ['require-label', 'warn', 'allow'];

export interface LooseningVerdict {
  loosens: boolean;
  /** What loosens, one sentence each: the loosening changes. */
  reasons: string[];
  acknowledged: boolean;
  /** The run fails because of it. */
  blocks: boolean;
}

export function judgeLoosening(changes: readonly PolicyChange[], mode: LooseningMode, label: string, labels: readonly string[]): LooseningVerdict {
  const reasons = changes.filter((c) => c.loosens).map((c) => c.description.replace(/\.$/, ''));
  const loosens = reasons.length > 0;
  const acknowledged = labels.includes(label);
  return { loosens, reasons, acknowledged, blocks: loosens && mode === 'require-label' && !acknowledged };
}

/**
 * The changes, plus one loosening change when the org shows findings silenced or re-graded
 * down although no change is called loosening (the static comparison missed something; fail
 * closed). A drift finding replaced by an `unknown-client` finding no milder is not silenced.
 */
export function withUnexplainedSilencing(changes: readonly PolicyChange[], impact: Impact | undefined): PolicyChange[] {
  if (!impact || changes.some((c) => c.loosens)) return [...changes];
  const unknownAfter = new Map(impact.added.filter((f) => f.ruleId === DESIRED_STATE_IDS.unknown && f.client).map((f) => [f.client?.id, f]));
  const replaced = (f: Finding) => {
    const unknown = f.ruleId === DESIRED_STATE_IDS.drift ? unknownAfter.get(f.client?.id) : undefined;
    return unknown !== undefined && SEVERITY_RANK[unknown.severity] >= SEVERITY_RANK[f.severity];
  };
  const silenced = impact.silenced.filter((s) => !replaced(s.finding));
  const n = silenced.length + impact.severityLowered.length;
  if (n === 0) return [...changes];
  const examples = [...silenced.map((s) => s.finding), ...impact.severityLowered.map((c) => c.before)].slice(0, 3).map(short);
  return [
    ...changes,
    {
      kind: 'findings-silenced',
      loosens: true,
      description: `The org's findings show ${n} finding${n === 1 ? '' : 's'} silenced or made milder that no change above explains (${examples.join('; ')}); this counts as loosening.`,
    },
  ];
}

function short(f: Finding): string {
  return [f.ruleId, f.client?.name, f.subject].filter(Boolean).join(' ');
}
