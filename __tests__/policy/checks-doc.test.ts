// docs/policy.md's table of checks is written by hand: it must name every check kind of the
// schema, with every option, and nothing else, so that adding a kind cannot skip the docs.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';

interface Schema {
  definitions: { rule: { properties: Record<string, { properties?: Record<string, unknown> }> } };
}

const schema = JSON.parse(readFileSync('policies/oauth-policy.schema.json', 'utf8')) as Schema;
const RULE_FIELDS = ['id', 'description', 'severity', 'category', 'fix', 'where'];
const kinds = Object.entries(schema.definitions.rule.properties).filter(([key]) => !RULE_FIELDS.includes(key));

describe('docs/policy.md, Checks', () => {
  const doc = readFileSync('docs/policy.md', 'utf8');
  const section = doc.slice(doc.indexOf('### Checks'));
  const rows = section
    .slice(0, section.indexOf('\n\n**'))
    .split('\n')
    .filter((l) => l.startsWith('| `'));

  it('has one row per check kind of the schema, naming each of its options', () => {
    expect(rows.map((r) => /^\| `([a-z-]+):/.exec(r)?.[1])).toEqual(kinds.map(([key]) => key));
    for (const [key, spec] of kinds) {
      const row = rows.find((r) => r.startsWith(`| \`${key}:`)) ?? '';
      const missing = Object.keys(spec.properties ?? {}).filter((option) => !row.split('|')[1]?.includes(option));
      expect([key, missing]).toEqual([key, []]);
    }
  });
});
