// Annotations: one per client × rule on the most precise policy line, and never more than
// GitHub keeps (10 per level per step, counting the verdict and every notice), so the
// verdict is never the one dropped.
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reportAudit, reportFailure, reportVerdict, rulesDocUrl, writeReportFiles } from '../../src/action/report.ts';
import { PolicyError } from '../../src/policy/errors.ts';
import { Redactor } from '../../src/redactor.ts';
import { MAX_ANNOTATIONS_PER_LEVEL, VERDICT_SLOTS, runAnnotations, verdictAnnotation, type Annotation } from '../../src/render/annotations.ts';
import { buildReport, DEFAULT_RULES_DOC_URL } from '../../src/render/model.ts';
import { auditScenario, judged, POLICY_TEXT, syntheticClients } from './fixtures.ts';

const count = (list: readonly Annotation[], level: Annotation['level']) => list.filter((a) => a.level === level).length;

describe('runAnnotations', () => {
  it('puts custom rules per client on their line, folds built-in rules on the extends line, overrides per client', async () => {
    const { result } = await auditScenario('demo');
    const model = buildReport(result);
    const all = runAnnotations(model, {});
    const custom = all.filter((a) => a.title === 'integrations-in-named-divisions');
    expect(custom.length).toBeGreaterThan(0);
    for (const a of custom) expect(a.location?.line).toBe(28);
    const folded = all.find((a) => a.title.startsWith('cc-can-take-over-accounts:'));
    expect(folded?.title).toMatch(/^cc-can-take-over-accounts: \d+ clients$/);
    expect(folded?.location?.line).toBe(8);
    const overridden = all.filter((a) => a.title === 'cc-bulk-analytics');
    for (const a of overridden) expect(a.location?.line).toBe(15);
  });

  it('keeps a slot for the verdict in every level and says how many more there are', () => {
    // A custom error rule: one annotation per client on its own line, far more than fit.
    const model = buildReport(judged(syntheticClients(400), POLICY_TEXT.replace('severity: warning', 'severity: error')));
    const list = runAnnotations(model);
    expect(count(list, 'error')).toBe(MAX_ANNOTATIONS_PER_LEVEL - 1);
    expect(count(list, 'notice')).toBeLessThanOrEqual(MAX_ANNOTATIONS_PER_LEVEL - 1);
    expect(count(list, 'warning')).toBeLessThanOrEqual(MAX_ANNOTATIONS_PER_LEVEL);
    expect(list.filter((a) => a.level === 'error').at(-1)?.title).toMatch(/^\d+ more error annotations$/);
  });

  it('counts only the findings that reach fail-on in the failure message', () => {
    const model = buildReport(judged(syntheticClients(8), undefined, 'error'));
    const verdict = verdictAnnotation(model);
    expect(model.counts.warning).toBeGreaterThan(0);
    expect(verdict.message).toMatch(new RegExp(`^${model.counts.error} findings at or above fail-on "error"`));
    expect(verdictAnnotation(buildReport(judged(syntheticClients(8), undefined, 'never'))).level).toBe('notice');
  });
});

