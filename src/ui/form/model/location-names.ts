import { asConfigList, isConfigMap } from './config-read';

/** The `location_name` of every location (empty string where it is missing or not a string). */
export function listLocationNames(config: unknown): string[] {
  const locations = isConfigMap(config) ? asConfigList(config.locations) : [];
  return locations.map((location) =>
    isConfigMap(location) && typeof location.location_name === 'string'
      ? location.location_name
      : '',
  );
}

/** `base-copy`, `base-copy-2`, … : the first name not in `taken`. */
export function pickUniqueLocationName(base: string, taken: readonly string[]): string {
  const stem = `${base}-copy`;
  if (!taken.includes(stem)) return stem;
  for (let n = 2; ; n += 1) {
    if (!taken.includes(`${stem}-${n}`)) return `${stem}-${n}`;
  }
}

/**
 * The location to insert after `location`: the same settings under a new unique name, the
 * `location_name` key kept in its place.
 */
export function duplicateLocationValue(location: unknown, taken: readonly string[]): unknown {
  if (!isConfigMap(location)) return location;
  const name = typeof location.location_name === 'string' ? location.location_name : 'location';
  return { ...location, location_name: pickUniqueLocationName(name, taken) };
}

/** A message when `name` cannot be a new location's name, else undefined. */
export function checkNewLocationName(name: string, taken: readonly string[]): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'Enter a location name.';
  if (taken.includes(trimmed)) return `A location named ${trimmed} already exists.`;
  return undefined;
}
