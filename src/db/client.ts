// The app's single entry to local data and sync: opens the device database, builds the
// repositories, queries, sync engine, status store and scheduler once, and hands them to the
// UI (src/ui/data/*, src/ui/hooks/*). Nothing else in the app constructs these.
import { liveQuery } from 'dexie';
import { recordSchemas } from '../domain/registry.ts';
import { createAccountTransport } from './account-transport.ts';
import { dataVersion } from './data-version.ts';
import { createDraftStore } from './drafts.ts';
import { checkPin, clearPin, readPin, setPin } from './app-pin.ts';
import type { PinCheck } from './app-pin.ts';
import { createUuidV7Generator, cryptoRandomBytes } from './ids.ts';
import { deleteMeta } from './meta.ts';
import { openDevice } from './open-device.ts';
import { createQueries } from './queries.ts';
import { createRepositories } from './repositories.ts';
import { createSyncEngine } from './sync-engine.ts';
import { browserSchedulerEnv, createSyncScheduler } from './sync-scheduler.ts';
import { createSessionStore, describeDevice } from './session.ts';
import type { SessionOutcome, SessionStore } from './session.ts';
import { createSyncStatusStore } from './sync-status.ts';
import { createFetchTransport } from './transport.ts';

/** Every record kind's schema (src/domain/registry.ts): the repositories validate with these. */
export const appRecordSchemas = recordSchemas;
export type AppSchemas = typeof appRecordSchemas;

export const DATABASE_NAME = 'genting';

export async function createGentingClient(options: { baseUrl?: string; getToken?: () => string | null } = {}) {
  const wallNow = () => Date.now();
  const { db, clock } = await openDevice({ name: DATABASE_NAME, wallNow, randomBytes: cryptoRandomBytes });
  const status = createSyncStatusStore();
  // A save refused for lack of space shows "HP penuh" in the status area until a save succeeds.
  const onStorage = (full: boolean) => {
    if (status.getSnapshot().storageFull !== full) status.update({ storageFull: full });
  };
  const repositories = createRepositories({ db, schemas: appRecordSchemas, clock, newId: createUuidV7Generator(() => clock.now(), cryptoRandomBytes), onStorage });
  const queries = createQueries<AppSchemas>(db);
  const baseUrl = options.baseUrl ?? location.origin;
  const session = createSessionStore({ db, transport: createAccountTransport({ baseUrl }), wallNow, deviceName: () => describeDevice(navigator.userAgent) });
  await session.load();
  const transport = createFetchTransport({ baseUrl, getToken: options.getToken ?? session.getToken, wallNow });
  const engine = createSyncEngine({ db, clock, transport, status, wallNow });
  const scheduler = createSyncScheduler(engine, status, browserSchedulerEnv());
  // The screens do not wait for the sync status: the last sync time comes from meta, and the
  // outbox figures (pending count, rejected list) from watchOutbox's first run. The
  // per-record marks walk every unsynced record key (thousands on a device that has not
  // synced yet): only while a screen shows marks (wantRecordKeys).
  void engine.loadStatus({ outbox: false }).catch(() => undefined);
  const stopWatching = engine.watchOutbox();
  // A 401 on sync: the session is marked expired ("perlu masuk lagi"); the outbox stays.
  const stopExpiring = status.subscribe(() => {
    if (status.getSnapshot().status.state === 'signed-out') void session.markExpired();
  });
  /** Syncing runs only with a session; a new sign-in starts it, or resumes it after a 401. */
  const startSync = (): void => {
    if (session.getSnapshot().state === 'active') scheduler.start();
  };
  const afterSignIn = async (outcome: SessionOutcome): Promise<SessionOutcome> => {
    if (outcome.ok) {
      await deleteMeta(db, 'pinFailures');
      startSync();
      void scheduler.syncNow();
    }
    return outcome;
  };
  return {
    repositories,
    queries,
    status,
    /** "Sinkronkan": one round now (joins a running one). */
    syncNow: scheduler.syncNow,
    /** Starts syncing at start, on `online`, every few minutes, once signed in; idempotent. */
    startSync,
    /** The device session: who is signed in, sign-in, first-admin setup, sign-out, record history. */
    session,
    signIn: async (username: string, password: string) => afterSignIn(await session.signIn(username, password)),
    setupFirstAdmin: async (request: Parameters<SessionStore['setup']>[0]) => afterSignIn(await session.setup(request)),
    /** The forms' unsaved input on this device (drafts.ts); cleared on sign-out. */
    drafts: createDraftStore(db, wallNow),
    /** The optional app PIN (app-pin.ts); too many wrong PINs drop the session token. */
    pin: {
      read: () => readPin(db),
      set: (pin: string, idleMinutes: number) => setPin(db, pin, idleMinutes),
      clear: () => clearPin(db),
      async check(pin: string): Promise<PinCheck> {
        const result = await checkPin(db, pin);
        if (result === 'too-many') await session.dropToken();
        return result;
      },
    },
    /** A screen shows per-record marks: keeps the outbox's record keys live; call the release when it closes. */
    wantRecordKeys: engine.wantRecordKeys,
    discardRejected: engine.discard,
    resendRejected: engine.resend,
    /** Counts the writes to the database (any table, any tab): equal counts, equal data. */
    dataVersion,
    /** Re-runs `read` whenever the data it read changes (here or in another tab). */
    observe<T>(read: () => Promise<T>, onValue: (value: T) => void): () => void {
      const subscription = liveQuery(read).subscribe({ next: onValue, error: () => undefined });
      return () => subscription.unsubscribe();
    },
    close(): void {
      scheduler.stop();
      stopWatching();
      stopExpiring();
      db.close();
    },
  };
}

export type GentingClient = Awaited<ReturnType<typeof createGentingClient>>;

let shared: Promise<GentingClient> | null = null;

/** The one client of this page. */
export function getGentingClient(): Promise<GentingClient> {
  shared ??= createGentingClient();
  return shared;
}
