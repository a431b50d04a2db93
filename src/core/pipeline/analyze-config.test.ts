import { describe, expect, it } from 'vitest';
import { collectDiagnostics } from '../diagnostics';
import { renderLocation } from '../render';
import { createLineIndex, parseYamlText } from '../yaml';
import { readAnalysisState } from './analyze-config';
import { viewFromScratch, viewOfAnalysis } from './fixtures/compare';
import { K8S_LOCATIONS, WITH_DEFAULTS, WITH_TRAILER } from './fixtures/texts';
import {
  analyzeConfigText,
  analyzeConfigTextWhole,
  findAnalyzedPathAtOffset,
  getAnalysisParse,
  getLazyAnalysisParse,
  renderAnalyzedLocation,
} from './index';

function insertAt(text: string, needle: string, insert: string): string {
  const at = text.indexOf(needle) + needle.length;
  return text.slice(0, at) + insert + text.slice(at);
}

function replace(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture lacks ${from}`);
  return text.replace(from, to);
}

const locations = (value: unknown) => (value as { locations: unknown[] }).locations;

describe('analyzeConfigText from scratch', () => {
  it('analyses the items one by one and gives what the whole-text functions give', () => {
    const analysis = analyzeConfigText(K8S_LOCATIONS);
    expect(analysis.mode).toBe('chunked');
    expect(analysis.locationCount).toBe(3);
    expect(viewOfAnalysis(analysis)).toEqual(viewFromScratch(K8S_LOCATIONS));
  });

  it('reports beta without image as a warning because other locations use k8s', () => {
    const analysis = analyzeConfigText(K8S_LOCATIONS);
    const missing = analysis.diagnostics.filter((item) => item.code === 'missing-image');
    expect(
      missing.map(({ severity, path, range }) => ({ severity, path, line: range.start.line })),
    ).toEqual([{ severity: 'warning', path: ['locations', 1, 'image'], line: 17 }]);
  });

  it('places an item diagnostic at its line in the whole text, named by its index', () => {
    const analysis = analyzeConfigText(K8S_LOCATIONS);
    const unknown = analysis.diagnostics.find((item) => item.path.at(-1) === 'unknown_key');
    const offset = K8S_LOCATIONS.indexOf('unknown_key');
    expect(unknown?.path).toEqual(['locations', 2, 'container_context', 'k8s', 'unknown_key']);
    expect(unknown?.range).toEqual({
      start: { line: 29, column: 9, offset },
      end: { line: 29, column: 20, offset: offset + 'unknown_key'.length },
    });
  });

  it('analyses what the chunks cannot reproduce as one text', () => {
    const anchors = 'x: &img a:1\nlocations:\n  - location_name: a\n    image: *img\n';
    const duplicates = replace(WITH_TRAILER, 'location_name: second', 'location_name: first');
    for (const text of [anchors, duplicates]) {
      const analysis = analyzeConfigText(text);
      expect(analysis.mode).toBe('whole');
      expect(analysis.diagnostics).toEqual(collectDiagnostics(text));
    }
    expect(analyzeConfigText(duplicates).diagnostics.map((item) => item.message)).toEqual([
      "value_error at 'locations': Value error, duplicate location name: first",
      "extra_forbidden at 'extra_key': Extra inputs are not permitted",
    ]);
  });

  it('gives the whole parse on request, equal to parseYamlText', () => {
    const analysis = analyzeConfigText(K8S_LOCATIONS);
    const parsed = getAnalysisParse(analysis);
    expect(parsed.value).toEqual(parseYamlText(K8S_LOCATIONS).value);
    expect(getAnalysisParse(analysis)).toBe(parsed);
  });
});

describe('analyzeConfigText after an edit', () => {
  it('re-analyses only the edited item: the others keep their values and diagnostics', () => {
    // A first edit: from scratch the results come from the whole text, then the chunks'.
    const first = insertAt(K8S_LOCATIONS, 'python_file: gamma', '_v');
    const before = analyzeConfigText(first, analyzeConfigText(K8S_LOCATIONS));
    const text = insertAt(first, 'python_file: gamma_v', '2');
    const after = analyzeConfigText(text, before);
    expect(after.mode).toBe('chunked');
    expect(locations(after.value)[0]).toBe(locations(before.value)[0]);
    expect(locations(after.value)[1]).toBe(locations(before.value)[1]);
    expect(locations(after.value)[2]).not.toBe(locations(before.value)[2]);
    const betaWarning = (analysis: typeof before) =>
      analysis.diagnostics.find((item) => item.code === 'missing-image');
    expect(betaWarning(after)).toBe(betaWarning(before));
    expect(viewOfAnalysis(after)).toEqual(viewFromScratch(text));
  });

  it('checks an edited item without k8s as part of a file that uses k8s', () => {
    const first = insertAt(K8S_LOCATIONS, 'module_name: beta', '_v');
    const before = analyzeConfigText(first, analyzeConfigText(K8S_LOCATIONS));
    const text = insertAt(first, 'module_name: beta_v', '2');
    const after = analyzeConfigText(text, before);
    expect(after.mode).toBe('chunked');
    const beta = readAnalysisState(after);
    expect(beta.mode === 'chunked' && beta.chunks[1]?.diagnostics.has(true)).toBe(true);
    const offset = text.indexOf('  - location_name: beta') + 4;
    expect(after.diagnostics.filter((item) => item.code === 'missing-image')).toEqual([
      {
        severity: 'warning',
        message: expect.stringContaining('image') as string,
        path: ['locations', 1, 'image'],
        range: {
          start: { line: 17, column: 5, offset },
          end: { line: 17, column: 24, offset: offset + 'location_name: beta'.length },
        },
        source: 'lint',
        stage: 'agent',
        code: 'missing-image',
        hint: 'The Kubernetes agent needs an image: set image, or build.registry so that `dagster-cloud ci` builds and sets it. (Serverless deployments need neither.)',
      },
    ]);
    expect(viewOfAnalysis(after)).toEqual(viewFromScratch(text));
  });

  it('judges every location again when the first k8s block goes', () => {
    const base = analyzeConfigText(K8S_LOCATIONS);
    const withoutGamma = replace(
      K8S_LOCATIONS,
      K8S_LOCATIONS.slice(K8S_LOCATIONS.indexOf('  - location_name: gamma')),
      '',
    );
    const alphaPlain = withoutGamma.replace(/ {4}container_context:[\s\S]*?memory: 1Gi\}\n/, '');
    const step = analyzeConfigText(withoutGamma, base);
    const last = analyzeConfigText(alphaPlain, step);
    expect(
      last.diagnostics.filter((item) => item.code === 'missing-image').map((item) => item.severity),
    ).toEqual(['info']);
    expect(viewOfAnalysis(last)).toEqual(viewFromScratch(alphaPlain));
  });

  it('keeps syntax errors in their item and fails every render with the first one', () => {
    const base = analyzeConfigText(K8S_LOCATIONS);
    const text = insertAt(K8S_LOCATIONS, 'module_name: beta.defs', '\n    image: "unclosed');
    const broken = analyzeConfigText(text, base);
    expect(viewOfAnalysis(broken)).toEqual(viewFromScratch(text));
    expect(renderAnalyzedLocation(broken, 0).error?.message).toBe(
      renderLocation({ configText: text, locationName: 'alpha' }).error?.message,
    );
  });
});

describe('lookups on an analysis', () => {
  const analysis = analyzeConfigText(K8S_LOCATIONS);

  it('finds the config path at an offset inside an item, in the header and between items', () => {
    const at = (needle: string) =>
      findAnalyzedPathAtOffset(analysis, K8S_LOCATIONS.indexOf(needle));
    expect(at('mountPath')).toEqual([
      'locations',
      2,
      'container_context',
      'k8s',
      'volume_mounts',
      0,
      'mountPath',
    ]);
    expect(at('beta.defs')).toEqual(['locations', 1, 'code_source', 'module_name']);
    expect(at('# team')).toEqual([]);
    expect(at('  # beta has no image')).toEqual(['locations']);
  });

  it('renders a location with its origins named by its index', () => {
    const rendered = renderAnalyzedLocation(analyzeConfigText(WITH_DEFAULTS), 1);
    expect(rendered).toEqual(renderLocation({ configText: WITH_DEFAULTS, locationName: 'two' }));
    const image = rendered.manifests[0]?.origins.get('/spec/template/spec/containers/0/image');
    expect(image).toEqual({
      layer: 'location',
      document: 'dagster-cloud-yaml',
      path: ['locations', 1, 'image'],
    });
  });

  it('fails every render when one location cannot take the defaults, as Dagster does', () => {
    const text = `${WITH_DEFAULTS}- location_name: three\n  code_source: {package_name: three}\n  container_context:\n    k8s:\n      env_vars: [{not: a string}]\n`;
    const chunked = analyzeConfigText(text);
    expect(chunked.mode).toBe('chunked');
    const expected = renderLocation({ configText: text, locationName: 'one' });
    expect(expected.error?.errorType).toBe('CheckError');
    expect(renderAnalyzedLocation(chunked, 0)).toEqual(expected);
    expect(renderAnalyzedLocation(analyzeConfigTextWhole(text), 0)).toEqual(expected);
  });
});

describe('getLazyAnalysisParse', () => {
  it('answers text, value, problems and lines without a full parse, and parses on document', () => {
    // After an edit (from scratch the whole parse is made anyway, and kept).
    const text = insertAt(K8S_LOCATIONS, 'beta.defs', '2');
    const analysis = analyzeConfigText(text, analyzeConfigText(K8S_LOCATIONS));
    const lazy = getLazyAnalysisParse(analysis);
    const whole = parseYamlText(text);
    expect(lazy.lineIndex).toEqual(createLineIndex(text));
    expect(lazy.value).toEqual(whole.value);
    expect(lazy.problems).toEqual(whole.problems);
    expect(readAnalysisState(analysis)).toMatchObject({ mode: 'chunked', parsed: null });
    expect(lazy.document.toJS()).toEqual(whole.document.toJS());
    expect(lazy.tokens).toBe(getAnalysisParse(analysis).tokens);
    expect(getLazyAnalysisParse(analysis)).toBe(lazy);
  });
});
