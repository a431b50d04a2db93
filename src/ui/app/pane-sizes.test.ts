import { describe, expect, it } from 'vitest';
import { DEFAULT_PANE_FRACTIONS, parsePaneFractions, resizePanes } from './pane-sizes';

describe('resizePanes', () => {
  it('moves the first border, leaving the third pane alone', () => {
    // Binary fractions, so the expected sums are exact.
    expect(resizePanes([0.25, 0.5, 0.25], 0, 0.125, 0.125)).toEqual([0.375, 0.375, 0.25]);
  });

  it('moves the second border', () => {
    expect(resizePanes([0.25, 0.5, 0.25], 1, -0.25, 0.1)).toEqual([0.25, 0.25, 0.5]);
  });

  it('stops at the minimum width on either side', () => {
    expect(resizePanes([0.25, 0.5, 0.25], 0, -0.5, 0.125)).toEqual([0.125, 0.625, 0.25]);
    expect(resizePanes([0.25, 0.5, 0.25], 0, 0.5, 0.125)).toEqual([0.625, 0.125, 0.25]);
  });

  it('returns the same object when nothing moves', () => {
    const fractions = [0.2, 0.5, 0.3] as const;
    expect(resizePanes(fractions, 0, -0.1, 0.2)).toBe(fractions);
  });
});

describe('parsePaneFractions', () => {
  it('reads saved fractions', () => {
    expect(parsePaneFractions('[0.25,0.5,0.25]')).toEqual([0.25, 0.5, 0.25]);
  });

  it('falls back to the defaults on anything else', () => {
    for (const saved of [null, '', 'nope', '[0.5,0.5]', '[0.5,0.5,0.5]', '[0.01,0.49,0.5]', '{}']) {
      expect(parsePaneFractions(saved)).toBe(DEFAULT_PANE_FRACTIONS);
    }
  });
});
