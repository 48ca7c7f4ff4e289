// `npm run build`: bundles the action (dist/index.js, plus the chunks ncc splits off for
// dynamic imports) and the CLI (dist/cli/index.js) with ncc, and writes dist/licenses.txt.
// ncc's own --license file covers only one chunk once a bundle is split, so the licenses
// are listed here from ncc's module stats: every third-party package in any chunk.
// Every chunk gets a source map (`*.js.map`, sources under src/ and node_modules/), which
// the entries read only when a stack is formatted (src/source-mapped-stacks.ts), so stack
// traces users report name src/ lines; ncc's source-map-support shim is left out
// (--no-source-map-register): one more file to load on every cold start, for nothing. The
// hash of the sources goes into dist/source-hash.txt, for the test that catches a stale dist/.
// One line of bundled undici is rewritten (deferHttp2): see there why.
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
  deferHttp2(path.join(root, 'dist'));
  deferHttp2(path.join(root, 'dist', 'cli'));
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

/**
 * undici's client.js requires its HTTP/2 client (client-h2.js) as it loads, and that requires
 * node:http2, which loads tls and crypto: about 20 ms of CPU before the first request could
 * leave, for a module that only an h2 connection needs, and our transport speaks HTTP/1.1
 * (allowH2: false in src/genesys/transport.ts; an https connection loads tls itself, when it
 * connects). Here client.js gets a function that
 * requires client-h2.js on its first call instead (webpack's require then returns the cached
 * module). The build fails unless the line is found exactly once: an undici that changed it
 * must be looked at again, not shipped with the start-up silently slower.
 */
function deferHttp2(dir: string): void {
  const eager = /^const connectH2 = __webpack_require__\((\d+)\)$/gm;
  let found = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const lazy = text.replace(eager, (_, id: string) => {
      found++;
      return `const connectH2 = (client, socket) => __webpack_require__(${id})(client, socket)`;
    });
    if (lazy !== text) writeFileSync(path.join(dir, file), lazy);
  }
  if (found !== 1)
    throw new Error(`${dir}: undici's \`const connectH2 = require('./client-h2.js')\` found ${found} times, not once: see deferHttp2 in scripts/build.ts`);
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
