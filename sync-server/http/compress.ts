// gzip for the large JSON answers of the sync API (pull and snapshot pages): a village's
// snapshot is megabytes of repetitive JSON, often fetched over metered mobile data; gzip
// shrinks it about 6-8x. Level 4 keeps server time to a few ms per MB (zlib runs in libuv's
// thread pool, off the event loop). Small answers are sent as they are.
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

const gzipAsync = promisify(gzip);
const minBytesToCompress = 1024;

function acceptsGzip(request: FastifyRequest): boolean {
  const header = request.headers['accept-encoding'];
  return typeof header === 'string' && /\bgzip\b(?!;q=0(\.0*)?\b)/i.test(header);
}

/** Sends a JSON text, gzipped when the client accepts it and it is worth it. */
export async function sendJsonText(request: FastifyRequest, reply: FastifyReply, text: string): Promise<FastifyReply> {
  void reply.header('cache-control', 'no-store').header('vary', 'Accept-Encoding').type('application/json; charset=utf-8');
  if (text.length < minBytesToCompress || !acceptsGzip(request)) return reply.send(text);
  const body = await gzipAsync(Buffer.from(text, 'utf8'), { level: 4, strategy: constants.Z_DEFAULT_STRATEGY });
  return reply.header('content-encoding', 'gzip').send(body);
}
