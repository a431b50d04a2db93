import { describe, expect, it } from 'vitest';
import {
  checkNewLocationName,
  listLocationNames,
  pickUniqueLocationName,
  planDuplicateLocation,
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

  it('duplicates a location as a source copy, then names the copy', () => {
    expect(planDuplicateLocation({ location_name: 'a', image: 'i' }, 3, ['a'])).toEqual([
      { kind: 'duplicate', listPath: ['locations'], index: 3 },
      { kind: 'set', path: ['locations', 4, 'location_name'], value: 'a-copy' },
    ]);
    expect(planDuplicateLocation({ image: 'i' }, 0, ['location-copy'])).toEqual([
      { kind: 'duplicate', listPath: ['locations'], index: 0 },
      { kind: 'set', path: ['locations', 1, 'location_name'], value: 'location-copy-2' },
    ]);
    expect(planDuplicateLocation('junk', 0, [])).toEqual([
      { kind: 'duplicate', listPath: ['locations'], index: 0 },
    ]);
  });

  it('rejects empty and taken names', () => {
    expect(checkNewLocationName(' ', [])).toBe('Enter a location name.');
    expect(checkNewLocationName('a', ['a'])).toBe('A location named a already exists.');
    expect(checkNewLocationName('b', ['a'])).toBeUndefined();
  });
});
