// The forms' drafts for the screens (src/db/drafts.ts through getGentingClient()): read, write
// and forget the unsaved input of one form, owned by the signed-in user. Old drafts (30 days)
// are dropped once per app start, on the first read.
import { getGentingClient } from '../../db/client.ts';
import type { GentingClient } from '../../db/client.ts';

export { DRAFT_MAX_AGE_MS } from '../../db/drafts.ts';

/** A form's draft key: form kind, then the record's id, or "new" and the parent's id. */
export function draftKey(form: string, recordId: string | null | undefined, parentId?: string): string {
  if (recordId) return `${form}:${recordId}`;
  return parentId ? `${form}:new:${parentId}` : `${form}:new`;
}

function ownerOf(client: GentingClient): string | null {
  const view = client.session.getSnapshot();
  return view.state === 'active' || view.state === 'expired' ? view.user.username : null;
}

let droppedOld: Promise<unknown> | null = null;

export const draftStore = {
  async read(key: string): Promise<unknown> {
    const client = await getGentingClient();
    droppedOld ??= client.drafts.dropOld().catch(() => 0);
    await droppedOld;
    return (await client.drafts.read(key, ownerOf(client)))?.values ?? null;
  },
  async write(key: string, values: unknown): Promise<void> {
    const client = await getGentingClient();
    await client.drafts.write(key, values, ownerOf(client));
  },
  async remove(key: string): Promise<void> {
    await (await getGentingClient()).drafts.remove(key);
  },
};

export type DraftStorage = typeof draftStore;
