// Writes the inputs of action.yml and the README's inputs table from the inputs table
// (src/config.ts), so that neither can drift from the code (__tests__/config.test.ts
// compares them).
//   node scripts/gen-inputs-doc.ts            rewrite both
//   node scripts/gen-inputs-doc.ts --check    exit 1 if either is stale
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { INPUTS, type InputSpec } from '../src/config.ts';
import { writeOrCheck } from './generated-file.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
export const ACTION_YML_PATH = `${root}action.yml`;
export const README_PATH = `${root}README.md`;

const entries = () => Object.entries(INPUTS) as Array<[string, InputSpec<unknown>]>;

/** The `inputs:` block of action.yml, up to (not including) `outputs:`. */
export function renderActionInputs(): string {
  const out = ['inputs:'];
  for (const [name, spec] of entries()) {
    out.push(`  ${name}:`, '    description: >-', ...wrap(spec.description, 92).map((l) => `      ${l}`), '    required: false');
    const shown = spec.actionDefault ?? spec.default;
    if (shown !== undefined) out.push(`    default: ${JSON.stringify(shown)}`);
  }
  return `${out.join('\n')}\n\n`;
}

/** The README's inputs table, header included. */
export function renderReadmeInputs(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = entries().map(([name, spec]) => {
    const shown = spec.defaultDoc ?? ((spec.actionDefault ?? spec.default) !== undefined ? `\`${spec.actionDefault ?? spec.default}\`` : '');
    return `| \`${name}\` |${shown ? ` ${cell(shown)} ` : ' '}| ${cell(spec.description)} |`;
  });
  return ['| Input | Default | Meaning |', '|---|---|---|', ...rows].join('\n') + '\n';
}

/** action.yml with its inputs block replaced by the rendered one. */
export function actionYmlWithInputs(current: string): string {
  return replaceBetween(current, /^inputs:\n/m, /^outputs:\n/m, renderActionInputs(), 'action.yml');
}

/** README.md with its inputs table replaced by the rendered one. */
export function readmeWithInputs(current: string): string {
  return replaceBetween(current, /^\| Input \| Default \| Meaning \|\n/m, /^\n/m, renderReadmeInputs(), 'README.md');
}

function replaceBetween(text: string, start: RegExp, end: RegExp, replacement: string, file: string): string {
  const from = start.exec(text)?.index;
  if (from === undefined) throw new Error(`${file}: no ${start.source} to replace`);
  const rest = text.slice(from);
  const to = end.exec(rest.slice(1));
  if (!to) throw new Error(`${file}: no end (${end.source}) after ${start.source}`);
  return text.slice(0, from) + replacement + rest.slice(to.index + 1);
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const regenerate = 'npm exec -- node scripts/gen-inputs-doc.ts';
  writeOrCheck(ACTION_YML_PATH, actionYmlWithInputs(readFileSync(ACTION_YML_PATH, 'utf8')), regenerate);
  writeOrCheck(README_PATH, readmeWithInputs(readFileSync(README_PATH, 'utf8')), regenerate);
}
