// GET /api/health: liveness for operators and monitors. Answers 503 when the database does not
// respond, so a load balancer takes the instance out. Carries no data about people.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { Store } from '../store/store.ts';

export const serverVersion: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

export type HealthBody = {
  status: 'ok' | 'degraded';
  version: string;
  store: Store['kind'];
  database: 'reachable' | 'unreachable';
  time: string;
};

export function registerHealth(app: FastifyInstance, store: Store, now: () => Date): void {
  app.get('/api/health', async (_request, reply) => {
    const reachable = await store.ping();
    const body: HealthBody = {
      status: reachable ? 'ok' : 'degraded',
      version: serverVersion,
      store: store.kind,
      database: reachable ? 'reachable' : 'unreachable',
      time: now().toISOString(),
    };
    return reply.code(reachable ? 200 : 503).header('cache-control', 'no-store').send(body);
  });
}
