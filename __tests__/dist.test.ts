// The committed bundle: GitHub runs dist/ as it is, so what it ships with must be right.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { SOURCE_HASH_FILE, sourceHash } from '../scripts/source-hash.ts';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
const action = readFileSync('action.yml', 'utf8');

describe('dist/', () => {
  // The black-box tests (action/, cli/) run dist/: they prove src/ only when dist/ is built from it.
  it('is built from the sources as they are now (else run `npm run build`)', () => {
    const built = existsSync(SOURCE_HASH_FILE) ? readFileSync(SOURCE_HASH_FILE, 'utf8').trim() : 'no source hash: dist/ predates it';
    expect({ dist: built }).toEqual({ dist: sourceHash(process.cwd()) });
  });

  it('lists the license of every runtime dependency, including those only in split-off chunks', () => {
    const names = new Set(
      readFileSync('dist/licenses.txt', 'utf8')
        .split('\n\n')
        .map((block) => block.split('\n')[0]),
    );
    for (const dep of Object.keys(pkg.dependencies)) expect([dep, names.has(dep)]).toEqual([dep, true]);
    // Octokit is bundled only in the chunk the pull-request gate loads.
    expect(names.has('@octokit/core')).toBe(true);
  });

  it('is what action.yml runs, on node24, as an ES module', () => {
    expect(action).toMatch(/^\s+using: node24$/m);
    expect(action).toMatch(/^\s+main: dist\/index\.js$/m);
    expect(JSON.parse(readFileSync('dist/package.json', 'utf8'))).toEqual({ type: 'module' });
    expect(readdirSync('dist').filter((f) => f.endsWith('.js')).length).toBeGreaterThan(1);
  });
});