describe('what the action prints', () => {
  let out: string[];
  let dir: string;
  beforeEach(() => {
    out = [];
    dir = mkdtempSync(path.join(tmpdir(), 'report-'));
    process.env.GITHUB_OUTPUT = path.join(dir, 'output.txt');
    writeFileSync(process.env.GITHUB_OUTPUT, '');
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
    delete process.env.GITHUB_OUTPUT;
    process.exitCode = 0;
  });
  const perLevel = () => {
    const lines = out.join('').split('\n');
    return {
      error: lines.filter((l) => l.startsWith('::error')).length,
      warning: lines.filter((l) => l.startsWith('::warning')).length,
      notice: lines.filter((l) => l.startsWith('::notice')).length,
      lines,
    };
  };

  it('a failing audit: at most 10 of each level, the verdict among them, counting what reaches fail-on', async () => {
    const input = judged(syntheticClients(400));
    input.inventory.notices.push(...Array.from({ length: 15 }, (_, i) => `notice ${i}`));
    const model = buildReport(input);
    reportAudit(input, model, VERDICT_SLOTS);
    reportVerdict(model);
    const seen = perLevel();
    expect(seen.error).toBeLessThanOrEqual(MAX_ANNOTATIONS_PER_LEVEL);
    expect(seen.warning).toBeLessThanOrEqual(MAX_ANNOTATIONS_PER_LEVEL);
    expect(seen.notice).toBeLessThanOrEqual(MAX_ANNOTATIONS_PER_LEVEL);
    expect(seen.lines.filter((l) => l.startsWith('::error')).at(-1)).toContain(`${model.failing} findings at or above fail-on`);
    expect(model.failing).toBe(input.evaluation.counts.error);
    expect(process.exitCode).toBe(1);
  });

  it("a pull-request run keeps room for the gate's own failure and warnings", () => {
    const input = judged(syntheticClients(400), POLICY_TEXT.replace('severity: warning', 'severity: error'));
    input.inventory.notices.push(...Array.from({ length: 15 }, (_, i) => `notice ${i}`));
    reportAudit(input);
    const seen = perLevel();
    expect(seen.error).toBe(MAX_ANNOTATIONS_PER_LEVEL - 1);
    expect(seen.warning).toBe(MAX_ANNOTATIONS_PER_LEVEL - 3);
  });

  it('a passing audit says so in a notice', () => {
    const input = judged(syntheticClients(4), undefined, 'never');
    const model = buildReport(input);
    reportAudit(input, model);
    reportVerdict(model);
    expect(perLevel().lines.some((l) => l.startsWith('::notice') && l.includes('No finding reaches fail-on'))).toBe(true);
  });

  it('an invalid policy: its problems capped, the failure message kept', async () => {
    const problems = Array.from({ length: 30 }, (_, i) => ({ message: `problem ${i}`, location: { file: 'p.yml', line: i + 1, column: 1 } }));
    await reportFailure(new PolicyError(problems), new Redactor());
    const seen = perLevel();
    expect(seen.error).toBe(MAX_ANNOTATIONS_PER_LEVEL);
    expect(seen.lines.filter((l) => l.startsWith('::error')).at(-1)).toContain('The policy file is invalid (30 problems)');
    expect(seen.lines.some((l) => l.includes('more error annotations'))).toBe(true);
    expect(seen.lines.filter((l) => /^p\.yml:\d+:1: problem \d+$/.test(l))).toHaveLength(30);
  });

  it('writes the report files asked for and names them in outputs', async () => {
    const model = buildReport(judged(syntheticClients(4)));
    const files = { sarifFile: path.join(dir, 'out/a.sarif'), reportFile: path.join(dir, 'out/report.json'), inventoryCsv: path.join(dir, 'inv.csv') };
    await writeReportFiles(model, files, '1.0.0');
    expect(JSON.parse(readFileSync(files.sarifFile, 'utf8'))).toMatchObject({ version: '2.1.0' });
    expect(JSON.parse(readFileSync(files.reportFile, 'utf8'))).toMatchObject({ schemaVersion: 1, tool: { version: '1.0.0' } });
    expect(readFileSync(files.inventoryCsv, 'utf8')).toMatch(/^id,name,/);
    const outputs = readFileSync(process.env.GITHUB_OUTPUT as string, 'utf8');
    for (const [name, file] of [
      ['sarif-file', files.sarifFile],
      ['report-file', files.reportFile],
      ['inventory-csv', files.inventoryCsv],
    ]) {
      expect(outputs).toContain(`${name}<<`);
      expect(outputs).toContain(file);
    }
  });

  it('says in one sentence when a report file cannot be written', async () => {
    const model = buildReport(judged(syntheticClients(2)));
    await expect(writeReportFiles(model, { reportFile: dir })).rejects.toThrow(
      /^Could not write `report-file` to .* \(EISDIR\): check that the path is a file in a writable directory\.$/,
    );
  });
});

describe('rulesDocUrl', () => {
  it("points at the action's own docs at the ref in use, and falls back on anything odd", () => {
    expect(rulesDocUrl({ GITHUB_ACTION_REPOSITORY: 'acme/policy-action', GITHUB_ACTION_REF: 'v2', GITHUB_SERVER_URL: 'https://github.example.com' })).toBe(
      'https://github.example.com/acme/policy-action/blob/v2/docs/rules.md',
    );
    expect(rulesDocUrl({})).toBe(DEFAULT_RULES_DOC_URL);
    expect(rulesDocUrl({ GITHUB_ACTION_REPOSITORY: 'a/b) [x](http://evil', GITHUB_ACTION_REF: 'v1' })).toBe(DEFAULT_RULES_DOC_URL);
    expect(rulesDocUrl({ GITHUB_ACTION_REPOSITORY: 'a/b', GITHUB_ACTION_REF: 'v1', GITHUB_SERVER_URL: 'javascript:alert(1)' })).toBe(DEFAULT_RULES_DOC_URL);
  });
});
