import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { octokitApi } from '../../src/github/api.ts';
import { auditClientKey, commentMarker, upsertStickyComment } from '../../src/github/sticky-comment.ts';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.ts';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await startFakeGitHub();
});
afterAll(async () => {
  await gh.close();
});

const repo = { owner: 'acme', repo: 'policy' };

describe('sticky comment', () => {
  it('creates the comment once, then edits it in place', async () => {
    const api = octokitApi('token', gh.url);
    const marker = commentMarker({ policyPath: 'policies/oauth-policy.yml' });
    expect(await upsertStickyComment(api, repo, 7, marker, 'first')).toEqual({ kind: 'created' });
    const outcome = await upsertStickyComment(api, repo, 7, marker, 'second');
    expect(outcome.kind).toBe('updated');
    const comments = gh.comments.get(7) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toBe(`${marker}\nsecond`);
  });

  it('keeps one comment per policy file', async () => {
    const api = octokitApi('token', gh.url);
    await upsertStickyComment(api, repo, 8, commentMarker({ policyPath: 'a.yml' }), 'a');
    await upsertStickyComment(api, repo, 8, commentMarker({ policyPath: 'b.yml' }), 'b');
    expect(gh.comments.get(8)).toHaveLength(2);
  });

  it('keeps one comment per org of a matrix on one pull request, and the old marker for a lone policy path', async () => {
    const api = octokitApi('token', gh.url);
    const key = { policyPath: 'policies/oauth-policy.yml' };
    expect(commentMarker(key)).toBe('<!-- genesys-oauth-policy: policies/oauth-policy.yml -->');
    const eu = commentMarker({ ...key, region: 'eu-west-1' });
    const us = commentMarker({ ...key, region: 'us-east-1' });
    const proxied = commentMarker({ ...key, region: 'us-east-1', apiBaseUrl: 'https://proxy.example/api' });
    const keyed = commentMarker({ ...key, region: 'us-east-1', reportKey: 'prod' });
    const otherOrg = commentMarker({ ...key, region: 'us-east-1', auditClient: auditClientKey('5b0e…another client id') });
    expect(new Set([eu, us, proxied, keyed, otherOrg]).size).toBe(5);
    expect(auditClientKey('client-a')).toMatch(/^[0-9a-f]{12}$/);
    expect(auditClientKey('client-a')).not.toBe(auditClientKey('client-b'));
    for (const marker of [eu, us, eu]) await upsertStickyComment(api, repo, 11, marker, marker);
    expect((gh.comments.get(11) ?? []).map((c) => c.body.split('\n')[0])).toEqual([eu, us]);
  });

  it("never puts a URL's credentials or query into the public marker", () => {
    const marker = commentMarker({ policyPath: 'p.yml', apiBaseUrl: 'https://user:s3cret@proxy.example/api/?token=abc#x' });
    expect(marker).toBe('<!-- genesys-oauth-policy: p.yml api=https://proxy.example/api -->');
    expect(commentMarker({ policyPath: 'p.yml', apiBaseUrl: 'not a url?token=abc' })).toBe('<!-- genesys-oauth-policy: p.yml api=not a url -->');
  });

  it('keeps a hostile report key inside the marker', () => {
    const marker = commentMarker({ policyPath: 'p.yml', reportKey: 'a --> <script>\n@team' });
    expect(marker).toBe('<!-- genesys-oauth-policy: p.yml key=a - <script @team -->');
    expect(marker.indexOf('-->')).toBe(marker.length - 3);
  });

  it('reads the labels a pull request has now', async () => {
    gh.labels.set(12, ['oauth-policy/accept-loosening', 'docs']);
    const api = octokitApi('token', gh.url);
    expect(await api.listLabels(repo, 12)).toEqual(['oauth-policy/accept-loosening', 'docs']);
    await expect(api.listLabels(repo, 13)).rejects.toThrow('GitHub refused to list the labels of #13 (HTTP 404).');
  });

  it('warns instead of failing when the token cannot write', async () => {
    gh.readOnly = true;
    try {
      const outcome = await upsertStickyComment(octokitApi('token', gh.url), repo, 9, commentMarker({ policyPath: 'p.yml' }), 'x');
      expect(outcome.kind).toBe('skipped');
      expect(outcome.kind === 'skipped' && outcome.warning).toMatch(/HTTP 403.*pull-requests: write/);
    } finally {
      gh.readOnly = false;
    }
  });

  it('cuts a body over 65,536 characters with a note', async () => {
    await upsertStickyComment(octokitApi('token', gh.url), repo, 10, commentMarker({ policyPath: 'p.yml' }), 'x'.repeat(70_000));
    const body = gh.comments.get(10)?.[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/GitHub limits a comment to 65,536 characters/);
  });

  it('reads a file at a commit and knows when it is absent', async () => {
    gh.files.set('abc123:policies/p.yml', 'version: 1\n');
    const api = octokitApi('token', gh.url);
    expect(await api.fileAt(repo, 'policies/p.yml', 'abc123')).toBe('version: 1\n');
    expect(await api.fileAt(repo, 'policies/p.yml', 'def456')).toBeUndefined();
  });
});
