// The report model: one plain structure built once from an audit's result, which every
// output (summary, terminal, SARIF, JSON, CSV, annotations) renders. Findings come out of the
// evaluation one per item (scope, permission, URI); people act per client and rule, so the
// model folds the items of one client × rule into one entry and orders clients by risk.
// Renderers import this file, never src/audit.ts (which pulls in the HTTP client).
import type { AcceptedFinding, Evaluation, Finding, SkippedCheck } from '../evaluate/findings.ts';
import { SEVERITY_RANK } from '../evaluate/findings.ts';
import type { ClientRecord, Inventory, PermissionGrant, RoleGrant, UsageWindow } from '../inventory/types.ts';
import { ALL_DIVISIONS } from '../inventory/types.ts';
import type { PolicyProblem } from '../policy/errors.ts';
import { isBuiltInPack } from '../policy/packs/index.ts';
import { RULE_NHI, type NhiRisk } from '../policy/packs/nhi.ts';
import { DESIRED_STATE_IDS, EXCEPTION_IDS } from '../policy/reserved-ids.ts';
import type { Category, FailOn, Policy, Rule, Severity, SourceLocation } from '../policy/types.ts';
import { clientLabel } from './escape.ts';
import { clientGroups } from './groups.ts';
import type { Drift } from '../drift/compare.ts';

/** What the renderers need of an audit: the layer's own input type (AuditResult fits it). */
export interface ReportInput {
  policy: Policy;
  inventory: Inventory;
  evaluation: Evaluation;
  failOn: FailOn;
  passed: boolean;
  /** The findings that decide the verdict (`fail-on-new`: the new ones); default: all. */
  decisive?: readonly Finding[];
}

/** Which org was audited: `key` is stable across runs of one org and differs across orgs. */
export interface OrgRef {
  /** The API host, e.g. api.mypurecloud.ie. */
  host: string;
  key: string;
}

/** What changed since the last scheduled run, and whether only new findings fail it. */
export interface DriftContext {
  drift: Drift;
  failOnNew: boolean;
}

export interface ReportContext {
  org?: OrgRef;
  drift?: DriftContext;
  /** URL of docs/rules.md, where built-in rule ids link to. */
  rulesDocUrl?: string;
}

/** Where built-in rule ids link when the edge does not know the action's own repository. */
export const DEFAULT_RULES_DOC_URL = 'https://github.com/genesys-oauth-policy/action/blob/v1/docs/rules.md';

export interface RuleRef {
  id: string;
  description: string;
  severity: Severity;
  category?: Category;
  rationale?: string;
  fix?: string;
  /** Built-in (from a pack) rules have an entry in docs/rules.md. */
  builtIn: boolean;
  /** Link to the rule's entry in docs/rules.md (built-in rules only). */
  docsUrl?: string;
  /** The pack file a rule comes from (`policies/packs/acme.yml`); undefined for the policy's and built-in rules. */
  packFile?: string;
  /** The OWASP NHI Top 10 (2025) risks a built-in rule guards against (src/policy/packs/nhi.ts); empty for others. */
  nhi: readonly NhiRisk[];
  location: SourceLocation;
  /** True when the location is the `extends` line that the pack's other rules share. */
  atExtends: boolean;
}

export interface ClientRef {
  id: string;
  name: string;
  /** The name, or a placeholder with the id when the name is empty. */
  label: string;
  grantType: string;
  state: string;
  lastUsed?: string | null;
  /** Holds a role in every division. */
  allDivisions: boolean;
  /** Can give itself anything: `*:*:*`, role or grant administration, or the admin scopes. */
  adminEquivalent: boolean;
}

/** One client × rule: the unit people act on, with the items of its findings folded in. */
export interface RuleHit {
  client?: ClientRef;
  rule: RuleRef;
  severity: Severity;
  /** Items (scopes, permissions, roles, URIs, values), distinct, in order; shared with other hits and rows. */
  items: readonly string[];
  /** For permissions: the roles that grant them, with the division ("Master Admin (all divisions)"); shared too. */
  readonly holders: readonly string[];
  /** The first finding's sentence; with several items, the others say the same of theirs. */
  message: string;
  location: SourceLocation;
  findings: Finding[];
}

/**
 * A summary row: hits of one client with the same severity and the same items (and so the
 * same holders) fold further. A row is its hits, at least one, in order: the first speaks
 * for the row (client, severity, items, holders, message); the rules are the hits' rules.
 */
export type FindingRow = readonly [RuleHit, ...RuleHit[]];

export interface ClientGroup {
  client?: ClientRef;
  severity: Severity;
  rows: FindingRow[];
}

export interface AcceptedRow {
  client?: ClientRef;
  ruleId: string;
  subject?: string;
  message: string;
  reason: string;
  owner: string;
  expires: string;
  location: SourceLocation;
}

