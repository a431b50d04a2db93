import { describe, expect, it } from 'vitest';
import { isSameList } from './same-list';

describe('isSameList', () => {
  it('compares item by item with ===, in order', () => {
    expect(isSameList(['locations', 0, 'image'], ['locations', 0, 'image'])).toBe(true);
    expect(isSameList([], [])).toBe(true);
    expect(isSameList(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(isSameList(['a'], ['a', 'b'])).toBe(false);
    expect(isSameList([{ n: 1 }], [{ n: 1 }])).toBe(false);
    expect(isSameList([0], ['0' as unknown as number])).toBe(false);
  });

  it('takes the item comparison when given', () => {
    const byN = (x: { n: number }, y: { n: number }) => x.n === y.n;
    expect(isSameList([{ n: 1 }, { n: 2 }], [{ n: 1 }, { n: 2 }], byN)).toBe(true);
    expect(isSameList([{ n: 1 }], [{ n: 3 }], byN)).toBe(false);
    const list = [{ n: 1 }];
    expect(isSameList(list, list, () => false)).toBe(true);
  });
});
