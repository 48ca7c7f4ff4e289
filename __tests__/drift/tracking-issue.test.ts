// The tracking issue's life: opened on failure, edited in place, reopened, closed with a
// comment when the run passes; found by its marker, the bot's own first; never a failure
// when the token may not write issues.
import { describe, expect, it } from '@jest/globals';
import { GitHubHttpError } from '../../src/github/api.ts';
import type { IssueFields, IssuesApi, TrackedIssue } from '../../src/github/issues-api.ts';
import {
  findTrackingIssue,
  issueBody,
  issueMarker,
  MAX_ISSUE_BODY_CHARS,
  ownerLogins,
  syncTrackingIssue,
  TRACKING_LABEL,
  type TrackingUpdate,
} from '../../src/github/tracking-issue.ts';

const repo = { owner: 'acme', repo: 'policies' };

class MemoryIssues implements IssuesApi {
  issues: Array<TrackedIssue & { labels: string[]; assignees: string[] }> = [];
  comments: Array<{ issue: number; body: string }> = [];
  denyWrites = false;
  unassignable = new Set<string>();
  private next = 1;
  async listLabelled(_: unknown, label: string): Promise<TrackedIssue[]> {
    return this.issues
      .filter((i) => i.labels.includes(label))
      .reverse()
      .map((i) => ({ ...i }));
  }
  async create(_: unknown, f: IssueFields & { title: string; body: string }): Promise<number> {
    this.guard();
    const issue = { number: this.next++, state: 'open' as const, title: f.title, body: f.body, byBot: true, labels: f.labels ?? [], assignees: [] };
    this.issues.push(issue);
    return issue.number;
  }
  async update(_: unknown, n: number, f: IssueFields): Promise<void> {
    this.guard();
    const issue = this.issues.find((i) => i.number === n);
    if (!issue) throw new GitHubHttpError(404, 'no such issue');
    if (f.assignees?.some((a) => this.unassignable.has(a))) throw new GitHubHttpError(422, 'Validation Failed');
    Object.assign(issue, f);
  }
  async comment(_: unknown, issue: number, body: string): Promise<void> {
    this.guard();
    this.comments.push({ issue, body });
  }
  private guard(): void {
    if (this.denyWrites) throw new GitHubHttpError(403, 'GitHub refused (HTTP 403).');
  }
}

const KEY = 'api.example.test|policies/oauth-policy.yml';

function update(passed: boolean, extra: Partial<TrackingUpdate> = {}): TrackingUpdate {
  return {
    key: KEY,
    mode: 'on-failure',
    passed,
    title: passed ? 'passes' : 'fails',
    body: passed ? 'all good' : 'findings',
    stateBlock: '<!-- genesys-oauth-policy-state v1 sig=unsigned\nAA==\n-->',
    assignees: [],
    closingNote: 'Passes again.',
    ...extra,
  };
}

async function sync(api: MemoryIssues, u: TrackingUpdate) {
  return syncTrackingIssue(api, repo, await findTrackingIssue(api, repo, u.key), u);
}

