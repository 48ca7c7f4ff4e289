import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { octokitApi } from '../../src/github/api.ts';
import { commentMarker, upsertStickyComment } from '../../src/github/sticky-comment.ts';
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
    const marker = commentMarker('policies/oauth-policy.yml');
    expect(await upsertStickyComment(api, repo, 7, marker, 'first')).toEqual({ kind: 'created' });
    const outcome = await upsertStickyComment(api, repo, 7, marker, 'second');
    expect(outcome.kind).toBe('updated');
    const comments = gh.comments.get(7) ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toBe(`${marker}\nsecond`);
  });

  it('keeps one comment per policy file', async () => {
    const api = octokitApi('token', gh.url);
    await upsertStickyComment(api, repo, 8, commentMarker('a.yml'), 'a');
    await upsertStickyComment(api, repo, 8, commentMarker('b.yml'), 'b');
    expect(gh.comments.get(8)).toHaveLength(2);
  });

  it('warns instead of failing when the token cannot write', async () => {
    gh.readOnly = true;
    try {
      const outcome = await upsertStickyComment(octokitApi('token', gh.url), repo, 9, commentMarker('p.yml'), 'x');
      expect(outcome.kind).toBe('skipped');
      expect(outcome.kind === 'skipped' && outcome.warning).toMatch(/HTTP 403.*pull-requests: write/);
    } finally {
      gh.readOnly = false;
    }
  });

  it('cuts a body over 65,536 characters with a note', async () => {
    await upsertStickyComment(octokitApi('token', gh.url), repo, 10, commentMarker('p.yml'), 'x'.repeat(70_000));
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
