// The run state as a hidden block in the tracking issue's body: JSON, gzipped, base64,
// signed. The issue is editable by people with write access to the repository, and a
// forged baseline could make a new finding look old (`fail-on-new`), so the state carries
// an HMAC keyed from the auditing client's secret: a state that does not verify is
// ignored with a notice, never trusted. A hostile body cannot make us inflate unbounded data.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { PACKED_CLIENT, STATE_VERSION, type RunState } from './state.ts';

/** Room the state may take in an issue body (GitHub allows 65,536 characters in all). */
export const STATE_BUDGET_CHARS = 40_000;
const MAX_INFLATED_BYTES = 8 * 1024 * 1024;
const OPEN = '<!-- genesys-oauth-policy-state';
const BLOCK = /<!-- genesys-oauth-policy-state v(\d+) sig=([0-9a-f]{64}|unsigned)\n([A-Za-z0-9+/=\n]*)-->/;

export type StateKey = Buffer | undefined;

/** The signing key: derived from the client secret, so the secret itself is never used twice. */
export function stateKey(clientSecret: string | undefined): StateKey {
  return clientSecret ? createHmac('sha256', 'genesys-oauth-policy/run-state/v1').update(clientSecret).digest() : undefined;
}

export interface EncodedState {
  block: string;
  /** What had to be left out to fit, for a notice. */
  cut?: string;
}

export function encodeState(state: RunState, key: StateKey): EncodedState {
  let s = state;
  let cut: string | undefined;
  let block = render(s, key);
  if (block.length > STATE_BUDGET_CHARS && s.clients) {
    s = { ...s, clients: undefined };
    cut = `the ${state.clients?.length} clients' access digests (new clients and access changes are not tracked until the org shrinks)`;
    block = render(s, key);
  }
  if (block.length > STATE_BUDGET_CHARS) {
    const findings = s.findings;
    // Halve until it fits: a few renders, each linear in what is kept.
    let keep = findings.length;
    while (block.length > STATE_BUDGET_CHARS && keep > 0) {
      keep = Math.floor(keep / 2);
      s = { ...s, findings: findings.slice(0, keep), partial: true };
      block = render(s, key);
    }
    cut = `${cut ? `${cut}, and ` : ''}${findings.length - keep} of ${findings.length} findings (the next run treats them as new)`;
  }
  return cut ? { block, cut } : { block };
}

function render(state: RunState, key: StateKey): string {
  const payload = gzipSync(Buffer.from(JSON.stringify(state)), { level: 9 }).toString('base64');
  const lines = payload.match(/.{1,100}/g) ?? [];
  return `${OPEN} v${STATE_VERSION} sig=${sign(payload, key)}\n${lines.join('\n')}\n-->`;
}

function sign(payload: string, key: StateKey): string {
  return key ? createHmac('sha256', key).update(payload).digest('hex') : 'unsigned';
}

export type DecodedState = { kind: 'none' } | { kind: 'ok'; state: RunState } | { kind: 'ignored'; reason: string };

/** Reads the state from an issue body; anything doubtful is ignored with the reason. */
export function decodeState(body: string, expectedKey: string, key: StateKey): DecodedState {
  if (!body.includes(OPEN)) return { kind: 'none' };
  const m = BLOCK.exec(body);
  if (!m) return { kind: 'ignored', reason: 'the state block in the tracking issue is damaged' };
  const [, version, signature, text] = m as unknown as [string, string, string, string];
  if (Number(version) !== STATE_VERSION)
    return { kind: 'ignored', reason: `the saved state is version ${version}, this action reads version ${STATE_VERSION}` };
  const payload = text.replace(/\n/g, '');
  const verdict = verify(payload, signature, key);
  if (verdict) return { kind: 'ignored', reason: verdict };
  let json: unknown;
  try {
    json = JSON.parse(gunzipSync(Buffer.from(payload, 'base64'), { maxOutputLength: MAX_INFLATED_BYTES }).toString('utf8'));
  } catch {
    return { kind: 'ignored', reason: 'the saved state cannot be read (not gzipped JSON, or larger than 8 MiB)' };
  }
  const problem = shapeProblem(json);
  if (problem) return { kind: 'ignored', reason: `the saved state does not have the expected shape (${problem})` };
  const state = json as unknown as RunState;
  if (state.key !== expectedKey) return { kind: 'ignored', reason: 'the saved state belongs to another org or policy' };
  return { kind: 'ok', state };
}

function verify(payload: string, signature: string, key: StateKey): string | undefined {
  if (!key) return signature === 'unsigned' ? undefined : 'the saved state is signed, and this run has no client secret to check the signature with';
  if (signature === 'unsigned') return 'the saved state is not signed, so it could have been written by anyone who can edit the issue';
  const expected = Buffer.from(sign(payload, key), 'hex');
  const given = Buffer.from(signature, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given)
    ? undefined
    : "the saved state's signature does not match (edited by hand, or the client secret changed)";
}

/** The state's shape, checked field by field: it came from an issue anyone with write access can edit. */
function shapeProblem(v: unknown): string | undefined {
  if (!isObject(v)) return 'not an object';
  if (v.version !== STATE_VERSION) return '`version`';
  for (const k of ['key', 'at'] as const) if (!isText(v[k])) return `\`${k}\``;
  if (typeof v.passed !== 'boolean') return '`passed`';
  if (v.partial !== undefined && typeof v.partial !== 'boolean') return '`partial`';
  if (!Array.isArray(v.findings)) return '`findings`';
  const badFinding = v.findings.findIndex(
    (f) => !isObject(f) || !['fp', 'rule', 'clientId', 'clientName'].every((k) => isText(f[k])) || !SEVERITIES.includes(f.severity as string),
  );
  if (badFinding >= 0) return `\`findings[${badFinding}]\``;
  if (v.clients === undefined) return undefined;
  if (!Array.isArray(v.clients)) return '`clients`';
  const badClient = v.clients.findIndex((c) => typeof c !== 'string' || !PACKED_CLIENT.test(c));
  return badClient >= 0 ? `\`clients[${badClient}]\`` : undefined;
}

const SEVERITIES: readonly string[] = ['error', 'warning', 'notice'];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isText(v: unknown): v is string {
  return typeof v === 'string' && v.length <= 512;
}
