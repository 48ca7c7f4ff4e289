// `validate`: policy files checked offline — YAML, schema, lint and scope catalog — with
// every problem of every file in one pass. The same loader as the audit, so its problems
// are the action's problems. No credentials, no network.
import { ConfigError } from '../errors.ts';
import { PolicyError, type PolicyProblem } from '../policy/errors.ts';
import { loadPolicyFile } from '../policy/load.ts';

export interface FileToValidate {
  path: string;
  /** How messages name it (relative to the repository root). */
  display: string;
}

export interface FileValidation {
  file: string;
  ok: boolean;
  errors: PolicyProblem[];
  warnings: PolicyProblem[];
  /** Rules in effect, when the file is valid. */
  rules?: number;
}

export async function validatePolicyFiles(files: readonly FileToValidate[]): Promise<FileValidation[]> {
  const out: FileValidation[] = [];
  for (const f of files) out.push(await validateOne(f));
  return out;
}

async function validateOne(f: FileToValidate): Promise<FileValidation> {
  try {
    const policy = await loadPolicyFile(f.path, f.display);
    return { file: f.display, ok: true, errors: [], warnings: [...policy.warnings], rules: policy.rules.length };
  } catch (err) {
    if (err instanceof PolicyError) return { file: f.display, ok: false, errors: [...err.problems], warnings: [] };
    if (err instanceof ConfigError)
      return { file: f.display, ok: false, errors: [{ location: { file: f.display, line: 1, column: 1 }, message: err.message }], warnings: [] };
    throw err;
  }
}
