// The login service and the API's bearer and permission checks, over real HTTP.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startEmulator, type EmulatorHandle } from '../../emulator/index.ts';
import { call, requestToken, tokenFor } from './helpers.ts';

let emu: EmulatorHandle;
beforeAll(async () => {
  emu = await startEmulator({ scenario: 'demo', params: { seed: 3 }, knobs: { userCountLatencyMsPerRole: 0 } });
});
afterAll(() => emu.close());

function clientNamed(name: string) {
  const entry = emu.org.clients.find((c) => c.client.name === name);
  if (!entry) throw new Error(`no client ${name}`);
  return entry;
}

describe('token endpoint', () => {
  it('issues a bearer token for the client-credentials grant', async () => {
    const { clientId, clientSecret } = emu.credentials();
    const answer = await requestToken(emu, clientId, clientSecret);
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ access_token: expect.any(String), token_type: 'bearer', expires_in: 86399 });
    expect(answer.headers.get('ININ-Correlation-Id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.headers.get('content-type')).toBe('application/json');
  });

  it('rejects a wrong secret or an unknown client with 401 invalid_client', async () => {
    const { clientId } = emu.credentials();
    for (const [id, secret] of [
      [clientId, 'wrong'],
      ['no-such-client', 'x'],
    ]) {
      const answer = await requestToken(emu, id as string, secret as string);
      expect(answer.status).toBe(401);
      expect(answer.json).toEqual({ error: 'invalid_client', description: expect.any(String), error_description: expect.any(String) });
    }
  });

  it('refuses a client of another grant type, and a disabled client, with 400 unauthorized_client', async () => {
    for (const name of ['Agent Desktop (embedded)', 'Old chat bot integration']) {
      const entry = clientNamed(name);
      const answer = await requestToken(emu, entry.client.id, entry.secret ?? '');
      expect(answer.status).toBe(400);
      expect(answer.json.error).toBe('unauthorized_client');
    }
  });

  it('refuses other grant types with 400 unsupported_grant_type', async () => {
    const { clientId, clientSecret } = emu.credentials();
    const answer = await requestToken(emu, clientId, clientSecret, 'password');
    expect(answer.status).toBe(400);
    expect(answer.json.error).toBe('unsupported_grant_type');
  });
});

describe('bearer tokens', () => {
  it('answers 401 authentication.required without a token and bad.credentials for an unknown one', async () => {
    expect((await call(emu, '/api/v2/oauth/clients')).json).toMatchObject({ status: 401, code: 'authentication.required' });
    expect((await call(emu, '/api/v2/oauth/clients', { token: 'not-a-token' })).json).toMatchObject({
      status: 401,
      code: 'bad.credentials',
      message: 'Invalid login credentials.',
    });
  });

  it('expires tokens on the emulator clock and honours the lifetime knob', async () => {
    emu.setKnobs({ tokenTtlSeconds: 600 });
    const { clientId, clientSecret } = emu.credentials();
    const issued = await requestToken(emu, clientId, clientSecret);
    expect(issued.json.expires_in).toBe(600);
    const token = issued.json.access_token as string;
    expect((await call(emu, '/api/v2/oauth/scopes', { token })).status).toBe(200);
    emu.setKnobs({ now: emu.now() + 601_000 });
    const expired = await call(emu, '/api/v2/oauth/scopes', { token });
    emu.setKnobs({ now: null, tokenTtlSeconds: 86_399 });
    expect(expired.status).toBe(401);
    expect(expired.json.code).toBe('bad.credentials');
  });

  it('revokes every token at once', async () => {
    const token = await tokenFor(emu);
    emu.revokeTokens();
    expect((await call(emu, '/api/v2/oauth/scopes', { token })).status).toBe(401);
    expect((await call(emu, '/api/v2/oauth/scopes', { token: await tokenFor(emu) })).status).toBe(200);
  });
});

describe('permissions of the auditing clients', () => {
  const usageBody = () => ({ interval: `${new Date(emu.now() - 7 * 86_400_000).toISOString()}/${new Date(emu.now()).toISOString()}` });

  it('lets the full auditor read everything', async () => {
    const token = await tokenFor(emu, 'auditor');
    for (const path of [
      '/api/v2/oauth/clients',
      '/api/v2/authorization/roles',
      '/api/v2/authorization/divisions',
      '/api/v2/oauth/scopes',
      '/api/v2/organizations/limits/namespaces/platform.api',
    ]) {
      expect([path, (await call(emu, path, { token })).status]).toEqual([path, 200]);
    }
    expect((await call(emu, '/api/v2/usage/query', { token, body: usageBody() })).status).toBe(200);
  });

  it('refuses roles to auditor-no-roles with 403 missing.any.permissions naming the permission', async () => {
    const token = await tokenFor(emu, 'auditor-no-roles');
    const answer = await call(emu, '/api/v2/authorization/roles', { token });
    expect(answer.status).toBe(403);
    expect(answer.json).toMatchObject({
      code: 'missing.any.permissions',
      status: 403,
      message: 'Unable to perform the requested action. You must have at least one of the following permissions assigned: [authorization:role:view]',
      contextId: answer.headers.get('ININ-Correlation-Id'),
    });
    expect((await call(emu, '/api/v2/authorization/divisions', { token })).status).toBe(200);
  });

  it('refuses OAuth clients and their usage to auditor-no-oauth, but not the org usage query', async () => {
    const token = await tokenFor(emu, 'auditor-no-oauth');
    expect((await call(emu, '/api/v2/oauth/clients', { token })).json.message).toContain('[oauth:client:view]');
    const someone = emu.credentials('auditor').clientId;
    expect((await call(emu, `/api/v2/oauth/clients/${someone}`, { token })).status).toBe(403);
    expect((await call(emu, `/api/v2/oauth/clients/${someone}/usage/summary`, { token })).json.message).toContain('[oauth:client:view, usage:client:view]');
    expect((await call(emu, '/api/v2/usage/query', { token, body: usageBody() })).status).toBe(200);
  });

  it('lets oauth:client:view query usage, as the SDK docs say, unless the strict knob is on', async () => {
    const token = await tokenFor(emu, 'auditor-no-usage');
    expect((await call(emu, '/api/v2/usage/query', { token, body: usageBody() })).status).toBe(200);
    emu.setKnobs({ usageRequiresUsagePermission: true });
    const strict = await call(emu, '/api/v2/usage/query', { token, body: usageBody() });
    emu.setKnobs({ usageRequiresUsagePermission: false });
    expect(strict.status).toBe(403);
    expect(strict.json.message).toContain('[usage:organization:view]');
  });

  it('lists the auditing clients among the org clients, as a real org does', async () => {
    const listing = await call(emu, '/api/v2/oauth/clients', { token: await tokenFor(emu) });
    const ids = listing.json.entities.map((c: { id: string }) => c.id);
    for (const name of Object.keys(emu.org.auditors)) expect(ids).toContain(emu.credentials(name).clientId);
  });
});
