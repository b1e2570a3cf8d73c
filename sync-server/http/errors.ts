// One JSON error shape for every 4xx/5xx answer: { "error": { "code": "kebab-case", "message" } }.
// Invariant: clients switch on `code` (stable, kebab-case); `message` is English for operators.
// Internal details (stack, SQL, request bodies) never reach the client nor the log, and no
// message echoes the request (a path or a query may hold a name or a NIK): the framework's own
// errors (a bad URL, an over-long path parameter, a malformed HTTP request) get the same shape
// and fixed messages too (frameworkErrors and clientErrorHandler below, set in app.ts).
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export type ErrorBody = { error: { code: string; message: string } };

/** Thrown by routes for an expected failure; the handler below turns it into the shape. */
export class HttpError extends Error {
  readonly statusCode: number;
  readonly code: string;
  constructor(statusCode: number, code: string, message: string) {
    super(message);
    this.statusCode = statusCode;
    this.code = code;
  }
}

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

/** Fastify's own error codes mapped to ours. */
const fastifyCodes: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'malformed-json', message: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'malformed-json', message: 'The request body is empty.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload-too-large', message: 'The request body is too large.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported-media-type', message: 'Send JSON (Content-Type: application/json).' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'invalid-request', message: 'Content-Length does not match the body.' },
  FST_ERR_CTP_INVALID_CONTENT_TYPE: { status: 415, code: 'unsupported-media-type', message: 'Send JSON (Content-Type: application/json).' },
  FST_ERR_VALIDATION: { status: 400, code: 'invalid-request', message: 'The request is not valid.' },
  FST_ERR_BAD_URL: { status: 400, code: 'invalid-request', message: 'The request path is not valid.' },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, code: 'uri-too-long', message: 'A part of the request path is too long.' },
};

/** Other 4xx errors (e.g. from @fastify/static) by their status, with our codes. */
const statusCodes: Record<number, { code: string; message: string }> = {
  403: { code: 'forbidden', message: 'The request was refused.' },
  404: { code: 'not-found', message: 'No such route.' },
  413: { code: 'payload-too-large', message: 'The request body is too large.' },
  414: { code: 'uri-too-long', message: 'A part of the request path is too long.' },
  415: { code: 'unsupported-media-type', message: 'Send JSON (Content-Type: application/json).' },
};

function toErrorResponse(error: FastifyError): { status: number; body: ErrorBody } {
  if (error instanceof HttpError) return { status: error.statusCode, body: errorBody(error.code, error.message) };
  const known = error.code ? fastifyCodes[error.code] : undefined;
  if (known) return { status: known.status, body: errorBody(known.code, known.message) };
  // secure-json-parse refuses __proto__/constructor keys with a SyntaxError-like 400.
  if (error instanceof SyntaxError || (error.statusCode === 400 && /JSON/i.test(error.message))) {
    return { status: 400, body: errorBody('malformed-json', 'The request body is not valid JSON.') };
  }
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
  if (status === 500) return { status, body: errorBody('internal', 'The server failed; the error is logged.') };
  const byStatus = statusCodes[status];
  return { status, body: byStatus ? errorBody(byStatus.code, byStatus.message) : errorBody('bad-request', 'The request was refused.') };
}

export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body } = toErrorResponse(error);
    // The sync protocol names an oversized push 'batch-too-large' (docs/sync-protocol.md).
    // Judged by the route, not the raw URL (which may spell /api differently).
    if (body.error.code === 'payload-too-large' && (request.routeOptions.url ?? '').startsWith('/api/sync/')) body.error.code = 'batch-too-large';
    if (status >= 500) {
      // The error message and stack are ours (never a body); SQL parameters are not included.
      request.log.error({ err: { type: error.name, message: error.message, stack: error.stack } }, 'request failed');
    }
    void reply.code(status).type('application/json; charset=utf-8').send(body);
  });
}

/**
 * Fastify's `frameworkErrors` option: errors its router raises before any route or hook runs
 * (a path that is not valid percent-encoding, an over-long path parameter). Fastify's default
 * answers them in its own shape with the path in the message. No hook runs for them, so the
 * security headers are set here.
 */
export function createFrameworkErrors(headers: Record<string, string>) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    const { status, body } = toErrorResponse(error);
    if (status >= 500) request.log.error({ err: { type: error.name, code: error.code } }, 'request failed');
    void reply.code(status).headers(headers).type('application/json; charset=utf-8').send(body);
  };
}

const clientErrors: Record<string, { status: number; code: string; message: string }> = {
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: 'request-timeout', message: 'The request took too long to arrive.' },
  HPE_HEADER_OVERFLOW: { status: 431, code: 'headers-too-large', message: 'The request line or headers are too large.' },
};

/**
 * Fastify's `clientErrorHandler`: a request Node's HTTP parser refused (malformed, or a request
 * line and headers over 16 KB, e.g. a huge query string) never reaches Fastify; the answer is
 * written on the socket, in the one shape, and the connection is closed.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const known = (error.code ? clientErrors[error.code] : undefined) ?? { status: 400, code: 'bad-request', message: 'The request could not be read.' };
  const text = JSON.stringify(errorBody(known.code, known.message));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${known.status} ${STATUS_CODES[known.status] ?? 'Error'}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
    );
  }
  socket.destroy();
}
