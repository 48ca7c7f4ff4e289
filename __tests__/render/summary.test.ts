// The job summary as GitHub shows it: rendered by cmark-gfm (GitHub's GFM parser, with the
// extensions github.com enables) and checked on the HTML, not on the markdown string.
import { describe, expect, it } from '@jest/globals';
import { renderHtmlSync } from 'cmark-gfm';
import { HOSTILE_TEXT } from '../../emulator/scenarios/hostile-text.ts';
import { buildReport, DEFAULT_RULES_DOC_URL } from '../../src/render/model.ts';
import { renderFailureSummary, renderSummary, renderSummaryOf, SUMMARY_BUDGET_BYTES, VISIBLE_ROWS } from '../../src/render/summary.ts';
import { ccClient, client } from '../helpers/inventory.ts';
import { auditScenario, judged, NOW, syntheticClients } from './fixtures.ts';
import { judge } from '../../src/audit.ts';
import { parsePolicy } from '../../src/policy/load.ts';
import { inventory } from '../helpers/inventory.ts';

// As github.com: raw HTML passes the parser (GitHub sanitizes it after), so ours renders.
const GFM = { unsafe: true, extensions: { table: true, autolink: true, strikethrough: true, tagfilter: true } };
export const html = (md: string): string => renderHtmlSync(md, GFM);

/** Text a reader sees: tags dropped, entities decoded. */
function visibleText(h: string): string {
  return h
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every table keeps its shape: each row has as many cells as its header. */
function expectTablesIntact(h: string, tables: number): void {
  const found = [...h.matchAll(/<table>([\s\S]*?)<\/table>/g)];
  expect(found).toHaveLength(tables);
  for (const [, body] of found) {
    const rows = [...(body ?? '').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, r]) => (r ?? '').match(/<t[hd][ >]/g)?.length ?? 0);
    expect(new Set(rows).size).toBe(1);
  }
}

