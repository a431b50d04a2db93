import { describe, expect, it } from 'vitest';
import { formatCount } from './format-count';

describe('formatCount', () => {
  it('uses the singular for one and the plural otherwise', () => {
    expect([0, 1, 2].map((n) => formatCount(n, 'error'))).toEqual([
      '0 errors',
      '1 error',
      '2 errors',
    ]);
    expect(formatCount(3, 'entry', 'entries')).toBe('3 entries');
  });
});
