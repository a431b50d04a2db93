import { describe, expect, it } from 'vitest';
import {
  isSameFieldDiagnosticList,
  selectFieldDiagnostics,
  type FieldDiagnostic,
} from './field-diagnostics';

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

describe('isSameFieldDiagnosticList', () => {
  it('is true for equal messages in new objects, false when any shown part differs', () => {
    const list = [at(['k', 'image']), at(['k', 'args'], 'bad args')];
    expect(
      isSameFieldDiagnosticList(
        list,
        list.map((d) => ({ ...d, path: [...d.path] })),
      ),
    ).toBe(true);
    expect(isSameFieldDiagnosticList(list, [list[0]!])).toBe(false);
    expect(isSameFieldDiagnosticList(list, [list[0]!, at(['k', 'args'], 'other')])).toBe(false);
    expect(isSameFieldDiagnosticList(list, [list[0]!, at(['k', 'env'], 'bad args')])).toBe(false);
    expect(isSameFieldDiagnosticList(list, [list[0]!, { ...list[1]!, severity: 'warning' }])).toBe(
      false,
    );
  });
});
