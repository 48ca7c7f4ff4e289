// dist/ ships source maps and the entries map stacks through them when one is formatted, so a
// stack trace a user reports names src/ files and lines, not offsets in a 3 MB bundle.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const bundles = ['dist', 'dist/cli'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => path.join(dir, f)),
);

describe('source maps', () => {
  it('come with every bundled file and point at files that exist', () => {
    expect(bundles.length).toBeGreaterThan(2);
    for (const file of bundles) {
      expect([
        file,
        readFileSync(file, 'utf8')
          .trimEnd()
          .endsWith(`//# sourceMappingURL=${path.basename(file)}.map`),
      ]).toEqual([file, true]);
      const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] };
      const ours = map.sources.filter((s) => s.includes('src/'));
      for (const source of ours) expect([source, existsSync(path.resolve(path.dirname(file), source))]).toEqual([source, true]);
    }
  });

  it('are installed by both entries before anything else runs', () => {
    for (const entry of ['src/index.ts', 'src/cli/index.ts']) {
      const code = readFileSync(entry, 'utf8')
        .split('\n')
        .filter((l) => l.trim() && !l.startsWith('//') && !l.startsWith('#!') && !l.startsWith('import '));
      expect([entry, code[0]]).toEqual([entry, 'installSourceMappedStacks();']);
    }
  });

  it('map the frames of a file that has a map, and leave the others as they are (src/)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mapped-'));
    const source = ['// line 1', 'export function fail(): never {', '  // line 3', "  throw new Error('mapped');", '}', ''].join('\n');
    const out = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, sourceMap: true },
      fileName: 'thrower.ts',
    });
    // Shift the generated lines so that an unmapped frame cannot pass for a mapped one.
    writeFileSync(path.join(dir, 'thrower.js'), `\n\n\n${out.outputText}`);
    const map = JSON.parse(out.sourceMapText as string) as { mappings: string; sources: string[] };
    writeFileSync(path.join(dir, 'thrower.js.map'), JSON.stringify({ ...map, mappings: `;;;${map.mappings}`, sources: ['lib/thrower.ts'] }));
    const script = `
      import { installSourceMappedStacks } from ${JSON.stringify(pathToFileURL(path.resolve('src/source-mapped-stacks.ts')).href)};
      installSourceMappedStacks();
      const { fail } = await import(${JSON.stringify(pathToFileURL(path.join(dir, 'thrower.js')).href)});
      try { fail(); } catch (err) { process.stdout.write(err.stack); }
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Error: mapped');
    expect(lines[1]?.startsWith(`    at fail (${path.join(dir, 'lib', 'thrower.ts')}:4:`)).toBe(true);
    // The script itself has no map: its frame is left as V8 wrote it.
    expect(lines[2]).not.toContain('thrower');
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
