import { asConfigList, isConfigMap } from './config-read';
import type { FormEdit } from './form-edit';

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
 * The form edits that duplicate location `index`: a copy of its source text right after it
 * (comments and formatting kept), then the copy's `location_name` set to a new unique name.
 */
export function planDuplicateLocation(
  location: unknown,
  index: number,
  taken: readonly string[],
): FormEdit[] {
  const copy: FormEdit = { kind: 'duplicate', listPath: ['locations'], index };
  if (!isConfigMap(location)) return [copy];
  const name = typeof location.location_name === 'string' ? location.location_name : 'location';
  const path = ['locations', index + 1, 'location_name'];
  return [copy, { kind: 'set', path, value: pickUniqueLocationName(name, taken) }];
}

/** A message when `name` cannot be a new location's name, else undefined. */
export function checkNewLocationName(name: string, taken: readonly string[]): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'Enter a location name.';
  if (taken.includes(trimmed)) return `A location named ${trimmed} already exists.`;
  return undefined;
}
