import { describe, expect, it } from 'vitest';
import { createValueStore } from './value-store';

describe('createValueStore', () => {
  it('holds an update at once and tells its listeners only on flush, once', () => {
    const store = createValueStore({ n: 1 });
    const heard: unknown[] = [];
    store.subscribe(() => heard.push(store.get()));
    const next = { n: 2 };
    store.update(next);
    expect(store.get()).toBe(next);
    expect(heard).toEqual([]);
    store.flush();
    store.flush();
    expect(heard).toEqual([next]);
  });

  it('set updates and notifies; a value that isSame changes nothing', () => {
    const store = createValueStore({ n: 1 }, (a, b) => a.n === b.n);
    let calls = 0;
    store.subscribe(() => calls++);
    const first = store.get();
    store.set({ n: 1 });
    expect(store.get()).toBe(first);
    expect(calls).toBe(0);
    store.set({ n: 3 });
    expect(store.get()).toEqual({ n: 3 });
    expect(calls).toBe(1);
  });

  it('stops telling a listener once it unsubscribes', () => {
    const store = createValueStore('a');
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.set('b');
    unsubscribe();
    store.set('c');
    expect(calls).toBe(1);
    expect(store.get()).toBe('c');
  });
});
