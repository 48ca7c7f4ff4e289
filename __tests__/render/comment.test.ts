// The pull-request comment (rendered by src/render/impact.ts with this directory's escaping)
// through GitHub's GFM parser: hostile client names, owners and reasons from a pull request's
// policy make no link, image or mention, and its tables keep their shape.
import { describe, expect, it } from '@jest/globals';
import { renderHtmlSync } from 'cmark-gfm';
import { newFinding, type Finding } from '../../src/evaluate/findings.ts';
import { HOSTILE_TEXT } from '../../emulator/scenarios/hostile-text.ts';
import { renderImpact, type ImpactReport } from '../../src/render/impact.ts';

const GFM = { unsafe: true, extensions: { table: true, autolink: true, strikethrough: true, tagfilter: true } };
const location = { file: 'policies/oauth-policy.yml', line: 3, column: 1 };
const NAMES = [...HOSTILE_TEXT.filter((t) => t.length < 300), 'www.evil.example', 'mail admin@evil.example', '&#64;team', 'see #12'];

function finding(name: string, i: number): Finding {
  return newFinding(`rule-${i}`, 'warning', `Requests scope "${name}".`, location, undefined, undefined, { id: `c-${i}`, name, grantType: 'code' }, name);
}

describe("the pull-request comment rendered by GitHub's GFM parser", () => {
  it('makes no link, image or mention from policy or client text and keeps its tables', () => {
    const findings = NAMES.map(finding);
    const report: ImpactReport = {
      policyFile: 'policies/oauth-policy.yml',
      baseSha: 'a'.repeat(40),
      headSha: 'b'.repeat(40),
      base: 'loaded',
      changes: NAMES.map((n) => ({ kind: 'exception-added', loosens: true, description: `Exception for ${n} by @mallory (www.evil.example)`, location })),
      impact: {
        added: findings,
        silenced: findings.map((f) => ({
          finding: f,
          reason: {
            kind: 'exception',
            exception: {
              ruleId: f.ruleId,
              client: f.client?.name ?? '',
              clientRef: { kind: 'text' as const, text: f.client?.name ?? '' },
              reason: `${f.client?.name ?? ''} says admin@evil.example`,
              owner: '@acme/security',
              expires: '2027-01-01',
              location,
            },
          },
        })),
        resolved: [],
        severityLowered: [],
        severityRaised: [],
      },
      loosening: { loosens: true, reasons: ['it silences findings of @everyone at www.evil.example'], acknowledged: false, blocks: true },
      mode: 'require-label',
      label: 'accept @team',
      head: { passed: false, failOn: 'error', counts: { error: 1, warning: 2, notice: 0 } },
    };
    const h = renderHtmlSync(renderImpact(report, 60_000), GFM);
    expect(h).not.toMatch(/<a |<img|<script|<b>|<!--/i);
    const text = h
      .replace(/<[^>]*>/g, ' ')
      .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
      .replace(/&amp;/g, '&');
    expect(text).not.toMatch(/@[A-Za-z0-9_-]|www\.[a-z]|#\d/i);
    for (const [, body] of h.matchAll(/<table>([\s\S]*?)<\/table>/g)) {
      const widths = [...(body ?? '').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, r]) => (r ?? '').match(/<t[hd][ >]/g)?.length ?? 0);
      expect(new Set(widths).size).toBe(1);
    }
  });
});
