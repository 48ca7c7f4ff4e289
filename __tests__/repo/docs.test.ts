// The repository a user adopts: the README speaks to users and starts with the two commands,
// the files a published action needs are there, and the docs' links lead somewhere.
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const readme = readFileSync('README.md', 'utf8');
const DOCS = [
  'README.md',
  'CONTRIBUTING.md',
  'ARCHITECTURE.md',
  'SECURITY.md',
  'CHANGELOG.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

describe('the repository', () => {
  it('starts the README with the demo and the test commands', () => {
    const commands = /```sh\n([\s\S]*?)```/
      .exec(readme)?.[1]
      ?.split('\n')
      .map((l) => l.replace(/\s+#.*$/, '').trim());
    expect(commands?.slice(0, 2)).toEqual(['npm ci && npm run demo', 'npm ci && npm test']);
  });

  it('keeps contributor notes out of the README', () => {
    expect(readme).not.toMatch(/^##+ (Development|Why this toolchain)/m);
    expect(readme).not.toMatch(/ts-jest|moduleNameMapper|complete-lockfile/);
    expect(readFileSync('CONTRIBUTING.md', 'utf8')).toMatch(/complete-lockfile/);
  });

  it('has the MIT license package.json declares', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { license: string };
    expect(pkg.license).toBe('MIT');
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) 2026 genesys-oauth-policy contributors\n/);
  });

  it('documents every CLI exit code the code defines', async () => {
    const { ExitCode } = await import('../../src/errors.ts');
    for (const code of Object.values(ExitCode)) expect([code, readme.includes(`| \`${code}\` |`)]).toEqual([code, true]);
  });

  it('lets Dependabot update both npm packages and actions', () => {
    const config = parse(readFileSync('.github/dependabot.yml', 'utf8')) as {
      version: number;
      updates: Array<{ 'package-ecosystem': string; directory: string }>;
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
  });

  it.each(DOCS.map((d) => [d]))('has no broken relative link in %s', (...[doc]: string[]) => {
    const text = readFileSync(doc as string, 'utf8').replace(/```[\s\S]*?```/g, '');
    const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] as string).filter((t) => !/^[a-z]+:|^#/.test(t));
    for (const target of targets) {
      const file = path.join(path.dirname(doc as string), target.split('#')[0] as string);
      expect([target, existsSync(file)]).toEqual([target, true]);
    }
  });
});
