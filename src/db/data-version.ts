// A counter of the writes to the device database: Dexie's 'storagemutated' event fires after
// every committed write, in this tab, in another tab (BroadcastChannel) and by sync. A value
// read while the counter stood at N is still what the database holds as long as it stands at
// N, so a screen may show such a value again at once (src/ui/data/live.ts). Writes of the
// forms' drafts alone (drafts.ts, every pause in typing) change no screen's data: not counted.
import { Dexie } from 'dexie';
import type { ObservabilitySet } from 'dexie';

let version = 0;
const onlyDrafts = (parts: ObservabilitySet): boolean => {
  const keys = Object.keys(parts);
  return keys.length > 0 && keys.every((key) => /^idb:\/\/[^/]+\/drafts\//.test(key));
};
Dexie.on('storagemutated', (parts: ObservabilitySet) => {
  if (!onlyDrafts(parts)) version += 1;
});

/** The number of writes seen so far by this page. */
export function dataVersion(): number {
  return version;
}
