// `validate` output: `file:line:col: level: message` lines for people, a JSON document for
// scripts, and workflow commands when run in GitHub Actions (at most 10 per level, as
// GitHub shows no more; the rest are counted).
import type { PolicyProblem } from '../policy/errors.ts';
import type { FileValidation } from '../validate/validate-files.ts';
import { MAX_ANNOTATIONS_PER_LEVEL } from './annotations.ts';
import { plain } from './escape.ts';

export function renderValidationText(results: readonly FileValidation[]): string {
  const lines: string[] = [];
  for (const r of results) {
    for (const p of r.errors) lines.push(problemLine(p, 'error'));
    for (const p of r.warnings) lines.push(problemLine(p, 'warning'));
    if (r.ok) lines.push(`${plain(r.file, 300)}: valid (${r.rules} rules${r.warnings.length ? `, ${r.warnings.length} warnings` : ''})`);
  }
  const bad = results.filter((r) => !r.ok).length;
  lines.push(bad ? `${bad} of ${results.length} policy files are invalid.` : `${results.length} policy file${results.length === 1 ? ' is' : 's are'} valid.`);
  return `${lines.map((l) => l.replace(/^(\s*)::/, '$1: :')).join('\n')}\n`;
}

function problemLine(p: PolicyProblem, level: string): string {
  return `${plain(p.location.file, 300)}:${p.location.line}:${p.location.column}: ${level}: ${plain(p.message, 1000)}`;
}

export function renderValidationJson(results: readonly FileValidation[]): string {
  const problem = (p: PolicyProblem) => ({ file: p.location.file, line: p.location.line, column: p.location.column, message: p.message });
  const doc = {
    valid: results.every((r) => r.ok),
    files: results.map((r) => ({ file: r.file, valid: r.ok, rules: r.rules ?? null, errors: r.errors.map(problem), warnings: r.warnings.map(problem) })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Workflow commands (`::error file=…::…`) for the runner to turn into annotations. */
export function renderValidationCommands(results: readonly FileValidation[]): string {
  const out: string[] = [];
  for (const level of ['error', 'warning'] as const) {
    const problems = results.flatMap((r) => (level === 'error' ? r.errors : r.warnings));
    for (const p of problems.slice(0, MAX_ANNOTATIONS_PER_LEVEL)) out.push(command(level, p));
    if (problems.length > MAX_ANNOTATIONS_PER_LEVEL)
      out.push(`${problems.length - MAX_ANNOTATIONS_PER_LEVEL} more ${level}s are not annotated; the log above lists them all.`);
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

function command(level: string, p: PolicyProblem): string {
  const props = `file=${prop(p.location.file)},line=${p.location.line},col=${p.location.column},title=${prop('Invalid policy')}`;
  return `::${level} ${props}::${data(plain(p.message, 1000))}`;
}

// The runner's own escaping (actions/toolkit, command.ts): data escapes % CR LF; properties
// also escape : and ,.
function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function prop(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
