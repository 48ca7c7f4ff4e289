// Validates bodies against the official response models (`additionalProperties: false`, so
// an invented field fails): src/genesys/models.schema.json, generated from the official JS
// SDK by scripts/gen-models.ts, or, where that file is not yet in the tree, the same models
// read from the SDK here. Either way the tests always run, from the pinned devDependency.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { sdkModelsSchema } from '../helpers/sdk-models-schema.ts';

const GENERATED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/genesys/models.schema.json');

export function modelsSchema(): Record<string, unknown> {
  return existsSync(GENERATED) ? (JSON.parse(readFileSync(GENERATED, 'utf8')) as Record<string, unknown>) : sdkModelsSchema();
}

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

/** A checker that returns the problems of a body as readable lines (none when valid). */
export function modelChecker(schema: Record<string, unknown>): (model: string, body: unknown) => string[] {
  const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true }));
  // Whatever draft the file names, its $defs are read as 2020-12 (the subset used is the same).
  const { $schema: _draft, ...body } = schema;
  ajv.addSchema(body, 'genesys');
  return (model, body) => {
    const validate = ajv.getSchema(`genesys#/$defs/${model}`);
    if (!validate) return [`no model ${model} in the reference`];
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${model}${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
  };
}