export interface ReportModel {
  tool: { name: string };
  org?: OrgRef;
  policyFile: string;
  passed: boolean;
  failOn: FailOn;
  counts: Record<Severity, number>;
  /** Findings at or above fail-on that decide the verdict (with fail-on-new: the new ones). */
  failing: number;
  drift?: DriftContext;
  fetchedAt: string;
  usage?: UsageWindow;
  clientCount: number;
  rules: RuleRef[];
  /** Client × rule, clients in risk order. */
  hits: RuleHit[];
  /** Hits grouped by client (risk order) and folded into rows. */
  groups: ClientGroup[];
  accepted: AcceptedRow[];
  skipped: readonly SkippedCheck[];
  policyWarnings: readonly PolicyProblem[];
  notices: readonly string[];
  clients: readonly ClientRecord[];
}

export const TOOL_NAME = 'genesys-oauth-policy';

export function buildReport(input: ReportInput, context: ReportContext = {}): ReportModel {
  const docs = context.rulesDocUrl ?? DEFAULT_RULES_DOC_URL;
  const rules = ruleRefs(input.policy.rules, docs);
  const byId = new Map(rules.map((r) => [r.id, r]));
  const records = recordsById(input.inventory.clients);
  const clientRefs = new Map<string, ClientRef>();
  const adminPermissions = new Map<string, boolean>();
  const refOf = (f: Finding): ClientRef | undefined => {
    if (!f.client) return undefined;
    let ref = clientRefs.get(f.client.id);
    if (!ref) clientRefs.set(f.client.id, (ref = clientRef(f.client, records.get(f.client.id), adminPermissions)));
    return ref;
  };
  const groups = clientGroups(input.evaluation.findings, { refOf, ruleOf: (f) => byId.get(f.ruleId) ?? adHocRule(f), recordOf: (id) => records.get(id) });
  const { counts, accepted } = input.evaluation;
  return {
    tool: { name: TOOL_NAME },
    org: context.org,
    policyFile: input.policy.file,
    passed: input.passed,
    failOn: input.failOn,
    counts,
    failing: input.failOn === 'never' ? 0 : failing(input, input.failOn),
    ...(context.drift ? { drift: context.drift } : {}),
    fetchedAt: input.inventory.fetchedAt,
    usage: input.inventory.usage,
    clientCount: input.inventory.clients.length,
    rules,
    hits: hitsOf(groups),
    groups,
    accepted: accepted.map((a) => acceptedRow(a, refOf)),
    skipped: input.evaluation.skipped,
    policyWarnings: input.policy.warnings,
    notices: input.inventory.notices,
    clients: input.inventory.clients,
  };
}

/**
 * Findings at or above `failOn` that decide the verdict. The evaluation's counts are its
 * findings' (finishEvaluation counts them by severity): when its findings decide, they
 * answer without a pass over tens of thousands of findings.
 */
function failing(input: ReportInput, failOn: Severity): number {
  const { findings, counts } = input.evaluation;
  if (input.decisive !== undefined && input.decisive !== findings) return countAtLeast(input.decisive, failOn);
  let n = 0;
  for (const s of Object.keys(counts) as Severity[]) if (SEVERITY_RANK[s] >= SEVERITY_RANK[failOn]) n += counts[s];
  return n;
}

/** The records by id (the last of a repeated id, as a map of entries would): indexed, no pair per client, cold. */
function recordsById(clients: readonly ClientRecord[]): Map<string, ClientRecord> {
  const records = new Map<string, ClientRecord>();
  for (let i = 0; i < clients.length; i++) records.set((clients[i] as ClientRecord).id, clients[i] as ClientRecord);
  return records;
}

function countAtLeast(findings: readonly Finding[], severity: Severity): number {
  const rank = SEVERITY_RANK[severity];
  let n = 0;
  // Indexed: see groups.ts.
  for (let i = 0; i < findings.length; i++) if (SEVERITY_RANK[(findings[i] as Finding).severity] >= rank) n++;
  return n;
}

/** The groups' hits in order: clients by risk, each client's rows in order. */
function hitsOf(groups: readonly ClientGroup[]): RuleHit[] {
  const hits: RuleHit[] = [];
  // Indexed, no spread: once per row of the org, cold.
  for (let i = 0; i < groups.length; i++) {
    const rows = (groups[i] as ClientGroup).rows;
    for (let j = 0; j < rows.length; j++) {
      const row = rows[j] as FindingRow;
      for (let k = 0; k < row.length; k++) hits.push(row[k] as RuleHit);
    }
  }
  return hits;
}

/** The policy's rules, then the checks outside rules that reported something: every id a result names. */
export function reportedRules(m: Pick<ReportModel, 'rules' | 'hits'>): RuleRef[] {
  const seen = new Map<string, RuleRef>();
  for (const r of m.rules) if (!seen.has(r.id)) seen.set(r.id, r);
  for (const h of m.hits) if (!seen.has(h.rule.id)) seen.set(h.rule.id, h.rule);
  return [...seen.values()];
}

