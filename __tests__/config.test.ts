// The inputs table (src/config.ts) is the one definition of the inputs: action.yml and the
// README say what it says, the action and the CLI parse with it, and their errors name the
// input the way the user wrote it (`usage-days` in a workflow, `--usage-days` on a command line).
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readActionInputs } from '../src/action/inputs.ts';
import { parseCli, USAGE } from '../src/cli/args.ts';
import { INPUTS, type InputSpec } from '../src/config.ts';
import { actionYmlWithInputs, readmeWithInputs } from '../scripts/gen-inputs-doc.ts';

const actionYml = readFileSync('action.yml', 'utf8');
const readme = readFileSync('README.md', 'utf8');
const regenerate = 'run `npm exec -- node scripts/gen-inputs-doc.ts`';

describe('the inputs table', () => {
  it('is what action.yml declares: names, order, descriptions and defaults', () => {
    expect({ stale: actionYmlWithInputs(actionYml) !== actionYml, fix: regenerate }).toEqual({ stale: false, fix: regenerate });
    const declared = (parse(actionYml) as { inputs: Record<string, { description: string; default?: string; required: boolean }> }).inputs;
    const table = Object.entries(INPUTS) as Array<[string, InputSpec<unknown>]>;
    expect(Object.keys(declared)).toEqual(table.map(([name]) => name));
    for (const [name, spec] of table) {
      expect([name, declared[name]]).toEqual([
        name,
        {
          description: spec.description,
          required: false,
          ...((spec.actionDefault ?? spec.default) !== undefined && { default: spec.actionDefault ?? spec.default }),
        },
      ]);
    }
  });

  it("is the README's inputs table", () => {
    expect({ stale: readmeWithInputs(readme) !== readme, fix: regenerate }).toEqual({ stale: false, fix: regenerate });
    const table = readme.slice(readme.indexOf('| Input | Default | Meaning |'));
    const rows = table.slice(0, table.indexOf('\n\n')).split('\n').slice(2);
    expect(rows.map((r) => /^\| `([a-z-]+)`/.exec(r)?.[1])).toEqual(Object.keys(INPUTS));
  });

  it('gives every default once: an empty input and an absent flag parse to the same values', () => {
    const action = readActionInputs(() => '', '/repo');
    const cli = parseCli(['--region', 'eu-west-1', '--client-id', 'id', '--client-secret', 's'], {}, '/repo', false);
    if (cli.kind !== 'audit') throw new Error('expected an audit');
    const { credentials: _c, region: _r, ...fromCli } = cli.options.config;
    const { region: _ar, ...fromAction } = action.audit;
    expect(fromCli).toEqual(fromAction);
    expect(fromAction).toMatchObject({
      policyPath: '/repo/policies/oauth-policy.yml',
      usageDays: 90,
      rateLimitPerMinute: 300,
      allowInsecureHttp: false,
      failOn: undefined,
    });
    expect(action.gate).toEqual({
      githubToken: undefined,
      commentOnPr: true,
      loosening: 'require-label',
      looseningLabel: 'oauth-policy/accept-loosening',
      withoutCredentials: 'fail',
    });
  });
});

describe('the action reads the table', () => {
  const read = (inputs: Record<string, string>) => readActionInputs((name) => inputs[name] ?? '', '/repo');

  it('sets the login base URL and insecure http, and names a bad input', () => {
    expect(read({ 'login-base-url': 'http://127.0.0.1:9/', 'allow-insecure-http': 'true' }).audit).toMatchObject({
      loginBaseUrl: 'http://127.0.0.1:9/',
      allowInsecureHttp: true,
    });
    expect(() => read({ 'usage-days': '400' })).toThrow('`usage-days` must be a whole number from 0 to 365; got "400".');
    expect(() => read({ 'login-base-url': 'ftp://x' })).toThrow('`login-base-url` must be an http(s) URL, got "ftp://x".');
    expect(() => read({ 'allow-insecure-http': 'yes' })).toThrow('`allow-insecure-http` must be true or false; got "yes".');
    expect(() => read({ 'fail-on': 'fatal' })).toThrow('`fail-on` must be one of notice, warning, error, never; got "fatal".');
  });
});

describe('the CLI reads the table', () => {
  const cli = (argv: string[], env: Record<string, string> = {}) => {
    const command = parseCli(argv, { GENESYSCLOUD_OAUTHCLIENT_ID: 'id', GENESYSCLOUD_OAUTHCLIENT_SECRET: 's', ...env }, '/work', false);
    if (command.kind !== 'audit') throw new Error('expected an audit');
    return command.options.config;
  };

  it('takes flags over environment variables, and every input the action has for the org', () => {
    expect(cli(['--region', 'us-east-1'], { GENESYSCLOUD_REGION: 'eu-west-1' }).region).toBe('us-east-1');
    expect(cli([], { GENESYSCLOUD_REGION: 'eu-west-1' }).region).toBe('eu-west-1');
    expect(cli(['--api-base-url', 'http://127.0.0.1:1', '--login-base-url', 'http://127.0.0.1:2', '--allow-insecure-http'])).toMatchObject({
      apiBaseUrl: 'http://127.0.0.1:1',
      loginBaseUrl: 'http://127.0.0.1:2',
      allowInsecureHttp: true,
    });
    expect(cli([], { GENESYSCLOUD_API_BASE_URL: 'https://api.example.test', GENESYSCLOUD_LOGIN_BASE_URL: 'https://sso.example.test' })).toMatchObject({
      loginBaseUrl: 'https://sso.example.test',
    });
  });

  it('names the flag, never the action input, in its errors', () => {
    expect(() => cli([])).toThrow('No Genesys Cloud region: pass --region (e.g. us-east-1 or mypurecloud.com) or set GENESYSCLOUD_REGION.');
    expect(() => cli(['--region', 'eu-west-1', '--usage-days=-1'])).toThrow('`--usage-days` must be a whole number from 0 to 365; got "-1".');
    expect(() => cli(['--api-base-url', 'not a url'])).toThrow('`--api-base-url` is not a valid URL: "not a url".');
    expect(() => cli(['--region', 'eu-west-1', '--fail-on', 'x'])).toThrow('`--fail-on` must be one of notice, warning, error, never; got "x".');
  });

  it('lists every CLI input in --help, with its default and variables', () => {
    expect(parseCli(['--help'], {}, '/work', false)).toEqual({ kind: 'help' });
    for (const [name, spec] of Object.entries(INPUTS) as Array<[string, InputSpec<unknown>]>) {
      if (!spec.cli) continue;
      expect(USAGE).toContain(`--${name}`);
      for (const variable of spec.cli.env ?? []) expect(USAGE).toContain(`$${variable}`);
    }
  });
});
