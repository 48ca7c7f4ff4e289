// The matrix fan-in: reports merged into one table; a missing, foreign or duplicate report
// fails the merge rather than passing on fewer orgs.
import { describe, expect, it } from '@jest/globals';
import cmark from 'cmark-gfm';
import { mergeReports, readReport } from '../../src/fan-in/merge.ts';
import { renderFanIn } from '../../src/render/fan-in.ts';

function report(host: string, passed: boolean, extra: Record<string, unknown> = {}) {
  return {
    schemaVersion: 1,
    org: { host, key: `org:${host}` },
    policy: { file: 'policies/oauth-policy.yml' },
    verdict: { passed, failOn: 'error', failing: passed ? 0 : 3, counts: { error: passed ? 0 : 3, warning: 1, notice: 0 }, accepted: 2 },
    fetchedAt: '2026-12-01T06:17:00.000Z',
    inventory: [{}, {}],
    ...extra,
  };
}

const html = (markdown: string) => cmark.renderHtmlSync(markdown, { extensions: { table: true, autolink: true, strikethrough: true, tagfilter: true } });

describe('merging matrix reports', () => {
  it('lists every org, failing first, with drift when the job had a baseline', () => {
    const merged = mergeReports([
      readReport('eu/report.json', report('api.mypurecloud.ie', true, { drift: { baseline: 'ok', newFindings: 0, resolvedFindings: 1 } })),
      readReport('us/report.json', report('api.mypurecloud.com', false)),
    ]);
    expect(merged.passed).toBe(false);
    expect(merged.orgs.map((o) => [o.host, o.passed, o.newFindings])).toEqual([
      ['api.mypurecloud.com', false, undefined],
      ['api.mypurecloud.ie', true, 0],
    ]);
    const out = html(renderFanIn(merged));
    expect(out).toContain('<table>');
    expect((out.match(/<tr>/g) ?? []).length).toBe(3);
    expect(out).toContain('0 new, 1 resolved');
    expect(out).toContain('no baseline');
    expect(out).not.toContain('<a ');
  });

  it('passes only when every org passes and nothing is missing', () => {
    expect(mergeReports([readReport('a', report('a.example', true)), readReport('b', report('b.example', true))]).passed).toBe(true);
    expect(mergeReports([readReport('a', report('a.example', true))], 2)).toMatchObject({
      passed: false,
      problems: [expect.stringMatching(/1 reports were found, and 2 were expected/)],
    });
    expect(mergeReports([])).toMatchObject({ passed: false, problems: ['No reports were found to merge.'] });
  });

  it('refuses reports that are not ours, of another version, or that duplicate an org', () => {
    expect(readReport('x.json', { schemaVersion: 1 })).toMatch(/x\.json does not name its org/);
    expect(readReport('x.json', [1, 2])).toMatch(/report version undefined/);
    expect(readReport('x.json', { ...report('a', true), schemaVersion: 9 })).toMatch(/report version 9/);
    expect(readReport('x.json', { ...report('a', true), verdict: {} })).toMatch(/has no verdict/);
    const dup = mergeReports([readReport('one', report('a.example', true)), readReport('two', report('a.example', true))]);
    expect(dup).toMatchObject({ passed: false, problems: [expect.stringMatching(/two and one report the same org/)] });
  });

  it('escapes hosts and paths from reports: no link or mention comes out of them', () => {
    const evil = readReport('evil', { ...report('www.evil.example', false), policy: { file: '@octocat [x](https://evil.example)' } });
    const out = html(renderFanIn(mergeReports([evil])));
    expect(out).not.toMatch(/<a |@octocat/);
  });
});
