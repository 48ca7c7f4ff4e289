// What a scheduled run remembers for the next one: the findings it reported and, per
// client, a digest of what the client could do. Ids, rule ids, digests and the client
// names the summary already shows; never a secret, a scope list or a permission list.
import { createHash } from 'node:crypto';
import type { Finding } from '../evaluate/findings.ts';
import type { ClientRecord } from '../inventory/types.ts';
import type { Severity } from '../policy/types.ts';

export const STATE_VERSION = 1;

export interface StateFinding {
  /** Rule, client and subject, hashed: equal across runs for the same finding. */
  fp: string;
  rule: string;
  clientId: string;
  clientName: string;
  severity: Severity;
}

/**
 * One client, packed as `<id digest>.<access digest>.<items>`: the digest of its id, the
 * digest of its grant type, scopes, role grants and permissions × divisions, and how many
 * distinct access items that covers (more means the access grew). Packed because an issue
 * body holds 65,536 characters and a large org has thousands of clients.
 */
export type StateClient = string;

export interface UnpackedClient {
  idDigest: string;
  access: string;
  items: number;
}

export interface RunState {
  version: typeof STATE_VERSION;
  /** Whose state this is (org, policy, report key): another job's state is foreign. */
  key: string;
  /** When the run that wrote it read the org (ISO 8601). */
  at: string;
  passed: boolean;
  findings: StateFinding[];
  /** Every client; absent when the org was too large to remember (see `partial`). */
  clients?: StateClient[];
  /** Set when findings had to be cut to fit: comparisons against it are not exact. */
  partial?: boolean;
}

export function findingFingerprint(f: Finding): string {
  return digest([f.ruleId, f.client?.id ?? '', f.subject ?? ''].join('\u0000'), 16);
}

export function stateFinding(f: Finding): StateFinding {
  return { fp: findingFingerprint(f), rule: f.ruleId, clientId: f.client?.id ?? '', clientName: f.client?.name ?? '', severity: f.severity };
}

/** The items a client's access is made of, each a short canonical string. */
export function accessItems(c: ClientRecord): string[] {
  const items = new Set<string>([`grant:${c.grantType}`]);
  for (const s of c.scopes) items.add(`scope:${s}`);
  for (const g of c.roleGrants) items.add(`role:${g.roleId}@${g.divisionId}`);
  for (const p of c.permissions) items.add(`perm:${p.permission}@${p.divisionId}`);
  return [...items].sort();
}

export function stateClient(c: ClientRecord): StateClient {
  const items = accessItems(c);
  return `${clientDigest(c.id)}.${digest(items.join('\n'), 12)}.${items.length}`;
}

/** 48 bits: a collision among 20,000 clients is a one-in-a-million event. */
export function clientDigest(id: string): string {
  return digest(`client\u0000${id}`, 12);
}

export const PACKED_CLIENT = /^([0-9a-f]{12})\.([0-9a-f]{12})\.(\d{1,6})$/;

export function unpackClient(packed: StateClient): UnpackedClient {
  const m = PACKED_CLIENT.exec(packed);
  if (!m) throw new Error(`not a packed client: ${packed}`);
  return { idDigest: m[1] as string, access: m[2] as string, items: Number(m[3]) };
}

export function buildState(input: { key: string; at: string; passed: boolean; findings: readonly Finding[]; clients: readonly ClientRecord[] }): RunState {
  return {
    version: STATE_VERSION,
    key: input.key,
    at: input.at,
    passed: input.passed,
    findings: dedupe(input.findings.map(stateFinding)),
    clients: input.clients.map(stateClient),
  };
}

function dedupe(findings: StateFinding[]): StateFinding[] {
  const seen = new Map<string, StateFinding>();
  for (const f of findings) if (!seen.has(f.fp)) seen.set(f.fp, f);
  return [...seen.values()];
}

function digest(text: string, hexChars: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, hexChars);
}
