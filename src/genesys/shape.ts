// Every response body is checked against its official model (src/genesys/models.schema.json,
// generated from the SDK; the check itself is precompiled into models-validator.ts) before
// anything reads it: a wrong shape fails the run with one sentence naming the field, never
// a crash deeper in. The check is about types only: the API may add fields or enum values
// the pinned SDK does not know yet, and fields the SDK marks required are what a request
// must carry, so neither fails a response.
import type { ErrorObject, ValidateFunction } from 'ajv';
import * as validators from './models-validator.ts';
import { GenesysError, nestedTooDeeply } from './errors.ts';
import { sanitizeText } from '../text.ts';

/** A model the client reads (its `$defs` name in models.schema.json, as the SDK names it). */
export type ModelName = keyof typeof validators;

/** The body as its model, or a `malformed` error naming the first field that is wrong. */
export function checkShape<T>(model: ModelName, body: unknown, what: string): T {
  const validate = validators[model] as unknown as ValidateFunction;
  let valid: boolean;
  try {
    valid = validate(body) as boolean;
  } catch (err) {
    // A structure nested deeper than the stack (a recursive condition tree, say).
    if (!(err instanceof RangeError)) throw err;
    throw nestedTooDeeply(what);
  }
  if (valid) return body as T;
  const error = validate.errors?.[0];
  throw new GenesysError(
    'malformed',
    `Genesys Cloud answered ${what} with ${describe(error, body)}; the API or a proxy in front of it sent something the ${model} model does not allow, try again later.`,
  );
}

/** `a body where entities[3].roleDivisions is not a list (it is a string)`. */
function describe(error: ErrorObject | undefined, body: unknown): string {
  if (!error) return 'a body that does not match its model';
  const where = fieldPath(error.instancePath);
  const actual = kindOf(valueAt(body, error.instancePath));
  if (error.keyword === 'required')
    return `a body where ${where ?? 'the body'} has no ${String((error.params as { missingProperty?: unknown }).missingProperty)}`;
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
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
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
