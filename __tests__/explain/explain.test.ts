// `explain`: a rule's why and fix, and a client's findings with the path to each.
import { describe, expect, it } from '@jest/globals';
import { evaluate } from '../../src/evaluate/evaluate.ts';
import { explainClient, explainRule, findClients } from '../../src/explain/explain.ts';
import { parsePolicy } from '../../src/policy/load.ts';
import { ccClient, client, inventory } from '../helpers/inventory.ts';

const now = new Date('2026-12-01T00:00:00Z');
const policy = parsePolicy(
  'p.yml',
  `version: 1
extends: [recommended]
overrides:
  client-description: off
rules:
  - id: no-queue-edit
    description: Nobody edits queues.
    fix: Remove routing:queue:edit.
    permissions: { deny: ["routing:queue:edit"] }
`,
);

describe('explain', () => {
  it('a built-in rule: severity, where it comes from, why, fix and its OWASP NHI risks', () => {
    const text = explainRule(policy, 'cc-can-edit-roles-or-grants')?.join('\n') ?? '';
    expect(text).toMatch(/^cc-can-edit-roles-or-grants — error, privilege-escalation/);
    expect(text).toMatch(/Defined at p\.yml:2 \(pack `recommended`/);
    expect(text).toMatch(/Why: A client that can create or edit roles/);
    expect(text).toMatch(/OWASP NHI Top 10: NHI5:2025 Overprivileged NHI/);
  });

  it("a policy's own rule, one turned off, a structural one, and an unknown id", () => {
    expect(explainRule(policy, 'no-queue-edit', 'permissions:\n  deny: [routing:queue:edit]\n')?.join('\n')).toMatch(
      /Nobody edits queues\.[\s\S]*Fix: Remove routing:queue:edit\.[\s\S]*What it checks:\n {2}permissions:/,
    );
    expect(explainRule(policy, 'client-description')?.[0]).toBe('client-description — turned off by `overrides`');
    expect(explainRule(policy, 'expired-exception')?.join('\n')).toMatch(/past its `expires` date/);
    expect(explainRule(policy, 'no-such-rule')).toBeUndefined();
  });

  it('a client: every finding with the path role → permission → division, and the fix', () => {
    const robot = ccClient([{ role: 'Queue Admin', division: '*', permissions: ['routing:queue:edit', 'authorization:grant:add'] }], {
      id: 'r1',
      name: 'Robot',
    });
    const inv = inventory([robot, client({ id: 'w1', name: 'Web' })]);
    const evaluation = evaluate(policy, inv, { now });
    expect(findClients(inv, 'Robot')).toEqual([robot]);
    expect(findClients(inv, 'w1').map((c) => c.name)).toEqual(['Web']);
    const text = explainClient(robot, evaluation, policy.rules).join('\n');
    expect(text).toMatch(/^Client "Robot" \(r1\): client-credentials, active/);
    expect(text).toMatch(/Roles: Queue Admin in all divisions\./);
    expect(text).toMatch(
      /error {3}no-queue-edit \(p\.yml:6\)[^\n]*\n\s+via role "Queue Admin" → permission routing:queue:edit → all divisions\n\s+fix: Remove routing:queue:edit\./,
    );
    expect(text).toMatch(/cc-can-edit-roles-or-grants[^\n]*\n\s+via role "Queue Admin" → permission authorization:grant:add → all divisions/);
  });

  it('never lets a client name start a workflow command or carry control characters', () => {
    const evil = client({ id: 'e1', name: '::error::forged\nsecond line' });
    const text = explainClient(evil, evaluate(policy, inventory([evil]), { now }), policy.rules).join('\n');
    expect(text.split('\n').some((l) => l.startsWith('::'))).toBe(false);
    expect(text).not.toContain('\nsecond line');
  });
});
