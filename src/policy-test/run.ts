// Runs a policy's unit tests: each test's org evaluated against the policy, its findings
// compared with the expected ones. An expectation matches every finding that fits all the
// fields it gives and must match at least one; a finding no expectation matches is
// unexpected. Coverage: the rules no passing test expects a finding from.
import { evaluate } from '../evaluate/evaluate.ts';
import type { Finding } from '../evaluate/findings.ts';
import type { PolicyProblem } from '../policy/errors.ts';
import { DESIRED_STATE_IDS, EXCEPTION_IDS } from '../policy/reserved-ids.ts';
import type { Policy, SourceLocation } from '../policy/types.ts';
import { testInventory } from './org.ts';
import type { PolicyTestFile } from './load.ts';
import type { ExpectedFindingSpec } from './test-file.ts';

export interface MissingFinding {
  expected: ExpectedFindingSpec;
  location: SourceLocation;
}

export interface TestOutcome {
  name: string;
  location: SourceLocation;
  passed: boolean;
  missing: MissingFinding[];
  unexpected: Finding[];
  /** The test itself is wrong (unknown role, unknown rule or client in an expectation). */
  problems: PolicyProblem[];
}

export interface TestFileResult {
  file: string;
  outcomes: TestOutcome[];
  /** Rules a passing test expects a finding from. */
  covered: string[];
}

export function runPolicyTests(policy: Policy, file: PolicyTestFile, now: Date): TestFileResult {
  const covered = new Set<string>();
  const ruleIds = new Set(allRuleIds(policy));
  const outcomes = file.tests.map((t) => {
    const { inventory, problems } = testInventory(t.spec, file.spec.roles ?? {}, now, t.location);
    const only = t.spec.rules ? new Set(t.spec.rules) : undefined;
    for (const id of [...(t.spec.rules ?? []), ...expectations(t.spec.expect).map((e) => e.rule)]) {
      if (!ruleIds.has(id)) problems.push({ location: t.location, message: `Test "${t.spec.name}" names rule \`${id}\`, which the policy does not have.` });
    }
    const names = new Set(inventory.clients.flatMap((c) => [c.id, c.name]));
    for (const e of expectations(t.spec.expect)) {
      if (e.client !== undefined && !names.has(e.client))
        problems.push({ location: t.location, message: `Test "${t.spec.name}" expects a finding for client "${e.client}", which is not among its clients.` });
    }
    const findings = evaluate(policy, inventory, { now }).findings.filter((f) => !only || only.has(f.ruleId));
    const outcome = compare(t.spec.name, t.location, expectations(t.spec.expect), t.expectLocations, findings, problems);
    if (outcome.passed) for (const e of expectations(t.spec.expect)) covered.add(e.rule);
    return outcome;
  });
  return { file: file.file, outcomes, covered: [...covered].sort() };
}

/** Every id a finding of this policy can carry: its rules and the approved-client checks. */
export function allRuleIds(policy: Policy): string[] {
  return [...policy.rules.map((r) => r.id), ...(policy.desired ? Object.values(DESIRED_STATE_IDS) : []), ...Object.values(EXCEPTION_IDS)];
}

function expectations(expect: 'none' | ExpectedFindingSpec[]): ExpectedFindingSpec[] {
  return expect === 'none' ? [] : expect;
}

function compare(
  name: string,
  location: SourceLocation,
  expected: ExpectedFindingSpec[],
  locations: SourceLocation[],
  findings: Finding[],
  problems: PolicyProblem[],
): TestOutcome {
  const matched = new Set<Finding>();
  const missing: MissingFinding[] = [];
  expected.forEach((e, i) => {
    const hits = findings.filter((f) => fits(e, f));
    if (hits.length === 0) missing.push({ expected: e, location: locations[i] ?? location });
    for (const h of hits) matched.add(h);
  });
  const unexpected = findings.filter((f) => !matched.has(f));
  return { name, location, passed: missing.length === 0 && unexpected.length === 0 && problems.length === 0, missing, unexpected, problems };
}

function fits(e: ExpectedFindingSpec, f: Finding): boolean {
  if (e.rule !== f.ruleId) return false;
  if (e.client !== undefined && e.client !== f.client?.id && e.client !== f.client?.name) return false;
  if (e.severity !== undefined && e.severity !== f.severity) return false;
  return e.subject === undefined || e.subject === f.subject;
}
