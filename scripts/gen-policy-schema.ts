// Writes the built-in rule ids into policies/oauth-policy.schema.json (`overrides.properties`),
// from the packs' source, so that editors complete `overrides` keys and the list cannot
// drift from the packs. Ids of pack files stay allowed by `additionalProperties`; the
// compiler rejects an id no pack in `extends` defines, with a suggestion.
//   node scripts/gen-policy-schema.ts            write the file
//   node scripts/gen-policy-schema.ts --check    exit 1 if the committed file is stale
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKS } from '../src/policy/packs/index.ts';
import { writeOrCheck } from './generated-file.ts';

const SCHEMA = path.resolve(import.meta.dirname, '..', 'policies/oauth-policy.schema.json');
/** The generated block: from `overrides`' `"properties": {` to its closing brace, six spaces in. */
const BLOCK = /("overrides": \{\n(?: {6}.*\n)*? {6}"properties": \{\n)(?: {8}.*\n)*( {6}\})/;

export function renderPolicySchema(text: string): string {
  if (!BLOCK.test(text)) throw new Error('policies/oauth-policy.schema.json: `overrides` has no "properties" block to fill');
  const lines = Object.entries(PACKS).flatMap(([pack, rules]) =>
    rules.map(
      ({ spec }) =>
        `        ${JSON.stringify(spec.id)}: { "description": ${JSON.stringify(`${pack}: ${spec.description} Default: ${spec.severity ?? 'error'}.`)}, "$ref": "#/definitions/severityOrOff" }`,
    ),
  );
  const body = lines.map((l, i) => (i < lines.length - 1 ? `${l},` : l)).join('\n');
  return text.replace(BLOCK, (_all, head: string, tail: string) => `${head}${body}\n${tail}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeOrCheck(SCHEMA, renderPolicySchema(readFileSync(SCHEMA, 'utf8')), 'node scripts/gen-policy-schema.ts');
}
