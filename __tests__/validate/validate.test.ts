// `validate`: offline, every problem of every file in one pass, the same problems as the
// audit's loader, and annotations the runner cannot be tricked by.
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PolicyError } from '../../src/policy/errors.ts';
import { loadPolicyFile } from '../../src/policy/load.ts';
import { renderValidationCommands, renderValidationJson, renderValidationText } from '../../src/render/validation.ts';
import { validatePolicyFiles } from '../../src/validate/validate-files.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'validate-'));
function file(name: string, text: string) {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return { path: p, display: `policies/${name}` };
}

const BAD = `version: 1
extends: [recommended]
overrides:
  cc-bulk-analytic: warning
rules:
  - id: Bad_Id
    scopes: { deny: ["x"] }
exceptions:
  - rule: nope
    client: A
    reason: r
    owner: o
    expires: 2026-02-30
`;

describe('validate', () => {
  it('passes the example policy, and reports every problem of a bad file at its line, as the audit does', async () => {
    const good = { path: 'policies/oauth-policy.yml', display: 'policies/oauth-policy.yml' };
    const bad = file('bad.yml', BAD);
    const results = await validatePolicyFiles([good, bad, { path: path.join(dir, 'absent.yml'), display: 'policies/absent.yml' }]);
    expect(results.map((r) => r.ok)).toEqual([true, false, false]);
    let loaderProblems: unknown[] = [];
    try {
      await loadPolicyFile(bad.path, bad.display);
    } catch (err) {
      loaderProblems = [...(err as PolicyError).problems];
    }
    expect(results[1]?.errors).toEqual(loaderProblems);
    expect(results[1]?.errors.length).toBeGreaterThan(0);
    const text = renderValidationText(results);
    expect(text).toMatch(/^policies\/oauth-policy\.yml: valid \(\d+ rules/m);
    expect(text).toMatch(/^policies\/bad\.yml:\d+:\d+: error: /m);
    expect(text).toMatch(/^policies\/absent\.yml:1:1: error: Policy file policies\/absent\.yml does not exist/m);
    expect(text.trimEnd().split('\n').at(-1)).toBe('2 of 3 policy files are invalid.');
    expect(JSON.parse(renderValidationJson(results))).toMatchObject({ valid: false, files: [{ valid: true }, { valid: false }, { valid: false }] });
  });

  it('writes at most 10 annotations per level, escaped so that a message cannot end the command', async () => {
    const many = file('many.yml', `version: 1\nrules:\n${Array.from({ length: 12 }, (_, i) => `  - id: r${i}\n    unknown-key-${i}: 1\n`).join('')}`);
    const results = await validatePolicyFiles([many]);
    const lines = renderValidationCommands(results).trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error ')).length).toBe(10);
    expect(lines.at(-1)).toMatch(/^\d+ more errors are not annotated/);
    const forged = renderValidationCommands([
      { file: 'x', ok: false, warnings: [], errors: [{ location: { file: 'a,b:c', line: 1, column: 1 }, message: 'x\n::error::forged 100%' }] },
    ]);
    expect(forged).toBe('::error file=a%2Cb%3Ac,line=1,col=1,title=Invalid policy::x ::error::forged 100%25\n');
    expect(forged.split('\n').filter((l) => l.startsWith('::')).length).toBe(1);
  });
});