describe('the tracking issue', () => {
  it('opens on failure, updates in place, closes with a comment on pass, reopens on the next failure', async () => {
    const api = new MemoryIssues();
    expect(await sync(api, update(true))).toEqual({ kind: 'none' });
    expect(await sync(api, update(false))).toEqual({ kind: 'opened', number: 1 });
    expect(await sync(api, update(false, { body: 'findings, day 2' }))).toEqual({ kind: 'updated', number: 1 });
    expect(api.issues).toHaveLength(1);
    expect(api.issues[0]?.body).toContain('findings, day 2');
    expect(api.issues[0]?.labels).toEqual([TRACKING_LABEL]);
    expect(await sync(api, update(true))).toEqual({ kind: 'closed', number: 1 });
    expect(api.comments).toEqual([{ issue: 1, body: 'Passes again.' }]);
    expect(api.issues[0]?.state).toBe('closed');
    // Passing again: the closed issue keeps the newest state, no second comment.
    expect(await sync(api, update(true))).toEqual({ kind: 'updated', number: 1 });
    expect(await sync(api, update(false))).toEqual({ kind: 'reopened', number: 1 });
    expect(api.issues).toHaveLength(1);
    expect(api.comments).toHaveLength(1);
  });

  it('keeps one issue per key: another org or policy gets its own', async () => {
    const api = new MemoryIssues();
    await sync(api, update(false));
    await sync(api, update(false, { key: 'api.other.test|policies/oauth-policy.yml' }));
    await sync(api, update(false));
    expect(api.issues.map((i) => i.body.split('\n')[0])).toEqual([issueMarker(KEY), issueMarker('api.other.test|policies/oauth-policy.yml')]);
  });

  it("prefers the bot's issue over one a person made with the same marker", async () => {
    const api = new MemoryIssues();
    api.issues.push({
      number: 7,
      state: 'open',
      title: 'made by hand',
      body: `${issueMarker(KEY)}\nhand-made`,
      byBot: false,
      labels: [TRACKING_LABEL],
      assignees: [],
    });
    expect((await findTrackingIssue(api, repo, KEY))?.number).toBe(7);
    api.issues.push({ number: 9, state: 'closed', title: 'ours', body: `${issueMarker(KEY)}`, byBot: true, labels: [TRACKING_LABEL], assignees: [] });
    api.issues.push({
      number: 10,
      state: 'open',
      title: 'made by hand, later',
      body: `${issueMarker(KEY)}`,
      byBot: false,
      labels: [TRACKING_LABEL],
      assignees: [],
    });
    expect((await findTrackingIssue(api, repo, KEY))?.number).toBe(9);
  });

  it('with mode always, stays open while passing; with mode off, touches nothing', async () => {
    const api = new MemoryIssues();
    expect(await sync(api, update(true, { mode: 'always' }))).toEqual({ kind: 'opened', number: 1 });
    expect(await sync(api, update(true, { mode: 'always' }))).toEqual({ kind: 'updated', number: 1 });
    expect(api.issues[0]?.state).toBe('open');
    expect(await sync(api, update(false, { mode: 'off' }))).toEqual({ kind: 'none' });
  });

  it('assigns the owners it can, and warns about the rest without failing', async () => {
    const api = new MemoryIssues();
    expect(await sync(api, update(false, { assignees: ['alice'] }))).toEqual({ kind: 'opened', number: 1 });
    expect(api.issues[0]?.assignees).toEqual(['alice']);
    api.unassignable.add('mallory');
    expect(await sync(api, update(false, { assignees: ['mallory'] }))).toEqual({
      kind: 'updated',
      number: 1,
      warning: expect.stringMatching(/"mallory" could not all be assigned/),
    });
  });

  it('without issues: write, warns and goes on', async () => {
    const api = new MemoryIssues();
    api.denyWrites = true;
    expect(await sync(api, update(false))).toEqual({ kind: 'skipped', warning: expect.stringMatching(/permissions: issues: write/) });
  });

  it("keeps the body under GitHub's limit by cutting the visible part, never the state", () => {
    const stateBlock = `<!-- genesys-oauth-policy-state v1 sig=unsigned\n${'A'.repeat(30_000)}\n-->`;
    const body = issueBody({ key: KEY, body: 'row\n'.repeat(20_000), stateBlock });
    expect(body.length).toBeLessThanOrEqual(MAX_ISSUE_BODY_CHARS);
    expect(body).toContain(stateBlock);
    expect(body).toMatch(/The rest is cut/);
  });

  it('reads GitHub users and teams out of owners, and nothing else', () => {
    expect(ownerLogins(['@alice', '@acme/security', 'bob@example.com', 'Carol', '@-bad', '@alice'])).toEqual({ users: ['alice'], teams: ['@acme/security'] });
  });
});
