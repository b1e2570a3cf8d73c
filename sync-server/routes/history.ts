// GET /api/records/:kind/:id/history: who changed which fields of one record, and when, from
// the change log (newest first, at most 200 entries). A record outside the caller's scope, or
// one that does not exist, is 404 alike. Values are not sent: names of fields only.
import type { FastifyInstance } from 'fastify';
import { changeAuthorSchema, type HistoryEntry, type HistoryResponse } from '../../src/sync/account-api.ts';
import { stampWallMs } from '../../src/sync/hlc.ts';
import { isRecordKind } from '../../src/domain/record-kinds.ts';
import { callerOf } from '../http/auth-gate.ts';
import { HttpError } from '../http/errors.ts';
import type { HistoryRow, Store } from '../store/store.ts';

const maxEntries = 200;

function toEntry(row: HistoryRow): HistoryEntry {
  const author = row.author ? changeAuthorSchema.safeParse(JSON.parse(row.author)) : null;
  const fields = Object.keys(JSON.parse(row.fieldsJson) as Record<string, unknown>).filter((f) => f !== 'id');
  return {
    seq: row.seq,
    changedAt: new Date(stampWallMs(row.stamp)).toISOString(),
    receivedAt: row.receivedAt,
    fields,
    author: author?.success ? author.data : null,
  };
}

export function registerHistoryRoute(app: FastifyInstance, store: Store): void {
  app.get<{ Params: { kind: string; id: string } }>('/api/records/:kind/:id/history', async (request, reply) => {
    const caller = callerOf(request);
    const { kind, id } = request.params;
    if (!isRecordKind(kind) || id.length > 64) throw new HttpError(404, 'not-found', 'No such record.');
    const rows = await store.recordHistory(caller, kind, id, maxEntries);
    if (rows.length === 0) throw new HttpError(404, 'not-found', 'No such record.');
    const body: HistoryResponse = { entries: rows.map(toEntry) };
    return reply.header('cache-control', 'no-store').send(body);
  });
}
