// Every built-in rule names the OWASP NHI risks it guards against, and nothing else is mapped.
import { describe, expect, it } from '@jest/globals';
import { NHI_RISKS, RULE_NHI } from '../../src/policy/packs/nhi.ts';
import { PACKS } from '../../src/policy/packs/index.ts';

describe('the OWASP NHI Top 10 mapping', () => {
  const ids = Object.values(PACKS).flatMap((rules) => rules.map((r) => r.spec.id));

  it('covers every built-in rule, and only built-in rules', () => {
    expect(Object.keys(RULE_NHI).sort()).toEqual([...ids].sort());
  });

  it('maps each rule to at least one known risk, with a reference for each risk it names', () => {
    for (const [id, m] of Object.entries(RULE_NHI)) {
      expect([id, m.nhi.length > 0]).toEqual([id, true]);
      for (const risk of m.nhi) {
        expect(NHI_RISKS[risk]).toBeDefined();
        expect([id, risk, m.references.some((r) => r.startsWith(`OWASP ${risk}:2025`))]).toEqual([id, risk, true]);
      }
    }
  });
});
