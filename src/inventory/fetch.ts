// Reads everything the audit needs from Genesys Cloud with as few requests as the API
// allows, and normalizes it. Fails closed: either every client is in the inventory with
// everything it holds resolved, or this throws. The one exception is a client deleted
// between the listing and its detail read (404): it no longer exists, so leaving it out
// (with a notice naming it) is the whole org, not a partial one.
//
// Plan (requests in brackets; N clients, R roles and D divisions held):
//   token ─► list clients [1] ─► details of clients the listing leaves without a grant type [0..N]
//        ├► org rate limit [1]      (paces the rest; the default budget until it answers)
//        ├► scope catalog [1]
//        └► usage query [1 + polls] (when asked; a large org's window in spans, sized by the
//           listing's count: [1 + spans × (1 + polls)])
//   then roles held [⌈R/100⌉] and divisions named in grants [⌈D/100⌉], each fetched once,
//   and the home division [0..1] only when a client holds roles through the deprecated
//   `roleIds` and no grant named the home division already.
// A run of more requests than one window allows reads usage after the detail reads that its
// last window waits on (usageMayRead).
import type { GenesysClient } from '../genesys/client.ts';
import { getDivisionsByIds, getHomeDivision, getOAuthClient, getRolesByIds, listOAuthClients, listScopes, readTokenRateLimit } from '../genesys/api.ts';
import { GenesysError } from '../genesys/errors.ts';
import { inParallel } from '../genesys/in-parallel.ts';
import { MAX_IN_FLIGHT } from '../genesys/pacer.ts';
import type { AuthzDivision, OAuthClient } from '../genesys/models.ts';
import type { Clock } from '../genesys/clock.ts';
import { queryLastUse, usageRequestsAbout, type UsageResult } from '../genesys/usage.ts';
import { bindingRequests } from '../genesys/binding-requests.ts';
import { buildDirectory, legacyRoleIds, normalizeAll } from './normalize.ts';
import { ALL_DIVISIONS, type ClientRecord, type Inventory } from './types.ts';

export interface FetchOptions {
  clock: Clock;
  /** Days of API usage to read for last-use rules; 0 = do not read usage. */
  usageDays: number;
  /** Read the org's real per-token limit and pace on it (else the configured default). */
  readOrgLimit: boolean;
  /** How long to wait for the usage query to complete. */
  usageMaxWaitMs?: number;
  /**
   * Given the clients as soon as they are read, before usage: the inventory's clients are
   * these (with `lastUsed` added when usage was read), in this order.
   */
  onClients?: (clients: readonly ClientRecord[]) => void;
}

export async function fetchInventory(api: GenesysClient, opts: FetchOptions): Promise<Inventory> {
  const notices: string[] = [];
  const limit = opts.readOrgLimit ? paceOnOrgLimit(api, notices) : Promise.resolve();
  const scopes = listScopes(api).then(
    (list) => list.map((s) => s.id ?? '').filter(Boolean),
    (err: unknown) => optional(err, notices, 'the org scope catalog could not be read, so unknown scopes are checked against the built-in catalog'),
  );
  const listing = listOAuthClients(api);
  // The client count sizes the usage queries; a listing that fails fails the run on its own.
  const clientCount = listing.then(
    (listed) => listed.length,
    () => 0,
  );
  const details = (async () => {
    const listed = await listing;
    await limit;
    return withDetails(api, listed, notices);
  })();
  const usage =
    opts.usageDays > 0
      ? readUsage(api, opts, notices, clientCount, usageMayRead(api, opts.usageDays, listing, limit, details))
      : Promise.resolve<UsageRead>({});
  const clientsAndDirectory = (async () => {
    const clients = await details;
    const roleIds = heldRoleIds(clients);
    const [roles, divisions] = await Promise.all([getRolesByIds(api, roleIds), getDivisionsByIds(api, namedDivisionIds(clients))]);
    const home = await homeDivision(api, clients, divisions, notices);
    const directory = buildDirectory(roles, divisions, home);
    // Normalized now, while the usage query (the longest chain of requests) is still running.
    const records = await normalizeAll(clients, directory);
    opts.onClients?.(records);
    return { roleIds, directory, records };
  })();
  // Every branch runs at once and is joined here, so the first failure fails the run and
  // no other branch's failure is left unhandled; the others are then stopped, so that no
  // retry or wait of theirs keeps the process alive.
  const [{ roleIds, directory, records }, { used, unreadable }, catalog] = await Promise.all([clientsAndDirectory, usage, scopes, limit]).catch(
    (err: unknown) => {
      api.cancel();
      throw err;
    },
  );
  noteMissing(roleIds, directory, notices);
  return {
    clients: used ? records.map((r) => ({ ...r, lastUsed: used.lastUsed.get(r.id) ?? null })) : records,
    fetchedAt: new Date(opts.clock.now()).toISOString(),
    notices,
    ...(used && { usage: { days: opts.usageDays, from: used.from, to: used.to } }),
    ...(unreadable && { usageUnreadable: unreadable }),
    ...(catalog && { scopeCatalog: catalog }),
  };
}

