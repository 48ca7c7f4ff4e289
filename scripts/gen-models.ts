// Generates src/genesys/models.ts — TypeScript types of the Genesys Cloud response models we
// use — from ../shared/reference/genesys-models.schema.json (extracted from the official Go
// SDK). The project never reads ../shared at run time; this script is run by hand when the
// reference changes, and a test checks that the committed file matches it.
//   node scripts/gen-models.ts            write the file
//   node scripts/gen-models.ts --check    exit 1 if the committed file is stale
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderModels, MODEL_NAMES } from './models-codegen.ts';
import { writeOrCheck } from './generated-file.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const schemaPath = `${root}../shared/reference/genesys-models.schema.json`;
const outPath = `${root}src/genesys/models.ts`;

const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
const text = renderModels(schema, MODEL_NAMES);
writeOrCheck(outPath, text, 'node scripts/gen-models.ts');
