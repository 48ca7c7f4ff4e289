// JSON Schema ($defs named as the SDK names its models) for the response models the
// official JS SDK (purecloud-platform-client-v2, a pinned devDependency) declares in its
// index.d.ts: `declare namespace Models { export interface X { "field"?: Type; } }`, with
// the few type forms the SDK writes (string, number, boolean, object, Array<T>, Models.X,
// { [key: string]: T; }). Enums are plain strings there, so none are checked. Fields
// without `?` are required, and no other field is allowed, so an invented field fails.
// The fidelity tests use this until src/genesys/models.schema.json is generated from the
// same file by scripts/gen-models.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

type Schema = Record<string, unknown>;

export function sdkModelsSchema(): Schema {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve('purecloud-platform-client-v2/package.json'));
  const text = readFileSync(path.join(dir, 'index.d.ts'), 'utf8');
  const start = text.indexOf('declare namespace Models {');
  if (start < 0) throw new Error('purecloud-platform-client-v2/index.d.ts has no `declare namespace Models`: the SDK changed its layout.');
  const defs: Record<string, Schema> = {};
  let current: { properties: Record<string, Schema>; required: string[] } | undefined;
  for (const line of text.slice(start).split('\n')) {
    const model = /^\s*export interface (\w+) \{\s*$/.exec(line);
    if (model) {
      current = { properties: {}, required: [] };
      defs[model[1] as string] = current;
      continue;
    }
    const field = /^\s*"([^"]+)"(\??): (.+);\s*$/.exec(line);
    if (field && current) {
      const [, name = '', optional, type = ''] = field;
      current.properties[name] = typeSchema(type.trim());
      if (!optional) current.required.push(name);
    }
  }
  for (const def of Object.values(defs)) {
    def.type = 'object';
    def.additionalProperties = false;
    if (!(def.required as string[]).length) delete def.required;
  }
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', $comment: 'Generated in-test from purecloud-platform-client-v2/index.d.ts', $defs: defs };
}

function typeSchema(type: string): Schema {
  if (type === 'string' || type === 'number' || type === 'boolean') return { type };
  if (type === 'object') return { type: 'object' };
  const model = /^Models\.(\w+)$/.exec(type);
  if (model) return { $ref: `#/$defs/${model[1]}` };
  const array = /^Array<(.+)>$/.exec(type);
  if (array) return { type: 'array', items: typeSchema(array[1] as string) };
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) return { type: 'object', additionalProperties: typeSchema(map[1] as string) };
  throw new Error(`purecloud-platform-client-v2/index.d.ts: a field type this reader does not know: ${type}`);
}
