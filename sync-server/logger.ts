// Logging without personal data (UU 27/2022): one line per request with method, route
// pattern, status and duration, never bodies, query strings or headers. The Authorization
// header is redacted should anything log a request object anyway.
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { ServerConfig } from './config.ts';

export function loggerOptions(level: ServerConfig['logLevel']): FastifyServerOptions['logger'] {
  if (level === 'silent') return false;
  return {
    level,
    redact: { paths: ['req.headers.authorization', 'headers.authorization', '*.authorization'], censor: '[redacted]' },
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
  };
}

/** Replaces Fastify's request logs (which include the URL with its query) by a route summary. */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'not-found',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
  });
}
