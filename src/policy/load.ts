// Policy file → checked, compiled policy: YAML with positions, then the JSON Schema, then
// the checks the schema cannot express. Every problem found is reported at once, each at
// its line; nothing half-valid is ever returned.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { OAUTH_SCOPE_NAMES } from '../catalog/oauth-scopes.ts';
import { ConfigError } from '../errors.ts';
import { compilePolicy } from './compile.ts';
import { PolicyError, type PolicyProblem } from './errors.ts';
import type { ScopeCatalog } from './lint-scopes.ts';
import type { PolicyFile } from './policy-file.ts';
import type { Policy } from './types.ts';
import { validatePolicy } from './validate.ts';
import { MAX_PACK_CHARS, MAX_PACK_FILES, type PackReader } from './local-packs.ts';
import { isSeq } from 'yaml';
import { at, parseYaml, toData, type YamlSource } from './yaml-source.ts';

export interface LoadOptions {
  /** Known scope names, to warn about typos. Default: the built-in Genesys Cloud catalog. */
  scopeCatalog?: ScopeCatalog;
  /**
   * Reads the pack files the policy `extends` (`./packs/acme.yml`), by repository path.
   * Without one, a pack file is a located error (the gate reads only the policy at a commit).
   */
  readPack?: PackReader;
}

/** Reads and loads a policy file; `displayPath` is how findings and errors name it. */
export async function loadPolicyFile(path: string, displayPath = path, options: LoadOptions = {}): Promise<Policy> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
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
  return parsePolicy(displayPath, decodeUtf8(displayPath, bytes), { readPack: diskPackReader(path, displayPath), ...options });
}

/**
 * Reads pack files from the disk: a repository path is taken relative to the policy's
 * display path (the repository's view of it), and the file it resolves to, symbolic links
 * followed, must stay inside the repository's directory.
 */
export function diskPackReader(policyPath: string, displayPath: string): PackReader {
  const abs = path.resolve(policyPath);
  const display = path.posix.normalize(displayPath);
  const suffix = path.sep + display.split('/').join(path.sep);
  const root = abs.endsWith(suffix) ? abs.slice(0, -suffix.length) || path.sep : path.dirname(abs);
  return (repoPath) => {
    const file = path.resolve(path.dirname(abs), path.posix.relative(path.posix.dirname(display), repoPath));
    let real: string;
    try {
      real = realpathSync(file);
    } catch (err) {
      if ((err as { code?: string }).code === 'ENOENT') return undefined;
      throw new Error(String((err as { code?: string }).code ?? 'error'), { cause: err });
    }
    const realRoot = realpathSync(root);
    if (!real.startsWith(realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep)) throw new Error('a symbolic link leads outside the repository');
    const stat = statSync(real);
    if (!stat.isFile()) throw new Error('it is not a file');
    if (stat.size > MAX_PACK_CHARS * 4) throw new Error(`it is larger than ${MAX_PACK_CHARS} characters`);
    return decodeUtf8(repoPath, readFileSync(real));
  };
}

/**
 * parsePolicy for a policy whose pack files are read asynchronously (the gate reads them
 * at a commit, like the policy): each pass records the packs it could not find yet, which
 * are read and the policy parsed again. Bounded: every pass but the last reads at least one
 * new file, and a policy may use at most MAX_PACK_FILES.
 */
export async function parsePolicyReadingPacks(
  file: string,
  text: string,
  readPack: (repoPath: string) => Promise<string | undefined>,
  options: LoadOptions = {},
): Promise<Policy> {
  const texts = new Map<string, string | undefined>();
  for (let pass = 0; ; pass++) {
    const wanted: string[] = [];
    const reader: PackReader = (p) => {
      if (texts.has(p)) return texts.get(p);
      wanted.push(p);
      return undefined;
    };
    try {
      return parsePolicy(file, text, { ...options, readPack: reader });
    } catch (err) {
      if (!wanted.length || pass > MAX_PACK_FILES) throw err;
    }
    for (const p of wanted) texts.set(p, await readPack(p));
  }
}