/**
 * Older listings omit `authorizedGrantType`: read those clients one by one, as many at once as
 * may be in flight. A client deleted since the listing (404) is left out with a notice; any
 * other failure fails.
 */
async function withDetails(api: GenesysClient, listed: OAuthClient[], notices: string[]): Promise<OAuthClient[]> {
  const read: Array<OAuthClient | undefined> = listed.slice();
  const unread = listed.flatMap((c, i) => (needsDetailRead(c) ? [i] : []));
  // As many readers as requests can ever be in flight: the pacer sets the pace.
  await inParallel(unread, MAX_IN_FLIGHT, async (i) => {
    const c = listed[i] as OAuthClient;
    try {
      read[i] = await getOAuthClient(api, c.id ?? '');
    } catch (err) {
      if (!(err instanceof GenesysError && err.kind === 'not-found')) throw err;
      notices.push(`OAuth client "${c.name ?? ''}" (${c.id ?? ''}) was deleted while the audit read it, so it is not in the inventory.`);
      read[i] = undefined;
    }
  });
  return read.filter((c): c is OAuthClient => c !== undefined);
}

/** Whether the listing left a client without its grant type, to be read on its own. */
function needsDetailRead(c: OAuthClient): boolean {
  return !c.authorizedGrantType;
}

/** The home division, for grants through `roleIds`: from the divisions read when a grant named it, else one request. */
async function homeDivision(api: GenesysClient, clients: OAuthClient[], divisions: AuthzDivision[], notices: string[]): Promise<AuthzDivision | undefined> {
  if (!clients.some((c) => legacyRoleIds(c).length > 0)) return undefined;
  const named = divisions.find((d) => d.homeDivision === true);
  if (named) return named;
  return getHomeDivision(api).catch((err: unknown) =>
    optional(err, notices, 'the org\'s home division could not be read, so roles held through the deprecated roleIds are shown in "home division"'),
  );
}

/** Requests for roles and divisions, about: a page of each for most orgs. */
const DIRECTORY_REQUESTS_ABOUT = 2;

/**
 * When the usage query may read. At once, unless the run makes more requests than one window
 * allows (a legacy listing's detail reads on a large org): it then ends a window after its
 * binding requests (binding-requests.ts), and the usage answers, the largest the audit
 * reads, would slow them for both processes. So usage waits until those are sent, or the
 * detail reads are done, and is read in the rest of the window's budget.
 */
async function usageMayRead(
  api: GenesysClient,
  usageDays: number,
  listing: Promise<OAuthClient[]>,
  limit: Promise<void>,
  details: Promise<unknown>,
): Promise<void> {
  try {
    const listed = await listing;
    await limit;
    let unread = 0;
    for (const c of listed) if (needsDetailRead(c)) unread++;
    const total = api.pacer.granted + unread + usageRequestsAbout(usageDays, listed.length) + DIRECTORY_REQUESTS_ABOUT;
    const binding = bindingRequests(total, api.pacer.currentLimit);
    if (binding < total) await Promise.race([api.pacer.whenGranted(binding), details]);
  } catch {
    // A failed listing or detail read fails the run on its own branch.
  }
}

