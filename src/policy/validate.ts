// Schema validation of a parsed policy with ajv, each error turned into a plain sentence
// at the line of the offending key or value.
import type { ErrorObject, ValidateFunction } from 'ajv';
import schema from '../../policies/oauth-policy.schema.json' with { type: 'json' };
import type { PolicyFile } from './policy-file.ts';
import type { PolicyProblem } from './errors.ts';
import { PACKS } from './packs/index.ts';
import { didYouMean } from './suggest.ts';
import { validate } from './policy-file-validator.ts';
import { locate, type YamlSource } from './yaml-source.ts';

// Precompiled from the schema at build time (scripts/gen-policy-validator.ts): compiling
// it at every start cost the action about 50 ms before its first request.
const validateFile = validate as unknown as ValidateFunction<PolicyFile>;

/** What a value of an `anyOf` in the schema must be, by the title of the schema holding it. */
const ANY_OF_MESSAGES: Readonly<Record<string, string>> = {
  DivisionScope: 'must be `any`, `all` or a list of division name globs',
  DesiredRoleEntry: 'must be a role name or a mapping `{ role: <name>, division: <name or *> }`',
  ClientRefSpec: 'must be a client name, or a mapping `{ id: <client id>, name: <its name> }` (id required)',
  PackRef:
    'must be a built-in pack (`recommended`) or the path of a pack file in the repository, relative to this file, starting with `./` and ending in `.yml` or `.yaml`',
  ClientSelector: 'must be a name or id glob, or a mapping `{ id: <client id>, name: <its name> }` (id required)',
};

export function validatePolicy(source: YamlSource, data: unknown): PolicyProblem[] {
  if (validateFile(data)) return [];
  const errors = collapseAnyOf(validateFile.errors ?? []);
  return dedupe(errors.map((e) => toProblem(source, e)));
}

/** An `anyOf` failure is one message at its path, not one per branch. */
function collapseAnyOf(errors: readonly ErrorObject[]): ErrorObject[] {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  return errors.filter((e) => {
    if (e.keyword === 'anyOf') return true;
    return ![...anyOfPaths].some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`)) && e.keyword !== 'if';
  });
}

function toProblem(source: YamlSource, e: ErrorObject): PolicyProblem {
  const path = pointerToPath(e.instancePath);
  const where = path.length ? `\`${path.join('.')}\`` : 'The policy';
  const at = (message: string, key = false, extra: Array<string | number> = []): PolicyProblem => ({
    location: locate(source, [...path, ...extra], key),
    message,
  });
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      return at(`Unknown key \`${key}\` in ${path.length ? where : 'the policy'}${suggestKey(key, Object.keys(propertiesAt(path)))}.`, true, [key]);
    }
    case 'required':
      return at(`${where} is missing the required key \`${String(e.params.missingProperty)}\`.`);
    case 'enum':
      return at(
        `${where} must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}${didYouMean(typeof e.data === 'string' ? e.data : '', (e.params.allowedValues as unknown[]).map(String))}.`,
      );
    case 'const':
      return at(`${where} must be ${JSON.stringify(e.params.allowedValue)}.`);
    case 'type':
      return at(`${where} must be ${article(String(e.params.type))}.`);
    case 'pattern':
      return at(`${where} must be lower-case words joined by hyphens (e.g. \`no-admin-scopes\`).`);
    case 'propertyNames':
      return at(`${where} has a key \`${String(e.params.propertyName)}\` that is not a rule id.`, true, [String(e.params.propertyName)]);
    case 'minItems':
      return at(`${where} must list at least ${String(e.params.limit)} item.`);
    case 'uniqueItems':
      return at(`${where} lists the same value twice (items ${Number(e.params.j) + 1} and ${Number(e.params.i) + 1}).`, false, [Number(e.params.i)]);
    case 'minLength':
      return at(Number(e.params.limit) > 1 ? `${where} must be at least ${String(e.params.limit)} characters long.` : `${where} must not be empty.`);
    case 'minProperties':
      return at(`${where} must set at least ${Number(e.params.limit) > 1 ? `${String(e.params.limit)} keys` : 'one of its keys'}.`);
    case 'minimum':
    case 'maximum':
      return at(`${where} must be ${e.keyword === 'minimum' ? 'at least' : 'at most'} ${String(e.params.limit)}.`);
    case 'format':
      return at(DATE_MESSAGE(where));
    case 'anyOf': {
      const title = (e.parentSchema as { title?: string } | undefined)?.title ?? '';
      if (title === 'PackRef' && typeof e.data === 'string' && !e.data.startsWith('./')) {
        const names = Object.keys(PACKS);
        return at(
          `${where} must be one of ${names.map((n) => JSON.stringify(n)).join(', ')}${didYouMean(e.data, names)}, or the path of a pack file of the repository starting with \`./\`.`,
        );
      }
      const message = ANY_OF_MESSAGES[title] ?? 'is not valid here';
      return at(`${where} ${message}.`);
    }
    default:
      return at(`${where} ${e.message ?? 'is invalid'}.`);
  }
}

/** The one format the schema uses is `date`; compile-exceptions checks that it is a real day. */
export const DATE_MESSAGE = (where: string) => `${where} must be a date written YYYY-MM-DD.`;

/** One problem per line, column and message (ajv reports some twice, by different paths). */
export function dedupe(problems: PolicyProblem[]): PolicyProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.location.line}:${p.location.column}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A JSON pointer (`/rules/0/id`) as a YAML path (`['rules', 0, 'id']`). */
export function pointerToPath(pointer: string): Array<string | number> {
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
  const deref = (n: SchemaNode | undefined): SchemaNode | undefined => (n?.$ref ? deref(defs[n.$ref.replace('#/definitions/', '')]) : n);
  let node: SchemaNode | undefined = schema as SchemaNode;
  for (const part of path) {
    node = deref(node);
    node = typeof part === 'number' ? node?.items : node?.properties?.[part];
  }
  return deref(node)?.properties ?? {};
}

function suggestKey(key: string, candidates: string[]): string {
  const hint = didYouMean(key, candidates);
  if (hint) return hint;
  return candidates.length ? `; allowed keys: ${candidates.map((c) => `\`${c}\``).join(', ')}` : '';
}

function article(type: string): string {
  return type === 'object' ? 'a mapping' : type === 'array' ? 'a list' : /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
