// A schema-valid policy file → the compiled policy: built-in packs with their overrides,
// the file's rules, the approved clients and the exceptions, each checked against the
// others (unknown ids, duplicates, collisions) with every problem at its line.
import type { PolicyFile, RuleSpec } from './policy-file.ts';
import { compileRule } from './compile-rule.ts';
import { compileDesiredState } from './compile-clients.ts';
import { compileExceptions } from './compile-exceptions.ts';
import { lintScopes, type ScopeCatalog } from './lint-scopes.ts';
import { resolveExtends, type PackReader } from './local-packs.ts';
import { Problems } from './problems.ts';
import { RESERVED_IDS } from './reserved-ids.ts';
import { didYouMean } from './suggest.ts';
import type { Policy, Rule } from './types.ts';
import { locate, type YamlSource } from './yaml-source.ts';
import { PolicyError } from './errors.ts';

export const DEFAULT_MAX_EXCEPTION_DAYS = 365;

export function compilePolicy(source: YamlSource, file: PolicyFile, catalog: ScopeCatalog, readPack?: PackReader): Policy {
  const problems = new Problems();
  const { rules: packRules, disabled } = compilePacks(source, file, readPack, problems);
  const fileRules = compileFileRules(source, file.rules ?? [], new Set(packRules.map((r) => r.id).concat(disabled)), problems);
  const rules = [...packRules, ...fileRules];
  const desired = file.clients && compileDesiredState(source, file.clients, problems);
  const exceptions = compileExceptions(source, file.exceptions ?? [], { rules, disabled, hasDesiredState: Boolean(desired) }, problems);
  lintScopes(source, file, catalog, problems);
  if (problems.errors.length) throw new PolicyError(sortByLine(problems.errors, source.file));
  return {
    file: source.file,
    failOn: file.settings?.['fail-on'],
    rules,
    disabledRules: disabled,
    desired,
    exceptions,
    maxExceptionDays: file.settings?.['max-exception-days'] ?? DEFAULT_MAX_EXCEPTION_DAYS,
    warnings: sortByLine(problems.warnings, source.file),
  };
}

/**
 * Rules of the extended packs (built-in or files of the repository), with severities
 * overridden or turned off by id. A rule id may come from one pack only.
 */
function compilePacks(source: YamlSource, file: PolicyFile, readPack: PackReader | undefined, problems: Problems): { rules: Rule[]; disabled: string[] } {
  const rules: Rule[] = [];
  const disabled: string[] = [];
  const overrides = file.overrides ?? {};
  const origins = new Map<string, string>();
  resolveExtends(source, file.extends ?? [], readPack, problems).forEach((packRules, i) => {
    for (const { spec, extras, site } of packRules) {
      const first = origins.get(spec.id);
      if (first !== undefined) {
        const where = `${site.location.file}:${site.location.line}`;
        problems.error(
          locate(source, ['extends', i]),
          `Pack \`${site.origin}\` defines rule \`${spec.id}\` (${where}), which pack \`${first}\` already defines; rule ids must be unique across packs.`,
        );
        continue;
      }
      origins.set(spec.id, site.origin);
      const override = overrides[spec.id];
      if (override === 'off') {
        disabled.push(spec.id);
        continue;
      }
      const location = override ? locate(source, ['overrides', spec.id], true) : site.location;
      rules.push(compileRule(spec, { ...site, location }, problems, { ...extras, severity: override ?? spec.severity }));
    }
  });
  for (const id of Object.keys(overrides)) {
    if (origins.has(id)) continue;
    const hint = file.extends ? didYouMean(id, origins.keys()) : '; `overrides` change built-in rules: add `extends: [recommended]`';
    problems.error(locate(source, ['overrides', id], true), `\`overrides\` names \`${id}\`, which is not a rule of the packs in \`extends\`${hint}.`);
  }
  return { rules, disabled };
}

function compileFileRules(source: YamlSource, specs: readonly RuleSpec[], packIds: ReadonlySet<string>, problems: Problems): Rule[] {
  const seen = new Map<string, number>();
  return specs.map((spec, i) => {
    const path = ['rules', i];
    const idAt = locate(source, [...path, 'id']);
    const first = seen.get(spec.id);
    if (first !== undefined) {
      problems.error(idAt, `Rule id \`${spec.id}\` is already used by the rule at line ${locate(source, ['rules', first]).line}; ids must be unique.`);
    } else seen.set(spec.id, i);
    if (packIds.has(spec.id)) {
      problems.error(idAt, `Rule id \`${spec.id}\` is a built-in rule; change its severity with \`overrides: { ${spec.id}: warning }\` or pick another id.`);
    }
    if (RESERVED_IDS.has(spec.id)) problems.error(idAt, `Rule id \`${spec.id}\` is reserved for findings of the policy itself; pick another id.`);
    return compileRule(spec, { origin: 'policy', location: locate(source, path), at: (p) => locate(source, [...path, ...p]) }, problems);
  });
}

/** The policy's own problems first, then those inside pack files; each by line. */
function sortByLine<T extends { location: { file: string; line: number; column: number } }>(items: T[], file: string): T[] {
  const rank = (t: T) => (t.location.file === file ? 0 : 1);
  return [...items].sort((a, b) => rank(a) - rank(b) || a.location.line - b.location.line || a.location.column - b.location.column);
}
