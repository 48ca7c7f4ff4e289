// Policy file → checked, compiled policy: YAML with positions, then the JSON Schema, then
// the checks the schema cannot express. Every problem found is reported at once, each at
// its line; nothing half-valid is ever returned.
import { readFile } from 'node:fs/promises';
import { OAUTH_SCOPE_NAMES } from '../catalog/oauth-scopes.ts';
import { ConfigError } from '../errors.ts';
import { compilePolicy } from './compile.ts';
import { PolicyError } from './errors.ts';
import type { ScopeCatalog } from './lint-scopes.ts';
import type { PolicyFile } from './policy-file.ts';
import type { Policy } from './types.ts';
import { validatePolicy } from './validate.ts';
import { parseYaml } from './yaml-source.ts';

export interface LoadOptions {
  /** Known scope names, to warn about typos. Default: the built-in Genesys Cloud catalog. */
  scopeCatalog?: ScopeCatalog;
}

/** Reads and loads a policy file; `displayPath` is how findings and errors name it. */
export async function loadPolicyFile(path: string, displayPath = path, options: LoadOptions = {}): Promise<Policy> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as { code?: string }).code;
    throw new ConfigError(
      code === 'ENOENT'
        ? `Policy file ${displayPath} does not exist; set \`policy\` to the path of your policy file.`
        : code === 'EISDIR'
          ? `Policy file ${displayPath} is a directory; set \`policy\` to the path of your policy file.`
          : `Policy file ${displayPath} cannot be read (${code ?? 'error'}).`,
    );
  }
  return parsePolicy(displayPath, text, options);
}

export function parsePolicy(file: string, text: string, options: LoadOptions = {}): Policy {
  const { source, problems } = parseYaml(file, text);
  if (problems.length) throw new PolicyError(problems);
  const data: unknown = source.doc.toJS();
  if (data === null || data === undefined) {
    throw new PolicyError([{ location: { file, line: 1, column: 1 }, message: 'The policy file is empty; it needs at least `version: 1`.' }]);
  }
  const schemaProblems = validatePolicy(source, data);
  if (schemaProblems.length) throw new PolicyError(schemaProblems);
  return compilePolicy(source, data as PolicyFile, options.scopeCatalog ?? OAUTH_SCOPE_NAMES);
}
