import { describe, expect, it } from '@jest/globals';
import { parsePolicy } from '../../src/policy/load.ts';
import { PolicyError } from '../../src/policy/errors.ts';
import { readFileSync } from 'node:fs';

function problemsOf(text: string): string[] {
  try {
    parsePolicy('p.yml', text);
  } catch (err) {
    if (err instanceof PolicyError) return err.problems.map((p) => `${p.location.line}:${p.location.column} ${p.message}`);
    throw err;
  }
  throw new Error('expected the policy to be rejected');
}

describe('parsePolicy', () => {
  it('loads rules with their source lines and defaults', () => {
    const policy = parsePolicy(
      'p.yml',
      ['version: 1', 'rules:', '  - id: a', '    scopes: { deny: [oauth] }', '  - id: b', '    severity: warning', '    grant-types: { allow: [code] }'].join('\n'),
    );
    expect(policy.rules.map((r) => [r.id, r.severity, r.location.line, r.location.column])).toEqual([
      ['a', 'error', 3, 5],
      ['b', 'warning', 5, 5],
    ]);
    expect(policy.failOn).toBeUndefined();
  });

  it('loads the example policy shipped in policies/', () => {
    const policy = parsePolicy('policies/oauth-policy.yml', readFileSync('policies/oauth-policy.yml', 'utf8'));
    expect(policy.rules.length).toBeGreaterThan(3);
    expect(policy.failOn).toBe('error');
  });

  it.each([
    ['malformed YAML', 'version: 1\nrules: [\n', /^3:1 Invalid YAML/],
    ['a duplicate key', 'version: 1\nversion: 1\n', /^2:1 This key appears twice/],
    ['an unknown key with a suggestion', 'version: 1\nrulez: []\n', /^2:1 Unknown key `rulez` in the policy \(did you mean `rules`\?\)/],
    ['an unknown key in a rule', 'version: 1\nrules:\n  - id: a\n    scops: { deny: [x] }\n', /^4:5 Unknown key `scops` in `rules.0` \(did you mean `scopes`\?\)/],
    ['a wrong version', 'version: 2\n', /^1:10 `version` must be 1\./],
    ['a missing version', 'rules: []\n', /^1:1 The policy is missing the required key `version`/],
    ['a bad severity', 'version: 1\nrules:\n  - id: a\n    severity: high\n    scopes: { deny: [x] }\n', /^4:15 `rules.0.severity` must be one of "error", "warning", "notice"/],
    ['a bad grant type', 'version: 1\nrules:\n  - id: a\n    grant-types: { allow: [implict] }\n', /^4:28 `rules.0.grant-types.allow.0` must be one of/],
    ['a wrong type', 'version: 1\nrules: {}\n', /^2:8 `rules` must be a list/],
    ['a bad rule id', 'version: 1\nrules:\n  - id: No Admin\n    scopes: { deny: [x] }\n', /^3:9 `rules.0.id` must be lower-case words joined by hyphens/],
    ['a rule that checks nothing', 'version: 1\nrules:\n  - id: a\n', /^3:5 Rule `a` checks nothing/],
    ['a bad permission pattern', 'version: 1\nrules:\n  - id: a\n    permissions: { deny: ["oauth:client"] }\n', /^4:27 Permission pattern "oauth:client" must be domain:entity:action/],
    ['an empty file', '', /^1:1 The policy file is empty/],
  ])('rejects %s with its location', (_name, text, expected) => {
    const problems = problemsOf(text);
    expect(problems[0]).toMatch(expected);
  });

  it('rejects duplicate rule ids, pointing at the second', () => {
    const problems = problemsOf('version: 1\nrules:\n  - id: a\n    scopes: { deny: [x] }\n  - id: a\n    scopes: { deny: [y] }\n');
    expect(problems).toEqual(['5:9 Rule id `a` is already used by the rule at line 3; ids must be unique.']);
  });

  it('reports every problem at once', () => {
    const problems = problemsOf('version: 1\nrules:\n  - id: a\n    severity: high\n  - id: b\n    scops: {}\n');
    expect(problems.length).toBeGreaterThanOrEqual(2);
  });
});
