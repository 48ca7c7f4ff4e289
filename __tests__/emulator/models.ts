// Validates bodies against the official response models (reference/genesys-models.schema.json,
// draft 2020-12, `additionalProperties: false`, so an invented field fails).
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

/** A checker that returns the problems of a body as readable lines (none when valid). */
export function modelChecker(schema: Record<string, unknown>): (model: string, body: unknown) => string[] {
  const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true }));
  ajv.addSchema(schema, 'genesys');
  return (model, body) => {
    const validate = ajv.getSchema(`genesys#/$defs/${model}`);
    if (!validate) return [`no model ${model} in the reference`];
    if (validate(body)) return [];
    return (validate.errors ?? []).map((e) => `${model}${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
  };
}
