import { describe, expect, it } from 'vitest';
import { createFormDataStore } from './form-data-store';

describe('createFormDataStore', () => {
  const first = { config: { locations: [] }, diagnostics: [] };

  it('holds an update at once and tells its listeners only on flush', () => {
    const store = createFormDataStore(first);
    const heard: unknown[] = [];
    store.subscribe(() => heard.push(store.get().config));
    const next = { config: { locations: [{ location_name: 'a' }] }, diagnostics: [] };
    store.update(next);
    expect(store.get()).toBe(next);
    expect(heard).toEqual([]);
    store.flush();
    expect(heard).toEqual([next.config]);
    store.flush();
    expect(heard).toEqual([next.config]);
  });

  it('ignores an update with the same config and diagnostics', () => {
    const store = createFormDataStore(first);
    let calls = 0;
    store.subscribe(() => calls++);
    store.update({ config: first.config, diagnostics: first.diagnostics });
    store.flush();
    expect(calls).toBe(0);
    expect(store.get()).toBe(first);
  });

  it('stops telling a listener once it unsubscribes', () => {
    const store = createFormDataStore(first);
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.update({ config: {}, diagnostics: [] });
    store.flush();
    unsubscribe();
    store.update({ config: { defaults: {} }, diagnostics: [] });
    store.flush();
    expect(calls).toBe(1);
  });
});
