// The fan-in of a matrix: the JSON reports of several jobs (one org each) merged into one
// table — org × verdict × counts × new since the last run. A report that is missing, not
// ours, or of another schema version fails the merge: a matrix never passes on fewer
// orgs than it ran.
import type { Severity } from '../policy/types.ts';
import { REPORT_SCHEMA_VERSION } from '../render/json.ts';

export interface OrgVerdict {
  /** Where the report came from (artifact path), for messages. */
  source: string;
  orgKey: string;
  host: string;
  policyFile: string;
  passed: boolean;
  failOn: string;
  failing: number;
  counts: Record<Severity, number>;
  accepted: number;
  clients: number;
  fetchedAt: string;
  /** Undefined when the job had no baseline (first run, or no tracking issue). */
  newFindings?: number;
  resolvedFindings?: number;
}

export interface MergedReports {
  orgs: OrgVerdict[];
  passed: boolean;
  problems: string[];
}

/** Reads one report document; a problem is one sentence naming the file and the field. */
export function readReport(source: string, doc: unknown, expectedVersion = REPORT_SCHEMA_VERSION): OrgVerdict | string {
  const d = doc as Record<string, unknown> | null;
  if (typeof d !== 'object' || d === null) return `${source} is not a JSON report.`;
  if (d.schemaVersion !== expectedVersion) return `${source} is report version ${String(d.schemaVersion)}; this version merges version ${expectedVersion}.`;
  const org = d.org as { host?: unknown; key?: unknown } | null;
  const policy = d.policy as { file?: unknown } | undefined;
  const v = d.verdict as { passed?: unknown; failOn?: unknown; failing?: unknown; counts?: Record<string, unknown>; accepted?: unknown } | undefined;
  const drift = d.drift as { newFindings?: unknown; resolvedFindings?: unknown; baseline?: unknown } | null | undefined;
  if (!org || typeof org.key !== 'string' || typeof org.host !== 'string') return `${source} does not name its org (\`org.key\`).`;
  if (!v || typeof v.passed !== 'boolean' || typeof v.failing !== 'number' || !v.counts) return `${source} has no verdict.`;
  const count = (k: Severity) => (typeof v.counts?.[k] === 'number' ? (v.counts[k] as number) : NaN);
  const counts = { error: count('error'), warning: count('warning'), notice: count('notice') };
  if (Object.values(counts).some(Number.isNaN)) return `${source} has no finding counts.`;
  const hasDrift = drift && drift.baseline === 'ok' && typeof drift.newFindings === 'number' && typeof drift.resolvedFindings === 'number';
  return {
    source,
    orgKey: org.key,
    host: org.host,
    policyFile: typeof policy?.file === 'string' ? policy.file : '',
    passed: v.passed,
    failOn: String(v.failOn ?? ''),
    failing: v.failing,
    counts,
    accepted: typeof v.accepted === 'number' ? v.accepted : 0,
    clients: Array.isArray(d.inventory) ? d.inventory.length : 0,
    fetchedAt: typeof d.fetchedAt === 'string' ? d.fetchedAt : '',
    ...(hasDrift ? { newFindings: drift.newFindings as number, resolvedFindings: drift.resolvedFindings as number } : {}),
  };
}

/**
 * Merges the reports. `expected`, when given, is how many jobs the matrix ran: fewer
 * reports is a failure (a job that died before writing its report must not pass as absent).
 */
export function mergeReports(reports: ReadonlyArray<OrgVerdict | string>, expected?: number): MergedReports {
  const problems = reports.filter((r): r is string => typeof r === 'string');
  const orgs = reports.filter((r): r is OrgVerdict => typeof r !== 'string');
  const seen = new Map<string, string>();
  for (const o of orgs) {
    const key = `${o.orgKey}\u0000${o.policyFile}`;
    const other = seen.get(key);
    if (other) problems.push(`${o.source} and ${other} report the same org and policy (${o.host}, ${o.policyFile}); give each job its own \`report-key\`.`);
    seen.set(key, o.source);
  }
  if (orgs.length === 0 && problems.length === 0) problems.push('No reports were found to merge.');
  if (expected !== undefined && reports.length < expected)
    problems.push(`${reports.length} reports were found, and ${expected} were expected: a job did not write its report.`);
  orgs.sort((a, b) => Number(a.passed) - Number(b.passed) || b.failing - a.failing || a.host.localeCompare(b.host) || a.policyFile.localeCompare(b.policyFile));
  return { orgs, passed: problems.length === 0 && orgs.every((o) => o.passed), problems };
}
