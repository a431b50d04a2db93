import { describe, expect, it, vi } from 'vitest';
import {
  collectDiagnostics,
  collectHelmValuesDiagnostics,
  collectTagDiagnostics,
} from '../core/diagnostics';
import { parseYamlText } from '../core/yaml';

const TEXT = 'locations:\n  - location_name: a\n    image: x\n    unknown_key: 1\n';

/** A store module whose checker has not loaded yet (the module caches it once loaded). */
async function importFreshStore() {
  vi.resetModules();
  return import('./document-store');
}

describe('createDocumentStore before its checker has loaded', () => {
  it('publishes the parse at once and the diagnostics when the checker has loaded', async () => {
    const { createDocumentStore } = await importFreshStore();
    const store = createDocumentStore(TEXT);
    const first = store.getSnapshot();
    expect(first.analysis).toBeNull();
    expect(first.config).toEqual(parseYamlText(TEXT).value);
    expect(first.locationCount).toBe(1);
    expect(first.diagnostics).toEqual([]);
    expect(first.counts).toEqual({ error: 0, warning: 0, info: 0 });

    const listener = vi.fn();
    store.subscribe(listener);
    await store.whenChecked();
    expect(listener).toHaveBeenCalledTimes(1);
    const checked = store.getSnapshot();
    const expected = collectDiagnostics(TEXT);
    expect(expected.length).toBeGreaterThan(0);
    expect(checked.diagnostics).toEqual(expected);
    expect(checked.counts).toEqual({
      error: expected.filter((d) => d.severity === 'error').length,
      warning: expected.filter((d) => d.severity === 'warning').length,
      info: expected.filter((d) => d.severity === 'info').length,
    });
    expect(checked.analysis?.diagnostics).toBe(checked.diagnostics);
    // Same text and revision; the parse and the config keep their identity.
    expect(checked.revision).toBe(0);
    expect(checked.parsed).toBe(first.parsed);
    expect(checked.config).toBe(first.config);
  });

  it('checks the latest text when edits come before the checker', async () => {
    const { createDocumentStore } = await importFreshStore();
    const store = createDocumentStore('locations: []\n');
    store.setText(TEXT, 'form');
    store.setCursor(TEXT.indexOf('unknown_key'));
    const pending = store.getSnapshot();
    expect(pending.revision).toBe(1);
    expect(pending.diagnostics).toEqual([]);
    expect(pending.cursor?.path).toEqual(['locations', 0, 'unknown_key']);

    await store.whenChecked();
    const checked = store.getSnapshot();
    expect(checked.text).toBe(TEXT);
    expect(checked.revision).toBe(1);
    expect(checked.diagnostics).toEqual(collectDiagnostics(TEXT));

    // Later edits are analysed synchronously.
    const fixed = TEXT.replace('    unknown_key: 1\n', '');
    store.setText(fixed, 'editor');
    expect(store.getSnapshot().diagnostics).toEqual(collectDiagnostics(fixed));
  });
});

describe('createRenderInputsStore before the checker has loaded', () => {
  it('has the YAML problems at once and the checks when the checker has loaded', async () => {
    vi.resetModules();
    const { createRenderInputsStore } = await import('./render-inputs');
    const { loadChecker } = await import('./checker');
    const tag = 'container_config:\n  resources: 3\n';
    const store = createRenderInputsStore({ 'run-tag': tag, 'helm-values': 'a: [1\n' });
    const before = store.getSnapshot().inputs;
    expect(before['run-tag'].problems).toEqual([]);
    expect(before['helm-values'].problems).toEqual(parseYamlText('a: [1\n').problems);

    await loadChecker();
    const after = store.getSnapshot().inputs;
    const expected = collectTagDiagnostics(tag);
    expect(expected.length).toBeGreaterThan(0);
    expect(after['run-tag'].problems).toEqual(expected);
    expect(after['helm-values'].problems).toEqual(collectHelmValuesDiagnostics('a: [1\n'));
    expect(after['run-tag'].value).toBe(before['run-tag'].value);
  });
});
