// Schema validation of a parsed policy with ajv, each error turned into a plain sentence
// at the line of the offending key or value.
import { Ajv, type ErrorObject } from 'ajv';
import schema from '../../policies/oauth-policy.schema.json' with { type: 'json' };
import type { PolicyFile } from './policy-file.ts';
import type { PolicyProblem } from './errors.ts';
import { locate, type YamlSource } from './yaml-source.ts';

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
const validateFile = ajv.compile<PolicyFile>(schema);

export function validatePolicy(source: YamlSource, data: unknown): PolicyProblem[] {
  if (validateFile(data)) return [];
  return dedupe((validateFile.errors ?? []).filter(isUseful).map((e) => toProblem(source, e)));
}

function toProblem(source: YamlSource, e: ErrorObject): PolicyProblem {
  const path = pointerToPath(e.instancePath);
  const where = path.length ? `\`${path.join('.')}\`` : 'The policy';
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const allowed = Object.keys(propertiesAt(path));
      return {
        location: locate(source, [...path, key], true),
        message: `Unknown key \`${key}\` in ${path.length ? where : 'the policy'}${suggest(key, allowed)}.`,
      };
    }
    case 'required':
      return { location: locate(source, path), message: `${where} is missing the required key \`${String(e.params.missingProperty)}\`.` };
    case 'enum':
      return {
        location: locate(source, path),
        message: `${where} must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}.`,
      };
    case 'const':
      return { location: locate(source, path), message: `${where} must be ${JSON.stringify(e.params.allowedValue)}.` };
    case 'type':
      return { location: locate(source, path), message: `${where} must be ${article(String(e.params.type))}.` };
    case 'pattern':
      return { location: locate(source, path), message: `${where} must be lower-case words joined by hyphens (e.g. \`no-admin-scopes\`).` };
    case 'minItems':
      return { location: locate(source, path), message: `${where} must list at least ${String(e.params.limit)} item.` };
    case 'minLength':
      return { location: locate(source, path), message: `${where} must not be empty.` };
    case 'minProperties':
      return { location: locate(source, path), message: `${where} must set at least one of its keys.` };
    default:
      return { location: locate(source, path), message: `${where} ${e.message ?? 'is invalid'}.` };
  }
}

/** `if`/`anyOf` wrappers repeat what their branches said. */
function isUseful(e: ErrorObject): boolean {
  return e.keyword !== 'if' && e.keyword !== 'anyOf' && e.keyword !== 'oneOf';
}

function dedupe(problems: PolicyProblem[]): PolicyProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.location.line}:${p.location.column}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function pointerToPath(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $ref?: string;
}

/** The schema's `properties` at an instance path, for "did you mean" suggestions. */
function propertiesAt(path: ReadonlyArray<string | number>): Record<string, SchemaNode> {
  const defs = (schema as { definitions: Record<string, SchemaNode> }).definitions;
  const deref = (n: SchemaNode | undefined): SchemaNode | undefined =>
    n?.$ref ? deref(defs[n.$ref.replace('#/definitions/', '')]) : n;
  let node: SchemaNode | undefined = schema as SchemaNode;
  for (const part of path) {
    node = deref(node);
    node = typeof part === 'number' ? node?.items : node?.properties?.[part];
  }
  return deref(node)?.properties ?? {};
}

function suggest(key: string, candidates: string[]): string {
  const best = candidates
    .map((c) => ({ c, d: editDistance(key.toLowerCase(), c.toLowerCase()) }))
    .filter(({ c, d }) => d <= Math.max(2, Math.floor(c.length / 3)))
    .sort((a, b) => a.d - b.d)[0];
  if (best) return ` (did you mean \`${best.c}\`?)`;
  return candidates.length ? `; allowed keys: ${candidates.map((c) => `\`${c}\``).join(', ')}` : '';
}

export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] as number;
}

function article(type: string): string {
  return type === 'object' ? 'a mapping' : type === 'array' ? 'a list' : /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
