// The JSON report: the report model as a versioned document for scripts, dashboards and
// artifacts. Its shape is schemas/report.schema.json (tests validate every output against
// it); a change that breaks readers raises REPORT_SCHEMA_VERSION. Every object is built field
// by field, so what other layers add to their types does not leak into the document.
import type { ClientRecord } from '../inventory/types.ts';
import type { SourceLocation } from '../policy/types.ts';
import { reportedRules, type ClientRef, type ReportModel, type RuleHit, type RuleRef } from './model.ts';

export const REPORT_SCHEMA_VERSION = 1;
export const REPORT_SCHEMA_ID = 'https://github.com/genesys-oauth-policy/action/schemas/report.schema.json';

export interface JsonOptions {
  toolVersion?: string;
}

export function renderJson(m: ReportModel, opts: JsonOptions = {}): string {
  return `${JSON.stringify(reportDocument(m, opts), null, 2)}\n`;
}

export function reportDocument(m: ReportModel, opts: JsonOptions = {}) {
  return {
    $schema: REPORT_SCHEMA_ID,
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: m.tool.name, ...(opts.toolVersion ? { version: opts.toolVersion } : {}) },
    org: m.org ? { host: m.org.host, key: m.org.key } : null,
    policy: { file: m.policyFile, rules: m.rules.length },
    verdict: { passed: m.passed, failOn: m.failOn, failing: m.failing, counts: { ...m.counts }, accepted: m.accepted.length },
    fetchedAt: m.fetchedAt,
    usage: m.usage ? { days: m.usage.days, from: m.usage.from, to: m.usage.to } : null,
    rules: reportedRules(m).map(rule),
    results: m.hits.map(result),
    accepted: m.accepted.map((a) => ({
      client: a.client ? client(a.client) : null,
      ruleId: a.ruleId,
      subject: a.subject ?? null,
      message: a.message,
      exception: { reason: a.reason, owner: a.owner, expires: a.expires, location: location(a.location) },
    })),
    skipped: m.skipped.map((s) => ({ ruleId: s.ruleId, reason: s.reason, location: location(s.location) })),
    policyWarnings: m.policyWarnings.map((w) => ({ message: w.message, location: location(w.location) })),
    notices: [...m.notices],
    inventory: m.clients.map(inventoryClient),
    drift: m.drift ? driftDocument(m.drift) : null,
  };
}

function driftDocument({ drift, failOnNew }: NonNullable<ReportModel['drift']>) {
  const b = drift.baseline;
  return {
    baseline: b.kind,
    ...(b.kind !== 'ok' ? { reason: b.reason } : {}),
    since: b.kind === 'ok' ? b.state.at : null,
    failOnNew,
    approximate: drift.approximate,
    newFindings: drift.newFindings.length,
    resolvedFindings: drift.resolved.length,
    unchanged: drift.unchanged,
    new: drift.newFindings.map((f) => ({ ruleId: f.ruleId, clientId: f.client?.id ?? null, subject: f.subject ?? null, severity: f.severity })),
    resolved: drift.resolved.map((f) => ({ ruleId: f.rule, clientId: f.clientId, clientName: f.clientName, severity: f.severity })),
    newClients: drift.newClients ? drift.newClients.map((c) => ({ id: c.id, name: c.name })) : null,
    accessChanged: drift.accessChanged ? drift.accessChanged.map((c) => ({ ...c })) : null,
  };
}

function rule(r: RuleRef) {
  return {
    id: r.id,
    description: r.description,
    severity: r.severity,
    category: r.category ?? null,
    builtIn: r.builtIn,
    docsUrl: r.docsUrl ?? null,
    rationale: r.rationale ?? null,
    fix: r.fix ?? null,
    location: location(r.location),
  };
}

function result(h: RuleHit) {
  return {
    ruleId: h.rule.id,
    severity: h.severity,
    client: h.client ? client(h.client) : null,
    message: h.message,
    items: [...h.items],
    holders: [...h.holders],
    location: location(h.location),
    findings: h.findings.map((f) => ({ severity: f.severity, message: f.message, subject: f.subject ?? null, location: location(f.location) })),
  };
}

function client(c: ClientRef) {
  return {
    id: c.id,
    name: c.name,
    grantType: c.grantType,
    state: c.state,
    ...lastUsed(c.lastUsed),
    allDivisions: c.allDivisions,
    adminEquivalent: c.adminEquivalent,
  };
}

function inventoryClient(c: ClientRecord) {
  return {
    id: c.id,
    name: c.name,
    description: c.description,
    grantType: c.grantType,
    apiGrantType: c.apiGrantType,
    state: c.state,
    apiState: c.apiState,
    scopes: [...c.scopes],
    roles: c.roleGrants.map((g) => ({ roleId: g.roleId, roleName: g.roleName, divisionId: g.divisionId, divisionName: g.divisionName })),
    permissions: c.permissions.map((p) => ({ permission: p.permission, roleName: p.roleName, divisionId: p.divisionId, divisionName: p.divisionName })),
    tokenLifetimeSeconds: c.tokenLifetimeSeconds,
    redirectUris: [...c.redirectUris],
    dateCreated: c.dateCreated ?? null,
    dateModified: c.dateModified ?? null,
    dateToDelete: c.dateToDelete ?? null,
    createdBy: c.createdBy ?? null,
    modifiedBy: c.modifiedBy ?? null,
    ...lastUsed(c.lastUsed),
  };
}

/** A day, `null` for no request in the usage window, absent when usage was not read. */
function lastUsed(day: string | null | undefined): { lastUsed?: string | null } {
  return day === undefined ? {} : { lastUsed: day };
}

function location(l: SourceLocation) {
  return { file: l.file, line: l.line, column: l.column };
}
