// Which org a report is about. The inventory carries no org id (the audit reads no org
// endpoint), so the org is named by what every run of it shares: the API host and the
// auditing client, which belongs to exactly one org. The key is a hash, so the auditing
// client's id never appears in a report; it changes if the auditing client is replaced.
import { createHash } from 'node:crypto';
import type { OrgRef } from './model.ts';

export function orgRef(apiBaseUrl: string, auditingClientId: string): OrgRef {
  const host = new URL(apiBaseUrl).host.toLowerCase();
  const key = createHash('sha256').update(`${host}\u0000${auditingClientId}`).digest('hex').slice(0, 16);
  return { host, key };
}
