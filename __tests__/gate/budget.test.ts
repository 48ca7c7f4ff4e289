// One byte budget for the whole job summary (GitHub drops a summary over 1 MiB): parts get
// what the earlier ones left, sizes are UTF-8 bytes (not UTF-16 units), and a cut says so.
import { describe, expect, it } from '@jest/globals';
import { capBytes, composeSummary, GITHUB_SUMMARY_LIMIT_BYTES, SUMMARY_BUDGET_BYTES, utf8Bytes } from '../../src/render/budget.ts';
import { renderImpact, type ImpactReport } from '../../src/render/impact.ts';
import type { PolicyChange } from '../../src/gate/policy-diff.ts';

const report = (changes: PolicyChange[]): ImpactReport => ({
  policyFile: 'policies/oauth-policy.yml',
  baseSha: 'a'.repeat(40),
  headSha: 'b'.repeat(40),
  base: 'loaded',
  changes,
  skippedReason: 'no credentials',
  loosening: {
    loosens: changes.some((c) => c.loosens),
    reasons: changes.filter((c) => c.loosens).map((c) => c.description),
    acknowledged: false,
    blocks: true,
  },
  mode: 'require-label',
  label: 'oauth-policy/accept-loosening',
  head: undefined,
});

describe('the summary budget', () => {
  it("stays below GitHub's limit", () => {
    expect(SUMMARY_BUDGET_BYTES).toBeLessThan(GITHUB_SUMMARY_LIMIT_BYTES);
  });

  it('counts UTF-8 bytes and cuts on a whole character with a visible note', () => {
    const text = '🔓'.repeat(1000); // 2000 UTF-16 units, 4000 bytes
    const cut = capBytes(text, 3000);
    expect(utf8Bytes(cut)).toBeLessThanOrEqual(3000);
    expect(cut).toContain('The job summary is cut here');
    expect(cut).not.toContain('\uFFFD');
    expect(cut.startsWith('🔓'.repeat(100))).toBe(true);
    expect(capBytes('short', 3000)).toBe('short');
  });

  it('gives each part what the earlier ones left, and caps parts that ignore it', () => {
    const seen: number[] = [];
    const text = composeSummary(
      [
        (left) => (seen.push(left), '界'.repeat(200_000)), // 600 KB, ignores its budget
        (left) => (seen.push(left), '🔓'.repeat(Math.floor(left / 4))),
      ],
      SUMMARY_BUDGET_BYTES,
    );
    expect(seen[1]).toBeLessThan(SUMMARY_BUDGET_BYTES - 600_000);
    expect(utf8Bytes(text)).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES);
  });

  it('renders the gate report in bytes, keeps the loosening banner, and notes what it cut', () => {
    const changes: PolicyChange[] = Array.from({ length: 3000 }, (_, i) => ({
      kind: i % 2 ? 'rule-added' : 'exception-added',
      loosens: i % 2 === 0,
      description: `The exception for rule \`r${i}\` and client "${'界'.repeat(50)}" is added.`,
    }));
    const budget = 64 * 1024;
    const text = renderImpact(report(changes), budget, utf8Bytes);
    expect(utf8Bytes(text)).toBeLessThanOrEqual(budget);
    expect(text).toContain('This change loosens the policy');
    expect(text).toMatch(/…and \d+ more changes, \d+ of them loosening/);
  });
});
