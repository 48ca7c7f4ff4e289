// A POST route's JSON body, as the platform reads it: 415 without a JSON content type, 400
// when the text is not JSON.
import type { RequestContext, Result } from '../context.ts';
import { badRequest, unsupportedMediaType } from '../errors.ts';

export function withJsonBody(ctx: RequestContext, then: (body: unknown) => Result): Result {
  if (!/application\/json/i.test(ctx.headers['content-type'] ?? '')) return unsupportedMediaType();
  let body: unknown;
  try {
    body = JSON.parse(ctx.body);
  } catch {
    return badRequest('The request body is not valid JSON.');
  }
  return then(body);
}
