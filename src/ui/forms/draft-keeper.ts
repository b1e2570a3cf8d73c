// The draft mechanism of every form, without Preact (use-kept-draft.ts wraps it): what the
// user typed is kept on the device as the fields that differ from the form's starting values
// (`baseline`: the record being edited, or the empty form), written DRAFT_WRITE_DELAY_MS after
// the last change and at once on flush() (the page hidden or closing, the form left). When the
// form opens, a kept draft that still changes something is offered (start()); resume() puts
// its fields over the current baseline, so fields the user did not touch keep the record's
// newest values. discard() ("Buang") and saved() forget it. Values that no longer fit the form
// (a field gone, another type after an app update) are ignored, never crash the form.

/** What a form holds: strings as typed, switches, lists of ids. */
export type DraftValues = Readonly<Record<string, unknown>>;

export type DraftStorage = {
  read: (key: string) => Promise<unknown>;
  write: (key: string, values: unknown) => Promise<void>;
  remove: (key: string) => Promise<void>;
};

export const DRAFT_WRITE_DELAY_MS = 700;

export type KeeperState = 'checking' | 'offered' | 'ready';

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);
const kindOf = (value: unknown): string => (Array.isArray(value) ? 'array' : typeof value);

/** The fields of `values` that differ from `baseline` (the part worth keeping). */
export function changedFields<D extends DraftValues>(baseline: D, values: D): Partial<D> {
  const changed: Partial<Record<string, unknown>> = {};
  for (const field of Object.keys(baseline)) if (!same(baseline[field], values[field])) changed[field] = values[field];
  return changed as Partial<D>;
}

/** A kept draft over the baseline: only the form's own fields, each of the baseline's type. */
export function restoredValues<D extends DraftValues>(baseline: D, kept: unknown): D {
  const restored: Record<string, unknown> = { ...baseline };
  if (kept === null || typeof kept !== 'object' || Array.isArray(kept)) return restored as D;
  for (const [field, value] of Object.entries(kept)) {
    if (Object.prototype.hasOwnProperty.call(baseline, field) && kindOf(value) === kindOf(baseline[field])) restored[field] = value;
  }
  return restored as D;
}

export function isChanged<D extends DraftValues>(baseline: D, values: D): boolean {
  return Object.keys(changedFields(baseline, values)).length > 0;
}

export type DraftKeeper<D extends DraftValues> = ReturnType<typeof createDraftKeeper<D>>;

export function createDraftKeeper<D extends DraftValues>(options: { key: string; baseline: D; storage: DraftStorage; delayMs?: number }) {
  const { key, storage, delayMs = DRAFT_WRITE_DELAY_MS } = options;
  let baseline = options.baseline;
  let state: KeeperState = 'checking';
  let offered: D | null = null;
  /** Values not yet written (undefined: nothing pending). */
  let pending: D | undefined;
  /** Something of this form is in storage (offered, or written by us). */
  let stored = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();

  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const enqueue = (job: () => Promise<void>): Promise<void> => {
    writing = writing.then(job).catch(() => undefined);
    return writing;
  };
  const writeNow = (): Promise<void> => {
    cancel();
    if (state !== 'ready' || pending === undefined) return writing;
    const values = pending;
    pending = undefined;
    const changed = changedFields(baseline, values);
    if (Object.keys(changed).length === 0) {
      if (!stored) return writing;
      stored = false;
      return enqueue(() => storage.remove(key));
    }
    stored = true;
    return enqueue(() => storage.write(key, changed));
  };

  return {
    key,
    get state(): KeeperState {
      return state;
    },
    /** The kept draft, restored over the baseline, while it is offered. */
    get offered(): D | null {
      return offered;
    },
    /** Reads the kept draft: offered when it changes something, dropped when it does not. */
    async start(): Promise<D | null> {
      let kept: unknown = null;
      try {
        kept = await storage.read(key);
      } catch {
        kept = null;
      }
      if (kept !== null && kept !== undefined) {
        const restored = restoredValues(baseline, kept);
        if (isChanged(baseline, restored)) {
          stored = true;
          offered = restored;
          state = 'offered';
          return restored;
        }
        void enqueue(() => storage.remove(key));
      }
      state = 'ready';
      if (pending !== undefined) timer = setTimeout(() => void writeNow(), delayMs);
      return null;
    },
    /** The form's values changed: written after the delay (never while a draft is offered). */
    change(values: D): void {
      if (state === 'offered') return;
      if (pending === undefined && !stored && !isChanged(baseline, values)) return;
      pending = values;
      if (state !== 'ready') return;
      cancel();
      timer = setTimeout(() => void writeNow(), delayMs);
    },
    /** Writes what is pending now (page hidden or closing, form left). */
    flush: writeNow,
    /** "Lanjutkan": the offered draft's values, from now on kept as typed. */
    resume(): D {
      const values = offered ?? baseline;
      offered = null;
      state = 'ready';
      return values;
    },
    /** "Buang": the kept draft goes; the form keeps its starting values. */
    discard(): Promise<void> {
      cancel();
      offered = null;
      pending = undefined;
      state = 'ready';
      stored = false;
      return enqueue(() => storage.remove(key));
    },
    /** Saved: the draft goes; `values` (what was saved, or the emptied form) is the new start. */
    saved(values: D): Promise<void> {
      cancel();
      baseline = values;
      offered = null;
      pending = undefined;
      state = 'ready';
      stored = false;
      return enqueue(() => storage.remove(key));
    },
    /** Differs from the starting values (what "leave anyway?" asks about). */
    isDirty(values: D): boolean {
      return state !== 'offered' && isChanged(baseline, values);
    },
  };
}