function ruleRefs(rules: readonly Rule[], docs: string): RuleRef[] {
  const sharing = new Map<string, number>();
  const at = (l: SourceLocation) => `${l.line}:${l.column}`;
  for (const r of rules) if (isBuiltInPack(r.origin)) sharing.set(at(r.location), (sharing.get(at(r.location)) ?? 0) + 1);
  return rules.map((r) => {
    const builtIn = isBuiltInPack(r.origin);
    return {
      id: r.id,
      description: r.description,
      severity: r.severity,
      category: r.category,
      rationale: r.rationale,
      fix: r.fix,
      builtIn,
      docsUrl: builtIn ? `${docs}#${r.id}` : undefined,
      packFile: builtIn || r.origin === 'policy' ? undefined : r.origin,
      nhi: (builtIn && RULE_NHI[r.id]?.nhi) || [],
      location: r.location,
      atExtends: builtIn && (sharing.get(at(r.location)) ?? 0) > 1,
    };
  });
}

/** What the checks outside rules (approved clients, exceptions) are about, in one sentence. */
const STRUCTURAL_CHECKS: Readonly<Record<string, string>> = {
  [DESIRED_STATE_IDS.unknown]: 'Every client of the org is listed among the approved clients.',
  [DESIRED_STATE_IDS.missing]: 'Every approved client exists in the org.',
  [DESIRED_STATE_IDS.drift]: 'Approved clients hold exactly the scopes and roles the policy lists.',
  [EXCEPTION_IDS.expired]: 'Exceptions are removed or renewed when they expire.',
  [EXCEPTION_IDS.stale]: 'Exceptions accept a finding that still exists.',
  [EXCEPTION_IDS.tooLong]: 'Exceptions last no longer than settings.max-exception-days.',
};

/** Findings of checks that are not policy rules (approved clients, exceptions): their own line. */
function adHocRule(f: Finding): RuleRef {
  const description = STRUCTURAL_CHECKS[f.ruleId] ?? `Policy check ${f.ruleId}.`;
  // Every field, in ruleRefs' order: code that reads rules meets one shape.
  return {
    id: f.ruleId,
    description,
    severity: f.severity,
    category: f.category,
    rationale: undefined,
    fix: f.fix,
    builtIn: false,
    docsUrl: undefined,
    packFile: undefined,
    nhi: [],
    location: f.location,
    atExtends: false,
  };
}

/** Permissions that let a client give itself anything: roles, grants, OAuth clients, SSO, passwords. */
const ADMIN_PERMISSION =
  /^(\*:\*:\*|authorization:(role|grant|\*):(add|edit|\*)|oauth:(client|\*):(add|edit|\*)|sso:(provider|\*):(add|edit|\*)|directory:(user|\*):(setPassword|\*))$/;
const ADMIN_SCOPES = new Set(['authorization', 'oauth', 'identity-providers', 'organization']);

/** `adminPermissions`: whether each permission is admin-equivalent, tested once per text (clients share their roles'). */
function clientRef(c: Finding['client'] & object, record: ClientRecord | undefined, adminPermissions: Map<string, boolean>): ClientRef {
  return {
    id: c.id,
    name: c.name,
    label: clientLabel(c),
    grantType: c.grantType,
    state: record?.apiState ?? 'unknown',
    lastUsed: record?.lastUsed,
    allDivisions: !!record && inAllDivisions(record),
    adminEquivalent: !!record && isAdminEquivalent(record, adminPermissions),
  };
}

// Indexed loops, no callbacks: once per client and per permission it holds, cold.

function inAllDivisions(record: ClientRecord): boolean {
  for (let i = 0; i < record.roleGrants.length; i++) if ((record.roleGrants[i] as RoleGrant).divisionId === ALL_DIVISIONS) return true;
  return false;
}

function isAdminEquivalent({ permissions, scopes }: ClientRecord, adminPermissions: Map<string, boolean>): boolean {
  for (let i = 0; i < permissions.length; i++) {
    const { permission } = permissions[i] as PermissionGrant;
    let admin = adminPermissions.get(permission);
    if (admin === undefined) adminPermissions.set(permission, (admin = ADMIN_PERMISSION.test(permission)));
    if (admin) return true;
  }
  for (let i = 0; i < scopes.length; i++) if (ADMIN_SCOPES.has(scopes[i] as string)) return true;
  return false;
}

function acceptedRow({ finding: f, exception: e }: AcceptedFinding, refOf: (f: Finding) => ClientRef | undefined): AcceptedRow {
  return {
    client: refOf(f),
    ruleId: f.ruleId,
    subject: f.subject,
    message: f.message,
    reason: e.reason,
    owner: e.owner,
    expires: e.expires,
    location: e.location,
  };
}
