import { describe, expect, it } from 'vitest';
import { diffConfigMapEdits, isSameConfigValue } from './map-diff';

describe('isSameConfigValue', () => {
  it('compares maps regardless of key order and lists in order', () => {
    expect(isSameConfigValue({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(isSameConfigValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(isSameConfigValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(isSameConfigValue(null, {})).toBe(false);
  });

  it('with keyOrder, also asks for the same key order, at every depth', () => {
    expect(isSameConfigValue({ a: 1, b: 2 }, { a: 1, b: 2 }, true)).toBe(true);
    expect(isSameConfigValue({ a: 1, b: 2 }, { b: 2, a: 1 }, true)).toBe(false);
    expect(isSameConfigValue([{ x: { a: 1, b: 2 } }], [{ x: { b: 2, a: 1 } }], true)).toBe(false);
    expect(isSameConfigValue([{ x: { a: 1, b: 2 } }], [{ x: { a: 1, b: 2 } }], true)).toBe(true);
  });
});

describe('diffConfigMapEdits', () => {
  it('sets changed and new keys, removes dropped ones, and skips keys other fields own', () => {
    const before = { resources: { limits: {} }, image: 'a', args: ['x'], tty: true };
    const after = { image: 'b', tty: true, stdin: true };
    expect(diffConfigMapEdits(['c'], before, after, new Set(['resources']))).toEqual([
      { kind: 'remove', path: ['c', 'args'] },
      { kind: 'set', path: ['c', 'image'], value: 'b' },
      { kind: 'set', path: ['c', 'stdin'], value: true },
    ]);
  });

  it('plans nothing when the block did not change', () => {
    expect(diffConfigMapEdits(['c'], { a: { b: 1 } }, { a: { b: 1 } })).toEqual([]);
  });
});
