// dist/ ships source maps and the entries turn on Node's support for them, so a stack trace a
// user reports names src/ files and lines, not offsets in a 3 MB bundle.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const bundles = ['dist', 'dist/cli'].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => path.join(dir, f)));

describe('source maps', () => {
  it('come with every bundled file and point at files that exist', () => {
    expect(bundles.length).toBeGreaterThan(2);
    for (const file of bundles) {
      expect([file, readFileSync(file, 'utf8').trimEnd().endsWith(`//# sourceMappingURL=${path.basename(file)}.map`)]).toEqual([file, true]);
      const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] };
      const ours = map.sources.filter((s) => s.includes('src/'));
      for (const source of ours) expect([source, existsSync(path.resolve(path.dirname(file), source))]).toEqual([source, true]);
    }
  });

  it('are turned on by both entries before anything else runs', () => {
    for (const entry of ['src/index.ts', 'src/cli/index.ts']) {
      const code = readFileSync(entry, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('//') && !l.startsWith('#!') && !l.startsWith('import '));
      expect([entry, code[0]]).toEqual([entry, 'process.setSourceMapsEnabled?.(true);']);
    }
  });

  it('turn the stack of an unexpected error in the built CLI into src/ files and lines', () => {
    // The CLI asks users to report this stack: make its output fail so that it prints one.
    const file = path.resolve('dist/cli/index.js');
    const script = `
      process.argv = [process.argv[0], ${JSON.stringify(file)}, '--version'];
      process.stdout.write = () => { throw new Error('stdout is gone'); };
      await import(${JSON.stringify(pathToFileURL(file).href)});
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/^unexpected error \(please report it\): Error: stdout is gone\n/);
    const frame = /at main \((.*)\/src\/cli\/main\.ts:(\d+):\d+\)/.exec(r.stderr);
    expect(frame?.[1]).toBe(process.cwd());
    // The line that wrote the version, in src/ as it is.
    expect(readFileSync('src/cli/main.ts', 'utf8').split('\n')[Number(frame?.[2]) - 1]).toMatch(/io\.stdout\(`\$\{io\.version\}/);
    expect(r.stderr).toMatch(/at runCli \(.*\/src\/cli\/run\.ts:\d+:\d+\)/);
  });
});
