// The self-test workflow, run here step by step as GitHub would run it (see workflow-runner.ts):
// the same commands, inputs and checks, with the action from src/, on a schedule event and on a
// pull_request event. Only setup steps are replaced, by what this machine already has.
import { afterEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readJobSteps, runJob, type JobRun, type Step } from './workflow-runner.ts';

const WORKFLOW = '.github/workflows/self-test.yml';

/** The setup steps, and what stands in for them here. */
function replaced(step: Step): string | undefined {
  if (step.uses?.startsWith('actions/checkout@')) return 'the working tree is the checkout';
  if (step.uses?.startsWith('actions/setup-node@')) return 'the tests run on Node 24 (its folder leads PATH)';
  if (step.run !== undefined && /^npm ci\b[^\n;&|]*$/.test(step.run.trim())) return 'node_modules is installed';
  return undefined;
}

const runs: JobRun[] = [];
afterEach(() => {
  // Never leave an emulator behind when the workflow's own stop step did not run or failed.
  for (const run of runs.splice(0)) {
    const pid = Number(run.results.find((r) => r.step === 'emulator')?.outputs.pid);
    if (pid > 0 && run.results.at(-1)?.outcome !== 'success') {
      try {
        process.kill(pid);
      } catch {
        // it had already exited
      }
    }
  }
});

function expectTheWorkflowsVerdicts(run: JobRun): void {
  const by = Object.fromEntries(run.results.map((r) => [r.step, r]));
  const show = run.results.map((r) => `${r.step}: ${r.outcome} (${r.how})\n${r.stdout}${r.stderr}`).join('\n');
  expect([run.success, show]).toEqual([true, show]);
  expect(by.emulator?.outputs.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(by.strict?.how).toBe('action');
  expect(by.strict?.outcome).toBe('failure');
  expect(by.strict?.stdout).toMatch(/^::error /m); // annotations on the policy lines
  expect(Number(by.strict?.outputs.errors)).toBeGreaterThan(0);
  expect(by.lenient?.outcome).toBe('success');
  expect(by.lenient?.outputs.passed).toBe('true');
  expect(run.results.at(-1)?.outcome).toBe('success'); // the emulator was stopped
}

describe('the self-test workflow, run locally', () => {
  it('runs every step but the setup ones, with the action as `uses: ./`', () => {
    const steps = readJobSteps(WORKFLOW, 'self-test');
    expect(steps.filter((s) => s.uses === './').length).toBe(2);
    expect(steps.filter((s) => replaced(s) !== undefined).map((s) => s.uses ?? s.run?.split(' ').slice(0, 2).join(' '))).toEqual([
      expect.stringMatching(/^actions\/checkout@/),
      expect.stringMatching(/^actions\/setup-node@/),
      'npm ci',
    ]);
  });

  it('fails the example policy and passes with fail-on: never, on a schedule event', () => {
    const run = runJob({ workflow: WORKFLOW, job: 'self-test', eventName: 'schedule', event: { schedule: '41 5 * * *' }, replaced });
    runs.push(run);
    expectTheWorkflowsVerdicts(run);
  });

  it('runs the review gate on a pull_request event and reaches the same verdicts', () => {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const repo = { full_name: 'genesys-oauth-policy/action' };
    const event = { pull_request: { number: 7, base: { sha: head, repo }, head: { sha: head, repo }, labels: [] } };
    const run = runJob({ workflow: WORKFLOW, job: 'self-test', eventName: 'pull_request', event, replaced });
    runs.push(run);
    expectTheWorkflowsVerdicts(run);
    const strict = run.results.find((r) => r.step === 'strict');
    expect(strict?.outputs.loosens).toBe('false'); // the gate ran: base and head are the same policy
  });
});
