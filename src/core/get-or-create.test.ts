import { describe, expect, it, vi } from 'vitest';
import { getOrCreate, getOrCreateBounded, setRecent } from './get-or-create';

describe('getOrCreate', () => {
  it('makes a value once per key, in a Map or a WeakMap', () => {
    const map = new Map<string, { n: number }>();
    const create = vi.fn(() => ({ n: map.size }));
    const first = getOrCreate(map, 'a', create);
    expect(getOrCreate(map, 'a', create)).toBe(first);
    expect(getOrCreate(map, 'b', create)).toEqual({ n: 1 });
    expect(create).toHaveBeenCalledTimes(2);
    const owner = {};
    const weak = new WeakMap<object, string[]>();
    const list = getOrCreate(weak, owner, () => []);
    expect(getOrCreate(weak, owner, () => ['other'])).toBe(list);
  });
});

describe('getOrCreateBounded', () => {
  it('empties the map when a new key would pass the limit, keeps known keys', () => {
    const map = new Map<number, string>();
    for (const key of [1, 2, 1]) getOrCreateBounded(map, key, 2, () => `v${key}`);
    expect([...map.entries()]).toEqual([
      [1, 'v1'],
      [2, 'v2'],
    ]);
    expect(getOrCreateBounded(map, 3, 2, () => 'v3')).toBe('v3');
    expect([...map.entries()]).toEqual([[3, 'v3']]);
  });
});

describe('setRecent', () => {
  it('makes the key the most recent and drops the oldest beyond the limit', () => {
    const map = new Map<string, number>();
    setRecent(map, 'a', 1, 2);
    setRecent(map, 'b', 2, 2);
    setRecent(map, 'a', 3, 2);
    expect([...map.entries()]).toEqual([
      ['b', 2],
      ['a', 3],
    ]);
    setRecent(map, 'c', 4, 2);
    expect([...map.entries()]).toEqual([
      ['a', 3],
      ['c', 4],
    ]);
  });
});
