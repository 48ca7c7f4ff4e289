// One rule spec (from the file or a pack) → a compiled rule. Problems are reported at the
// exact key or list item that has them; nothing half-valid is returned to evaluation.
import { compileLinearRegex, type PolicyRegex } from './linear-regex.ts';
import type { GrantType } from '../inventory/types.ts';
import { compileClientSelector } from './client-ref.ts';
import type { ClientSelector as ClientSelectorSpec, DivisionScope, RuleSpec } from './policy-file.ts';
import { compileGlob, globProblem, type Glob } from './glob.ts';
import { compilePermissionPattern, permissionPatternProblem } from './permission-pattern.ts';
import type { Problems, Path } from './problems.ts';
import type { ClientSelector, DivisionFilter, Rule, RuleChecks, SourceLocation } from './types.ts';

/** Where a rule comes from and how to point at its parts. */
export interface RuleSite {
  origin: Rule['origin'];
  location: SourceLocation;
  /** Location of a part of the spec, by its path inside the rule. */
  at(path: Path): SourceLocation;
}

export interface RuleExtras {
  severity?: Rule['severity'];
  rationale?: string;
  fix?: string;
  category?: Rule['category'];
}

/** The keys of a rule spec that are checks: every key but the rule's own fields. */
type CheckKey = Exclude<keyof RuleSpec, 'id' | 'description' | 'severity' | 'category' | 'fix' | 'where'>;
type CheckCompilers = { readonly [K in CheckKey]: (spec: NonNullable<RuleSpec[K]>, c: RuleCompiler) => Partial<RuleChecks> };

/**
 * How each check of a spec compiles, by its key. A record the compiler checks against
 * RuleSpec: a check kind added to the schema (and so to RuleSpec) fails tsc until it is here.
 */
const COMPILERS: CheckCompilers = {
  'grant-types': (spec) => ({ grantTypes: { allow: spec.allow, deny: spec.deny } }),
  scopes: (spec, c) => ({ scopes: { allow: c.globs(spec.allow, ['scopes', 'allow']), deny: c.globs(spec.deny, ['scopes', 'deny']) } }),
  roles: (spec, c) => ({ roles: c.roles(spec) }),
  permissions: (spec, c) => ({ permissions: c.permissions(spec) }),
  'token-lifetime': (spec) => ({ tokenLifetime: { maxSeconds: spec['max-seconds'] } }),
  'redirect-uris': (spec, c) => ({ redirectUris: c.redirectUris(spec) }),
  'client-description': (spec) => ({ description: { minLength: spec['min-length'] ?? 1 } }),
  'client-name': (spec, c) => ({ name: { unique: spec.unique === true, mustMatch: c.regex(spec['must-match'], ['client-name', 'must-match']) } }),
  'state-age': (spec) => ({ stateAge: { disabledMaxDays: spec['disabled-max-days'], inactiveMaxDays: spec['inactive-max-days'] } }),
  unused: (spec) => ({ unused: { maxDays: spec['max-days'] } }),
};
const CHECK_KEYS = Object.keys(COMPILERS) as CheckKey[];

