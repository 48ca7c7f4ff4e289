// GitHub Action entry point. Stack traces map back to src/ (dist/ ships source maps), and the
// Node version is checked before the action and its dependencies are loaded (a dynamic
// import). action.yml runs it on node24, so the check speaks to someone running it by hand.
import { nodeVersionProblem } from './node-version.ts';
import { installSourceMappedStacks } from './source-mapped-stacks.ts';

installSourceMappedStacks();
const problem = nodeVersionProblem(process.versions.node, 'This action');
if (problem) {
  // An error annotation on the run, and exit 2 (bad usage), as the CLI does.
  process.stdout.write(`::error::${problem}\n`);
  process.exit(2);
}
const { run } = await import('./action/main.ts');
await run();
