// Routes of the Platform API the emulator serves: a method, a path template and the
// permissions the caller needs (ANY of them, like the SDK docs' "Requires ANY permissions").
import type { EmulatorState, RequestContext, Result } from './context.ts';

export interface Route {
  method: 'GET' | 'POST';
  /** Path template, e.g. `/api/v2/oauth/clients/{clientId}`. */
  path: string;
  /** ANY of these is enough; empty = a valid token is enough. */
  permissions: (state: EmulatorState) => readonly string[];
  handle(ctx: RequestContext): Result;
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
  /** Stats name, parameters as `{id}`: `GET /api/v2/oauth/clients/{id}`. */
  name: string;
}

export function routeName(method: string, template: string): string {
  return `${method} ${template.replace(/\{\w+\}/g, '{id}')}`;
}

/**
 * The route for a request. A known path with another method is answered 404, not 405:
 * the platform's public docs show no 405 from its API gateway, and every client must
 * handle 404 anyway.
 */
export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch | undefined {
  const segments = path.split('/');
  for (const route of routes) {
    if (route.method !== method) continue;
    const params = matchSegments(route.path.split('/'), segments);
    if (params) return { route, params, name: routeName(method, route.path) };
  }
  return undefined;
}

function matchSegments(template: string[], actual: string[]): Record<string, string> | undefined {
  if (template.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i++) {
    const t = template[i] as string;
    const a = actual[i] as string;
    const param = /^\{(\w+)\}$/.exec(t);
    if (param) {
      if (!a) return undefined;
      params[param[1] as string] = safeDecode(a);
    } else if (t !== a) {
      return undefined;
    }
  }
  return params;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
