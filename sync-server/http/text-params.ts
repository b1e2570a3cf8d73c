// Path and query parameters must be text every store keeps (src/sync/storable-text.ts): a
// U+0000 or a lone surrogate in `/api/users/:id`, `/api/records/:kind/:id/history`,
// `?after=` ... is answered 400 invalid-request before any route runs, on both stores alike
// (PostgreSQL would otherwise fail the query: a 500). Bodies are checked by their schemas.
import type { FastifyInstance } from 'fastify';
import { isStorableText } from '../../src/sync/storable-text.ts';
import { HttpError } from './errors.ts';

function allStorable(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return isStorableText(value);
  if (value === null || typeof value !== 'object' || depth > 4) return true;
  return Object.entries(value).every(([key, inner]) => isStorableText(key) && allStorable(inner, depth + 1));
}

export function registerParameterTextCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (!allStorable(request.params) || !allStorable(request.query)) {
      throw new HttpError(400, 'invalid-request', 'A path or query parameter holds text the server cannot keep.');
    }
  });
}
