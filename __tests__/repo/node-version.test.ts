// The entry points check the Node version before they load anything: on Node 20 the CLI says in
// one sentence what it needs and exits 2, instead of dying in a dependency with a stack.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { MIN_NODE_MAJOR, nodeVersionProblem } from '../../src/node-version.ts';

/** An installed Node older than the minimum: $OLD_NODE (CI sets it up), else the system one. */
const oldNode = [process.env.OLD_NODE, '/usr/bin/node', '/usr/local/bin/node'].find((bin) => {
  if (!bin || !existsSync(bin)) return false;
  const major = Number(spawnSync(bin, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.split('.')[0]);
  return major > 0 && major < MIN_NODE_MAJOR;
});
const withOldNode = oldNode ? it : it.skip;
if (!oldNode) console.warn(`No Node older than ${MIN_NODE_MAJOR} found (set OLD_NODE): the entry points are not run on one.`);

/** The entry and what it imports statically, compiled to JavaScript alone: the dynamic import of the real main is left dangling, so loading anything past the check fails. */
function compiledEntry(entry: string, imports: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'entry-'));
  for (const file of [entry, ...imports]) {
    const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, rewriteRelativeImportExtensions: true },
      fileName: file,
    });
    const out = path.join(dir, file.replace(/\.ts$/, '.js'));
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, outputText);
  }
  writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
  return path.join(dir, entry.replace(/\.ts$/, '.js'));
}

function run(node: string, file: string) {
  const r = spawnSync(node, [file], { encoding: 'utf8', env: { PATH: process.env.PATH } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const version = () => spawnSync(oldNode as string, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim();

describe('the Node version check', () => {
  it('accepts the minimum major and later, refuses earlier ones in one sentence', () => {
    expect(nodeVersionProblem('24.0.0', 'x')).toBeUndefined();
    expect(nodeVersionProblem('26.1.0', 'x')).toBeUndefined();
    expect(nodeVersionProblem('20.19.5', 'genesys-oauth-policy')).toBe('genesys-oauth-policy needs Node.js 24 or later, and this is Node.js 20.19.5.');
    expect(nodeVersionProblem('v23.11.0', 'x')).toMatch(/needs Node\.js 24/);
    expect(nodeVersionProblem('', 'x')).toMatch(/needs Node\.js 24/);
  });

  it('asks for the Node that package.json and action.yml ask for', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(`>=${MIN_NODE_MAJOR}`);
    expect(readFileSync('action.yml', 'utf8')).toMatch(new RegExp(`^\\s+using: node${MIN_NODE_MAJOR}$`, 'm'));
  });

  withOldNode('stops the CLI from src/ on an old Node with one sentence and exit 2, before loading it', () => {
    const r = run(oldNode as string, compiledEntry('src/cli/index.ts', ['src/node-version.ts', 'src/source-mapped-stacks.ts']));
    expect(r).toEqual({ code: 2, stdout: '', stderr: `error: genesys-oauth-policy needs Node.js 24 or later, and this is Node.js ${version()}.\n` });
  });

  withOldNode('stops the action from src/ on an old Node with an error annotation and exit 2', () => {
    const r = run(oldNode as string, compiledEntry('src/index.ts', ['src/node-version.ts', 'src/source-mapped-stacks.ts']));
    expect(r).toEqual({ code: 2, stdout: `::error::This action needs Node.js 24 or later, and this is Node.js ${version()}.\n`, stderr: '' });
  });

  withOldNode('stops the built CLI (dist/cli/index.js) the same way', () => {
    const r = run(oldNode as string, 'dist/cli/index.js');
    expect(r).toEqual({ code: 2, stdout: '', stderr: `error: genesys-oauth-policy needs Node.js 24 or later, and this is Node.js ${version()}.\n` });
  });

  it('lets the current Node through to the CLI', () => {
    const r = run(process.execPath, 'src/cli/index.ts');
    expect(r.stderr).not.toMatch(/needs Node\.js/);
    expect(r.code).toBe(2); // no credentials: the CLI itself ran and refused
    expect(r.stderr).toMatch(/^error: /);
  });
});
