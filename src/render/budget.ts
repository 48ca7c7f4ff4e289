// GitHub drops a job summary over 1 MiB entirely. Every part of a summary (the gate's
// report and the audit's) is sized in UTF-8 bytes against one budget, and a last cap cuts
// anything still over it with a visible note, so the reader knows something is missing.
import { SUMMARY_BUDGET_BYTES } from './summary.ts';

/** GitHub's limit for one step's summary. */
export const GITHUB_SUMMARY_LIMIT_BYTES = 1024 * 1024;
export { SUMMARY_BUDGET_BYTES };

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

const CUT_NOTE = "\n\n---\n_The job summary is cut here: it would pass GitHub's 1 MiB limit. The log and the annotations have everything._\n";

/** `text` if it fits in `budget` bytes, else its start (whole characters) and the cut note. */
export function capBytes(text: string, budget = SUMMARY_BUDGET_BYTES): string {
  if (utf8Bytes(text) <= budget) return text;
  const room = budget - utf8Bytes(CUT_NOTE);
  let end = 0;
  let used = 0;
  for (const ch of text) {
    const size = utf8Bytes(ch);
    if (used + size > room) break;
    used += size;
    end += ch.length;
  }
  return text.slice(0, end) + CUT_NOTE;
}

/**
 * Parts rendered in order, each given the bytes the earlier ones left (a part renders
 * shorter when told less), then capped as a whole.
 */
export function composeSummary(parts: ReadonlyArray<(budgetBytes: number) => string>, budget = SUMMARY_BUDGET_BYTES): string {
  let text = '';
  for (const render of parts) {
    const left = budget - utf8Bytes(text) - 1;
    if (left <= 0) break;
    text += `${render(left)}\n`;
  }
  return capBytes(text, budget);
}