/** Untrusted text made no link, image or mention: only our rule-docs links remain. */
export function expectInert(h: string): void {
  for (const [, href] of h.matchAll(/<a [^>]*href="([^"]*)"/g)) expect(href?.startsWith(`${DEFAULT_RULES_DOC_URL}#`)).toBe(true);
  expect(h).not.toMatch(/<img|<script|<b>|<iframe|<!--/i);
  const text = visibleText(h);
  expect(text).not.toMatch(/@[A-Za-z0-9_-]/); // a mention or an e-mail address
  expect(text).not.toMatch(/www\.[a-z]/i); // a web autolink
  expect(text).not.toMatch(/#\d/); // an issue reference
}

const HOSTILE_NAMES = [
  ...HOSTILE_TEXT,
  'www.evil.example',
  'WWW.Evil.Example/path',
  'mail admin@evil.example now',
  '&#64;acme/security &#x40;everyone',
  'https://evil.example/x and http://evil.example',
  '<https://evil.example>',
  '| a | b |\n|---|---|',
  'fixes #12 and GH-3',
];

describe("the summary rendered by GitHub's GFM parser", () => {
  it('keeps tables intact and makes no link, image or mention from client text', () => {
    const clients = HOSTILE_NAMES.flatMap((name, i) => [
      ccClient([{ role: `${name} role`, division: '*', permissions: ['*:*:*'] }], { name, id: `cc-${i}`, description: '' }),
      client({ name, id: `app-${i}`, scopes: ['conversations', name], redirectUris: [`http://${name}/cb`] }),
    ]);
    const input = judged(clients);
    input.inventory.notices.push('notice from www.evil.example by @mallory');
    const markdown = renderSummary(input);
    const h = html(markdown);
    // Categories; fix first is a list; the open table, the collapsed rest, how to fix, every finding, inventory.
    expectTablesIntact(h, 6);
    expectInert(h);
    expect(h).toContain(`href="${DEFAULT_RULES_DOC_URL}#cc-can-take-over-accounts"`);
  });

  it('bounds a failure with thousands of problems', () => {
    const markdown = renderFailureSummary(
      'the policy file is invalid',
      Array.from({ length: 5000 }, (_, i) => `p.yml:${i}:1: problem ${i}`),
    );
    expect(markdown).toContain('…and 4900 more (see the log).');
    expect(Buffer.byteLength(markdown)).toBeLessThan(SUMMARY_BUDGET_BYTES);
  });

  it('shows a failure before the audit inertly', () => {
    const h = html(
      renderFailureSummary('the audit could not run', ['API said: see www.evil.example or mail admin@evil.example, cc @team [x](http://e.example)']),
    );
    expectInert(h);
  });
});

describe("the demo org's summary", () => {
  it('reads in one screen: verdict, fix first, and under 60 rows before the first collapsed section', async () => {
    const { result } = await auditScenario('demo');
    const markdown = renderSummary(result);
    const open = markdown.split('<details>')[0] ?? '';
    const rows = open.split('\n').filter((l) => /^\d+\. |^\| (?!---)/.test(l));
    expect(rows.length).toBeLessThan(60);
    expect(open).toMatch(/^## ❌ Genesys Cloud OAuth policy: failed: \d+ findings at or above fail-on \(error\)/);
    expect(open).toContain('### Fix first');
    // The four built-in Master Admin rules of one client (and the custom one) are one row.
    const terraform = open
      .split('\n')
      .filter((l) => l.startsWith('| 🔴') && l.includes('cc-can-manage-oauth-clients') && l.includes('cc-can-take-over-accounts'));
    expect(terraform.length).toBeGreaterThan(0);
    expect(terraform[0]).toContain('cc-can-manage-sso');
    expect(terraform[0]).toMatch(/<code>&#42;&#58;&#42;&#58;&#42;<\/code> through Master Admin &#40;all divisions&#41; \|$/);
    // Every client with a finding shows its id.
    for (const g of buildReport(result).groups) expect(markdown).toContain(`<code>${g.client?.id ?? ''}</code>`);
    expectTablesIntact(html(markdown), 7);
  });
});

describe('the byte budget', () => {
  it('records the summary at 20,000 clients: under the budget, with the cut said', () => {
    const input = judged(syntheticClients(20_000));
    const markdown = renderSummary(input);
    const size = Buffer.byteLength(markdown);
    expect(size).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES);
    expect(size).toBeGreaterThan(SUMMARY_BUDGET_BYTES * 0.8); // it fills the budget rather than dropping whole sections early
    expect(markdown).toMatch(/more (rows|findings|clients) are not shown: the summary would exceed GitHub's size limit/);
    // The open table stays one screen however large the org.
    const open = markdown.split('<details>')[0] ?? '';
    expect(open.split('\n').filter((l) => /^\| (🔴|🟠|🔵) /.test(l)).length).toBe(VISIBLE_ROWS);
    // Recorded for docs/reports.md.
    process.stdout.write(`summary at 20,000 clients: ${size} bytes (budget ${SUMMARY_BUDGET_BYTES})\n`);
  });

  it('keeps the verdict and what to fix when the budget is tiny, and never exceeds it', () => {
    const model = buildReport(judged(syntheticClients(200)));
    for (const budget of [1_000, 8_000, 20_000, 100_000]) {
      const markdown = renderSummaryOf(model, budget);
      expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(budget);
      expect(markdown).toMatch(/^## ❌/);
    }
    expect(renderSummaryOf(model, 8_000)).toContain('not shown');
    expect(renderSummaryOf(model, 1_000)).toContain('The details do not fit');
  });

  it('keeps at most 20 notices above the findings and counts the rest', () => {
    const input = judged(syntheticClients(4));
    input.inventory.notices.push(...Array.from({ length: 50 }, (_, i) => `notice ${i}`));
    const markdown = renderSummary(input);
    expect(markdown).toContain('> ⚠️ notice 19');
    expect(markdown).not.toContain('> ⚠️ notice 20');
    const total = 50 + input.evaluation.skipped.length + input.policy.warnings.length;
    expect(markdown).toContain(`…and ${total - 20} more notices, skipped checks and policy warnings`);
  });

  it('says when every client passes', () => {
    const markdown = renderSummary(
      judged(
        [client({ scopes: ['presence:readonly'], redirectUris: ['https://a.example/cb'], tokenLifetimeSeconds: 3600, description: 'ok' })],
        'version: 1\nrules:\n  - id: t\n    token-lifetime: { max-seconds: 86400 }\n',
      ),
    );
    expect(markdown).toMatch(/^## ✅ Genesys Cloud OAuth policy: all 1 clients pass/);
  });

  it('names the OWASP NHI risks of the rules in the fix table', () => {
    const markdown = renderSummary(judged(syntheticClients(8)));
    expect(markdown).toContain('| Rule | Category | OWASP NHI | Why it matters | Fix |');
    expect(markdown).toMatch(
      /\| \[<code>cc-can-manage-integrations<\/code>\]\([^)]*\) \| [^|]+ \| NHI5 Overprivileged NHI, NHI3 Vulnerable Third-Party NHI \|/,
    );
    expect(markdown).toMatch(/\| \[<code>no-implicit-grant<\/code>\]\([^)]*\) \| [^|]+ \| NHI4 Insecure Authentication \|/);
  });

  it('names the pack file and line of a rule from a pack file', () => {
    const policy = parsePolicy('policies/oauth-policy.yml', 'version: 1\nextends: [./packs/acme.yml]\n', {
      readPack: (p) =>
        p === 'policies/packs/acme.yml'
          ? 'version: 1\nrules:\n  - id: acme-no-implicit\n    fix: Use the code grant.\n    grant-types: { deny: [implicit] }\n'
          : undefined,
    });
    const inv = inventory(syntheticClients(4));
    const markdown = renderSummary({ policy, inventory: inv, ...judge(policy, inv, undefined, NOW) });
    expect(markdown).toContain('<code>acme-no-implicit</code> (<code>policies/packs/acme.yml</code> line 3)');
  });

  it('fails on notices too with fail-on notice', () => {
    const never = judged(syntheticClients(4), undefined, 'never');
    const notice = judged(syntheticClients(4), undefined, 'notice');
    const total = never.evaluation.findings.length;
    expect(never.passed).toBe(true);
    expect(notice.passed).toBe(false);
    expect(total).toBeGreaterThan(0);
    expect(renderSummary(notice)).toMatch(new RegExp(`^## ❌ Genesys Cloud OAuth policy: failed: ${total} findings? at or above fail-on \\(notice\\)`));
  });

  it('says when findings stay below fail-on', () => {
    const markdown = renderSummary(judged(syntheticClients(4), undefined, 'never'));
    expect(markdown).toMatch(/^## ✅ Genesys Cloud OAuth policy: passed with \d+ findings below the threshold \(fail-on: never\)/);
    expect(markdown).toContain('### Findings by client');
  });
});
