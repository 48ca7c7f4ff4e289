// SARIF 2.1.0 for GitHub code scanning: one result per client × rule, located on the policy
// line that produced it. `partialFingerprints` (org + client id + rule id) let code scanning
// follow an alert across runs and close it when it is fixed; `automationDetails.id` names
// the org, so a matrix over several orgs uploads one category each.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { nhiLabel } from '../policy/packs/nhi.ts';
import type { Severity } from '../policy/types.ts';
import { inert, md } from './escape.ts';
import { reportedRules, type ReportModel, type RuleHit, type RuleRef } from './model.ts';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** GitHub keeps at most 25,000 results per run; the riskiest come first. */
export const MAX_SARIF_RESULTS = 25_000;
export const FINGERPRINT_KEY = 'orgClientRule/v1';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', notice: 'note' };
/** GitHub's bands: critical ≥ 9, high ≥ 7, medium ≥ 4, low > 0. */
const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = { error: '8.0', warning: '5.0', notice: '2.0' };

export interface SarifOptions {
  toolVersion?: string;
}

export function renderSarif(m: ReportModel, opts: SarifOptions = {}): string {
  const rules = reportedRules(m);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const orgKey = m.org?.key ?? 'unknown-org';
  const hits = m.hits.slice(0, MAX_SARIF_RESULTS);
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: m.tool.name,
            informationUri: 'https://github.com/genesys-oauth-policy/action',
            ...(opts.toolVersion && /^\d+\.\d+\.\d+/.test(opts.toolVersion) ? { semanticVersion: opts.toolVersion } : {}),
            rules: rules.map(sarifRule),
          },
        },
        automationDetails: { id: `${m.tool.name}/${m.org ? `${m.org.host}-${orgKey}` : orgKey}/` },
        results: hits.map((h) => sarifResult(h, index.get(h.rule.id) ?? 0, orgKey)),
        properties: { passed: m.passed, failOn: m.failOn, truncated: m.hits.length > hits.length, results: m.hits.length },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function sarifRule(r: RuleRef) {
  const description = inert(r.description, 1000) || r.id;
  const why = r.rationale ? inert(r.rationale, 2000) : '';
  const fix = r.fix ? inert(r.fix, 2000) : '';
  const text = [description, why && `Why: ${why}`, fix && `Fix: ${fix}`].filter(Boolean).join('\n\n');
  const owasp = r.nhi.map(nhiLabel).join('; ');
  const markdown = [
    md(r.description, 1000),
    r.rationale && `**Why it matters.** ${md(r.rationale, 2000)}`,
    r.fix && `**Fix.** ${md(r.fix, 2000)}`,
    owasp && `**OWASP Non-Human Identities Top 10.** ${owasp}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    id: r.id,
    name: pascal(r.id),
    shortDescription: { text: description },
    fullDescription: { text: [description, why].filter(Boolean).join(' ') },
    help: { text, markdown: markdown || md(r.id, 100) },
    ...(r.docsUrl ? { helpUri: r.docsUrl } : {}),
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: {
      'security-severity': SECURITY_SEVERITY[r.severity],
      precision: 'very-high',
      'problem.severity': r.severity === 'notice' ? 'recommendation' : r.severity,
      tags: ['security', ...(r.category ? [r.category] : []), r.builtIn ? 'built-in' : 'policy', ...nhiTags(r)],
    },
  };
}

/** `owasp-nhi` and one `NHI5:2025` per risk, for built-in rules (the mapping of src/policy/packs/nhi.ts). */
function nhiTags(r: RuleRef): string[] {
  return r.nhi.length ? ['owasp-nhi', ...r.nhi.map((risk) => `${risk}:2025`)] : [];
}

function sarifResult(h: RuleHit, ruleIndex: number, orgKey: string) {
  const who = h.client ? `${inert(h.client.label, 120)} (${inert(h.client.id, 80)}, ${h.client.grantType})` : 'The org';
  const items =
    h.items.length > 1
      ? ` Items (${h.items.length}): ${h.items
          .slice(0, 20)
          .map((i) => inert(i, 120))
          .join(', ')}${h.items.length > 20 ? ', …' : ''}${
          h.holders.length
            ? ` through ${h.holders
                .slice(0, 10)
                .map((r) => inert(r, 120))
                .join(', ')}`
            : ''
        }.`
      : '';
  return {
    ruleId: h.rule.id,
    ruleIndex,
    level: LEVEL[h.severity],
    message: { text: `${who}: ${inert(h.message, 500)}${items}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifact(h.location.file),
          region: { startLine: Math.max(1, h.location.line), startColumn: Math.max(1, h.location.column) },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(orgKey, h.client?.id ?? '', h.rule.id) },
    properties: {
      ...(h.client ? { clientId: h.client.id, clientName: h.client.name, grantType: h.client.grantType } : {}),
      items: h.items,
      holders: h.holders,
      findings: h.findings.length,
    },
  };
}

/** Repository-relative when the policy is in the workspace (code scanning needs that), else a file URI. */
function artifact(file: string): { uri: string; uriBaseId?: string } {
  return path.isAbsolute(file) ? { uri: pathToFileURL(file).href } : { uri: encodeURI(file), uriBaseId: '%SRCROOT%' };
}

export function fingerprint(orgKey: string, clientId: string, ruleId: string): string {
  return createHash('sha256').update([orgKey, clientId, ruleId].join('\u0000')).digest('hex').slice(0, 32);
}

function pascal(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}
