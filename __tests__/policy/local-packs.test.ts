import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import packSchema from '../../policies/pack.schema.json' with { type: 'json' };
import policySchema from '../../policies/oauth-policy.schema.json' with { type: 'json' };
import { PolicyError } from '../../src/policy/errors.ts';
import { loadPolicyFile, parsePolicy, parsePolicyReadingPacks } from '../../src/policy/load.ts';
import { MAX_PACK_FILES, PACK_KEYS } from '../../src/policy/local-packs.ts';
import { evaluate } from '../../src/evaluate/evaluate.ts';
import { diffPolicies } from '../../src/gate/policy-diff.ts';
import { client, inventory } from '../helpers/inventory.ts';

/** A repository in a temp directory: files by repository path. Returns its root. */
function repo(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'packs-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

const POLICY = 'policies/oauth-policy.yml';
const load = (root: string) => loadPolicyFile(path.join(root, POLICY), POLICY);

async function problemsOf(root: string): Promise<string[]> {
  try {
    await load(root);
  } catch (err) {
    if (err instanceof PolicyError) return err.problems.map((p) => `${p.location.file}:${p.location.line}:${p.location.column} ${p.message}`);
    throw err;
  }
  throw new Error('expected the policy to be rejected');
}

const ACME = `version: 1
extends: [./base.yml]
rules:
  - id: acme-no-implicit
    description: No implicit grant.
    severity: warning
    grant-types: { deny: [implicit] }
  - id: acme-short-tokens
    token-lifetime: { max-seconds: 3600 }
`;
const BASE = `version: 1
extends: [recommended]
rules:
  - id: base-no-password
    grant-types: { deny: [password] }
`;

describe('local pack files in extends', () => {
  it('brings the rules of a pack in a second file (and of what it extends), each at its own line, and overrides apply by id', async () => {
    const root = repo({
      [POLICY]: 'version: 1\nextends: [./packs/acme.yml]\noverrides:\n  acme-no-implicit: error\n  base-no-password: off\n  cc-all-divisions: notice\n',
      'policies/packs/acme.yml': ACME,
      'policies/packs/base.yml': BASE,
    });
    const policy = await load(root);
    const byId = new Map(policy.rules.map((r) => [r.id, r]));
    expect(policy.disabledRules).toEqual(['base-no-password']);
    expect(byId.get('acme-short-tokens')).toMatchObject({
      origin: 'policies/packs/acme.yml',
      severity: 'error',
      location: { file: 'policies/packs/acme.yml', line: 8 },
    });
    // An overridden rule points at its override, as built-in ones do.
    expect(byId.get('acme-no-implicit')).toMatchObject({ origin: 'policies/packs/acme.yml', severity: 'error', location: { file: POLICY, line: 4 } });
    // The built-in pack reached through base.yml points at base.yml's `extends` line.
    expect(byId.get('cc-can-edit-roles-or-grants')).toMatchObject({ origin: 'recommended', location: { file: 'policies/packs/base.yml', line: 2 } });
    expect(byId.get('cc-all-divisions')).toMatchObject({ severity: 'notice', location: { file: POLICY, line: 6 } });
    const hits = evaluate(policy, inventory([client({ name: 'Legacy SPA', grantType: 'implicit' })]), { now: new Date('2026-01-01T00:00:00Z') });
    expect(hits.findings.some((f) => f.ruleId === 'acme-no-implicit' && f.severity === 'error')).toBe(true);
  });

  it("lets the gate compare a pack file's rules by id: one turned off or loosened in the pack is a loosening", async () => {
    const files = { [POLICY]: 'version: 1\nextends: [./packs/acme.yml]\n', 'policies/packs/acme.yml': ACME, 'policies/packs/base.yml': BASE };
    const base = await load(repo(files));
    const off = await load(repo({ ...files, [POLICY]: `${files[POLICY]}overrides:\n  acme-short-tokens: off\n` }));
    const longer = await load(repo({ ...files, 'policies/packs/acme.yml': ACME.replace('max-seconds: 3600', 'max-seconds: 86400') }));
    expect(diffPolicies(base, off).map((c) => [c.kind, c.loosens, c.description])).toEqual([
      ['rule-removed', true, 'Rule `acme-short-tokens` (pack `policies/packs/acme.yml`) is turned off in `overrides`.'],
    ]);
    expect(diffPolicies(base, longer).map((c) => [c.kind, c.loosens])).toEqual([['rule-loosened', true]]);
  });

  it('reports a cycle at the extends entry of each file on it', async () => {
    const root = repo({
      [POLICY]: 'version: 1\nextends: [./a.yml]\n',
      'policies/a.yml': 'version: 1\nextends: [./packs/b.yml]\nrules: []\n',
      'policies/packs/b.yml': 'version: 1\nextends:\n  - recommended\n  - ./../a.yml\n',
    });
    expect(await problemsOf(root)).toEqual([
      `${POLICY}:2:11 Pack \`./a.yml\` cannot be used: 1 problem in policies/packs/b.yml, listed at its line.`,
      'policies/packs/b.yml:4:5 `./../a.yml` makes a cycle of packs: policies/oauth-policy.yml → policies/a.yml → policies/packs/b.yml → policies/a.yml; a pack cannot extend itself, directly or through another.',
    ]);
  });

  it('reports unknown files, escapes, invalid content, keys a pack may not hold and duplicate ids, each located', async () => {
    const root = repo({
      [POLICY]: 'version: 1\nextends: [recommended, ./missing.yml, ./../../etc/x.yml, ./bad.yml, ./dup.yml]\noverrides:\n  acme-rule: off\n',
      'policies/bad.yml': 'version: 1\nsettings: { fail-on: never }\nrules:\n  - id: Bad Id\n    scopes: { deny: [x] }\n',
      'policies/dup.yml': 'version: 1\nrules:\n  - id: cc-all-divisions\n    scopes: { deny: [x] }\n',
    });
    const problems = await problemsOf(root);
    expect(problems).toEqual([
      `${POLICY}:2:24 \`./missing.yml\` names policies/missing.yml, which does not exist in the repository.`,
      `${POLICY}:2:39 \`./../../etc/x.yml\` leads outside the repository (../etc/x.yml); a pack file must be inside it.`,
      `${POLICY}:2:58 Pack \`./bad.yml\` cannot be used: 2 problems in policies/bad.yml, listed at their lines.`,
      `${POLICY}:2:69 Pack \`policies/dup.yml\` defines rule \`cc-all-divisions\` (policies/dup.yml:3), which pack \`recommended\` already defines; rule ids must be unique across packs.`,
      `${POLICY}:4:3 \`overrides\` names \`acme-rule\`, which is not a rule of the packs in \`extends\`.`,
      'policies/bad.yml:2:1 Unknown key `settings` in a pack file; a pack holds only `version`, `extends`, `rules` (overrides, settings, approved clients and exceptions belong to the policy).',
      'policies/bad.yml:4:9 `rules.0.id` must be lower-case words joined by hyphens (e.g. `no-admin-scopes`).',
    ]);
  });

  it('does not follow a symbolic link out of the repository, and bounds how many files it reads', async () => {
    const outside = repo({ 'x.yml': 'version: 1\n' });
    const root = repo({ [POLICY]: 'version: 1\nextends: [./link.yml]\n' });
    symlinkSync(path.join(outside, 'x.yml'), path.join(root, 'policies/link.yml'));
    expect(await problemsOf(root)).toEqual([
      `${POLICY}:2:11 Pack file policies/link.yml (\`./link.yml\`) cannot be read: a symbolic link leads outside the repository.`,
    ]);

    const chain: Record<string, string> = { [POLICY]: 'version: 1\nextends: [./p0.yml]\n' };
    for (let i = 0; i <= MAX_PACK_FILES; i++) chain[`policies/p${i}.yml`] = `version: 1\nextends: [./p${i + 1}.yml]\n`;
    const problems = await problemsOf(repo(chain));
    expect(problems.some((p) => p.includes(`a policy may use at most ${MAX_PACK_FILES} pack files`))).toBe(true);
  });

  it('is a located error where no reader is given', () => {
    expect(() => parsePolicy(POLICY, 'version: 1\nextends: [./packs/acme.yml]\n')).toThrow(
      /oauth-policy.yml:2:11: `\.\/packs\/acme\.yml` is a pack file, and pack files cannot be read where this policy comes from/,
    );
  });

  it('reads pack files asynchronously (as the gate does at a commit), each once, and reports a missing one', async () => {
    const files: Record<string, string> = { 'policies/packs/acme.yml': ACME, 'policies/packs/base.yml': BASE };
    const reads: string[] = [];
    const read = async (p: string) => {
      reads.push(p);
      return files[p];
    };
    const policy = await parsePolicyReadingPacks(POLICY, 'version: 1\nextends: [./packs/acme.yml]\n', read);
    expect(policy.rules.map((r) => r.id)).toEqual(expect.arrayContaining(['acme-no-implicit', 'base-no-password', 'cc-all-divisions']));
    expect(reads).toEqual(['policies/packs/acme.yml', 'policies/packs/base.yml']);
    await expect(parsePolicyReadingPacks(POLICY, 'version: 1\nextends: [./gone.yml]\n', read)).rejects.toThrow(
      /`\.\/gone\.yml` names policies\/gone\.yml, which does not exist/,
    );
  });

  it('rejects an extends entry that is neither a built-in pack nor a ./ path to a YAML file', () => {
    expect(() => parsePolicy(POLICY, 'version: 1\nextends: [recommended, packs/acme.yml]\n')).toThrow(
      /:2:24: `extends.1` must be one of "recommended", or the path of a pack file of the repository starting with `.\/`\./,
    );
    for (const odd of ['./packs/a?ref=main.yml', './packs/a#x.yml', './packs\\\\a.yml', './a:b.yml']) {
      expect(() => parsePolicy(POLICY, `version: 1\nextends: ["${odd}"]\n`, { readPack: () => 'version: 1\n' })).toThrow(/may hold only letters, digits/);
    }
    expect(() => parsePolicy(POLICY, 'version: 1\nextends: [./packs/acme.json]\n')).toThrow(
      /`extends.0` must be a built-in pack \(`recommended`\) or the path of a pack file/,
    );
  });

  it('keeps the pack schema for editors in step with the keys the loader accepts, and valid beside the policy schema', () => {
    expect(Object.keys(packSchema.properties)).toEqual(PACK_KEYS);
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
    ajv.addSchema(policySchema);
    const validate = ajv.compile(packSchema);
    expect(validate(parse(ACME))).toBe(true);
    expect(validate(parse(BASE))).toBe(true);
    expect(validate(parse('version: 1\noverrides: { cc-all-divisions: off }\n'))).toBe(false);
    expect(validate(parse('version: 1\nrules:\n  - id: x\n    scops: []\n'))).toBe(false);
  });
});
