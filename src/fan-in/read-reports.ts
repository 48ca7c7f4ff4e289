// The fan-in's input: report files named by paths or glob patterns (as a matrix's artifacts
// land), each read and checked; a pattern that matches nothing is a problem, not silence.
import { glob } from 'node:fs/promises';
import path from 'node:path';
import { readJson, reportProblem } from '../reports/read-report.ts';
import { UserError } from '../errors.ts';
import { readReport, type OrgVerdict } from './merge.ts';

export async function readReports(patterns: readonly string[], cwd: string): Promise<Array<OrgVerdict | string>> {
  const out: Array<OrgVerdict | string> = [];
  for (const pattern of patterns) {
    const files: string[] = [];
    for await (const f of glob(pattern, { cwd })) files.push(f);
    if (files.length === 0) out.push(`No report matches ${pattern}.`);
    for (const f of files.sort()) out.push(await readOne(path.resolve(cwd, f), f));
  }
  return out;
}

async function readOne(file: string, shown: string): Promise<OrgVerdict | string> {
  try {
    const doc = await readJson(file);
    return reportProblem(shown, doc) ?? readReport(shown, doc);
  } catch (err) {
    if (err instanceof UserError) return err.message;
    throw err;
  }
}
