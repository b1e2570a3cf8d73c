// The device session for the screens (issue #5): who is signed in, the sync figures the account
// screens show, and the account actions. Everything goes through getGentingClient(): the UI
// never calls fetch or touches Dexie itself.
import { useEffect, useState } from 'preact/hooks';
import { getGentingClient } from '../../db/client.ts';
import type { SessionView } from '../../db/session.ts';
import type { SyncSnapshot } from '../../db/sync-status.ts';
import { deviceMayWrite, deviceMayWriteRecord } from '../../sync/roles.ts';

export type { SessionView } from '../../db/session.ts';
export type { SessionOutcome } from '../../db/session.ts';
export type { AccountFailure } from '../../db/account-transport.ts';
export type { HistoryEntry, SessionUser } from '../../sync/account-api.ts';
export { minPasswordLength, usernameSchema } from '../../sync/account-api.ts';

/** The last session seen, so a screen opened later starts with it (no flash of buttons). */
let lastView: SessionView = { state: 'loading' };

/** The session as it changes (sign-in, 401, sign-out); 'loading' until the database is open. */
export function useSession(): SessionView {
  const [view, setView] = useState<SessionView>(lastView);
  useEffect(() => {
    let stop: (() => void) | null = null;
    let cancelled = false;
    void getGentingClient().then((client) => {
      if (cancelled) return;
      const update = () => setView((lastView = client.session.getSnapshot()));
      update();
      stop = client.session.subscribe(update);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);
  return view;
}

/** The sync engine's status store (pending count, state), live. */
export function useSyncSnapshot(): SyncSnapshot | null {
  const [snapshot, setSnapshot] = useState<SyncSnapshot | null>(null);
  useEffect(() => {
    let stop: (() => void) | null = null;
    let cancelled = false;
    void getGentingClient().then((client) => {
      if (cancelled) return;
      setSnapshot(client.status.getSnapshot());
      stop = client.status.subscribe(() => setSnapshot(client.status.getSnapshot()));
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);
  return snapshot;
}

/**
 * Whether the signed-in role may write a record kind (src/sync/roles.ts, the server's own rule;
 * the server enforces it anyway). Nobody signed in yet (a fresh phone): yes, the app allows
 * local work before the first sign-in. Still loading: no, so a viewer never sees "Tambah …"
 * flash on opening the app; the actions appear as soon as the session is read.
 */
export function useCanWrite(kind: string): boolean {
  return sessionMayWrite(useSession(), kind);
}

/**
 * useCanWrite for one record, or the record a form would create (canWriteRecord): a kader
 * writes an outreach session's participants (attendance with outreachId), not a meeting's.
 */
export function useCanWriteRecord(kind: string, record: Readonly<Record<string, unknown>>): boolean {
  const session = useSession();
  if (session.state === 'loading') return false;
  return deviceMayWriteRecord(session.state === 'active' || session.state === 'expired' ? session.user.role : null, kind, record);
}

/** The villages of the signed-in account when its scope lists them (null: a prefix, 'all', or nobody signed in). */
export function accountVillagesOf(session: SessionView): readonly string[] | null {
  if (session.state !== 'active' && session.state !== 'expired') return null;
  const { scope } = session.user;
  return scope !== 'all' && 'villages' in scope ? scope.villages : null;
}

/** The signed-in user's name ('' when nobody is signed in), the default "Nama kader" / "Penyaji" of a new record. */
export function useSignedInName(): string {
  const session = useSession();
  return session.state === 'active' || session.state === 'expired' ? session.user.displayName : '';
}

export function useAccountVillages(): readonly string[] | null {
  return accountVillagesOf(useSession());
}

/** The village a new record belongs to by default: the account's only village, else the last one used here if the account has it. */
export function defaultVillageCode(villages: readonly string[] | null, lastUsed: string): string {
  if (villages?.length === 1) return villages[0] ?? '';
  if (villages && !villages.includes(lastUsed)) return '';
  return lastUsed;
}

export function sessionMayWrite(session: SessionView, kind: string): boolean {
  if (session.state === 'loading') return false;
  return deviceMayWrite(session.state === 'active' || session.state === 'expired' ? session.user.role : null, kind);
}

export const accountActions = {
  signIn: async (username: string, password: string) => (await getGentingClient()).signIn(username, password),
  setupFirstAdmin: async (request: { setupCode: string; username: string; displayName: string; password: string }) =>
    (await getGentingClient()).setupFirstAdmin(request),
  setupNeeded: async () => (await getGentingClient()).session.setupNeeded(),
  /** Signs out and forgets the forms' drafts (they belong to the user who typed them). */
  signOut: async () => {
    const client = await getGentingClient();
    await client.session.signOut();
    await client.drafts.clear();
  },
  syncNow: async () => (await getGentingClient()).syncNow(),
  startSync: async () => (await getGentingClient()).startSync(),
  history: async (kind: string, id: string) => (await getGentingClient()).session.history(kind, id),
  readPin: async () => (await getGentingClient()).pin.read(),
  setPin: async (pin: string, idleMinutes: number) => (await getGentingClient()).pin.set(pin, idleMinutes),
  clearPin: async () => (await getGentingClient()).pin.clear(),
  checkPin: async (pin: string) => (await getGentingClient()).pin.check(pin),
};
