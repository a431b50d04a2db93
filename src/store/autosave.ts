import {
  AUTOSAVE_KEY,
  parseAutosaveRecord,
  PREVIOUS_WORK_KEY,
  serializeAutosaveRecord,
  type AutosaveRecord,
} from './autosave-record';

/** The part of the Web Storage API the autosave uses (`localStorage`, or a fake in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type AutosaveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saved'; readonly savedAt: number }
  | { readonly kind: 'failed'; readonly message: string };

export interface AutosaveOptions {
  /** `null` when the browser gives no storage (disabled, or a sandboxed frame). */
  readonly storage: KeyValueStorage | null;
  /** The session as it should be saved now. */
  readonly collect: () => Omit<AutosaveRecord, 'savedAt'>;
  /** Subscribes to every change worth saving; returns the unsubscribe function. */
  readonly watch: (listener: () => void) => () => void;
  /** Quiet time after the last change before writing; typing does not write on every key. */
  readonly debounceMs?: number;
  readonly now?: () => number;
}

export interface Autosave {
  getStatus(): AutosaveStatus;
  subscribe(listener: () => void): () => void;
  /** Writes a pending change now (the page is being hidden or closed). */
  flush(): void;
  /** Stops watching; a pending change is written first. */
  dispose(): void;
}

export const AUTOSAVE_DEBOUNCE_MS = 400;

export const AUTOSAVE_MESSAGES = {
  unavailable:
    'Autosave is off: this browser does not let the page store data. Download your work to keep it.',
  full: "Autosave failed: the browser's storage for this page is full. Download your work to keep it.",
  failed: (detail: string) => `Autosave failed (${detail}). Download your work to keep it.`,
} as const;

/** Browsers name a full storage differently (Chrome/Safari, and old Firefox). */
function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22;
}

function describeWriteError(error: unknown): string {
  if (isQuotaError(error)) return AUTOSAVE_MESSAGES.full;
  const detail = error instanceof Error ? error.message : String(error);
  return AUTOSAVE_MESSAGES.failed(detail);
}

/**
 * Saves the session to storage as the user works: every change (re)starts a short timer, and the
 * latest state is written when it runs out, so a reload or a crash loses at most that moment.
 * A failed write (storage full or disabled) never throws into the app; it shows in the status,
 * and the last good record stays in place.
 */
export function createAutosave(options: AutosaveOptions): Autosave {
  const { storage, collect, watch } = options;
  const debounceMs = options.debounceMs ?? AUTOSAVE_DEBOUNCE_MS;
  const now = options.now ?? Date.now;
  const listeners = new Set<() => void>();
  let status: AutosaveStatus = storage
    ? { kind: 'idle' }
    : { kind: 'failed', message: AUTOSAVE_MESSAGES.unavailable };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWritten: string | undefined;

  function setStatus(next: AutosaveStatus): void {
    status = next;
    for (const listener of [...listeners]) listener();
  }

  function write(): void {
    timer = undefined;
    if (!storage) return;
    const savedAt = now();
    const record = collect();
    // The timestamp is left out of the comparison: an unchanged session need not be rewritten.
    const comparable = serializeAutosaveRecord({ ...record, savedAt: 0 });
    if (comparable === lastWritten) {
      if (status.kind === 'pending') setStatus({ kind: 'saved', savedAt });
      return;
    }
    try {
      storage.setItem(AUTOSAVE_KEY, serializeAutosaveRecord({ ...record, savedAt }));
      lastWritten = comparable;
      setStatus({ kind: 'saved', savedAt });
    } catch (error) {
      setStatus({ kind: 'failed', message: describeWriteError(error) });
    }
  }

  // When the timer may write: each change moves it, without clearing and setting a timer per
  // keystroke (that cost ~0.5 ms of the keystroke's frame); a timer that fires early waits on.
  let dueAt = 0;

  function fire(): void {
    const wait = dueAt - Date.now();
    if (wait > 0) timer = setTimeout(fire, wait);
    else write();
  }

  function schedule(): void {
    if (!storage) return;
    dueAt = Date.now() + debounceMs;
    timer ??= setTimeout(fire, debounceMs);
    if (status.kind !== 'pending') setStatus({ kind: 'pending' });
  }

  const unwatch = watch(schedule);

  function flush(): void {
    if (timer === undefined) return;
    clearTimeout(timer);
    write();
  }

  return {
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    flush,
    dispose() {
      unwatch();
      flush();
    },
  };
}

/** The saved session, or `null` when there is none, it is unreadable, or storage is off. */
export function readAutosave(storage: KeyValueStorage | null): AutosaveRecord | null {
  return parseAutosaveRecord(readItem(storage, AUTOSAVE_KEY));
}

/**
 * Keeps work that a load is about to replace, so "Restore previous" still has it after a reload.
 * Best effort: returns false when storage refuses it (the in-memory copy still works).
 */
export function savePreviousWork(storage: KeyValueStorage | null, record: AutosaveRecord): boolean {
  if (!storage) return false;
  try {
    storage.setItem(PREVIOUS_WORK_KEY, serializeAutosaveRecord(record));
    return true;
  } catch {
    return false;
  }
}

/** The work last replaced by a load, if any was kept. */
export function readPreviousWork(storage: KeyValueStorage | null): AutosaveRecord | null {
  return parseAutosaveRecord(readItem(storage, PREVIOUS_WORK_KEY));
}

function readItem(storage: KeyValueStorage | null, key: string): string | null {
  if (!storage) return null;
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}
