// Runs one job of a workflow file locally, step by step, the way GitHub's runner would for the
// few things our workflows use: `run:` steps in bash, `uses: ./` (this action, from src/ on the
// Node running the tests), step outputs and outcomes, `continue-on-error`, `if: always()`, and
// `${{ }}` expressions naming steps, github.event_name and runner.temp. Anything else is an
// error, so the workflow cannot drift into something this runner only pretends to run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

export interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
  if?: string;
  'continue-on-error'?: boolean;
}

export interface StepResult {
  step: string;
  outcome: 'success' | 'failure' | 'skipped';
  /** How it ran: `bash`, `action` (src/index.ts), or why it was replaced. */
  how: string;
  outputs: Record<string, string>;
  stdout: string;
  stderr: string;
}

export interface JobRun {
  results: StepResult[];
  /** Did the job succeed (a failed step without continue-on-error fails it). */
  success: boolean;
}

export interface RunOptions {
  workflow: string;
  job: string;
  eventName: string;
  event: unknown;
  /** Steps replaced by what the test machine already has, with the reason. */
  replaced: (step: Step) => string | undefined;
}

export function readJobSteps(workflow: string, job: string): Step[] {
  const doc = parse(readFileSync(workflow, 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
  const steps = doc.jobs[job]?.steps;
  if (!steps) throw new Error(`${workflow} has no job ${job}`);
  return steps;
}

export function runJob(opts: RunOptions): JobRun {
  const temp = mkdtempSync(path.join(tmpdir(), 'workflow-'));
  const eventPath = path.join(temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(opts.event));
  const steps = new Map<string, { outcome: string; outputs: Record<string, string> }>();
  const context = { eventName: opts.eventName, temp, steps };
  const results: StepResult[] = [];
  let failed = false;
  for (const [i, step] of readJobSteps(opts.workflow, opts.job).entries()) {
    const label = step.id ?? step.name ?? step.uses ?? `step ${i + 1}`;
    const always = step.if !== undefined && /^\$\{\{\s*always\(\)\s*\}\}$|^always\(\)$/.test(step.if.trim());
    if (step.if !== undefined && !always) throw new Error(`${label}: this runner knows only if: always(), not "${step.if}"`);
    const reason = opts.replaced(step);
    let result: StepResult;
    if (failed && !always) {
      result = { step: label, outcome: 'skipped', how: 'an earlier step failed', outputs: {}, stdout: '', stderr: '' };
    } else if (reason !== undefined) {
      result = { step: label, outcome: 'success', how: reason, outputs: {}, stdout: '', stderr: '' };
    } else {
      result = runStep(step, label, context, temp, eventPath, i);
    }
    results.push(result);
    if (step.id) steps.set(step.id, { outcome: result.outcome, outputs: result.outputs });
    if (result.outcome === 'failure' && !step['continue-on-error']) failed = true;
  }
  return { results, success: !failed };
}

interface Context {
  eventName: string;
  temp: string;
  steps: Map<string, { outcome: string; outputs: Record<string, string> }>;
}

function runStep(step: Step, label: string, ctx: Context, temp: string, eventPath: string, index: number): StepResult {
  const dir = path.join(temp, `step-${index}`);
  mkdirSync(dir);
  const outputFile = path.join(dir, 'output');
  writeFileSync(outputFile, '');
  const env: Record<string, string | undefined> = {
    PATH: `${path.dirname(process.execPath)}:${process.env.PATH ?? ''}`, // actions/setup-node
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: ctx.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: process.cwd(),
    GITHUB_REPOSITORY: 'genesys-oauth-policy/action',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
    RUNNER_TEMP: temp,
    ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(String(v), ctx, label)])),
  };
  let args: string[];
  let how: string;
  if (step.run !== undefined) {
    args = ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run];
    how = 'bash';
  } else if (step.uses === './') {
    for (const [name, value] of Object.entries(actionInputs(step, ctx, label))) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    args = [process.execPath, 'src/index.ts'];
    how = 'action';
  } else {
    throw new Error(`${label}: this runner cannot run uses: ${step.uses}; replace it in the test`);
  }
  writeFileSync(env.GITHUB_STEP_SUMMARY as string, '');
  const r = spawnSync(args[0] as string, args.slice(1), { env, encoding: 'utf8', timeout: 120_000 });
  return { step: label, outcome: r.status === 0 ? 'success' : 'failure', how, outputs: readOutputs(outputFile), stdout: r.stdout, stderr: r.stderr };
}

/** The step's `with:` over action.yml's defaults, as the runner passes them. */
function actionInputs(step: Step, ctx: Context, label: string): Record<string, string> {
  const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) inputs[name] = expand(String(spec.default ?? ''), ctx, label);
  for (const [name, value] of Object.entries(step.with ?? {})) {
    if (!(name in action.inputs)) throw new Error(`${label}: action.yml has no input ${name}`);
    inputs[name] = expand(String(value), ctx, label);
  }
  return inputs;
}

function expand(text: string, ctx: Context, label: string): string {
  return text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) => {
    const step = /^steps\.([\w-]+)\.(outcome|outputs\.([\w-]+))$/.exec(expr);
    if (step) {
      const s = ctx.steps.get(step[1] as string);
      if (!s) throw new Error(`${label}: \${{ ${expr} }} names a step that has not run`);
      return step[3] === undefined ? s.outcome : (s.outputs[step[3]] ?? '');
    }
    if (expr === 'github.event_name') return ctx.eventName;
    if (expr === 'runner.temp') return ctx.temp;
    if (expr === 'github.token') return '';
    throw new Error(`${label}: this runner cannot evaluate \${{ ${expr} }}`);
  });
}

/** name=value lines and name<<DELIMITER blocks, as @actions/core writes them. */
function readOutputs(file: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const block = /^([^=<]+)<<(.+)$/.exec(line);
    if (block) {
      const end = lines.indexOf(block[2] as string, i + 1);
      outputs[block[1] as string] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}
