// The workflows a user or a maintainer reads: the repository's own (.github/workflows) and the
// workflow examples in README.md and docs/*.md (a ```yaml block with `on:` and `jobs:`).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export interface WorkflowText {
  /** Where it is: a file, or a file and the line its code block starts on. */
  where: string;
  text: string;
}

export function repositoryWorkflows(root = '.'): WorkflowText[] {
  const dir = path.join(root, '.github', 'workflows');
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ where: path.join('.github/workflows', f), text: readFileSync(path.join(dir, f), 'utf8') }));
}

export function documentedWorkflows(root = '.'): WorkflowText[] {
  const docs = [
    'README.md',
    ...readdirSync(path.join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => `docs/${f}`),
  ];
  return docs.flatMap((file) =>
    yamlBlocks(readFileSync(path.join(root, file), 'utf8'))
      .filter((b) => isWorkflow(b.text))
      .map((b) => ({ where: `${file}:${b.line}`, text: b.text })),
  );
}

/** Fenced ```yaml / ```yml blocks with the line each starts on. */
export function yamlBlocks(markdown: string): Array<{ line: number; text: string }> {
  const blocks: Array<{ line: number; text: string }> = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*ya?ml\s*$/.exec(lines[i] as string);
    if (!open) continue;
    const fence = open[2] as string;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !(lines[end] as string).trim().startsWith(fence)) end++;
    blocks.push({
      line: start + 1,
      text: `${lines
        .slice(start, end)
        .map((l) => l.slice((open[1] as string).length))
        .join('\n')}\n`,
    });
    i = end;
  }
  return blocks;
}

function isWorkflow(text: string): boolean {
  try {
    const doc = parse(text) as unknown;
    return typeof doc === 'object' && doc !== null && 'on' in doc && 'jobs' in doc;
  } catch {
    return false;
  }
}
