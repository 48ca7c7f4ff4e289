// The one way a check turns "this client breaks this rule" into a finding.
import type { ClientRecord } from '../../inventory/types.ts';
import type { Rule } from '../../policy/types.ts';
import type { Finding } from '../findings.ts';

export function ruleFinding(rule: Rule, client: ClientRecord, subject: string | undefined, message: string): Finding {
  return {
    ruleId: rule.id,
    severity: rule.severity,
    message,
    location: rule.location,
    ...(rule.category && { category: rule.category }),
    ...(rule.fix && { fix: rule.fix }),
    client: { id: client.id, name: client.name, grantType: client.grantType },
    ...(subject !== undefined && { subject }),
  };
}

/**
 * A value quoted in a message. Plain quotes, not backticks: values are untrusted and a
 * backtick inside one would unbalance any code span a renderer built from them.
 */
export function q(value: string): string {
  return `"${value}"`;
}
