import { describe, expect, it } from 'vitest';
import { parseK8sQuantity, QUANTITY_FORMAT_ERROR, QUANTITY_SUFFIX_ERROR } from './quantity';

describe('parseK8sQuantity', () => {
  it('reads decimal, binary and exponent suffixes', () => {
    const values = [
      '500m',
      '1',
      '0.5',
      '.5',
      '5.',
      '2Gi',
      '512Mi',
      '1k',
      '1e3',
      '1E-2',
      '+3',
      '100n',
    ];
    expect(values.map((text) => parseK8sQuantity(text))).toEqual([
      { ok: true, value: 0.5 },
      { ok: true, value: 1 },
      { ok: true, value: 0.5 },
      { ok: true, value: 0.5 },
      { ok: true, value: 5 },
      { ok: true, value: 2 * 2 ** 30 },
      { ok: true, value: 512 * 2 ** 20 },
      { ok: true, value: 1000 },
      { ok: true, value: 1000 },
      { ok: true, value: 0.01 },
      { ok: true, value: 3 },
      { ok: true, value: 100 * 10 ** -9 },
    ]);
  });

  it('reads numbers and negative amounts', () => {
    expect(parseK8sQuantity(2)).toEqual({ ok: true, value: 2 });
    expect(parseK8sQuantity(0.25)).toEqual({ ok: true, value: 0.25 });
    expect(parseK8sQuantity('-1')).toEqual({ ok: true, value: -1 });
  });

  it('fails with ErrFormatWrong on text that is not a quantity', () => {
    for (const text of ['', '1.5 cores', '1.5.2', '2Gb', 'abc', '1 Gi', '1e3x', '2KiB']) {
      expect(parseK8sQuantity(text), text).toEqual({ ok: false, message: QUANTITY_FORMAT_ERROR });
    }
  });

  it('fails with ErrSuffix on an unknown suffix', () => {
    for (const text of ['1ki', '1e', '1mi', '3Ti2']) {
      expect(parseK8sQuantity(text), text).toEqual({ ok: false, message: QUANTITY_SUFFIX_ERROR });
    }
  });
});
