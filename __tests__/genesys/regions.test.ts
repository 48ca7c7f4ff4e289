import { describe, expect, it } from '@jest/globals';
import { REGIONS, regionDomain, resolveEndpoints } from '../../src/genesys/regions.ts';
import { ConfigError } from '../../src/errors.ts';

describe('regions', () => {
  it('knows all 18 regions', () => {
    expect(Object.keys(REGIONS)).toHaveLength(18);
    expect(REGIONS['eusc-de-east-1']).toBe('edee1.eusc-pure.cloud');
  });

  it.each([
    ['us-east-1', 'mypurecloud.com'],
    ['EU-WEST-1', 'mypurecloud.ie'],
    ['mypurecloud.com.au', 'mypurecloud.com.au'],
    ['https://api.usw2.pure.cloud/', 'usw2.pure.cloud'],
    ['login.mypurecloud.de', 'mypurecloud.de'],
  ])('accepts %s', (input, domain) => {
    expect(regionDomain(input)).toBe(domain);
  });

  it.each(Object.entries(REGIONS))('accepts %s and its domain %s, with api. and login. hosts on that domain', (alias, domain) => {
    const endpoints = { apiBaseUrl: `https://api.${domain}`, tokenUrl: `https://login.${domain}/oauth/token` };
    expect(resolveEndpoints({ region: alias })).toEqual(endpoints);
    expect(resolveEndpoints({ region: domain })).toEqual(endpoints);
  });

  it('derives login and api hosts from the region', () => {
    expect(resolveEndpoints({ region: 'eu-central-1' })).toEqual({
      apiBaseUrl: 'https://api.mypurecloud.de',
      tokenUrl: 'https://login.mypurecloud.de/oauth/token',
    });
  });

  it('lets an API base URL override the region, with the token on the same origin', () => {
    expect(resolveEndpoints({ region: 'us-east-1', apiBaseUrl: 'http://127.0.0.1:8080/' })).toEqual({
      apiBaseUrl: 'http://127.0.0.1:8080',
      tokenUrl: 'http://127.0.0.1:8080/oauth/token',
    });
    expect(resolveEndpoints({ apiBaseUrl: 'https://api.example.test' }).tokenUrl).toBe('https://login.example.test/oauth/token');
  });

  it('rejects an unknown region in one sentence listing the valid ones', () => {
    expect(() => regionDomain('mars-1')).toThrow(ConfigError);
    expect(() => regionDomain('mars-1')).toThrow(
      /^Unknown Genesys Cloud region "mars-1"; use one of: us-east-1 \(mypurecloud\.com\), .*eusc-de-east-1 \(edee1\.eusc-pure\.cloud\)\.$/,
    );
  });

  it('never echoes a password typed into the region', () => {
    expect(() => regionDomain('https://audit:hunter2@api.mypurecloud.com')).toThrow(/^Unknown Genesys Cloud region "https:\/\/\*\*\*@api\.mypurecloud\.com"; /);
  });

  it('requires a region or a base URL', () => {
    expect(() => resolveEndpoints({})).toThrow(/No Genesys Cloud region given/);
  });
});

describe('base URLs', () => {
  it('keeps a path prefix on both the API and the token URL', () => {
    expect(resolveEndpoints({ apiBaseUrl: 'https://proxy.example.test/genesys/' })).toEqual({
      apiBaseUrl: 'https://proxy.example.test/genesys',
      tokenUrl: 'https://proxy.example.test/genesys/oauth/token',
    });
    expect(resolveEndpoints({ apiBaseUrl: 'https://api.example.test/edge' }).tokenUrl).toBe('https://login.example.test/edge/oauth/token');
  });

  it('honours a login base URL, with its own prefix, for the region or an API base URL', () => {
    expect(resolveEndpoints({ region: 'eu-west-1', loginBaseUrl: 'https://sso.example.test/gc/' })).toEqual({
      apiBaseUrl: 'https://api.mypurecloud.ie',
      tokenUrl: 'https://sso.example.test/gc/oauth/token',
    });
    expect(resolveEndpoints({ apiBaseUrl: 'https://api.example.test', loginBaseUrl: 'https://auth.example.test' }).tokenUrl).toBe(
      'https://auth.example.test/oauth/token',
    );
  });

  it('refuses plain http:// beyond loopback unless allowed explicitly', () => {
    expect(() => resolveEndpoints({ apiBaseUrl: 'http://api.example.test' })).toThrow(
      '`api-base-url` uses plain http:// to api.example.test, which would send the client secret and token in clear; use https://, or set `allow-insecure-http` to true for a trusted network.',
    );
    expect(() => resolveEndpoints({ region: 'us-east-1', loginBaseUrl: 'http://10.0.0.5:8080' })).toThrow(
      /^`login-base-url` uses plain http:\/\/ to 10\.0\.0\.5:8080/,
    );
    expect(resolveEndpoints({ apiBaseUrl: 'http://api.example.test', allowInsecureHttp: true }).apiBaseUrl).toBe('http://api.example.test');
    for (const host of ['127.0.0.1:9', 'localhost:8080', '[::1]:80']) expect(() => resolveEndpoints({ apiBaseUrl: `http://${host}` })).not.toThrow();
  });

  it.each([
    ['https://audit:hunter2-secret@api.example.test', 'https://***@api.example.test'],
    ['https://audit:hunter2/secret@api.example.test/x', 'https://***@api.example.test/x'],
    ['https://:hunter2@@api.example.test', 'https://***@api.example.test'],
  ])('refuses userinfo in %s without echoing the password', (url, shown) => {
    const err = (() => {
      try {
        resolveEndpoints({ apiBaseUrl: url });
      } catch (e) {
        return e as Error;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(ConfigError);
    expect(err?.message).not.toMatch(/hunter2/);
    expect(err?.message).toContain(shown);
  });
});
