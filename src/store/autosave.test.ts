import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AUTOSAVE_MESSAGES,
  createAutosave,
  readAutosave,
  readPreviousWork,
  savePreviousWork,
  type KeyValueStorage,
} from './autosave';
import { AUTOSAVE_KEY, PREVIOUS_WORK_KEY, serializeAutosaveRecord } from './autosave-record';

class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  writes = 0;
  failWith: unknown = null;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWith) throw this.failWith;
    this.writes += 1;
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** A session whose text the test changes; `emit` is what a store change would call. */
function createSession() {
  let text = 'a: 1\n';
  const listeners = new Set<() => void>();
  return {
    setText(next: string) {
      text = next;
      for (const listener of listeners) listener();
    },
    collect: () => ({ modified: true, state: { configText: text } }),
    watch(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    listenerCount: () => listeners.size,
  };
}

describe('createAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes once after the typing stops, then reads back the same session', () => {
    const storage = new MemoryStorage();
    const session = createSession();
    const autosave = createAutosave({ storage, ...session, debounceMs: 400, now: () => 42 });
    expect(autosave.getStatus()).toEqual({ kind: 'idle' });
    session.setText('a: 2\n');
    vi.advanceTimersByTime(300);
    session.setText('a: 3\n');
    vi.advanceTimersByTime(300);
    expect(storage.writes).toBe(0);
    expect(autosave.getStatus()).toEqual({ kind: 'pending' });
    vi.advanceTimersByTime(100);
    expect(storage.writes).toBe(1);
    expect(autosave.getStatus()).toEqual({ kind: 'saved', savedAt: 42 });
    expect(readAutosave(storage)).toEqual({
      savedAt: 42,
      modified: true,
      state: { configText: 'a: 3\n' },
    });
  });

  it('does not rewrite an unchanged session', () => {
    const storage = new MemoryStorage();
    const session = createSession();
    createAutosave({ storage, ...session });
    session.setText('b: 1\n');
    vi.runAllTimers();
    session.setText('b: 1\n');
    vi.runAllTimers();
    expect(storage.writes).toBe(1);
  });

  it('writes a pending change at once on flush, and nothing when none is pending', () => {
    const storage = new MemoryStorage();
    const session = createSession();
    const autosave = createAutosave({ storage, ...session });
    autosave.flush();
    expect(storage.writes).toBe(0);
    session.setText('c: 1\n');
    autosave.flush();
    expect(readAutosave(storage)?.state).toEqual({ configText: 'c: 1\n' });
  });

  it('reports a full storage, keeps the last good record, and recovers', () => {
    const storage = new MemoryStorage();
    const session = createSession();
    const statuses: unknown[] = [];
    const autosave = createAutosave({ storage, ...session, now: () => 7 });
    autosave.subscribe(() => statuses.push(autosave.getStatus()));
    session.setText('first: 1\n');
    vi.runAllTimers();
    storage.failWith = new DOMException('exceeded', 'QuotaExceededError');
    session.setText('second: 1\n');
    vi.runAllTimers();
    expect(autosave.getStatus()).toEqual({ kind: 'failed', message: AUTOSAVE_MESSAGES.full });
    expect(readAutosave(storage)?.state).toEqual({ configText: 'first: 1\n' });
    storage.failWith = null;
    session.setText('third: 1\n');
    vi.runAllTimers();
    expect(readAutosave(storage)?.state).toEqual({ configText: 'third: 1\n' });
    expect(statuses).toEqual([
      { kind: 'pending' },
      { kind: 'saved', savedAt: 7 },
      { kind: 'pending' },
      { kind: 'failed', message: AUTOSAVE_MESSAGES.full },
      { kind: 'pending' },
      { kind: 'saved', savedAt: 7 },
    ]);
  });

  it('names other write errors', () => {
    const storage = new MemoryStorage();
    storage.failWith = new Error('denied');
    const session = createSession();
    const autosave = createAutosave({ storage, ...session });
    session.setText('x: 1\n');
    vi.runAllTimers();
    expect(autosave.getStatus()).toEqual({
      kind: 'failed',
      message: 'Autosave failed (denied). Download your work to keep it.',
    });
  });

  it('says autosave is off without storage, and never schedules', () => {
    const session = createSession();
    const autosave = createAutosave({ storage: null, ...session });
    session.setText('x: 1\n');
    expect(vi.getTimerCount()).toBe(0);
    expect(autosave.getStatus()).toEqual({
      kind: 'failed',
      message: AUTOSAVE_MESSAGES.unavailable,
    });
  });

  it('writes the pending change and stops watching on dispose', () => {
    const storage = new MemoryStorage();
    const session = createSession();
    const autosave = createAutosave({ storage, ...session });
    session.setText('y: 1\n');
    autosave.dispose();
    expect(session.listenerCount()).toBe(0);
    expect(readAutosave(storage)?.state).toEqual({ configText: 'y: 1\n' });
  });
});

describe('readAutosave and the previous-work slot', () => {
  it('read nothing without storage, from a throwing storage or a damaged record', () => {
    const throwing: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    const damaged = new MemoryStorage();
    damaged.items.set(AUTOSAVE_KEY, '{"format":');
    expect([readAutosave(null), readAutosave(throwing), readAutosave(damaged)]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('keeps replaced work under its own key, and says when storage refuses it', () => {
    const storage = new MemoryStorage();
    const record = { savedAt: 3, modified: true, state: { configText: 'old: 1\n' } };
    expect(savePreviousWork(storage, record)).toBe(true);
    expect(storage.items.get(PREVIOUS_WORK_KEY)).toBe(serializeAutosaveRecord(record));
    expect(readPreviousWork(storage)).toEqual(record);
    expect(readAutosave(storage)).toBeNull();
    storage.failWith = new DOMException('exceeded', 'QuotaExceededError');
    expect(savePreviousWork(storage, record)).toBe(false);
    expect(savePreviousWork(null, record)).toBe(false);
  });
});
