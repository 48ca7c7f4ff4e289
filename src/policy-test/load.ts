// Reads a policy test file: YAML with positions, checked against its JSON Schema, every
// problem reported at once at its line (exit 2), never a half-read file.
import { readFile } from 'node:fs/promises';
import { Ajv, type ErrorObject } from 'ajv';
import schema from '../../policies/policy-test.schema.json' with { type: 'json' };
import { ConfigError } from '../errors.ts';
import { PolicyError, type PolicyProblem } from '../policy/errors.ts';
import { dedupe, pointerToPath } from '../policy/validate.ts';
import { locate, parseYaml, type YamlSource } from '../policy/yaml-source.ts';
import type { LocatedTest, PolicyTestFileSpec } from './test-file.ts';

export interface PolicyTestFile {
  file: string;
  spec: PolicyTestFileSpec;
  tests: LocatedTest[];
}

// Compiled on first use: only `test` needs it, never the action's audit.
let validator: ReturnType<Ajv['compile']> | undefined;

export async function loadPolicyTestFile(path: string, displayPath = path): Promise<PolicyTestFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new ConfigError(`Policy test file ${displayPath} cannot be read (${(err as { code?: string }).code ?? 'error'}).`);
  }
  return parsePolicyTestFile(displayPath, text);
}

export function parsePolicyTestFile(file: string, text: string): PolicyTestFile {
  const { source, problems } = parseYaml(file, text);
  if (problems.length) throw new PolicyError(problems);
  const data: unknown = source.doc.toJS();
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  if (!validator(data)) throw new PolicyError(dedupe((validator.errors ?? []).filter((e) => e.keyword !== 'if').map((e) => toProblem(source, e))));
  const spec = data as PolicyTestFileSpec;
  const tests = spec.tests.map((t, i) => ({
    spec: t,
    location: locate(source, ['tests', i, 'name']),
    expectLocations: Array.isArray(t.expect) ? t.expect.map((_, j) => locate(source, ['tests', i, 'expect', j])) : [],
  }));
  return { file, spec, tests };
}

function toProblem(source: YamlSource, e: ErrorObject): PolicyProblem {
  const path = pointerToPath(e.instancePath);
  const where = path.length ? `\`${path.join('.')}\`` : 'The test file';
  if (e.keyword === 'additionalProperties') {
    const key = String(e.params.additionalProperty);
    return { location: locate(source, [...path, key], true), message: `Unknown key \`${key}\` in ${where}.` };
  }
  if (e.keyword === 'anyOf' && path[path.length - 1] === 'expect')
    return { location: locate(source, path), message: `${where} must be \`none\` or a list of expected findings.` };
  if (e.keyword === 'pattern' && /now|created|modified|last-used/.test(String(path[path.length - 1]))) {
    return {
      location: locate(source, path),
      message: `${where} must be a date written YYYY-MM-DD${path[path.length - 1] === 'last-used' ? ' or `never`' : ''}.`,
    };
  }
  return { location: locate(source, path), message: `${where} ${e.message ?? 'is invalid'}.` };
}
