// The benchmark's output: the runs table, the notes under it, the targets, and (in
// BENCHMARKS.md) the machine and the method. The console gets the same tables.
import { REAL_LIMIT, WINDOW_MS } from './configs.ts';
import type { EvaluationResult } from './evaluation.ts';
import { bytes, count, mebibytes, ratio, scenarioLabel, time } from './format.ts';
import { IMPLS } from './impls.ts';
import type { Machine } from './machine.ts';
import { CPU_METHOD, RSS_METHOD } from './measured.ts';
import { describePlan } from './minimum.ts';
import type { RenderingResult, RenderingTimes } from './rendering.ts';
import type { ImplRun, ScenarioResult } from './runner.ts';
import { ours, type BareNode, type TargetRow } from './targets.ts';

export interface Report {
  machine: Machine;
  results: ScenarioResult[];
  evaluation: EvaluationResult;
  rendering: RenderingResult;
  bare: BareNode;
  targets: TargetRow[];
  warnings: string[];
  distVersion: string;
  elapsedMs: number;
}

const RUN_COLUMNS = [
  'Listing',
  'Clients',
  'Limit',
  'Impl',
  'Outcome',
  'Wall',
  'Start',
  'Tail',
  'Requests',
  'Minimum',
  '429s',
  'Peak RSS',
  'CPU',
  'Server',
  'Floor',
  'Bound',
  '÷ floor',
  '÷ ours',
];

