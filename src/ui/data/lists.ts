// Every living record of one kind, live and kept (live.ts): the screens that need whole tables
// (the household list, visits due, "Anak berisiko") share them, so a table one screen read is
// shown by the next at once while nothing was written since.
import type { AppSchemas } from '../../db/client.ts';
import type { KindOf } from '../../db/repositories.ts';
import { useLive } from './live.ts';

/** With `enabled` false: only a kept list, no read yet (see useLive). */
export function useLiveList<K extends KindOf<AppSchemas>>(kind: K, enabled = true) {
  return useLive((client) => client.queries.list(kind), [kind], `list:${kind}`, enabled);
}
