/** What {@link getOrCreate} needs of a map: `Map` and `WeakMap` both fit. */
interface MapLike<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * The value `map` holds for `key`; made by `create` and stored the first time it is asked for.
 * The memo caches of the render and the pipeline nest these (a WeakMap per analysis or Helm
 * values, then a Map per key).
 */
export function getOrCreate<K, V>(map: MapLike<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

/**
 * Stores `value` for `key` in `map` as its most recent entry (a Map keeps insertion order), and
 * drops the oldest entries beyond `limit`: a cache of the last `limit` keys used.
 */
export function setRecent<K, V>(map: Map<K, V>, key: K, value: V, limit: number): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > limit) map.delete(map.keys().next().value!);
}

/**
 * {@link getOrCreate} for a small cache of recent keys: the map is emptied when it already holds
 * `limit` entries and a new one is made (the keys that come back are the ones being typed).
 */
export function getOrCreateBounded<K, V>(
  map: Map<K, V>,
  key: K,
  limit: number,
  create: () => V,
): V {
  const known = map.get(key);
  if (known !== undefined) return known;
  const value = create();
  if (map.size >= limit) map.clear();
  map.set(key, value);
  return value;
}
