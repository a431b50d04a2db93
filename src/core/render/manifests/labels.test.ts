import { describe, expect, it } from 'vitest';
import {
  formatPythonFloat,
  humanizeServerLabelValue,
  isValidLabelValue,
  sanitizeRunLabelValue,
} from './labels';

describe('sanitizeRunLabelValue (Dagster sanitize_k8s_label)', () => {
  it.each([
    ['-get_f\\o.o[bar-0]-', 'get_f-o.o-bar-0'],
    ['_WhatsUP', 'WhatsUP'],
    ['__ASSET_JOB', 'ASSET_JOB'],
    ['my.location/with spaces', 'my.location-with-spaces'],
    ['_-.a.-_', '-.a.-'],
    ['Sales Forecast', 'Sales-Forecast'],
    ['1.13.5', '1.13.5'],
  ])('%s -> %s', (input, output) => {
    expect(sanitizeRunLabelValue(input)).toBe(output);
  });

  it('keeps the first 63 characters of a 64-character value', () => {
    const value = 'long_job_name_64____01234567890123456789012345678901234567890123';
    expect(value).toHaveLength(64);
    expect(sanitizeRunLabelValue(value)).toBe(
      'long_job_name_64____0123456789012345678901234567890123456789012',
    );
  });

  it('truncates before replacing, so a cut never exposes a later character', () => {
    expect(sanitizeRunLabelValue(`${'a'.repeat(62)}/b`)).toBe('a'.repeat(62));
  });
});

describe('humanizeServerLabelValue (agent get_k8s_human_readable_label)', () => {
  it.each([
    ['Sales Forecast', 'SalesForecast'],
    ['foo_bar', 'foo_bar'],
    ['___', ''],
    ['_-x', '-x'],
    ['-_.weird.-_', 'weird.-'],
    ['data_eng_pipeline', 'data_eng_pipeline'],
  ])('%s -> %s', (input, output) => {
    expect(humanizeServerLabelValue(input)).toBe(output);
  });
});

describe('isValidLabelValue', () => {
  it('accepts empty and alphanumeric-bounded values, rejects the rest', () => {
    expect(['', 'a', 'a-b.c_d', '1.13.5'].map(isValidLabelValue)).toEqual([true, true, true, true]);
    expect(['-.a.-', '-x', 'weird.-', 'a b', 'a'.repeat(64)].map(isValidLabelValue)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('formatPythonFloat (Python repr of a float)', () => {
  it.each([
    [1715790000, '1715790000.0'],
    [1715790000.5, '1715790000.5'],
    [0.1, '0.1'],
    [1e16, '1e+16'],
    [1.5e16, '1.5e+16'],
    [1e-5, '1e-05'],
    [0.0001, '0.0001'],
    [123456789012345.6, '123456789012345.6'],
    [1e22, '1e+22'],
    [-2.5, '-2.5'],
    [5e-324, '5e-324'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [0, '0.0'],
    [Number.NaN, 'nan'],
    [Number.POSITIVE_INFINITY, 'inf'],
  ])('%d -> %s', (input, output) => {
    expect(formatPythonFloat(input)).toBe(output);
  });
});
