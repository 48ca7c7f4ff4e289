// The GitHub Action, in two steps. First the inputs are read and, for an audit of the org,
// the token exchange is sent; then the runner's toolkit, the policy, evaluation and reports
// (act.ts) load while that exchange is in flight: loaded first, they held the first request
// back by half the start-up.
import type { GenesysClient } from '../genesys/client.ts';
import { secretOf } from '../genesys/token.ts';
import { openOrg } from '../org-client.ts';
import { Redactor } from '../redactor.ts';
import { PULL_REQUEST_EVENTS } from '../github/event.ts';
import { inputReader, readActionInputs, type ActionInputs } from './inputs.ts';

export interface ActionEnv {
  workspace: string;
  env: Record<string, string | undefined>;
}

/** The inputs, and the org's client with its token on the way when the run audits the org; or why the inputs failed. */
export type Begun = { inputs: ActionInputs; org?: GenesysClient } | { failure: unknown; org?: undefined };

export async function run(env: ActionEnv = defaultEnv()): Promise<void> {
  const redactor = new Redactor();
  const begun = begin(env, redactor);
  // One turn of the event loop first: the connection comes up and the request goes out
  // before the next step's compile holds the thread for tens of milliseconds.
  await new Promise((resolve) => setImmediate(resolve));
  const { act } = await import('./act.ts');
  await act(begun, env, redactor);
}

function begin(env: ActionEnv, redactor: Redactor): Begun {
  try {
    const input = inputReader(env.env);
    // Known before anything can fail, so that no error message can carry them.
    for (const secret of ['client-secret', 'access-token', 'github-token'] as const) redactor.add(input(secret) || undefined);
    for (const secret of ['GENESYSCLOUD_OAUTHCLIENT_SECRET', 'GENESYSCLOUD_ACCESS_TOKEN']) redactor.add(env.env[secret]?.trim() || undefined);
    const inputs = readActionInputs(input, env.workspace, env.env);
    redactor.add(inputs.credentials && secretOf(inputs.credentials));
    redactor.add(inputs.gate.githubToken);
    return { inputs, org: openEarly(inputs, env, redactor) };
  } catch (failure) {
    return { failure };
  }
}

/**
 * For a scheduled audit (not a merge, not a pull request) with credentials: the org's client
 * with its token exchange sent; the exchange's outcome waits for the audit (act.ts).
 */
function openEarly(inputs: ActionInputs, env: ActionEnv, redactor: Redactor): GenesysClient | undefined {
  const { credentials } = inputs;
  if (!credentials || inputs.merge || PULL_REQUEST_EVENTS.includes(env.env.GITHUB_EVENT_NAME ?? '')) return undefined;
  const org = openOrg({ ...inputs.audit, credentials }, { redactor });
  org.startToken().catch(() => undefined);
  return org;
}

function defaultEnv(): ActionEnv {
  return { workspace: process.env.GITHUB_WORKSPACE || process.cwd(), env: process.env };
}
