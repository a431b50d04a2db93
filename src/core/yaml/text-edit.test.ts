import { describe, expect, it } from 'vitest';
import { createLineIndex } from './line-index';
import { applyTextEdits, findTextEditRange, replaceRange } from './text-edit';

describe('applyTextEdits', () => {
  it('applies edits given in any order against the original offsets', () => {
    const edits = [replaceRange(6, 11, 'there'), replaceRange(0, 5, 'Hi')];
    expect(applyTextEdits('hello world!', edits)).toBe('Hi there!');
  });

  it('keeps the given order of inserts at the same offset', () => {
    const edits = [replaceRange(1, 1, 'x'), replaceRange(1, 1, 'y')];
    expect(applyTextEdits('ab', edits)).toBe('axyb');
  });

  it('returns the text unchanged for no edits', () => {
    expect(applyTextEdits('a\r\nb', [])).toBe('a\r\nb');
  });

  it('refuses overlapping or out-of-range edits', () => {
    expect(() =>
      applyTextEdits('abcdef', [replaceRange(0, 3, ''), replaceRange(2, 4, '')]),
    ).toThrow('Text edits overlap or leave the text (at offset 2)');
    expect(() => applyTextEdits('abc', [replaceRange(2, 5, '')])).toThrow(
      'Text edits overlap or leave the text (at offset 2)',
    );
  });
});

describe('findTextEditRange', () => {
  it('gives the replaced range in lines and columns, CRLF included', () => {
    const index = createLineIndex('a: 1\r\nb: 2\r\n');
    expect(findTextEditRange(index, replaceRange(9, 10, '3'))).toEqual({
      start: { line: 2, column: 4, offset: 9 },
      end: { line: 2, column: 5, offset: 10 },
    });
    expect(findTextEditRange(index, replaceRange(4, 4, ' # c'))).toEqual({
      start: { line: 1, column: 5, offset: 4 },
      end: { line: 1, column: 5, offset: 4 },
    });
  });
});
