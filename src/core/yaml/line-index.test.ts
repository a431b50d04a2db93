import { describe, expect, it } from 'vitest';
import {
  createLineIndex,
  findLastStartAtOrBefore,
  findLineIndexAt,
  offsetToPosition,
  positionToOffset,
  rangeFromOffsets,
  countLineBreaks,
} from './line-index';

describe('createLineIndex', () => {
  it('indexes LF, CRLF and lone CR line breaks', () => {
    expect(createLineIndex('a\nbc\r\nd\re')).toEqual({
      lineStarts: [0, 2, 6, 8],
      lineEnds: [1, 4, 7, 9],
      length: 9,
    });
  });

  it('keeps a last line without a final newline, and an empty last line after one', () => {
    expect(createLineIndex('ab').lineStarts).toEqual([0]);
    expect(createLineIndex('ab\n').lineStarts).toEqual([0, 3]);
    expect(createLineIndex('').lineStarts).toEqual([0]);
  });
});

describe('offsetToPosition / positionToOffset', () => {
  const text = 'key: 1\r\nother:\r\n  - x\r\nlast';
  const index = createLineIndex(text);

  it('gives 1-based line and column with CRLF', () => {
    expect(offsetToPosition(index, 0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(offsetToPosition(index, text.indexOf('other'))).toEqual({
      line: 2,
      column: 1,
      offset: 8,
    });
    expect(offsetToPosition(index, text.indexOf('x'))).toEqual({ line: 3, column: 5, offset: 20 });
    expect(offsetToPosition(index, text.length)).toEqual({ line: 4, column: 5, offset: 27 });
  });

  it('reports the offset of a line break on the line it ends', () => {
    expect(offsetToPosition(index, 6)).toEqual({ line: 1, column: 7, offset: 6 });
    expect(offsetToPosition(index, 7)).toEqual({ line: 1, column: 8, offset: 7 });
  });

  it('clamps offsets outside the text', () => {
    expect(offsetToPosition(index, -3)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(offsetToPosition(index, 999)).toEqual({ line: 4, column: 5, offset: 27 });
  });

  it('round-trips every offset that is not inside a CRLF pair', () => {
    for (let offset = 0; offset <= text.length; offset++) {
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
      const position = offsetToPosition(index, offset);
      expect(positionToOffset(index, position)).toBe(offset);
    }
  });

  it('clamps lines and columns to the text, never past a line break', () => {
    expect(positionToOffset(index, { line: 1, column: 50 })).toBe(6);
    expect(positionToOffset(index, { line: 0, column: 0 })).toBe(0);
    expect(positionToOffset(index, { line: 9, column: 2 })).toBe(24);
  });

  it('finds lines by binary search in a large text', () => {
    const big = createLineIndex('x\n'.repeat(100_000));
    expect(findLineIndexAt(big, 150_001)).toBe(75_000);
    expect(offsetToPosition(big, 199_999)).toEqual({ line: 100_000, column: 2, offset: 199_999 });
  });
});

describe('rangeFromOffsets', () => {
  it('orders the two offsets', () => {
    const index = createLineIndex('ab\ncd');
    expect(rangeFromOffsets(index, 4, 1)).toEqual({
      start: { line: 1, column: 2, offset: 1 },
      end: { line: 2, column: 2, offset: 4 },
    });
  });
});

describe('findLastStartAtOrBefore', () => {
  it('finds the last start at or before an offset, -1 before the first or when empty', () => {
    const starts = [3, 7, 7, 12];
    expect(
      [2, 3, 6, 7, 11, 12, 99].map((offset) => findLastStartAtOrBefore(starts, offset)),
    ).toEqual([-1, 0, 0, 2, 2, 3, 3]);
    expect(findLastStartAtOrBefore([], 5)).toBe(-1);
  });
});

describe('countLineBreaks', () => {
  it('counts the line breaks of the whole text, or of [from, to)', () => {
    const text = 'a\nb\n\nc';
    expect(countLineBreaks(text)).toBe(3);
    expect(countLineBreaks('')).toBe(0);
    expect(countLineBreaks(text, 2)).toBe(2);
    expect(countLineBreaks(text, 0, 1)).toBe(0);
    expect(countLineBreaks(text, 0, 2)).toBe(1);
    expect(countLineBreaks(text, 4, 5)).toBe(1);
  });
});
