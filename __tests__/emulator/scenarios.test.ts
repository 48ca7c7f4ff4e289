// The scenarios: deterministic from their seed, and holding what each promises — the demo
// org's spread of risks, the hostile org's breaking text, the empty org's bare minimum, the
// large org's sizes and speed.
import { describe, expect, it } from '@jest/globals';
import { createScenario, startEmulator, type Org, type OrgClient } from '../../emulator/index.ts';
import { permissionsOfRole } from '../../emulator/permissions.ts';
import { HOSTILE_TEXT } from '../../emulator/scenarios/hostile-text.ts';
import { call, tokenFor } from './helpers.ts';

const NOW = Date.parse('2026-11-24T10:00:00Z');

function grantsOf(org: Org, c: OrgClient): string[] {
  return (c.client.roleDivisions ?? []).flatMap((rd) => {
    const role = org.rolesById.get(rd.roleId ?? '');
    return role ? permissionsOfRole(role) : [];
  });
}

describe('determinism', () => {
  it('builds the same org from the same seed and a different one from another seed', () => {
    for (const name of ['demo', 'large', 'hostile', 'empty'] as const) {
      const params = { seed: 9, now: NOW, clients: 50, roles: 20, divisions: 5 };
      const a = createScenario(name, params);
      expect(JSON.stringify(createScenario(name, params))).toBe(JSON.stringify(a));
      expect(createScenario(name, { ...params, seed: 10 }).clients[0]?.client.id).not.toBe(a.clients[0]?.client.id);
    }
  });
});

describe('demo', () => {
  const org = createScenario('demo', { seed: 1, now: NOW });
  const clients = org.clients.map((c) => c.client);
  const named = (name: string) => org.clients.filter((c) => c.client.name === name);

  it('is a contact-center org of 25–40 clients in every grant type and state', () => {
    expect(org.name).toBe('Acme Contact Center');
    expect(org.divisions.map((d) => d.name)).toEqual(['Home', 'Sales', 'Support', 'Collections', 'Workforce']);
    expect(clients.length).toBeGreaterThanOrEqual(25);
    expect(clients.length).toBeLessThanOrEqual(40);
    expect(new Set(clients.map((c) => c.authorizedGrantType))).toEqual(new Set(['CLIENT-CREDENTIALS', 'CODE', 'TOKEN', 'SAML2-BEARER', 'PASSWORD']));
    expect(new Set(clients.map((c) => c.state))).toEqual(new Set(['active', 'disabled', 'inactive']));
    expect(clients.filter((c) => c.state === 'inactive').every((c) => c.dateToDelete)).toBe(true);
    expect(org.roles.length).toBeGreaterThanOrEqual(15);
  });

  it('holds the risks a policy should catch', () => {
    const m2m = org.clients.filter((c) => c.client.authorizedGrantType === 'CLIENT-CREDENTIALS');
    expect(m2m.some((c) => grantsOf(org, c).includes('*:*:*'))).toBe(true);
    expect(m2m.some((c) => c.client.roleDivisions?.some((rd) => rd.divisionId === '*'))).toBe(true);
    for (const escalation of ['authorization:role:edit', 'authorization:grant:add', 'oauth:client:edit', 'sso:provider:edit']) {
      expect([escalation, m2m.some((c) => grantsOf(org, c).includes(escalation))]).toEqual([escalation, true]);
    }
    expect(m2m.some((c) => grantsOf(org, c).includes('recording:recording:view'))).toBe(true);
    expect(
      clients.some(
        (c) =>
          c.authorizedGrantType !== 'CLIENT-CREDENTIALS' &&
          ['authorization', 'oauth', 'organization', 'identity-providers', 'scim'].every((s) => c.scope?.includes(s)),
      ),
    ).toBe(true);
    expect(Math.max(...clients.map((c) => c.accessTokenValiditySeconds ?? 0))).toBe(172_800);
    const redirects = clients.flatMap((c) => c.registeredRedirectUri ?? []);
    for (const pattern of [/^http:\/\/(?!localhost)/, /\*/, /^https?:\/\/\d+\.\d+\.\d+\.\d+/, /^http:\/\/localhost/, /^https:\/\/[a-z]/]) {
      expect([String(pattern), redirects.some((r) => pattern.test(r))]).toEqual([String(pattern), true]);
    }
    expect(clients.filter((c) => !c.description).length).toBeGreaterThanOrEqual(3);
    expect(named('Zendesk integration')).toHaveLength(2);
    expect(named('test - delete me')[0]?.usage).toBeUndefined();
    expect(named('Power BI KPIs')[0]?.usage?.lastDaysAgo).toBeGreaterThanOrEqual(100);
  });

  it('has a client holding a deleted role and one with only the deprecated roleIds', () => {
    expect(clients.some((c) => c.roleDivisions?.some((rd) => !org.rolesById.has(rd.roleId ?? '')))).toBe(true);
    const legacy = named('Legacy IVR reporting')[0]?.client;
    expect(legacy?.roleDivisions).toEqual([]);
    expect(legacy?.roleIds).toHaveLength(1);
  });

  it('has roles stating wildcards and roles served expanded', () => {
    const policies = org.roles.flatMap((r) => r.permissionPolicies ?? []);
    expect(policies.some((p) => p.entityName === '*' && p.actionSet?.includes('*'))).toBe(true);
    const archiver = org.roles.find((r) => r.name === 'Recording Archiver');
    expect(archiver?.permissionPolicies?.every((p) => p.entityName !== '*' && !p.actionSet?.includes('*'))).toBe(true);
    expect(archiver?.permissions).toEqual(expect.arrayContaining(['recording:recording:view', 'recording:screenRecording:view']));
  });

  it('keeps secrets out of the client objects it serves', () => {
    expect(clients.some((c) => 'secret' in c)).toBe(false);
    expect(org.clients.filter((c) => c.client.authorizedGrantType === 'TOKEN').every((c) => c.secret === undefined)).toBe(true);
  });
});

