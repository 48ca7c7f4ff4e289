// A fresh process that renders the summary once and prints its timing as one line of JSON:
// the cold figure, as users run it (the action renders once per process, before any warm-up).
//   node scripts/bench/rendering-job.ts <bench input JSON file>
import { readFileSync } from 'node:fs';
import type { BenchInput } from './bench-input.ts';
import { summaryJob, timeSummary } from './summary-run.ts';

const job = summaryJob(JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as BenchInput);
process.stdout.write(`${JSON.stringify(timeSummary(job))}\n`);
