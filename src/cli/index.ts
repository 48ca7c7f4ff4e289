#!/usr/bin/env node
// CLI entry point. Stack traces map back to src/ (dist/ ships source maps), and the Node
// version is checked before the CLI and its dependencies are loaded (a dynamic import).
import { nodeVersionProblem } from '../node-version.ts';
import { installSourceMappedStacks } from '../source-mapped-stacks.ts';

installSourceMappedStacks();
const problem = nodeVersionProblem(process.versions.node, 'genesys-oauth-policy');
if (problem) {
  process.stderr.write(`error: ${problem}\n`);
  process.exit(2);
}
const { runCli } = await import('./run.ts');
process.exitCode = await runCli();