function row(cells: readonly string[]): string {
  return `| ${cells.map(escapeCell).join(' | ')} |`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function table(columns: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [row(columns), row(columns.map(() => '---')), ...rows.map(row)].join('\n');
}

function runRow(r: ScenarioResult, run: ImplRun): string[] {
  const mine = ours(r);
  const partial = run.outcome !== 'complete';
  const at = partial ? '≥ ' : '';
  return [
    r.scenario.listing,
    r.scenario.clients === undefined ? r.scenario.scenario : count(r.facts.clients),
    `${count(r.scenario.limit)} / ${WINDOW_MS / 1000} s${r.scenario.limit !== REAL_LIMIT ? ` (×${r.scenario.limit / REAL_LIMIT})` : ''}`,
    IMPLS[run.impl].label,
    run.outcome === 'complete'
      ? 'complete'
      : run.outcome === 'failed'
        ? `failed after ${count(run.reached)} clients`
        : `stopped after ${count(run.reached)} clients`,
    `${at}${time(run.wallMs)}`,
    run.startMs === undefined ? '—' : time(run.startMs),
    // A run stopped or failed has no end of its work to measure to.
    run.tailMs === undefined || partial ? '—' : time(run.tailMs),
    count(run.requests),
    count(run.plan.total),
    count(run.throttled),
    run.peakRssKb === undefined ? '—' : mebibytes(run.peakRssKb),
    run.cpuMs === undefined ? '—' : time(run.cpuMs),
    `${time(run.serverCpuMs)} CPU (${time(run.serverMainCpuMs)} main thread), ${bytes(run.bytesSent)} sent`,
    time(run.floor.floorMs),
    run.floor.bound,
    ratio(run.wallMs, run.floor.floorMs),
    // A baseline that gave up before ours finished says nothing against ours.
    run.impl === 'ours' || !mine || mine.outcome !== 'complete' || (partial && run.wallMs < mine.wallMs) ? '—' : ratio(run.wallMs, mine.wallMs, partial),
  ];
}

export function runsTable(results: readonly ScenarioResult[]): string {
  return table(
    RUN_COLUMNS,
    results.flatMap((r) => r.runs.map((run) => runRow(r, run))),
  );
}

function notes(r: ScenarioResult): string {
  const lines = [
    `- **${scenarioLabel(r.scenario, r.scenario.clients === undefined ? undefined : r.facts.clients)}** (emulator process peak RSS ${mebibytes(r.serverMaxRssKb)}).`,
  ];
  const seen = new Set<string>();
  for (const run of r.runs) {
    if (seen.has(run.impl)) continue;
    seen.add(run.impl);
    const f = run.floor;
    const parts = [
      `minimum of its task: ${describePlan(run.plan)}`,
      `floor ${time(f.floorMs)} = Node ${time(f.bareNodeMs)} + max(critical path ${time(f.latencyMs)}, sliding window ${time(f.rateMs)} for ${count(run.requests - run.throttled - tokenRequests(run))} counted requests)`,
    ];
    parts.push(`at most ${count(run.peakConcurrent)} requests in flight at once`);
    if (run.error) parts.push(`error: ${escapeCell(run.error)}`);
    parts.push(
      `by route: ${Object.entries(run.byRoute)
        .map(([route, n]) => `${route} ${count(n)}`)
        .join(', ')}`,
    );
    lines.push(`  - ${IMPLS[run.impl].label}: ${parts.join('; ')}.`);
  }
  return lines.join('\n');
}

function tokenRequests(run: ImplRun): number {
  return run.byRoute['POST /oauth/token'] ?? 0;
}

export function targetsTable(targets: readonly TargetRow[]): string {
  return table(
    ['Target', 'Wanted', 'Measured', 'Met?'],
    targets.map((t) => [t.what, t.target, t.measured, t.met === undefined ? 'not judged' : t.met ? 'yes' : '**no**']),
  );
}

function inProcessLines(e: EvaluationResult, r: RenderingResult, bare: BareNode): string {
  return [
    `- Evaluation (in process, \`src/evaluate\`): ${count(e.clients)} clients × ${e.rules} rules (${e.exceptions} exceptions, ${count(e.findings)} findings): median ${time(e.medianMs)} of ${e.runs} (min ${time(e.minMs)}, max ${time(e.maxMs)}); the ${e.permissionRules} permission rules alone ${time(e.permissionRulesMedianMs)}.`,
    `- Summary rendering (\`buildReport\` + \`renderSummaryOf\`): ${count(r.clients)} clients, ${count(r.findings)} findings, a summary of ${bytes(r.summaryBytes)}: cold (the first call in a fresh process) ${renderingTimes(r.cold)}; hot (in process, after a warm-up) ${renderingTimes(r.hot)}.`,
    `- \`node -e 0\`, spawn to exit, in this run: min ${time(bare.minMs)}, median ${time(bare.medianMs)} of ${bare.runs}. Floors add the min.`,
  ].join('\n');
}

function renderingTimes(t: RenderingTimes): string {
  return `median ${time(t.total.medianMs)} of ${t.runs} (min ${time(t.total.minMs)}, max ${time(t.total.maxMs)}; buildReport ${time(t.build.medianMs)}, summary ${time(t.summary.medianMs)})`;
}

export function consoleReport(report: Report): string {
  return [
    runsTable(report.results),
    '',
    report.results.map(notes).join('\n'),
    '',
    inProcessLines(report.evaluation, report.rendering, report.bare),
    ...(report.targets.length ? ['', targetsTable(report.targets)] : []),
    ...report.warnings.map((w) => `\nWarning: ${w}`),
    `\nBenchmark time: ${time(report.elapsedMs)}; peak RSS by ${RSS_METHOD}; dist/index.js ${report.distVersion}.`,
  ].join('\n');
}

export function markdownReport(report: Report): string {
  const m = report.machine;
  return `<!-- Written by \`npm run bench\` (scripts/bench.ts). Do not edit by hand: run it again. -->
# Benchmarks

What users run, timed from outside: \`node dist/index.js\` spawned with the runner's
environment, from spawn to exit, against the Genesys Cloud emulator in another process that
enforces its own rate limit; beside it, in the same run, the tutorial-style loop and the
official JS SDK, each in its own process. Each figure is one run's; ratios compare figures of
the same run.

${table(
  ['Machine', ''],
  [
    ['CPU', `${m.cpu}, ${m.cores} cores`],
    ['Memory', `${m.memoryGiB} GiB`],
    ['OS', m.os],
    ['Node', m.node],
    ['Date', m.date],
    ['Commit', m.commit],
    ['dist/index.js', report.distVersion],
    ['Benchmark time', time(report.elapsedMs)],
  ],
)}

## Runs

${runsTable(report.results)}

${report.results.map(notes).join('\n')}

${inProcessLines(report.evaluation, report.rendering, report.bare)}
${report.warnings.map((w) => `\n> ${w}`).join('')}

## Targets

${targetsTable(report.targets)}

${methodMarkdown()}`;
}

/** How to read the tables and how each figure is taken (also BENCHMARKS.md before a full run). */
export function methodMarkdown(): string {
  return `## How to read this

- **Wall**: spawn to exit of the implementation's process (\`node dist/index.js\` for ours:
  start-up, policy load, every request, evaluation, rendering, the job summary, exit).
  **Start**: spawn to the first request's arrival at the emulator (the process's start-up).
  **Tail**: the emulator's last answer to the process's exit (complete runs): the local work
  that no request overlaps (parsing the last answers, evaluation, rendering, writing).
- **Requests** and **429s** are counted by the emulator (token included, retries included).
  **Minimum**: the fewest requests the implementation's own task needs on that org, computed
  from the org the emulator serves (scripts/bench/minimum.ts): ours resolves grant types,
  roles and divisions by name, reads the scope catalog and the org's limit and runs one usage
  query; the tutorial loop reads grant types and role names; the SDK sample role names only.
- **Peak RSS** of the measured process alone (the emulator runs in another process; its own
  peak is in the notes), by ${RSS_METHOD}.
- **CPU**: user + system time of the measured process, by ${CPU_METHOD}. It counts every
  thread (V8 compiles and collects garbage on threads of its own), so it can pass the wall.
  The emulator runs on the same machine: when the two processes' CPU together comes near the
  wall times the machine's cores, the run is bound by the machine, not by the latency.
- **Server**: what serving the run cost the emulator: its process's CPU (user + system), its
  main thread's alone, and the bytes it wrote (headers and bodies). The floor leaves them
  out: the part of that CPU spent on the run's critical path (building a usage answer, say)
  is wall no client can avoid, but not one the floor counts; the bytes are what the measured
  process had to read. The main thread answers every request, one at a time, so the bare Node
  start plus its CPU is a wall no process doing the run's work against this emulator can
  beat: where that passes what a target allows, the target row says it is out of reach here.
- **Floor**: a lower bound on the wall of any process doing that run's work against that
  server, and **Bound** which term of it is larger:
  - *latency*: the bare Node start (\`node -e 0\` spawn to exit, the least of several runs
    measured at the start of the same benchmark) + the task's critical path × the server's
    latency. The critical path: token → listing → details (all at once) → roles and divisions
    (all at once); token → usage POST → each poll.
  - *rate*: the bare Node start + the sliding-window floor of the requests the server counted
    for the run (its 429s excluded: the server does not count them). Under a sliding window
    of L requests per W, the k-th counted request (from 0) cannot pass before ⌊k ÷ L⌋ × W
    after the first, the first passes no earlier than the token's round trip plus the
    server's latency, and the last answer comes one moment after it passes:
    2 × latency + ⌊(N − 1) ÷ L⌋ × W.
  A run that did not finish its task is held to the rate floor only. Server time, transfer and
  the client's own CPU are not in the floor, so nothing reaches it exactly; **a ratio under 1
  is a bug in the bound and fails the benchmark** (exit 1).
- **÷ ours**: the implementation's wall ÷ ours in the same scenario; "≥" when it did not
  finish (stopped at its deadline, or failed: then its wall is when it gave up).
- **Limit**: requests per token in any 60 s that the emulator enforces (the documented
  default is 300). "(×10)", "(×40)": the limit raised so that the run fits the benchmark's
  time (the legacy listing needs a request per client: 20,016 requests would take over an
  hour at 300 a minute); "(×20)" at 1,000 clients: a limit out of the sequential baselines'
  reach, so that the SDK can finish and be timed. Our process reads the limit from the org's
  limits endpoint, as it reads a real org's, and the floor is computed from it.

## How the figures are taken

- \`npm run bench\` (scripts/bench.ts) starts the emulator (scripts/bench/server.ts, the
  emulator's \`large\` org, 30 ms a request, the limit shown) as a process of its own for each
  scenario; its rate limit is the emulator's sliding window, no code shared with our pacer.
  Between implementations its counters and rate limits are reset over IPC.
- **Ours**: \`node dist/index.js\` (as built; run \`npm run build\` first) with the environment
  GitHub's runner gives a JavaScript action: every input at its action.yml default, client id
  and secret, \`api-base-url\` pointing at the emulator, \`GITHUB_EVENT_NAME=schedule\`,
  \`GITHUB_WORKSPACE\` (a temp directory with policies/oauth-policy.yml), \`GITHUB_STEP_SUMMARY\`,
  \`GITHUB_OUTPUT\`, \`RUNNER_TEMP\`. A run counts as complete when it exits 0 or 1 (findings)
  with \`passed\` in GITHUB_OUTPUT and a job summary written.
- **Tutorial loop** (scripts/bench/tutorial.ts): plain \`fetch\`, sequential; the listing with
  0.2 s between pages; a client read by id when the listing leaves out its grant type; its
  roles looked up by id, one request per client; on 429 it sleeps Retry-After. No usage.
- **Official SDK** (scripts/bench/sdk.ts): \`purecloud-platform-client-v2\` as its
  documentation shows: \`loginClientCredentialsGrant\`, \`OAuthApi.getOauthClients()\`, then
  \`AuthorizationApi.getAuthorizationRole\` for each role each client holds, sequentially, no
  retry configured. It is pointed at the emulator with \`ApiClient.setGateway\` (host, protocol,
  port), from which the SDK builds both its login URL and its API URL. An error is its
  outcome ("failed after N clients", e.g. on its first 429), not the benchmark's.
- Baselines stop themselves at a deadline (45 s; 120 s where the limit is out of their reach)
  and report how many clients they resolved; their wall is then a floor ("≥").
- **Cold start**: ours against the small \`demo\` org, ten times; the median spawn → first
  request beside the median \`node -e 0\`.
- **Evaluation**: \`evaluate(policy, inventory, {now})\` in process on 2,000 clients read by
  our audit from the \`large\` org, with 50 rules (the recommended pack and
  scripts/bench/fifty-rules.yml) and 20 exceptions; median of 15 after a warm-up.
- **Summary rendering**: the report model built from that audit's result and the job summary
  rendered from it (\`buildReport\` + \`renderSummaryOf\`, as the scheduled action does), each
  timed. Cold: the first call in a fresh process (scripts/bench/rendering-job.ts), seven
  processes; hot: in process, median of 15 after a warm-up. The target is judged cold: the
  action renders once per process.
- \`npm run bench -- --smoke\` (CI): a 30-client org, both listings, all three implementations,
  no latency; exits 1 when our request count differs from the computed minimum or any run
  fails. It asserts no timing and writes nothing.

## What this benchmark does not measure

- Where the time goes inside our process (start-up, requests, GC): only the process's wall
  and its start-up are taken from outside, and evaluation and summary rendering in process; a
  profile (\`node --cpu-prof dist/index.js\`) says the rest.
- The real platform: the emulator's latency is a fixed 30 ms per answer, without transfer
  time, and its server time is on the same machine's cores.

## What the minimum does not count

- Roles and divisions are counted by id, 100 a request, because 100 is the largest page size
  the real API is known to accept. The emulator accepts 500 (an unverified guess), with which
  one unfiltered page would list all roles of a 300-role org; we do not count on that.
`;
}
