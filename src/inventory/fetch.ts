// Reads everything the audit needs from Genesys Cloud and normalizes it. Fails closed:
// either every client is in the inventory or this throws.
import type { GenesysClient } from '../genesys/client.ts';
import { getOAuthClient, listDivisions, listOAuthClients, listRoles } from '../genesys/api.ts';
import type { OAuthClient } from '../genesys/models.ts';
import { buildDirectory, normalizeClient } from './normalize.ts';
import type { Inventory } from './types.ts';

export interface FetchOptions {
  /** Concurrent single-client reads when the listing lacks grant types. */
  concurrency?: number;
  now: () => Date;
}

export async function fetchInventory(api: GenesysClient, opts: FetchOptions): Promise<Inventory> {
  const listed = await listOAuthClients(api);
  const clients = await withGrantTypes(api, listed, opts.concurrency ?? 8);
  const needsRoles = clients.some((c) => (c.roleDivisions?.length ?? 0) > 0 || (c.roleIds?.length ?? 0) > 0);
  const [roles, divisions] = needsRoles ? await Promise.all([listRoles(api), listDivisions(api)]) : [[], []];
  const directory = buildDirectory(roles, divisions);
  return {
    clients: clients.map((c) => normalizeClient(c, directory)),
    fetchedAt: opts.now().toISOString(),
    notices: [],
  };
}

/** Older listings omit `authorizedGrantType`: read those clients one by one. */
async function withGrantTypes(api: GenesysClient, listed: OAuthClient[], concurrency: number): Promise<OAuthClient[]> {
  return mapConcurrent(listed, concurrency, (c) =>
    c.authorizedGrantType || !c.id ? Promise.resolve(c) : getOAuthClient(api, c.id),
  );
}

export async function mapConcurrent<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
