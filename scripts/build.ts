// `npm run build`: bundles the action (dist/index.js, plus the chunks ncc splits off for
// dynamic imports) and the CLI (dist/cli/index.js) with ncc, and writes dist/licenses.txt.
// ncc's own --license file covers only one chunk once a bundle is split, so the licenses
// are listed here from ncc's module stats: every third-party package in any chunk.
// Every chunk gets a source map (`*.js.map`, sources under src/ and node_modules/), which
// the entries read only when a stack is formatted (src/source-mapped-stacks.ts), so stack
// traces users report name src/ lines; ncc's source-map-support shim is left out
// (--no-source-map-register): one more file to load on every cold start, for nothing. The
// hash of the sources goes into dist/source-hash.txt, for the test that catches a stale dist/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SOURCE_HASH_FILE, sourceHash } from './source-hash.ts';

const root = path.resolve(import.meta.dirname, '..');
const ncc = path.join(root, 'node_modules', '.bin', 'ncc');
const statsDir = mkdtempSync(path.join(tmpdir(), 'ncc-stats-'));
const stats = path.join(statsDir, 'action.json');
const SOURCE_MAPS = ['--source-map', '--no-source-map-register'];

try {
  // Start clean: chunk names change between builds, and a stale chunk must not linger.
  rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  run(['build', 'src/index.ts', '-o', 'dist', ...SOURCE_MAPS, '--stats-out', stats]);
  run(['build', 'src/cli/index.ts', '-o', 'dist/cli', ...SOURCE_MAPS]);
  fixSourceMaps(path.join(root, 'dist'));
  fixSourceMaps(path.join(root, 'dist', 'cli'));
  writeFileSync(path.join(root, 'dist', 'licenses.txt'), licenses(JSON.parse(readFileSync(stats, 'utf8')) as Stats));
  writeFileSync(path.join(root, SOURCE_HASH_FILE), `${sourceHash(root)}\n`);
} finally {
  rmSync(statsDir, { recursive: true, force: true });
}

function run(args: string[]): void {
  execFileSync(ncc, args, { cwd: root, stdio: 'inherit' });
}

/**
 * ncc writes every map's sources relative to dist/, even for dist/cli/, where Node would then
 * name dist/src/… in stack traces: make them relative to the map's own folder. The sources'
 * text is dropped: it is in the repository at the tag, and would double dist/'s size.
 */
function fixSourceMaps(dir: string): void {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js.map'))) {
    const map = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { sources: string[]; sourcesContent?: unknown };
    map.sources = map.sources.map((s) => (s.startsWith('../') ? path.relative(dir, path.resolve(root, 'dist', s)) : s));
    delete map.sourcesContent;
    writeFileSync(path.join(dir, file), JSON.stringify(map));
  }
}

interface StatsModule {
  nameForCondition?: string;
  identifier?: string;
  modules?: StatsModule[];
}
interface Stats {
  modules?: StatsModule[];
}

/** name, license, license text — the layout ncc writes — for each package, sorted by name. */
function licenses(stats: Stats): string {
  const dirs = new Map<string, string>();
  const visit = (m: StatsModule) => {
    const file = m.nameForCondition ?? m.identifier ?? '';
    const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(file.split('!').pop() ?? '');
    if (match) dirs.set(match[2] as string, match[1] as string);
    for (const inner of m.modules ?? []) visit(inner);
  };
  for (const m of stats.modules ?? []) visit(m);
  return [...dirs]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, dir]) => {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { license?: string };
      const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
      const text = file && existsSync(path.join(dir, file)) ? readFileSync(path.join(dir, file), 'utf8').trim() : '';
      return `${name}\n${pkg.license ?? 'UNKNOWN'}\n${text}\n`;
    })
    .join('\n');
}