describe('hostile', () => {
  const org = createScenario('hostile', { seed: 1, now: NOW });

  it('names clients, roles and divisions with text built to break renderers', () => {
    const names = org.clients.map((c) => c.client.name);
    for (const text of HOSTILE_TEXT) expect(names).toContain(text);
    const all = JSON.stringify([names, org.clients.map((c) => c.client.description), org.roles.map((r) => r.name), org.divisions.map((d) => d.name)]);
    for (const marker of [
      '|',
      '`',
      '<script>',
      '<!--',
      'javascript:',
      '@everyone',
      '::error::',
      '::add-mask::',
      '::stop-commands::',
      '%0A',
      '\\n',
      '\\r',
      '\\u001b[',
      '\u202e',
      '\u200b',
      '中文',
      'DROP TABLE',
    ]) {
      expect([marker, all.includes(marker)]).toEqual([marker, true]);
    }
    expect(names).toContain('');
    expect(Math.max(...names.map((n) => n.length))).toBeGreaterThanOrEqual(10_240);
  });

  it('echoes hostile text in 403 and 5xx messages when asked', async () => {
    const emu = await startEmulator({ scenario: org, knobs: { hostileErrors: true } });
    try {
      const denied = await call(emu, '/api/v2/oauth/clients', { token: await tokenFor(emu, 'auditor-no-oauth') });
      expect(denied.json.message).toContain('::error::');
      const token = await tokenFor(emu);
      emu.failNext('*', [{ status: 500 }]);
      expect((await call(emu, '/api/v2/oauth/scopes', { token })).json.message).toContain('<script>');
      expect((await call(emu, '/api/v2/nope', { token })).json.message).toBe('The requested resource was not found.');
    } finally {
      await emu.close();
    }
  });
});

describe('empty and large', () => {
  it('empty has only the auditing clients, the default roles and the home division', () => {
    const org = createScenario('empty', { now: NOW });
    expect(org.clients.map((c) => c.client.id).sort()).toEqual(
      Object.values(org.auditors)
        .map((a) => a.clientId)
        .sort(),
    );
    expect(org.divisions).toHaveLength(1);
    expect(org.divisions[0]?.homeDivision).toBe(true);
    expect(org.roles.filter((r) => r.default).map((r) => r.name)).toEqual(['Master Admin', 'Admin', 'Supervisor', 'Employee', 'User']);
  });

  it('large defaults to 1,000 clients, 300 roles and 40 divisions, auditors aside', () => {
    const org = createScenario('large', { now: NOW });
    expect(org.clients.length - Object.keys(org.auditors).length).toBe(1000);
    expect(org.roles.length - 3).toBe(300);
    expect(org.divisions).toHaveLength(40);
  });

  it('seeds 5,000 clients in well under a second', () => {
    const started = performance.now();
    const org = createScenario('large', { clients: 5000, now: NOW });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(org.clients.length).toBe(5004);
  });
});