async function paceOnOrgLimit(api: GenesysClient, notices: string[]): Promise<void> {
  try {
    const limit = await readTokenRateLimit(api);
    if (limit) api.pacer.setLimit(limit);
  } catch (err) {
    optional(err, notices, `the org's rate limit could not be read, so requests are paced at ${api.pacer.currentLimit} a minute`);
  }
}

interface UsageRead {
  used?: UsageResult;
  unreadable?: string;
}

/**
 * Usage, or why it could not be read. A usage API that refuses (403), is absent (404) or
 * does not answer in time leaves the rest of the audit standing: rules about unused
 * clients are then reported as not evaluated. A usage API that lies fails the run.
 */
async function readUsage(api: GenesysClient, opts: FetchOptions, notices: string[], clients: Promise<number>, mayRead: Promise<void>): Promise<UsageRead> {
  try {
    return { used: await queryLastUse(api, opts.usageDays, { clock: opts.clock, maxWaitMs: opts.usageMaxWaitMs ?? 120_000 }, clients, mayRead) };
  } catch (err) {
    const why = err instanceof GenesysError ? usageUnreadable(err) : undefined;
    if (!why) throw err;
    notices.push(`Usage was not read: ${why}; rules about unused clients are reported as not evaluated.`);
    return { unreadable: why };
  }
}

/** Why usage could not be read, for failures that leave the rest of the audit standing. */
function usageUnreadable(err: GenesysError): string | undefined {
  if (err.kind === 'permission') {
    return "Genesys Cloud refused the organization usage query (HTTP 403) although its documentation accepts oauth:client:view or usage:organization:view, so add usage:organization:view to the auditing client's role";
  }
  if (err.kind === 'not-found') return 'Genesys Cloud has no organization usage query at this API (HTTP 404)';
  // The error's own sentence, without its advice: the finding says what follows.
  if (err.reason === 'timeout' || err.reason === 'usage-query') return err.message.replace(/(; try again later)?\.$/, '').replace(/^The /, 'the ');
  return undefined;
}

/** Optional reads may be refused (403) or absent (404); anything else fails the run. */
function optional(err: unknown, notices: string[], consequence: string): undefined {
  if (err instanceof GenesysError && (err.kind === 'permission' || err.kind === 'not-found')) {
    notices.push(`${consequence[0]?.toUpperCase()}${consequence.slice(1)} (HTTP ${err.status}).`);
    return undefined;
  }
  throw err;
}

// Plain loops: once per client and grant of a large org, where arrays per client cost ~40 ms.

function heldRoleIds(clients: readonly OAuthClient[]): string[] {
  const ids: string[] = [];
  for (const c of clients) {
    for (const rd of c.roleDivisions ?? []) if (rd.roleId) ids.push(rd.roleId);
    for (const id of c.roleIds ?? []) if (id) ids.push(id);
  }
  return ids;
}

function namedDivisionIds(clients: readonly OAuthClient[]): string[] {
  const ids: string[] = [];
  for (const c of clients) for (const rd of c.roleDivisions ?? []) if (rd.divisionId && rd.divisionId !== ALL_DIVISIONS) ids.push(rd.divisionId);
  return ids;
}

/** `roleIds`: every role the clients hold (heldRoleIds), read once for the roles request and this notice. */
function noteMissing(roleIds: readonly string[], directory: ReturnType<typeof buildDirectory>, notices: string[]): void {
  const missing = [...new Set(roleIds)].filter((id) => !directory.roles.has(id));
  if (missing.length) {
    notices.push(
      `${missing.length} role${missing.length === 1 ? '' : 's'} held by clients no longer exist (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}); they grant nothing.`,
    );
  }
}
