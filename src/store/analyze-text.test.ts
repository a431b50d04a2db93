import { describe, expect, it } from 'vitest';
import { collectDiagnostics } from '../core/diagnostics';
import { readAnalysisState } from '../core/pipeline/analyze-config';
import { parseYamlText } from '../core/yaml';
import { createDocumentStore, loadDocumentChecker } from './document-store';

// These stores analyse their texts at once: the checker is loaded before any is created.
await loadDocumentChecker();

const TEXT = `locations:
  - location_name: alpha
    image: alpha:1
    code_source:
      package_name: alpha
  - location_name: beta
    code_source:
      package_name: beta
    container_context:
      k8s:
        namespace: beta
`;

describe('the store on the incremental pipeline', () => {
  it('re-analyses only the edited location, with the whole-text results', () => {
    const store = createDocumentStore(TEXT);
    const before = store.getSnapshot();
    const at = TEXT.indexOf('namespace: beta') + 'namespace: beta'.length;
    store.applyEdits([{ offset: at, deleteCount: 0, insert: '-2' }], 'editor');
    const after = store.getSnapshot();
    const text = after.text;
    expect(text).toBe(TEXT.replace('namespace: beta', 'namespace: beta-2'));
    expect(after.analysis?.mode).toBe('chunked');
    const locations = (snapshot: typeof after) =>
      (snapshot.config as { locations: unknown[] }).locations;
    expect(locations(after)[0]).toBe(locations(before)[0]);
    expect(after.config).toEqual(parseYamlText(text).value);
    expect(after.diagnostics).toEqual(collectDiagnostics(text));
    expect(after.counts).toEqual({ error: 0, warning: 1, info: 0 });
  });

  it('finds the cursor path from the edited location without a full parse', () => {
    const store = createDocumentStore(TEXT);
    store.setText(TEXT.replace('image: alpha:1', 'image: alpha:2'), 'editor');
    store.setCursor(TEXT.indexOf('namespace: beta') + 3);
    expect(store.getSnapshot().cursor).toEqual({
      position: { line: 11, column: 12, offset: TEXT.indexOf('namespace: beta') + 3 },
      path: ['locations', 1, 'container_context', 'k8s', 'namespace'],
    });
    expect(store.getSnapshot().selectedLocation).toBe(1);
    expect(readAnalysisState(store.getSnapshot().analysis!)).toMatchObject({ parsed: null });
  });
});
