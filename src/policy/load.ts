// Policy file → checked, compiled policy. Every problem found is reported at once, each at
// its line; nothing half-valid is ever returned.
import { readFile } from 'node:fs/promises';
import type { PolicyFile, RuleSpec } from './policy-file.ts';
import { PolicyError, type PolicyProblem } from './errors.ts';
import { compileGlob } from './glob.ts';
import type { Policy, Rule } from './types.ts';
import { validatePolicy } from './validate.ts';
import { locate, parseYaml, type YamlSource } from './yaml-source.ts';
import { ConfigError } from '../errors.ts';

/** Reads and loads a policy file; `displayPath` is how findings and errors name it. */
export async function loadPolicyFile(path: string, displayPath = path): Promise<Policy> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as { code?: string }).code;
    throw new ConfigError(
      code === 'ENOENT'
        ? `Policy file ${displayPath} does not exist; set \`policy\` to the path of your policy file.`
        : `Policy file ${displayPath} cannot be read (${code ?? 'error'}).`,
    );
  }
  return parsePolicy(displayPath, text);
}

export function parsePolicy(file: string, text: string): Policy {
  const { source, problems } = parseYaml(file, text);
  if (problems.length) throw new PolicyError(problems);
  const data: unknown = source.doc.toJS();
  if (data === null || data === undefined) {
    throw new PolicyError([{ location: { file, line: 1, column: 1 }, message: 'The policy file is empty; it needs at least `version: 1`.' }]);
  }
  const schemaProblems = validatePolicy(source, data);
  if (schemaProblems.length) throw new PolicyError(schemaProblems);
  return compilePolicy(source, data as PolicyFile);
}

function compilePolicy(source: YamlSource, file: PolicyFile): Policy {
  const problems: PolicyProblem[] = [];
  const seen = new Map<string, number>();
  const rules = (file.rules ?? []).map((spec, i) => {
    const path = ['rules', i];
    const first = seen.get(spec.id);
    if (first !== undefined) {
      problems.push({
        location: locate(source, [...path, 'id']),
        message: `Rule id \`${spec.id}\` is already used by the rule at line ${locate(source, ['rules', first]).line}; ids must be unique.`,
      });
    } else seen.set(spec.id, i);
    return compileRule(source, spec, path, problems);
  });
  if (problems.length) throw new PolicyError(problems);
  return { file: source.file, failOn: file.settings?.['fail-on'], rules };
}

function compileRule(source: YamlSource, spec: RuleSpec, path: Array<string | number>, problems: PolicyProblem[]): Rule {
  if (!spec.scopes && !spec['grant-types'] && !spec.permissions) {
    problems.push({
      location: locate(source, path),
      message: `Rule \`${spec.id}\` checks nothing: add \`scopes\`, \`grant-types\` or \`permissions\`.`,
    });
  }
  const globs = (list: readonly string[] | undefined, at: Array<string | number>, kind: 'plain' | 'permission') =>
    list?.map((pattern, j) => {
      if (kind === 'permission') checkPermissionPattern(source, pattern, [...at, j], problems);
      return compileGlob(pattern);
    });
  return {
    id: spec.id,
    description: spec.description ?? '',
    severity: spec.severity ?? 'error',
    location: locate(source, path),
    where: {
      grantTypes: spec.where?.['grant-type'],
      clients: globs(spec.where?.client, [...path, 'where', 'client'], 'plain'),
      states: spec.where?.state,
    },
    scopes: spec.scopes && {
      allow: globs(spec.scopes.allow, [...path, 'scopes', 'allow'], 'plain'),
      deny: globs(spec.scopes.deny, [...path, 'scopes', 'deny'], 'plain'),
    },
    grantTypes: spec['grant-types'] && { allow: spec['grant-types'].allow },
    permissions: spec.permissions && {
      allow: globs(spec.permissions.allow, [...path, 'permissions', 'allow'], 'permission'),
      deny: globs(spec.permissions.deny, [...path, 'permissions', 'deny'], 'permission'),
    },
  };
}

/** `domain:entity:action` (each part a glob), or a legacy flat name such as `admin`. */
function checkPermissionPattern(source: YamlSource, pattern: string, path: Array<string | number>, problems: PolicyProblem[]): void {
  const parts = pattern.split(':');
  if ((parts.length === 3 || parts.length === 1) && parts.every((p) => p !== '')) return;
  problems.push({
    location: locate(source, path),
    message: `Permission pattern "${pattern}" must be domain:entity:action (each part may use *), e.g. oauth:client:*.`,
  });
}

