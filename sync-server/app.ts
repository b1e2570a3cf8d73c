// Builds the HTTP app (Fastify) from a configuration and an open store. main.ts listens with
// it; tests call buildApp and use app.inject(). Order matters: security headers and the error
// shape first, then the auth gate (same origin, Bearer token on /api), then the API routes, then the static PWA with its SPA fallback.
import { readFileSync } from 'node:fs';
import Fastify, { LogController } from 'fastify';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { ServerConfig } from './config.ts';
import { clientErrorHandler, createFrameworkErrors, errorBody, registerErrorHandlers } from './http/errors.ts';
import { registerSecurityHeaders, securityHeaders } from './http/security-headers.ts';
import { loggerOptions, registerRequestLog } from './logger.ts';
import { registerHealth } from './routes/health.ts';
import { registerStatic } from './routes/static.ts';
import { registerSyncRoutes } from './routes/sync.ts';
import { createAuthenticate } from './auth/authenticate.ts';
import type { Authenticate } from './auth/dev-token.ts';
import type { ScryptCost } from './auth/passwords.ts';
import { createSignInThrottle, type SignInThrottle } from './auth/throttle.ts';
import { registerAuthGate } from './http/auth-gate.ts';
import { registerParameterTextCheck } from './http/text-params.ts';
import { registerAuthRoutes } from './routes/auth.ts';
import { registerHistoryRoute } from './routes/history.ts';
import { registerUserRoutes } from './routes/users.ts';
import type { RecordSchemas } from './sync/validate-change.ts';
import { serverRecordSchemas } from './sync/record-schemas.ts';
import type { Store } from './store/store.ts';

/** Default body limit; the sync push route raises its own to 2 MB. */
export const defaultBodyLimitBytes = 64 * 1024;

export type AppDeps = {
  config: ServerConfig;
  store: Store;
  /** Overrides the logger built from config.logLevel (tests pass false). */
  logger?: FastifyServerOptions['logger'];
  now?: () => Date;
  /** Record schemas by kind (default: src/domain's registry). */
  schemas?: RecordSchemas;
  /** Who is calling (default: device tokens from the store, plus the development token when configured). */
  authenticate?: Authenticate;
  /** Sign-in throttle (default: a fresh in-memory one, defaultThrottlePolicy). */
  throttle?: SignInThrottle;
  /** scrypt cost for new password hashes (tests lower it). */
  scryptCost?: ScryptCost;
};

function serverOptions(deps: AppDeps): FastifyServerOptions & { https?: { cert: Buffer; key: Buffer } } {
  const { config } = deps;
  return {
    logger: deps.logger ?? loggerOptions(config.logLevel),
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: defaultBodyLimitBytes,
    // Reverse proxies (Caddy, nginx) connect from loopback; trust their X-Forwarded-* only.
    trustProxy: 'loopback',
    // While closing, requests already on an open connection are still served (each answer
    // then says `Connection: close`), rather than a 503 outside our error shape.
    return503OnClosing: false,
    // The router's own errors (bad percent-encoding, over-long parameters) and requests Node's
    // parser refuses are answered in the one error shape, without echoing the URL.
    frameworkErrors: createFrameworkErrors(securityHeaders({ https: config.tls !== null })),
    clientErrorHandler,
    ...(config.tls
      ? { https: { cert: readFileSync(config.tls.certFile), key: readFileSync(config.tls.keyFile) } }
      : {}),
  };
}

/**
 * Graceful close: Fastify closes idle keep-alive connections once, when close() starts; a
 * connection busy with an in-flight request would stay open afterwards (keep-alive) and hold
 * close() up. Answers sent while closing say `Connection: close`, so the client hangs up.
 */
function registerConnectionDrain(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const now = deps.now ?? (() => new Date());
  const app = Fastify(serverOptions(deps)) as unknown as FastifyInstance;
  registerSecurityHeaders(app, { https: deps.config.tls !== null });
  registerErrorHandlers(app);
  // JSON only: a text/plain body (Fastify parses it by default) is 415 like any other type.
  app.removeContentTypeParser('text/plain');
  registerRequestLog(app);
  registerConnectionDrain(app);
  const { config, store } = deps;
  registerAuthGate(app, deps.authenticate ?? createAuthenticate({ accounts: store.accounts, devToken: config.devToken, devScope: config.devScope, now }));
  registerParameterTextCheck(app);
  registerHealth(app, deps.store, now);
  const accountDeps = { accounts: store.accounts, now, ...(deps.scryptCost ? { scryptCost: deps.scryptCost } : {}) };
  registerAuthRoutes(app, { ...accountDeps, throttle: deps.throttle ?? createSignInThrottle() });
  registerUserRoutes(app, accountDeps);
  registerHistoryRoute(app, store);
  registerSyncRoutes(app, {
    store: deps.store,
    schemas: deps.schemas ?? serverRecordSchemas,
    maxClockAheadMs: deps.config.maxClockAheadMs,
    now,
  });
  const spaFallback = await registerStatic(app, deps.config.staticRoot);
  app.setNotFoundHandler((request, reply) => {
    if (spaFallback(request, reply)) return;
    void reply.code(404).send(errorBody('not-found', 'No such route.'));
  });
  return app;
}
