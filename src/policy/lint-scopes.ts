// Scope names the Genesys Cloud catalog does not know are probably typos: warn (not fail,
// the catalog may lag behind a brand-new scope) and suggest the closest known name.
import type { PolicyFile } from './policy-file.ts';
import { compileGlob } from './glob.ts';
import type { Path, Problems } from './problems.ts';
import { closest } from './suggest.ts';
import { locate, type YamlSource } from './yaml-source.ts';

export type ScopeCatalog = ReadonlySet<string>;

export function lintScopes(source: YamlSource, file: PolicyFile, catalog: ScopeCatalog, problems: Problems): void {
  if (catalog.size === 0) return;
  const check = (scope: string, path: Path) => {
    const message = scopeProblem(scope, catalog);
    if (message) problems.warning(locate(source, path), message);
  };
  (file.rules ?? []).forEach((rule, i) => {
    for (const key of ['allow', 'deny'] as const) rule.scopes?.[key]?.forEach((s, j) => check(s, ['rules', i, 'scopes', key, j]));
  });
  (file.clients?.list ?? []).forEach((entry, i) => entry.scopes?.forEach((s, j) => check(s, ['clients', 'list', i, 'scopes', j])));
}

function scopeProblem(pattern: string, catalog: ScopeCatalog): string | undefined {
  const glob = compileGlob(pattern);
  if (glob.literal) {
    if (catalog.has(pattern)) return undefined;
    const hint = closest(pattern, catalog);
    return `Scope \`${pattern}\` is not in the Genesys Cloud scope catalog${hint ? ` (did you mean \`${hint}\`?)` : ''}.`;
  }
  for (const scope of catalog) if (glob.regex.test(scope)) return undefined;
  return `Scope pattern \`${pattern}\` matches no scope in the Genesys Cloud scope catalog.`;
}
