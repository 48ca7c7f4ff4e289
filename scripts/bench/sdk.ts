// The official Genesys Cloud JS SDK (purecloud-platform-client-v2) used as its documentation
// shows: log in with client credentials, OAuthApi.getOauthClients(), then
// AuthorizationApi.getAuthorizationRole for each role each client holds, sequentially, with
// the SDK's defaults (no retry configured). Pointed at the emulator through the SDK's own
// gateway setting, which builds both the login host and the API host from one address.
// Its own process; an error (e.g. on its first 429) is its outcome.
//   node scripts/bench/sdk.ts '<BaselineJob as JSON>'
import { createRequire } from 'node:module';
import { armDeadline, finish, message, readJob } from './baseline-job.ts';

type Sdk = typeof import('purecloud-platform-client-v2');

const job = readJob();
let listed = 0;
let reached = 0;
armDeadline(job, () => ({ listed, reached }));

try {
  const platformClient = createRequire(import.meta.url)('purecloud-platform-client-v2') as Sdk;
  const client = platformClient.ApiClient.instance;
  const url = new URL(job.url);
  client.setEnvironment(platformClient.PureCloudRegionHosts.us_east_1 ?? 'mypurecloud.com');
  client.setGateway({ host: url.hostname, protocol: url.protocol.replace(':', ''), port: Number(url.port) });
  await client.loginClientCredentialsGrant(job.clientId, job.clientSecret);
  const oauthApi = new platformClient.OAuthApi();
  const authorizationApi = new platformClient.AuthorizationApi();
  const clients = (await oauthApi.getOauthClients()).entities ?? [];
  listed = clients.length;
  for (const c of clients) {
    const roleIds = new Set([...(c.roleDivisions ?? []).map((rd) => rd.roleId ?? ''), ...(c.roleIds ?? [])].filter(Boolean));
    for (const roleId of roleIds) await authorizationApi.getAuthorizationRole(roleId);
    reached++;
  }
  finish({ listed, reached, complete: true });
} catch (err) {
  finish({ listed, reached, complete: false, error: message(err) });
}
