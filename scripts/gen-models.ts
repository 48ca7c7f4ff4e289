// Generates, from the pinned official JS SDK (purecloud-platform-client-v2, a devDependency),
// the Genesys Cloud response models this project uses:
//   src/genesys/models.ts           TypeScript types
//   src/genesys/models.schema.json  JSON Schema 2020-12, one `$defs` entry per SDK model; the
//                                   client checks responses against it, the emulator's
//                                   fidelity tests check the emulator's answers against it.
//   node scripts/gen-models.ts            write both files
//   node scripts/gen-models.ts --check    exit 1 if a committed file is stale (CI runs this)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { MODEL_NAMES, modelsFromDeclarations, renderTypes } from './models-codegen.ts';
import { writeOrCheck } from './generated-file.ts';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(path.join(root, 'package.json'));
const sdkPackage = require.resolve('purecloud-platform-client-v2/package.json');
const sdkVersion = (JSON.parse(readFileSync(sdkPackage, 'utf8')) as { version: string }).version;
const source = `purecloud-platform-client-v2@${sdkVersion}`;
const declarations = readFileSync(path.join(path.dirname(sdkPackage), 'index.d.ts'), 'utf8');

const schema = modelsFromDeclarations(declarations, MODEL_NAMES, source);
writeOrCheck(path.join(root, 'src/genesys/models.schema.json'), `${JSON.stringify(schema, null, 2)}\n`, 'node scripts/gen-models.ts');
writeOrCheck(path.join(root, 'src/genesys/models.ts'), renderTypes(schema, source), 'node scripts/gen-models.ts');
