// The packs a policy (or a pack) `extends`, resolved to their rules: built-in packs by name,
// pack files of the repository by a path relative to the file naming them
// (`./packs/acme.yml`). Pack files are read through a reader the caller supplies (the disk
// beside the policy for the CLI and the action), parsed and schema-checked like a policy,
// and their rules keep their own lines. Offline and bounded: at most MAX_PACK_FILES files of
// at most MAX_PACK_CHARS characters each, never outside the repository, never in a cycle.
import { posix } from 'node:path';
import { PolicyError } from './errors.ts';
import type { RuleExtras, RuleSite } from './compile-rule.ts';
import { isBuiltInPack, PACKS } from './packs/index.ts';
import type { RuleSpec } from './policy-file.ts';
import type { Path, Problems } from './problems.ts';
import { RESERVED_IDS } from './reserved-ids.ts';
import { validatePolicy } from './validate.ts';
import { locate, parseYaml, toData, type YamlSource } from './yaml-source.ts';

/** The text of a pack file by its repository path (`policies/packs/acme.yml`), or undefined when there is none. */
export type PackReader = (repoPath: string) => string | undefined;

export const MAX_PACK_FILES = 10;
export const MAX_PACK_CHARS = 1_000_000;
/** The keys a pack file may hold (policies/pack.schema.json lists the same; a test compares them). */
export const PACK_KEYS: readonly string[] = ['version', 'extends', 'rules'];

/** A rule some pack supplies, with where it was written. */
export interface PackRuleSource {
  spec: RuleSpec;
  extras: RuleExtras;
  site: RuleSite;
}

function isLocalPack(entry: unknown): entry is string {
  return typeof entry === 'string' && entry.startsWith('./');
}

interface Walk {
  readPack: PackReader | undefined;
  problems: Problems;
  /** Packs already included (built-in names and repository paths): a pack reached twice counts once. */
  included: Set<string>;
  files: number;
}

/** For each entry of the policy's `extends`, the rules it brings (none for an entry already included). */
export function resolveExtends(source: YamlSource, entries: readonly unknown[], readPack: PackReader | undefined, problems: Problems): PackRuleSource[][] {
  const walk: Walk = { readPack, problems, included: new Set(), files: 0 };
  return entries.map((entry, i) => {
    const before = problems.errors.length;
    // The policy heads the chain: a pack that extends the policy file is a cycle too.
    const rules = resolveEntry(walk, source, ['extends', i], entry, [posix.normalize(source.file)]);
    const inside = problems.errors.slice(before);
    // Problems inside a pack file are at their lines there; the entry that brought them says so too.
    if (inside.length && inside.every((p) => p.location.file !== source.file)) {
      const files = [...new Set(inside.map((p) => p.location.file))].join(', ');
      problems.error(
        locate(source, ['extends', i]),
        `Pack \`${String(entry)}\` cannot be used: ${inside.length} problem${inside.length > 1 ? 's' : ''} in ${files}, listed at ${inside.length > 1 ? 'their lines' : 'its line'}.`,
      );
    }
    return rules;
  });
}

function resolveEntry(walk: Walk, from: YamlSource, entryPath: Path, entry: unknown, stack: readonly string[]): PackRuleSource[] {
  const at = locate(from, entryPath);
  if (typeof entry === 'string' && isBuiltInPack(entry)) {
    if (walk.included.has(entry)) return [];
    walk.included.add(entry);
    return PACKS[entry].map(({ spec, ...meta }) => ({ spec, extras: meta, site: { origin: entry, location: at, at: () => at } }));
  }
  if (!isLocalPack(entry)) return []; // the schema reports it
  const target = packPath(from.file, entry);
  if ('problem' in target) {
    walk.problems.error(at, target.problem);
    return [];
  }
  const path = target.path;
  if (stack.includes(path)) {
    walk.problems.error(at, `\`${entry}\` makes a cycle of packs: ${[...stack, path].join(' → ')}; a pack cannot extend itself, directly or through another.`);
    return [];
  }
  if (walk.included.has(path)) return [];
  const text = readPackText(walk, at, entry, path);
  if (text === undefined) return [];
  const pack = parsePack(walk, path, text);
  if (!pack) return [];
  walk.included.add(path);
  const inherited = (pack.data.extends ?? []).flatMap((e, i) => resolveEntry(walk, pack.source, ['extends', i], e, [...stack, path]));
  const own = (pack.data.rules ?? []).map((spec, j): PackRuleSource => {
    if (RESERVED_IDS.has(spec.id))
      walk.problems.error(locate(pack.source, ['rules', j, 'id']), `Rule id \`${spec.id}\` is reserved for findings of the policy itself; pick another id.`);
    return { spec, extras: {}, site: { origin: path, location: locate(pack.source, ['rules', j]), at: (p) => locate(pack.source, ['rules', j, ...p]) } };
  });
  return [...inherited, ...own];
}

