// Every response body is checked against its official model (src/genesys/models.schema.json,
// generated from the SDK) before anything reads it: a wrong shape fails the run with one
// sentence naming the field, never a crash deeper in. The check is about types only: the
// API may add fields or enum values the pinned SDK does not know yet, and fields the SDK
// marks required are what a request must carry, so neither fails a response.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import models from './models.schema.json' with { type: 'json' };
import { GenesysError } from './errors.ts';
import { sanitizeText } from '../text.ts';

export type ModelName = keyof typeof models.$defs;

/** Paging counts some proxies and older endpoints send as numeric strings ("14"). */
const COUNT_FIELDS = new Set(['total', 'pageCount', 'pageNumber', 'pageSize']);
const COUNT = { anyOf: [{ type: 'number' }, { type: 'string', pattern: '^[0-9]{1,15}$' }] };

let ajv: Ajv2020 | undefined;
const validators = new Map<string, ValidateFunction>();

/** The body as its model, or a `malformed` error naming the first field that is wrong. */
export function checkShape<T>(model: ModelName, body: unknown, what: string): T {
  const validate = validatorFor(model);
  if (validate(body)) return body as T;
  const error = validate.errors?.[0];
  throw new GenesysError('malformed', `Genesys Cloud answered ${what} with ${describe(error, body)}; the API or a proxy in front of it sent something the ${model} model does not allow, try again later.`);
}

function validatorFor(model: ModelName): ValidateFunction {
  let validate = validators.get(model);
  if (!validate) {
    ajv ??= new Ajv2020({ allErrors: false, strict: false }).addSchema(lenient(models) as object, 'models');
    validate = ajv.getSchema(`models#/$defs/${model}`);
    if (!validate) throw new Error(`no model ${model} in models.schema.json`);
    validators.set(model, validate);
  }
  return validate;
}

/** The schema without what a response may legitimately differ in: required, unknown fields, enums. */
function lenient(node: unknown, key = ''): unknown {
  if (Array.isArray(node)) return node.map((n) => lenient(n));
  if (!node || typeof node !== 'object') return node;
  if (COUNT_FIELDS.has(key) && (node as { type?: string }).type === 'number') return COUNT;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'required' || k === 'enum' || k === '$comment' || (k === 'additionalProperties' && v === false)) continue;
    out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, lenient(s, p)])) : lenient(v);
  }
  return out;
}

/** `a body where entities[3].roleDivisions is not a list (it is a string)`. */
function describe(error: ErrorObject | undefined, body: unknown): string {
  if (!error) return 'a body that does not match its model';
  const where = fieldPath(error.instancePath);
  const actual = kindOf(valueAt(body, error.instancePath));
  const expected = error.keyword === 'anyOf' ? 'a number' : KINDS[String((error.params as { type?: unknown }).type)];
  if (!expected) return `a body where ${where ?? 'the body'} ${error.message ?? 'is wrong'}`;
  return where ? `a body where ${where} is not ${expected} (it is ${actual})` : `a body that is not ${expected} (it is ${actual})`;
}

const KINDS: Readonly<Record<string, string>> = {
  array: 'a list',
  object: 'an object',
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
};

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return `a ${typeof value}`;
}

/** `/entities/3/roleDivisions` → `entities[3].roleDivisions`; keys from the API are made safe to print. */
export function fieldPath(pointer: string): string | undefined {
  if (!pointer) return undefined;
  const parts = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const text = parts.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `${i ? '.' : ''}${p}` : `[${JSON.stringify(p)}]`)).join('');
  return sanitizeText(text, 120);
}

function valueAt(body: unknown, pointer: string): unknown {
  let value = body;
  for (const part of pointer.split('/').slice(1)) {
    if (!value || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return value;
}
