// Validates bodies against the official response models (`additionalProperties: false`, so
// an invented field fails): src/genesys/models.schema.json, generated from the official JS
// SDK by scripts/gen-models.ts, and for the models it does not hold (or where that file is
// not yet in the tree) the same SDK's models read here. Either way the tests always run,
// from the pinned devDependency.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { sdkModelsSchema } from '../helpers/sdk-models-schema.ts';

const GENERATED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/genesys/models.schema.json');

/** The schemas to check against, in order: a model is checked by the first that has it. */
export function modelsSchemas(): Array<Record<string, unknown>> {
  const sdk = sdkModelsSchema();
  return existsSync(GENERATED) ? [JSON.parse(readFileSync(GENERATED, 'utf8')) as Record<string, unknown>, sdk] : [sdk];
}

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

/** A checker that returns the problems of a body as readable lines (none when valid). */
export function modelChecker(schemas: ReadonlyArray<Record<string, unknown>>): (model: string, body: unknown) => string[] {
  const ajvs = schemas.map((schema) => {
    // Not strict: a generated file may carry annotations this checker does not know.
    const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
    // Whatever draft the file names, its $defs are read as 2020-12 (the subset used is the same).
    const { $schema: _draft, ...body } = schema;
    ajv.addSchema(body, 'genesys');
    return { ajv, defs: (body.$defs ?? {}) as Record<string, unknown> };
  });
  return (model, body) => {
    const holder = ajvs.find((a) => Object.hasOwn(a.defs, model));
    const validate = holder?.ajv.getSchema(`genesys#/$defs/${model}`);
    if (!validate) return [`no model ${model} in the SDK's models`];
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${model}${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
  };
}
