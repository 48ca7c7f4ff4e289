import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import schema from '../../policies/oauth-policy.schema.json' with { type: 'json' };
import { renderPolicySchema } from '../../scripts/gen-policy-schema.ts';
import { PolicyError } from '../../src/policy/errors.ts';
import { parsePolicy } from '../../src/policy/load.ts';
import { PACKS } from '../../src/policy/packs/index.ts';

describe('overrides keys in the schema', () => {
  it('lists every built-in rule id, for editors, as the generator writes them', () => {
    const ids = Object.values(PACKS).flatMap((rules) => rules.map((r) => r.spec.id));
    expect(Object.keys(schema.properties.overrides.properties)).toEqual(ids);
    const text = readFileSync(new URL('../../policies/oauth-policy.schema.json', import.meta.url), 'utf8');
    expect(renderPolicySchema(text)).toBe(text);
  });

  it('still lets the compiler reject an id no pack defines, with a suggestion', () => {
    let problems: string[] = [];
    try {
      parsePolicy('p.yml', 'version: 1\nextends: [recommended]\noverrides:\n  cc-all-division: off\n  cc-all-divisions: warning\n');
    } catch (err) {
      problems = (err as PolicyError).problems.map((p) => `${p.location.line}:${p.message}`);
    }
    expect(problems).toEqual(['4:`overrides` names `cc-all-division`, which is not a rule of the packs in `extends` (did you mean `cc-all-divisions`?).']);
  });
});
