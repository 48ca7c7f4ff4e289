// A policy that cannot be used: each problem has a file:line:column and one sentence.
import { ExitCode, UserError } from '../errors.ts';
import type { SourceLocation } from './types.ts';

export interface PolicyProblem {
  location: SourceLocation;
  message: string;
}

export class PolicyError extends UserError {
  readonly problems: readonly PolicyProblem[];
  constructor(problems: readonly PolicyProblem[]) {
    super(problems.map(formatProblem).join('\n'), ExitCode.Usage);
    this.problems = problems;
  }
}

export function formatProblem(p: PolicyProblem): string {
  return `${p.location.file}:${p.location.line}:${p.location.column}: ${p.message}`;
}
