// Serves the built PWA (vite build output, dist/) with caching that keeps installed apps fresh:
//  - /assets/* carry a content hash in their name: cached for a year, immutable;
//  - everything else (index.html, sw.js, registerSW.js, workbox-*.js, manifest.webmanifest,
//    icons) is `no-cache`: the browser revalidates (ETag) on every load, so a new service
//    worker and a new index.html are seen at once. Source: web.dev "Service worker lifecycle"
//    and Vite "Building for production".
//  - an unknown GET outside /api that accepts HTML gets index.html (client-side routes);
//  - when dist/ has no index.html the app is not built: 503 saying to run `npm run build`.
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isApiRequest } from '../http/auth-gate.ts';
import { errorBody } from '../http/errors.ts';

export const immutableCache = 'public, max-age=31536000, immutable';
export const revalidateCache = 'no-cache';

export type SpaFallback = (request: FastifyRequest, reply: FastifyReply) => boolean;

function cacheControlFor(root: string, filePath: string): string {
  const rel = relative(root, filePath).split(sep).join('/');
  return rel.startsWith('assets/') ? immutableCache : revalidateCache;
}

function wantsHtmlPage(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (isApiRequest(request)) return false;
  return (request.headers.accept ?? '').includes('text/html');
}

const notBuiltPage = `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>Genting: aplikasi belum dibangun</title></head>
<body><h1>Aplikasi belum dibangun / The app is not built</h1>
<p>Jalankan <code>npm run build</code>, lalu mulai ulang server (atau gunakan <code>npm start</code>).</p>
<p>Run <code>npm run build</code>, then restart the server (or use <code>npm start</code>).</p></body></html>`;

/** Registers the static routes; returns the SPA fallback for the app's not-found handler. */
export async function registerStatic(app: FastifyInstance, root: string): Promise<SpaFallback> {
  if (!existsSync(join(root, 'index.html'))) {
    app.get('/*', async (request, reply) => {
      if (isApiRequest(request)) return reply.callNotFound();
      if ((request.headers.accept ?? '').includes('text/html')) {
        return reply.code(503).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(notBuiltPage);
      }
      return reply.code(503).send(errorBody('app-not-built', 'The PWA is not built: run `npm run build` and restart.'));
    });
    return () => false;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: true,
    cacheControl: false,
    dotfiles: 'deny',
    setHeaders: (res, filePath) => {
      res.setHeader('cache-control', cacheControlFor(root, filePath));
    },
  });
  return (request, reply) => {
    if (!wantsHtmlPage(request)) return false;
    void reply.code(200).sendFile('index.html');
    return true;
  };
}
