import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics';
import { placeDiagnostic, renameIndexDeep, renameIndexInPath, renameIndexInText } from './place';

describe('renaming location 0 to a real index', () => {
  it('renames paths under locations.0 only', () => {
    expect(renameIndexInPath(['locations', 0, 'image'], 7)).toEqual(['locations', 7, 'image']);
    expect(renameIndexInPath(['defaults', 'image'], 7)).toEqual(['defaults', 'image']);
    expect(renameIndexInPath(['locations', 1], 7)).toEqual(['locations', 1]);
  });

  it('renames spelled-out paths but not longer indices', () => {
    expect(renameIndexInText("missing at 'locations.0.code_source': Field required", 12)).toBe(
      "missing at 'locations.12.code_source': Field required",
    );
    expect(renameIndexInText("at 'locations.0'", 3)).toBe("at 'locations.3'");
    expect(renameIndexInText('locations.01 stays', 3)).toBe('locations.01 stays');
  });

  it('places a diagnostic: shifted range, renamed path, message and hint', () => {
    const diagnostic: Diagnostic = {
      severity: 'error',
      message: "extra_forbidden at 'locations.0.imag': Extra inputs are not permitted",
      path: ['locations', 0, 'imag'],
      range: {
        start: { line: 3, column: 5, offset: 40 },
        end: { line: 3, column: 9, offset: 44 },
      },
      source: 'schema',
      stage: 'ci-check',
      code: 'extra_forbidden',
      hint: 'Did you mean locations.0.image?',
    };
    expect(placeDiagnostic(diagnostic, { offset: 1000, line: 50 }, 4)).toEqual({
      severity: 'error',
      message: "extra_forbidden at 'locations.4.imag': Extra inputs are not permitted",
      path: ['locations', 4, 'imag'],
      range: {
        start: { line: 53, column: 5, offset: 1040 },
        end: { line: 53, column: 9, offset: 1044 },
      },
      source: 'schema',
      stage: 'ci-check',
      code: 'extra_forbidden',
      hint: 'Did you mean locations.4.image?',
    });
  });

  it('renames deep inside render results, keeping unchanged parts by identity', () => {
    interface Origin {
      layer: string;
      document: string | null;
      path: (string | number)[];
    }
    const untouched: Origin = { layer: 'dagster', document: null, path: [] };
    const result = {
      origins: new Map<string, Origin>([
        [
          '/a',
          { layer: 'location', document: 'dagster-cloud-yaml', path: ['locations', 0, 'image'] },
        ],
        ['/b', untouched],
      ]),
      notes: [{ severity: 'info', message: 'from locations.0.container_context' }],
    };
    const renamed = renameIndexDeep(result, 2);
    expect(renamed).toEqual({
      origins: new Map<string, Origin>([
        [
          '/a',
          { layer: 'location', document: 'dagster-cloud-yaml', path: ['locations', 2, 'image'] },
        ],
        ['/b', untouched],
      ]),
      notes: [{ severity: 'info', message: 'from locations.2.container_context' }],
    });
    expect(renamed.origins.get('/b')).toBe(untouched);
    expect(renameIndexDeep(result, 0)).toBe(result);
  });
  it('copies a list, map or object from its first renamed entry, keeping order and the rest', () => {
    const same = { layer: 'dagster', path: ['x', 0] };
    const result = {
      first: 'no path here',
      list: ['a', same, 'at locations.0.image', 'locations.01', { path: ['locations', 0] }],
      map: new Map<string, unknown>([
        ['k1', same],
        ['k2', 'locations.0'],
        ['k3', 'b'],
      ]),
      last: 7,
    };
    const renamed = renameIndexDeep(result, 11);
    expect(renamed).toEqual({
      first: 'no path here',
      list: ['a', same, 'at locations.11.image', 'locations.01', { path: ['locations', 11] }],
      map: new Map<string, unknown>([
        ['k1', same],
        ['k2', 'locations.11'],
        ['k3', 'b'],
      ]),
      last: 7,
    });
    expect(Object.keys(renamed)).toEqual(['first', 'list', 'map', 'last']);
    expect([...renamed.map.keys()]).toEqual(['k1', 'k2', 'k3']);
    expect(renamed.list[1]).toBe(same);
    expect(result.list[2]).toBe('at locations.0.image');
    const untouched = { list: ['a', same], map: new Map([['k', same]]) };
    const kept = renameIndexDeep(untouched, 4);
    expect(kept).toBe(untouched);
  });
});