export function parsePolicy(file: string, text: string, options: LoadOptions = {}): Policy {
  const { source, problems } = parseYaml(file, text);
  if (problems.length) throw new PolicyError(problems);
  const read = toData(source);
  if ('problem' in read) throw new PolicyError([read.problem]);
  const data = read.data;
  if (data === null || data === undefined) {
    throw new PolicyError([{ location: { file, line: 1, column: 1 }, message: 'The policy file is empty; it needs at least `version: 1`.' }]);
  }
  const catalog = options.scopeCatalog ?? OAUTH_SCOPE_NAMES;
  const schemaProblems = validatePolicy(source, data);
  if (!schemaProblems.length) return compilePolicy(source, data as PolicyFile, catalog, options.readPack);
  // Also what the compiler finds where the schema had nothing to say (dates, duplicate ids,
  // unknown rule ids), so that one run lists every problem.
  throw new PolicyError(sortByPosition([...schemaProblems, ...compileProblems(source, data, catalog, schemaProblems, options.readPack)]));
}

/**
 * The compiler's problems on a file the schema rejected, except inside a rule, exception or
 * approved client the schema already flagged: there they are echoes of that problem (a
 * misspelt check key also makes the rule "check nothing").
 */
function compileProblems(
  source: YamlSource,
  data: unknown,
  catalog: ScopeCatalog,
  schemaProblems: readonly PolicyProblem[],
  readPack?: PackReader,
): PolicyProblem[] {
  const flagged = flaggedItems(source, schemaProblems);
  const echoes = (p: PolicyProblem) => flagged.some(([from, to]) => p.location.line >= from && p.location.line <= to);
  try {
    compilePolicy(source, data as PolicyFile, catalog, readPack);
    return [];
  } catch (err) {
    // On data the schema rejected the compiler may also trip over a wrong type: that part is already reported.
    return err instanceof PolicyError ? err.problems.filter((p) => !echoes(p)) : [];
  }
}

/** Line ranges of the list items (rules, exceptions, approved clients) holding a schema problem, and the problem lines. */
function flaggedItems(source: YamlSource, problems: readonly PolicyProblem[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = problems.map((p) => [p.location.line, p.location.line]);
  for (const list of [['rules'], ['exceptions'], ['clients', 'list']]) {
    const node = source.doc.getIn(list, true);
    if (!isSeq(node)) continue;
    for (const item of node.items) {
      const range = (item as { range?: [number, number, number] }).range;
      if (!range) continue;
      const from = at(source, range[0]).line;
      const to = at(source, Math.max(range[0], range[1] - 1)).line;
      if (problems.some((p) => p.location.line >= from && p.location.line <= to)) ranges.push([from, to]);
    }
  }
  return ranges;
}

function sortByPosition(problems: PolicyProblem[]): PolicyProblem[] {
  const first = problems[0]?.location.file;
  const fileRank = (p: PolicyProblem) => (p.location.file === first ? 0 : 1);
  return problems.sort((a, b) => fileRank(a) - fileRank(b) || a.location.line - b.location.line || a.location.column - b.location.column);
}

/** UTF-8 text, or a policy error at the first byte that is not UTF-8. */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    const lines = before.split('\n');
    const column = Array.from(lines[lines.length - 1] ?? '').length + 1;
    const byte = (bytes[offset] ?? 0).toString(16).padStart(2, '0');
    throw new PolicyError([
      {
        location: { file, line: lines.length, column },
        message: `The policy file is not UTF-8 text: byte 0x${byte} at offset ${offset} is not valid UTF-8; save the file as UTF-8.`,
      },
    ]);
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const strict = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] ?? 0;
    const size = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    if (size > 1) {
      try {
        strict.decode(bytes.subarray(i, i + size));
      } catch {
        return i;
      }
    }
    i += size;
  }
  return bytes.length;
}
