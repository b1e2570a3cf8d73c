// The gate in front of every /api path (issue #5):
//   1. a request with an Origin header from another origin is refused (403 cross-origin): the
//      API serves only the app's own origin; no CORS headers are ever sent, so browsers also
//      refuse other sites' scripts the answers;
//   2. every /api path except the public ones (health, sign-in, setup) needs a valid Bearer
//      token, checked against the store on every request (401 unauthorized otherwise).
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

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
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
    const path = request.url.split('?')[0] ?? '/';
    if (!isApiPath(path)) return;
    if (!isSameOrigin(request)) throw new HttpError(403, 'cross-origin', 'The API answers only the app\u2019s own origin.');
    // No API route matched (the static wildcard sends /api/* on to 404): nothing to protect.
    const route = request.routeOptions.url;
    if (route === undefined || !isApiPath(route) || publicApiPaths.has(route)) return;
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
