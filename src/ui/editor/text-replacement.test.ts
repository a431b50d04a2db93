import { describe, expect, it } from 'vitest';
import { computeTextReplacement } from './text-replacement';

describe('computeTextReplacement', () => {
  it('returns null for equal texts', () => {
    expect(computeTextReplacement('a: 1\n', 'a: 1\n')).toBeNull();
  });

  it('replaces only the changed middle of a line', () => {
    const before = 'k8s:\n  namespace: dagster\n  image_pull_policy: Always\n';
    const after = 'k8s:\n  namespace: dagster\n  image_pull_policy: IfNotPresent\n';
    expect(computeTextReplacement(before, after)).toEqual({
      offset: 47,
      deleteCount: 6,
      insert: 'IfNotPresent',
    });
  });

  it('describes a pure insertion and a pure deletion', () => {
    expect(computeTextReplacement('a: 1\nc: 3\n', 'a: 1\nb: 2\nc: 3\n')).toEqual({
      offset: 5,
      deleteCount: 0,
      insert: 'b: 2\n',
    });
    expect(computeTextReplacement('a: 1\nb: 2\nc: 3\n', 'a: 1\nc: 3\n')).toEqual({
      offset: 5,
      deleteCount: 5,
      insert: '',
    });
  });

  it('does not let prefix and suffix overlap on repeated characters', () => {
    expect(computeTextReplacement('aaa', 'aaaa')).toEqual({
      offset: 3,
      deleteCount: 0,
      insert: 'a',
    });
    expect(computeTextReplacement('aaaa', 'aa')).toEqual({ offset: 2, deleteCount: 2, insert: '' });
  });

  it('keeps surrogate pairs whole', () => {
    // U+1F600 and U+1F601 share their high surrogate; the edit must replace the whole pair.
    expect(computeTextReplacement('x: \u{1F600}\n', 'x: \u{1F601}\n')).toEqual({
      offset: 3,
      deleteCount: 2,
      insert: '\u{1F601}',
    });
    // U+1F600 and U+1F700 share their low surrogate.
    expect(computeTextReplacement('\u{1F600}', '\u{1F700}')).toEqual({
      offset: 0,
      deleteCount: 2,
      insert: '\u{1F700}',
    });
  });

  it('applying the edit reproduces the new text', () => {
    const before = 'locations:\r\n  - location_name: a\r\n';
    const after = 'locations:\r\n  - location_name: b # renamed\r\n';
    const edit = computeTextReplacement(before, after)!;
    const applied =
      before.slice(0, edit.offset) + edit.insert + before.slice(edit.offset + edit.deleteCount);
    expect(applied).toBe(after);
  });
});
