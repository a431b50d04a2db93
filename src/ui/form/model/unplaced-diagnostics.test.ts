import { describe, expect, it } from 'vitest';
import type { FieldDiagnostic } from './field-diagnostics';
import { selectFileDiagnostics, selectUnplacedDiagnostics } from './unplaced-diagnostics';

const at = (...path: (string | number)[]): FieldDiagnostic => ({
  severity: 'error',
  message: path.join('.'),
  path,
});

const ALL = [
  at(),
  at('locations'),
  at('extra_top_key'),
  at('locations', 0),
  at('locations', 0, 'image'),
  at('locations', 0, 'foo'),
  at('locations', 0, 'build', 'dockerfile'),
  at('locations', 0, 'container_context', 'k8s', 'image_push_policy'),
  at('locations', 0, 'container_context', 'k8s', 'volumes', 0, 'bogus'),
  at('locations', 1, 'foo'),
  at('defaults', 'code_source'),
];

describe('selectUnplacedDiagnostics', () => {
  it('keeps what no field of that location shows', () => {
    expect(selectUnplacedDiagnostics(ALL, ['locations', 0]).map((d) => d.message)).toEqual([
      'locations.0',
      'locations.0.foo',
      'locations.0.build.dockerfile',
      'locations.0.container_context.k8s.image_push_policy',
    ]);
    expect(selectUnplacedDiagnostics(ALL, ['defaults'], true).map((d) => d.message)).toEqual([
      'defaults.code_source',
    ]);
  });
});

describe('selectFileDiagnostics', () => {
  it('keeps problems of the whole file and of the locations list', () => {
    expect(selectFileDiagnostics(ALL).map((d) => d.message)).toEqual([
      '',
      'locations',
      'extra_top_key',
    ]);
  });
});