const SAFE_PATH = /^[A-Za-z0-9._/ -]+$/;

/** The repository path an entry names, relative to the file naming it; never outside the repository. */
function packPath(fromFile: string, entry: string): { path: string } | { problem: string } {
  // Plain file names only: the path travels to git and to the GitHub API, where `?`, `#`, `:`
  // or a control character would mean something else.
  if (!SAFE_PATH.test(entry)) return { problem: `\`${entry}\` may hold only letters, digits, \`.\`, \`_\`, \`-\`, spaces and \`/\` (forward slashes).` };
  const from = posix.normalize(fromFile);
  if (posix.isAbsolute(from) || from === '..' || from.startsWith('../')) {
    return {
      problem: `\`${entry}\` cannot be resolved: ${fromFile} is outside the working directory, so a pack path could not be kept inside the repository; run from the repository's root.`,
    };
  }
  const path = posix.normalize(posix.join(posix.dirname(from), entry));
  if (path === '..' || path.startsWith('../') || posix.isAbsolute(path)) {
    return { problem: `\`${entry}\` leads outside the repository (${path}); a pack file must be inside it.` };
  }
  return { path };
}

function readPackText(walk: Walk, at: ReturnType<typeof locate>, entry: string, path: string): string | undefined {
  if (!walk.readPack) {
    walk.problems.error(
      at,
      `\`${entry}\` is a pack file, and pack files cannot be read where this policy comes from; use built-in packs or copy the rules into the policy.`,
    );
    return undefined;
  }
  if (walk.files >= MAX_PACK_FILES) {
    walk.problems.error(at, `\`${entry}\` is pack file number ${walk.files + 1}; a policy may use at most ${MAX_PACK_FILES} pack files.`);
    return undefined;
  }
  walk.files++;
  let text: string | undefined;
  try {
    text = walk.readPack(path);
  } catch (err) {
    if (err instanceof PolicyError) walk.problems.errors.push(...err.problems);
    else walk.problems.error(at, `Pack file ${path} (\`${entry}\`) cannot be read: ${(err as Error).message.replace(/\.$/, '')}.`);
    return undefined;
  }
  if (text === undefined) walk.problems.error(at, `\`${entry}\` names ${path}, which does not exist in the repository.`);
  else if (text.length > MAX_PACK_CHARS)
    walk.problems.error(at, `Pack file ${path} (\`${entry}\`) is longer than ${MAX_PACK_CHARS} characters; a pack that large is not a pack.`);
  else return text;
  return undefined;
}

interface PackData {
  extends?: unknown[];
  rules?: RuleSpec[];
}

/** A pack file, checked: YAML, a mapping of PACK_KEYS, the policy schema for those. */
function parsePack(walk: Walk, path: string, text: string): { source: YamlSource; data: PackData } | undefined {
  const { source, problems } = parseYaml(path, text);
  if (problems.length) return void walk.problems.errors.push(...problems);
  const read = toData(source);
  if ('problem' in read) return void walk.problems.errors.push(read.problem);
  const data = read.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    walk.problems.error(locate(source, []), 'A pack file must be a mapping with `version: 1` and its `rules`.');
    return undefined;
  }
  const before = walk.problems.errors.length;
  for (const key of Object.keys(data)) {
    if (!PACK_KEYS.includes(key)) {
      walk.problems.error(
        locate(source, [key], true),
        `Unknown key \`${key}\` in a pack file; a pack holds only ${PACK_KEYS.map((k) => `\`${k}\``).join(', ')} (overrides, settings, approved clients and exceptions belong to the policy).`,
      );
    }
  }
  const shape = Object.fromEntries(Object.entries(data).filter(([k]) => PACK_KEYS.includes(k)));
  walk.problems.errors.push(...validatePolicy(source, shape));
  return walk.problems.errors.length > before ? undefined : { source, data: shape as PackData };
}
