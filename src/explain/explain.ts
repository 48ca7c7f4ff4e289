// `explain`: what a rule checks and why, or why a client is reported — every rule that
// fired on it and the path to each (role → permission → division, or the scope, URI or
// value). Pure: a policy, and for a client the inventory and evaluation, in; lines out.
import type { Evaluation, Finding } from '../evaluate/findings.ts';
import type { ClientRecord, Inventory } from '../inventory/types.ts';
import { isBuiltInPack, PACKS } from '../policy/packs/index.ts';
import { nhiLabel, RULE_NHI } from '../policy/packs/nhi.ts';
import { DESIRED_STATE_IDS, EXCEPTION_IDS } from '../policy/reserved-ids.ts';
import type { Policy, Rule } from '../policy/types.ts';
import { plain } from '../render/escape.ts';

const STRUCTURAL: Readonly<Record<string, string>> = {
  [DESIRED_STATE_IDS.unknown]: "A client of the org that the policy's `clients` list does not name. Fix: review it, then list it (with its id) or delete it.",
  [DESIRED_STATE_IDS.missing]: 'A client the `clients` list names that the org does not have. Fix: remove the entry, or find out who deleted the client.',
  [DESIRED_STATE_IDS.drift]:
    'A listed client whose grant type, scopes or roles differ from its entry. Fix: change the client back, or update the entry in a reviewed pull request.',
  [EXCEPTION_IDS.expired]:
    'An exception past its `expires` date: its findings count again. Fix: resolve the findings, or renew the exception with a new review.',
  [EXCEPTION_IDS.stale]: 'An exception that accepts nothing: the client or the finding it names is gone. Fix: remove it.',
  [EXCEPTION_IDS.tooLong]: 'An exception that expires later than `settings.max-exception-days` allows. Fix: choose an earlier date.',
};

/** Lines explaining a rule of the policy (its own, a pack's, or a structural one). */
export function explainRule(policy: Policy, ruleId: string, ruleYaml?: string): string[] | undefined {
  const structural = STRUCTURAL[ruleId];
  if (structural) return [`${ruleId} (built into the policy language)`, '', structural];
  const rule = policy.rules.find((r) => r.id === ruleId);
  const packRule = Object.values(PACKS)
    .flat()
    .find((r) => r.spec.id === ruleId);
  if (!rule && !packRule) return undefined;
  const off = !rule && policy.disabledRules.includes(ruleId);
  const out = [
    `${ruleId}${rule ? ` — ${rule.severity}${rule.category ? `, ${rule.category}` : ''}` : off ? ' — turned off by `overrides`' : ' — not in this policy (its pack is not in `extends`)'}`,
  ];
  if (rule)
    out.push(
      `Defined at ${rule.location.file}:${rule.location.line}${rule.origin === 'policy' ? '' : ` (pack \`${rule.origin}\`${isBuiltInPack(rule.origin) ? ', line of its `extends` or `overrides` entry' : ''})`}.`,
    );
  out.push('', plain(rule?.description ?? packRule?.spec.description ?? '', 1000));
  const why = rule?.rationale ?? packRule?.rationale;
  const fix = rule?.fix ?? packRule?.fix;
  if (why) out.push('', `Why: ${plain(why, 2000)}`);
  if (fix) out.push('', `Fix: ${plain(fix, 2000)}`);
  const nhi = RULE_NHI[ruleId];
  if (nhi) out.push('', `OWASP NHI Top 10: ${nhi.nhi.map(nhiLabel).join('; ')}.`, `References: ${nhi.references.join('; ')}.`);
  if (ruleYaml)
    out.push(
      '',
      'What it checks:',
      ...ruleYaml
        .trimEnd()
        .split('\n')
        .map((l) => `  ${plain(l, 300)}`),
    );
  return out;
}

/** Clients an argument names: an exact id, else every client with that exact name. */
export function findClients(inventory: Inventory, idOrName: string): ClientRecord[] {
  const byId = inventory.clients.filter((c) => c.id === idOrName);
  return byId.length ? byId : inventory.clients.filter((c) => c.name === idOrName);
}

export function explainClient(client: ClientRecord, evaluation: Evaluation, rules: readonly Rule[]): string[] {
  const mine = (f: Finding) => f.client?.id === client.id;
  const findings = evaluation.findings.filter(mine);
  const accepted = evaluation.accepted.filter((a) => mine(a.finding));
  const out = [
    `Client "${plain(client.name, 200)}" (${plain(client.id, 80)}): ${client.grantType}, ${client.state}${client.lastUsed ? `, last used ${client.lastUsed}` : client.lastUsed === null ? ', not used in the usage window' : ''}.`,
  ];
  if (client.scopes.length) out.push(`Scopes: ${client.scopes.map((s) => plain(s, 100)).join(', ')}.`);
  if (client.roleGrants.length) out.push(`Roles: ${client.roleGrants.map((g) => `${plain(g.roleName, 100)} in ${plain(g.divisionName, 100)}`).join('; ')}.`);
  out.push('', findings.length ? `${findings.length} finding${findings.length === 1 ? '' : 's'}:` : 'No findings.');
  const fixes = new Map(rules.map((r) => [r.id, r.fix]));
  for (const f of findings) {
    out.push(`  ${f.severity.padEnd(7)} ${f.ruleId} (${f.location.file}:${f.location.line}): ${plain(f.message, 500)}`);
    for (const step of pathTo(client, f)) out.push(`          ${step}`);
    const fix = f.fix ?? fixes.get(f.ruleId);
    if (fix) out.push(`          fix: ${plain(fix, 500)}`);
  }
  if (accepted.length) {
    out.push('', `${accepted.length} accepted by exceptions:`);
    for (const a of accepted)
      out.push(
        `  ${a.finding.ruleId}: ${plain(a.finding.message, 300)} — exception at ${a.exception.location.file}:${a.exception.location.line}, owner ${plain(a.exception.owner, 100)}, until ${a.exception.expires}`,
      );
  }
  return out;
}

/** How the client comes to hold a finding's subject. */
function pathTo(client: ClientRecord, f: Finding): string[] {
  const subject = f.subject;
  if (subject === undefined) return [];
  const perms = client.permissions.filter((p) => p.permission === subject);
  if (perms.length)
    return perms.map(
      (p) =>
        `via role "${plain(p.roleName, 100)}" → permission ${plain(p.permission, 100)} → ${p.divisionId === '*' ? 'all divisions' : `division "${plain(p.divisionName, 100)}"`}`,
    );
  const roles = client.roleGrants.filter((g) => g.roleName === subject);
  if (roles.length)
    return roles.map((g) => `via role "${plain(g.roleName, 100)}" → ${g.divisionId === '*' ? 'all divisions' : `division "${plain(g.divisionName, 100)}"`}`);
  if (client.scopes.includes(subject)) return [`via scope ${plain(subject, 100)}`];
  if (client.redirectUris.includes(subject)) return [`via redirect URI ${plain(subject, 300)}`];
  return [];
}
