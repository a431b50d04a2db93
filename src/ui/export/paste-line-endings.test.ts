import { describe, expect, it } from 'vitest';
import { findPastedWholeText } from './paste-line-endings';

describe('findPastedWholeText', () => {
  it('gives back a whole CRLF file the editor turned into LF', () => {
    expect(findPastedWholeText('a: 1\r\nb: 2\r\n', 'a: 1\nb: 2\n')).toBe('a: 1\r\nb: 2\r\n');
  });

  it('gives back a whole LF file the editor turned into CRLF', () => {
    expect(findPastedWholeText('a: 1\nb: 2', 'a: 1\r\nb: 2')).toBe('a: 1\nb: 2');
  });

  it('leaves a paste that is already exact, or only part of the file, alone', () => {
    expect(findPastedWholeText('a: 1\n', 'a: 1\n')).toBeNull();
    expect(findPastedWholeText('b: 2\r\n', 'a: 1\nb: 2\n')).toBeNull();
    expect(findPastedWholeText('', '')).toBeNull();
  });
});