export function compileRule(spec: RuleSpec, site: RuleSite, problems: Problems, extras: RuleExtras = {}): Rule {
  const c = new RuleCompiler(site, problems);
  if (!CHECK_KEYS.some((k) => spec[k] !== undefined)) {
    problems.error(site.location, `Rule \`${spec.id}\` checks nothing: add one of ${CHECK_KEYS.map((k) => `\`${k}\``).join(', ')}.`);
  }
  const rule: Rule = {
    id: spec.id,
    description: spec.description ?? '',
    severity: extras.severity ?? spec.severity ?? 'error',
    category: extras.category ?? spec.category,
    rationale: extras.rationale,
    fix: extras.fix ?? spec.fix,
    origin: site.origin,
    location: site.location,
    fingerprint: fingerprintOf(spec),
    where: {
      grantTypes: spec.where?.['grant-type'],
      clients: c.clientSelectors(spec.where?.client),
      states: spec.where?.state,
    },
    checks: c.checks(spec),
  };
  warnUnreachable(rule, site, problems);
  return rule;
}

class RuleCompiler {
  private readonly site: RuleSite;
  private readonly problems: Problems;

  constructor(site: RuleSite, problems: Problems) {
    this.site = site;
    this.problems = problems;
  }

  checks(spec: RuleSpec): RuleChecks {
    const checks: RuleChecks = {};
    for (const key of CHECK_KEYS) {
      const value = spec[key];
      if (value !== undefined) Object.assign(checks, (COMPILERS[key] as (spec: unknown, c: RuleCompiler) => Partial<RuleChecks>)(value, this));
    }
    return checks;
  }

  /** `where.client`: pinned ids, names and globs; a pattern's syntax is checked like any glob. */
  clientSelectors(list: readonly ClientSelectorSpec[] | undefined): ClientSelector[] | undefined {
    return list?.map((item, i) => {
      const at = this.site.at(['where', 'client', i]);
      const problem = typeof item === 'string' ? globProblem(item) : undefined;
      if (problem) this.problems.error(at, `Pattern ${problem}.`);
      return compileClientSelector(item, at);
    });
  }

  globs(list: readonly string[] | undefined, path: Path): Glob[] | undefined {
    return list?.map((pattern, i) => {
      const problem = globProblem(pattern);
      if (problem) this.problems.error(this.site.at([...path, i]), `Pattern ${problem}.`);
      return compileGlob(pattern);
    });
  }

  roles(spec: NonNullable<RuleSpec['roles']>): RuleChecks['roles'] {
    if (!spec.allow && !spec.deny) this.problems.error(this.site.at(['roles']), '`roles` needs `allow` or `deny`.');
    return {
      allow: this.globs(spec.allow, ['roles', 'allow']),
      deny: this.globs(spec.deny, ['roles', 'deny']),
      divisions: this.divisions(spec.divisions, ['roles', 'divisions']),
    };
  }

  permissions(spec: NonNullable<RuleSpec['permissions']>): RuleChecks['permissions'] {
    if (!spec.allow && !spec.deny && !spec.wildcards) this.problems.error(this.site.at(['permissions']), '`permissions` needs `allow`, `deny` or `wildcards`.');
    const patterns = (list: readonly string[] | undefined, key: 'allow' | 'deny') =>
      list?.map((pattern, i) => {
        const problem = permissionPatternProblem(pattern);
        if (problem) this.problems.error(this.site.at(['permissions', key, i]), problem);
        return compilePermissionPattern(pattern);
      });
    return {
      allow: patterns(spec.allow, 'allow'),
      deny: patterns(spec.deny, 'deny'),
      denyWildcards: spec.wildcards === 'deny',
      divisions: this.divisions(spec.divisions, ['permissions', 'divisions']),
    };
  }

  private divisions(scope: DivisionScope | undefined, path: Path): DivisionFilter {
    if (scope === undefined || scope === 'any') return { kind: 'any' };
    if (scope === 'all') return { kind: 'all' };
    return { kind: 'named', globs: this.globs(scope, path) ?? [] };
  }

  redirectUris(spec: NonNullable<RuleSpec['redirect-uris']>): RuleChecks['redirectUris'] {
    return {
      localhost: spec.localhost,
      requireHttps: spec['require-https'] === true,
      denyWildcards: spec['deny-wildcards'] === true,
      denyIpLiterals: spec['deny-ip-literals'] === true,
      mustMatch: this.regex(spec['must-match'], ['redirect-uris', 'must-match']),
    };
  }

  regex(source: string | undefined, path: Path): PolicyRegex | undefined {
    if (source === undefined) return undefined;
    const compiled = compileLinearRegex(source);
    if (compiled.ok) return compiled.regex;
    this.problems.error(
      this.site.at(path),
      `\`${path.join('.')}\` is not a regular expression this tool can run in linear time (RE2 syntax): ${compiled.reason}.`,
    );
    return undefined;
  }
}

/** `where` and the checks, with keys sorted; wording (description, fix) and severity left out. */
function fingerprintOf(spec: RuleSpec): string {
  const { id: _id, description: _d, fix: _f, category: _c, severity: _s, ...definition } = spec;
  return JSON.stringify(definition, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value,
  );
}

const USER_FACING: readonly GrantType[] = ['code', 'implicit', 'saml2-bearer', 'password'];

/** A check that no client the `where` admits can ever fail is a mistake worth a warning. */
function warnUnreachable(rule: Rule, site: RuleSite, problems: Problems): void {
  const grants = rule.where.grantTypes;
  if (!grants) return;
  const hasCc = grants.includes('client-credentials');
  const hasUserFacing = grants.some((g) => USER_FACING.includes(g));
  const warn = (key: string, why: string) => problems.warning(site.at([key]), `\`${key}\` in rule \`${rule.id}\` never applies: ${why}.`);
  if (!hasUserFacing && rule.checks.scopes) warn('scopes', 'client-credentials clients act through roles, not scopes');
  if (!hasUserFacing && rule.checks.redirectUris) warn('redirect-uris', 'client-credentials clients have no redirect URIs');
  if (!hasCc && rule.checks.roles) warn('roles', 'only client-credentials clients hold roles');
  if (!hasCc && rule.checks.permissions) warn('permissions', 'only client-credentials clients hold roles and their permissions');
}
