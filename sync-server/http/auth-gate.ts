// The gate in front of every /api route (issue #5; issue #12 "judge the routed path"):
//   1. a request with an Origin header from another origin is refused (403 cross-origin): the
//      API serves only the app's own origin; no CORS headers are ever sent, so browsers also
//      refuse other sites' scripts the answers;
//   2. every /api route except the public ones (health, sign-in, setup) needs a valid Bearer
//      token, checked against the store on every request (401 unauthorized otherwise).
// Invariant: both checks judge the ROUTE the router chose (its pattern, e.g.
// `/api/records/:kind/:id/history`), never the raw URL, so every spelling the router maps to
// an /api route (`/%61pi/...`, whatever decoding it does) is judged as that route. A request
// that reaches no /api route (404, or the static files) is refused cross-origin too when its
// raw or decoded path looks like /api, so an unroutable URL bypasses nothing either.
// Routes read the caller with callerOf(request).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthContext, Authenticate } from '../auth/dev-token.ts';
import { HttpError } from './errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    caller: AuthContext | null;
  }
}

export const publicApiPaths: ReadonlySet<string> = new Set(['/api/health', '/api/auth/sign-in', '/api/setup']);

/** True for `/api` and every path below it (case-insensitive: judged conservatively). */
export function isApiPath(path: string): boolean {
  const lower = path.toLowerCase();
  return lower === '/api' || lower.startsWith('/api/') || lower.startsWith('/api;');
}

/** The path of a URL without its query, percent-decoded where it can be; never throws. */
export function decodedPath(url: string): string {
  const raw = url.split('?')[0] ?? '/';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The route pattern Fastify's router chose for this request, or null (no route: 404). */
export function routeOf(request: FastifyRequest): string | null {
  return request.routeOptions.url ?? null;
}

/** True when this request is (or looks like) one for the API: by its route, else by its path. */
export function isApiRequest(request: FastifyRequest): boolean {
  const route = routeOf(request);
  if (route !== null && route !== '/*' && route !== '*') return isApiPath(route);
  // Not an API route (the static wildcard, or nothing): judge every spelling of the path.
  const raw = request.url.split('?')[0] ?? '/';
  // Collapse repeated slashes and dot segments the way a proxy or the URL parser might.
  const collapse = (p: string) => p.replace(/\/{2,}/g, '/').replace(/\/(\.\/)+/g, '/');
  return [raw, decodedPath(request.url)].some((p) => isApiPath(p) || isApiPath(collapse(p)));
}

/** True when the Origin header (if any) names the host this request was sent to. */
export function isSameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    const from = new URL(origin);
    const to = new URL(`${request.protocol}://${request.host}`);
    return from.hostname === to.hostname && hostPort(from) === hostPort(to);
  } catch {
    return false;
  }
}

/** The port, with the scheme's default filled in (URL drops :80 for http, :443 for https). */
function hostPort(url: URL): string {
  if (url.port !== '') return url.port;
  return url.protocol === 'https:' ? '443' : '80';
}

export function registerAuthGate(app: FastifyInstance, authenticate: Authenticate): void {
  app.decorateRequest('caller', null);
  app.addHook('onRequest', async (request) => {
    if (!isApiRequest(request)) return;
    if (!isSameOrigin(request)) throw new HttpError(403, 'cross-origin', 'The API answers only the app\u2019s own origin.');
    // No API route matched (404 or the static wildcard, which sends /api/* on to 404): nothing to protect.
    const route = routeOf(request);
    if (route === null || !isApiPath(route) || publicApiPaths.has(route)) return;
    const caller = await authenticate(request.headers.authorization);
    if (!caller) throw new HttpError(401, 'unauthorized', 'A valid bearer token is required.');
    request.caller = caller;
  });
}

/** The authenticated caller of a gated route (the gate has already refused anyone else). */
export function callerOf(request: FastifyRequest): AuthContext {
  if (!request.caller) throw new HttpError(401, 'unauthorized', 'A valid bearer token is required.');
  return request.caller;
}
