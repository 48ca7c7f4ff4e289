// One request, start to finish, in the order the platform's layers would act: latency and
// scripted faults at the edge, the login service for /oauth/token, then for the API the
// bearer check, the per-token and per-route rate limits, random faults, the permission
// check and the route itself. Every answer carries ININ-Correlation-Id; error bodies carry
// it as contextId.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ErrorBody } from './models.ts';
import { authenticate, bearerOf, clientCredentialsOf, issueToken, type TokenStore } from './auth.ts';
import { JsonText, type EmulatorState, type RequestContext, type Result } from './context.ts';
import { echoHostile, entityTooLarge, missingAnyPermissions, notFound, serverError, tooManyRequests } from './errors.ts';
import { faultAnswer, randomFault, type FaultQueue } from './faults.ts';
import { clientPermissions, holdsAny } from './permissions.ts';
import { rateLimitHeaders, retryAfterSeconds, type RateLimiter } from './rate-limit.ts';
import type { Rng } from './random.ts';
import { writeResponse, type Delivery } from './respond.ts';
import { matchRoute, type RouteMatch } from './router.ts';
import { API_ROUTES } from './routes/index.ts';
import { HOSTILE_ECHO } from './scenarios/hostile-text.ts';
import { countAnswer, countRequest, type EmulatorStats } from './stats.ts';

export const TOKEN_PATH = '/oauth/token';
/** Request bodies larger than this are refused with 413. */
const MAX_BODY_BYTES = 1_048_576;

export interface Emulator {
  state: EmulatorState;
  tokens: TokenStore;
  limiter: RateLimiter;
  faults: FaultQueue;
  stats: EmulatorStats;
  /** Decides random faults, one draw per API request. */
  faultRng: Rng;
  latencyRng: Rng;
}

/** What one origin serves: the login service, the API, or both (the single-origin mode). */
export type Serves = 'login' | 'api' | 'both';

export async function handleRequest(emu: Emulator, req: IncomingMessage, res: ServerResponse, serves: Serves = 'both'): Promise<void> {
  const { stats } = emu;
  stats.inFlight++;
  stats.peakConcurrent = Math.max(stats.peakConcurrent, stats.inFlight);
  res.on('close', () => void stats.inFlight--);
  const correlationId = randomUUID();
  const url = new URL(req.url ?? '/', 'http://emulator.invalid');
  const method = req.method ?? 'GET';
  const isToken = url.pathname === TOKEN_PATH && serves !== 'api';
  const match = isToken || serves === 'login' ? undefined : matchRoute(API_ROUTES, method, url.pathname);
  const route = isToken ? `${method} ${TOKEN_PATH}` : (match?.name ?? `${method} (unmatched)`);
  countRequest(stats, route, isToken);
  const body = await readBody(req);
  const fault = emu.faults.take(route, method, url.pathname) ?? (isToken ? undefined : randomFault(emu.state.knobs, emu.faultRng));
  await sleep(latencyMs(emu) + (fault?.delayMs ?? 0));
  const extraHeaders: Record<string, string> = {};
  let result: Result;
  try {
    if (body === undefined) result = entityTooLarge(MAX_BODY_BYTES);
    else if (fault?.status !== undefined) result = faultAnswer({ ...fault, status: fault.status });
    else if (isToken) result = answerToken(emu, method, req, body);
    else if (serves === 'login' || url.pathname === TOKEN_PATH) result = notFound();
    else result = answerApi(emu, { method, path: url.pathname, query: url.searchParams, headers: req.headers, body }, match, extraHeaders);
  } catch (err) {
    console.error('emulator: route failed', err);
    result = serverError(500);
  }
  if (result.delayMs) await sleep(result.delayMs);
  const delivery: Delivery = { drop: fault?.drop, malformed: fault?.malformed, slowBodyMs: fault?.slowBodyMs ?? emu.state.knobs.slowBodyMs };
  countAnswer(stats, result.status, delivery);
  const headers = { 'Content-Type': 'application/json', 'ININ-Correlation-Id': correlationId, ...extraHeaders, ...result.headers };
  const answer = finalBody(emu, result, correlationId);
  await writeResponse(res, result.status, headers, answer instanceof JsonText ? answer.text : JSON.stringify(answer), delivery);
}

