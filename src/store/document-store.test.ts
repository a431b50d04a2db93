import { describe, expect, it, vi } from 'vitest';
import { collectDiagnostics } from '../core/diagnostics';
import { parseYamlText } from '../core/yaml';
import { createDocumentStore, loadDocumentChecker } from './document-store';

// These stores analyse their texts at once: the checker is loaded before any is created.
await loadDocumentChecker();

const TWO_LOCATIONS = `locations:
  - location_name: first
    image: repo/first:1
    code_source:
      package_name: first
  - location_name: second # the second one
    image: repo/second:1
    code_source:
      package_name: second
`;

const FIRST = {
  location_name: 'first',
  image: 'repo/first:1',
  code_source: { package_name: 'first' },
};
const SECOND = {
  location_name: 'second',
  image: 'repo/second:1',
  code_source: { package_name: 'second' },
};

describe('createDocumentStore', () => {
  it('starts at revision 0 with the parse and the diagnostics of the text', () => {
    const store = createDocumentStore(TWO_LOCATIONS);
    const snapshot = store.getSnapshot();
    expect(snapshot.text).toBe(TWO_LOCATIONS);
    expect(snapshot.revision).toBe(0);
    expect(snapshot.origin).toBe('load');
    expect(snapshot.config).toEqual({ locations: [FIRST, SECOND] });
    expect(snapshot.configRevision).toBe(0);
    expect(snapshot.syntaxErrors).toEqual([]);
    expect(snapshot.diagnostics).toEqual(collectDiagnostics(TWO_LOCATIONS));
    expect(snapshot.locationCount).toBe(2);
    expect(snapshot.selectedLocation).toBe(0);
    expect(snapshot.cursor).toBeNull();
    expect(snapshot.reveal).toBeNull();
  });

  it('applies edits, bumps the revision, records the origin and notifies', () => {
    const store = createDocumentStore(TWO_LOCATIONS);
    const listener = vi.fn();
    store.subscribe(listener);
    const offset = TWO_LOCATIONS.indexOf('repo/second:1') + 'repo/second:'.length;
    store.applyEdits([{ offset, deleteCount: 1, insert: '2' }], 'form');
    const snapshot = store.getSnapshot();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(snapshot.text).toBe(TWO_LOCATIONS.replace('repo/second:1', 'repo/second:2'));
    expect(snapshot.revision).toBe(1);
    expect(snapshot.origin).toBe('form');
    expect(snapshot.config).toEqual({
      locations: [FIRST, { ...SECOND, image: 'repo/second:2' }],
    });
    expect(snapshot.configRevision).toBe(1);
  });

  it('applies several edits, all relative to the current text', () => {
    const store = createDocumentStore('a: 1\nb: 2\n');
    store.applyEdits(
      [
        { offset: 8, deleteCount: 1, insert: '20' },
        { offset: 3, deleteCount: 1, insert: '10' },
      ],
      'editor',
    );
    expect(store.getSnapshot().text).toBe('a: 10\nb: 20\n');
  });

  it('ignores changes that change nothing', () => {
    const store = createDocumentStore(TWO_LOCATIONS);
    const listener = vi.fn();
    store.subscribe(listener);
    store.setText(TWO_LOCATIONS, 'load');
    store.applyEdits([], 'form');
    expect(listener).not.toHaveBeenCalled();
    expect(store.getSnapshot().revision).toBe(0);
  });

  it('keeps the last good config while the text has YAML errors', () => {
    const store = createDocumentStore(TWO_LOCATIONS);
    const broken = TWO_LOCATIONS.replace('package_name: first', 'package_name: [first');
    store.setText(broken, 'editor');
    const snapshot = store.getSnapshot();
    const expectedErrors = parseYamlText(broken).problems.filter((p) => p.severity === 'error');
    expect(expectedErrors.length).toBeGreaterThan(0);
    expect(snapshot.syntaxErrors).toEqual(expectedErrors);
    expect(snapshot.text).toBe(broken);
    expect(snapshot.revision).toBe(1);
    expect(snapshot.config).toEqual({ locations: [FIRST, SECOND] });
    expect(snapshot.configRevision).toBe(0);
    expect(snapshot.diagnostics).toEqual(collectDiagnostics(broken));
    expect(snapshot.counts.error).toBe(
      collectDiagnostics(broken).filter((d) => d.severity === 'error').length,
    );

    store.setText(TWO_LOCATIONS.replace('first:1', 'first:3'), 'editor');
    expect(store.getSnapshot().config).toEqual({
      locations: [{ ...FIRST, image: 'repo/first:3' }, SECOND],
    });
    expect(store.getSnapshot().configRevision).toBe(2);
    expect(store.getSnapshot().syntaxErrors).toEqual([]);
  });

  it('counts diagnostics by severity', () => {
    const text = 'locations:\n  - location_name: a\n    image: x\n    unknown_key: 1\n';
    const store = createDocumentStore(text);
    const diagnostics = collectDiagnostics(text);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(store.getSnapshot().counts).toEqual({
      error: diagnostics.filter((d) => d.severity === 'error').length,
      warning: diagnostics.filter((d) => d.severity === 'warning').length,
      info: diagnostics.filter((d) => d.severity === 'info').length,
    });
  });

  it('selects a location, clamped to the existing ones, and re-clamps when one goes', () => {
    const store = createDocumentStore(TWO_LOCATIONS);
    store.selectLocation(1);
    expect(store.getSnapshot().selectedLocation).toBe(1);
    store.selectLocation(7);
    expect(store.getSnapshot().selectedLocation).toBe(1);
    store.selectLocation(-3);
    expect(store.getSnapshot().selectedLocation).toBe(0);
    store.selectLocation(1);
    const secondStart = TWO_LOCATIONS.indexOf('  - location_name: second');
    store.applyEdits(
      [{ offset: secondStart, deleteCount: TWO_LOCATIONS.length - secondStart, insert: '' }],
      'form',
    );
    expect(store.getSnapshot().locationCount).toBe(1);
    expect(store.getSnapshot().selectedLocation).toBe(0);
  });

  it('tracks the cursor: position, config path, and the location it is in', () => {
    const store = createDocumentStore(TWO_LOCATIONS);
    const offset = TWO_LOCATIONS.indexOf('repo/second');
    store.setCursor(offset);
    expect(store.getSnapshot().cursor).toEqual({
      position: { line: 7, column: 12, offset },
      path: ['locations', 1, 'image'],
    });
    expect(store.getSnapshot().selectedLocation).toBe(1);

    const listener = vi.fn();
    store.subscribe(listener);
    store.setCursor(offset);
    expect(listener).not.toHaveBeenCalled();
  });

  it('takes the line and column an editor gives with the offset (no line index built)', () => {
    const offsets = [0, TWO_LOCATIONS.indexOf('repo/second'), TWO_LOCATIONS.length];
    for (const offset of offsets) {
      const measured = createDocumentStore(TWO_LOCATIONS);
      measured.setCursor(offset);
      const given = createDocumentStore(TWO_LOCATIONS);
      const { line, column } = measured.getSnapshot().cursor!.position;
      given.setCursor(offset, { line, column });
      expect(given.getSnapshot().cursor).toEqual(measured.getSnapshot().cursor);
      expect(given.getSnapshot().selectedLocation).toBe(measured.getSnapshot().selectedLocation);
    }
    // The given position is what the snapshot reports: the store does not measure it again.
    const store = createDocumentStore(TWO_LOCATIONS);
    store.setCursor(TWO_LOCATIONS.indexOf('repo/second'), { line: 7, column: 12 });
    expect(store.getSnapshot().cursor?.position).toEqual({
      line: 7,
      column: 12,
      offset: TWO_LOCATIONS.indexOf('repo/second'),
    });
  });

  it('numbers reveal requests so the same place can be asked for twice', () => {
    const store = createDocumentStore(TWO_LOCATIONS);
    const range = {
      start: { line: 2, column: 5, offset: 15 },
      end: { line: 2, column: 18, offset: 28 },
    };
    store.requestReveal({ path: ['locations', 0, 'location_name'], range });
    store.requestReveal({ path: ['locations', 0, 'location_name'], range });
    expect(store.getSnapshot().reveal).toEqual({
      path: ['locations', 0, 'location_name'],
      range,
      sequence: 2,
    });
  });

  it('stops notifying after unsubscribe', () => {
    const store = createDocumentStore('a: 1\n');
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.setText('a: 2\n', 'editor');
    unsubscribe();
    store.setText('a: 3\n', 'editor');
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
