import { describe, expect, it } from 'vitest';
import { selectFieldDiagnostics, type FieldDiagnostic } from './field-diagnostics';

const at = (path: (string | number)[], message = path.join('.')): FieldDiagnostic => ({
  severity: 'error',
  message,
  path,
});

describe('selectFieldDiagnostics', () => {
  const all = [
    at(['k', 'image']),
    at(['k', 'c', 'args']),
    at(['k', 'c', 'resources', 'x']),
    at(['k']),
  ];

  it('gives a scalar field only the diagnostics on its own path', () => {
    expect(selectFieldDiagnostics(all, ['k', 'image']).map((d) => d.message)).toEqual(['k.image']);
  });

  it('gives a block editor its subtree minus what other fields show', () => {
    const selected = selectFieldDiagnostics(all, ['k', 'c'], {
      subtree: true,
      excluded: [['k', 'c', 'resources']],
    });
    expect(selected.map((d) => d.message)).toEqual(['k.c.args']);
  });
});