function answerToken(emu: Emulator, method: string, req: IncomingMessage, body: string): Result {
  if (method !== 'POST') return notFound();
  // The login service has its own budget per OAuth client, apart from the API's.
  const clientId = clientCredentialsOf(req.headers, new URLSearchParams(body))?.id ?? '';
  const { knobs } = emu.state;
  const now = Date.now();
  const check = emu.limiter.check(`token:${clientId}`, knobs.tokenRateLimitPerMinute, knobs.rateLimitWindowMs, now);
  if (!check.allowed) return tooManyRequests(retryAfterSeconds(check.retryAfterMs));
  emu.limiter.record(`token:${clientId}`, now);
  return issueToken(req.headers, body, emu.state, emu.tokens);
}

type ApiRequest = Omit<RequestContext, 'params' | 'callerId' | 'state'>;

function answerApi(emu: Emulator, request: ApiRequest, match: RouteMatch | undefined, headers: Record<string, string>): Result {
  const callerId = authenticate(request.headers, emu.state, emu.tokens);
  if (typeof callerId !== 'string') return callerId;
  if (!match) return notFound();
  const throttled = throttle(emu, bearerOf(request.headers), match.name, headers);
  if (throttled) return throttled;
  const anyOf = match.route.permissions(emu.state);
  if (anyOf.length && !holdsAny(clientPermissions(emu.state.org, callerId), anyOf)) return missingAnyPermissions(anyOf);
  return match.route.handle({ ...request, params: match.params, callerId, state: emu.state });
}

/** The 429 to answer when the token's budget (or the route's lower one) is spent, else counts the request. */
function throttle(emu: Emulator, token: string, route: string, headers: Record<string, string>): Result | undefined {
  const { knobs } = emu.state;
  const now = Date.now();
  const window = knobs.rateLimitWindowMs;
  const perRoute = knobs.endpointLimits[route] ?? knobs.endpointLimits[route.slice(route.indexOf(' ') + 1)];
  const perToken = { key: `api:${token}`, check: emu.limiter.check(`api:${token}`, knobs.rateLimitPerMinute, window, now) };
  const checks = [perToken];
  if (perRoute !== undefined) checks.push({ key: `route:${token}:${route}`, check: emu.limiter.check(`route:${token}:${route}`, perRoute, window, now) });
  if (knobs.rateLimitHeaders) Object.assign(headers, rateLimitHeaders(perToken.check, window));
  const blocked = checks.filter((c) => !c.check.allowed);
  if (blocked.length) return tooManyRequests(retryAfterSeconds(Math.max(...blocked.map((c) => c.check.retryAfterMs))));
  for (const c of checks) emu.limiter.record(c.key, now);
  return undefined;
}

function latencyMs(emu: Emulator): number {
  const { latencyMs, latencyJitterMs } = emu.state.knobs;
  return latencyMs + (latencyJitterMs > 0 ? Math.floor(emu.latencyRng.next() * latencyJitterMs) : 0);
}

/** Error bodies get the correlation id as contextId, and hostile text when asked. */
function finalBody(emu: Emulator, result: Result, correlationId: string): unknown {
  if (result.status < 400 || !isErrorBody(result.body)) return result.body;
  // The announced order: message, code, status, …, contextId, details, errors.
  const { details, errors, ...head } = result.body;
  const body: ErrorBody = { ...head, contextId: correlationId, details, errors };
  const hostile = emu.state.knobs.hostileErrors && (result.status === 403 || result.status >= 500);
  return hostile ? echoHostile(body, HOSTILE_ECHO) : body;
}

function isErrorBody(body: unknown): body is ErrorBody {
  return typeof body === 'object' && body !== null && 'code' in body && 'status' in body;
}

/** The body as text, or undefined when it is larger than the limit (the rest is drained). */
function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
