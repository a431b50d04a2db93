/**
 * Whether two lists are equal item by item: same length, and `isSameItem` (by default `===`)
 * for each pair in order. Paths, names and the memo checks of the views compare lists this way.
 */
export function isSameList<T>(
  a: readonly T[],
  b: readonly T[],
  isSameItem: (a: T, b: T) => boolean = (x, y) => x === y,
): boolean {
  if (a === b) return true;
  return a.length === b.length && a.every((item, index) => isSameItem(item, b[index]!));
}
