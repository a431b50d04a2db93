import { describe, expect, it } from 'vitest';
import {
  checkNewLocationName,
  duplicateLocationValue,
  listLocationNames,
  pickUniqueLocationName,
} from './location-names';

describe('location names', () => {
  it('lists names, with "" where one is missing', () => {
    expect(listLocationNames({ locations: [{ location_name: 'a' }, { image: 'x' }] })).toEqual([
      'a',
      '',
    ]);
    expect(listLocationNames({ locations: { a: {} } })).toEqual([]);
  });

  it('picks the first free copy name', () => {
    expect(pickUniqueLocationName('a', ['a'])).toBe('a-copy');
    expect(pickUniqueLocationName('a', ['a', 'a-copy', 'a-copy-2'])).toBe('a-copy-3');
  });

  it('duplicates a location with location_name kept first', () => {
    const copy = duplicateLocationValue({ location_name: 'a', image: 'i' }, ['a']);
    expect(copy).toEqual({ location_name: 'a-copy', image: 'i' });
    expect(Object.keys(copy as object)).toEqual(['location_name', 'image']);
  });

  it('rejects empty and taken names', () => {
    expect(checkNewLocationName(' ', [])).toBe('Enter a location name.');
    expect(checkNewLocationName('a', ['a'])).toBe('A location named a already exists.');
    expect(checkNewLocationName('b', ['a'])).toBeUndefined();
  });
});
