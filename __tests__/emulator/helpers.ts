// Real HTTP against a running emulator: tokens and requests.
import type { EmulatorHandle } from '../../emulator/index.ts';

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // Tests look into bodies freely; fidelity tests validate them against the models.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

export async function call(
  handle: EmulatorHandle,
  pathAndQuery: string,
  init: { token?: string; method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['content-type'] ??= 'application/json';
  const res = await fetch(`${handle.url}${pathAndQuery}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

export async function requestToken(handle: EmulatorHandle, id: string, secret: string, grant = 'client_credentials'): Promise<Answer> {
  const res = await fetch(`${handle.url}/oauth/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: `grant_type=${grant}`,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: JSON.parse(text) };
}

/** An access token for an auditing client. */
export async function tokenFor(handle: EmulatorHandle, auditor = 'auditor'): Promise<string> {
  const { clientId, clientSecret } = handle.credentials(auditor);
  const answer = await requestToken(handle, clientId, clientSecret);
  if (answer.status !== 200) throw new Error(`token for ${auditor}: HTTP ${answer.status} ${answer.text}`);
  return answer.json.access_token as string;
}
