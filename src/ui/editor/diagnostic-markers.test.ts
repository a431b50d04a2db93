import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../core/diagnostics';
import { convertDiagnosticsToMarkers, sameMarkers } from './diagnostic-markers';

const SEVERITIES = { error: 8, warning: 4, info: 2 };

function position(line: number, column: number, offset: number) {
  return { line, column, offset };
}

describe('convertDiagnosticsToMarkers', () => {
  it('keeps the exact range, maps the severity and names the path', () => {
    const diagnostics: Diagnostic[] = [
      {
        severity: 'error',
        message: 'Received unexpected config entry "image_push_policy".',
        path: ['locations', 0, 'container_context', 'k8s', 'image_push_policy'],
        range: { start: position(13, 9, 300), end: position(13, 26, 317) },
        source: 'schema',
      },
      {
        severity: 'info',
        message: 'SNOWFLAKE_ACCOUNT has no value here.',
        hint: 'Write KEY=value to set it.',
        path: [],
        range: { start: position(1, 1, 0), end: position(2, 3, 12) },
        source: 'lint',
      },
    ];
    expect(convertDiagnosticsToMarkers(diagnostics, SEVERITIES)).toEqual([
      {
        severity: 8,
        message: 'Received unexpected config entry "image_push_policy".',
        source: 'schema',
        code: 'locations.0.container_context.k8s.image_push_policy',
        startLineNumber: 13,
        startColumn: 9,
        endLineNumber: 13,
        endColumn: 26,
      },
      {
        severity: 2,
        message: 'SNOWFLAKE_ACCOUNT has no value here.\nWrite KEY=value to set it.',
        source: 'lint',
        startLineNumber: 1,
        startColumn: 1,
        endLineNumber: 2,
        endColumn: 3,
      },
    ]);
  });
});

describe('sameMarkers', () => {
  const marker = {
    severity: 8,
    message: 'Received unexpected config entry "image_push_policy".',
    source: 'schema',
    code: 'locations.0.container_context.k8s.image_push_policy',
    startLineNumber: 13,
    startColumn: 9,
    endLineNumber: 13,
    endColumn: 26,
  };

  it('is true for equal lists made apart', () => {
    expect(sameMarkers([marker], [{ ...marker }])).toBe(true);
    expect(sameMarkers([], [])).toBe(true);
  });

  it('is false when a field, the order or the length differs', () => {
    expect(sameMarkers([marker], [{ ...marker, startColumn: 10 }])).toBe(false);
    expect(sameMarkers([marker], [{ ...marker, code: undefined }])).toBe(false);
    expect(sameMarkers([marker], [{ ...marker, message: 'other' }])).toBe(false);
    expect(
      sameMarkers([marker, { ...marker, severity: 4 }], [{ ...marker, severity: 4 }, marker]),
    ).toBe(false);
    expect(sameMarkers([marker], [])).toBe(false);
  });
});
