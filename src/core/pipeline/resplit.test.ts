import { describe, expect, it } from 'vitest';
import { K8S_LOCATIONS, WITH_TRAILER } from './fixtures/texts';
import { findChangedSpan, resplitAfterEdit } from './resplit';
import { splitConfigText, type ConfigSplit } from './split-config';

function insertAt(text: string, needle: string, insert: string): string {
  const at = text.indexOf(needle) + needle.length;
  return text.slice(0, at) + insert + text.slice(at);
}

function splitOf(text: string): ConfigSplit {
  const split = splitConfigText(text);
  if (!split) throw new Error('fixture does not split');
  return split;
}

describe('findChangedSpan', () => {
  it('finds an insertion, a deletion and a replacement', () => {
    expect(findChangedSpan('abcdef', 'abcXdef')).toEqual({ start: 3, oldEnd: 3, newEnd: 4 });
    expect(findChangedSpan('abcdef', 'abef')).toEqual({ start: 2, oldEnd: 4, newEnd: 2 });
    expect(findChangedSpan('abcdef', 'abXYef')).toEqual({ start: 2, oldEnd: 4, newEnd: 4 });
    expect(findChangedSpan('same', 'same')).toEqual({ start: 4, oldEnd: 4, newEnd: 4 });
  });

  it('compares long texts block-wise and still finds the exact span', () => {
    const long = 'x'.repeat(10_000);
    const edited = `${long.slice(0, 6_001)}y${long.slice(6_001)}`;
    expect(findChangedSpan(long, edited)).toEqual({ start: 6_001, oldEnd: 6_001, newEnd: 6_002 });
  });

  it('equals a char-by-char comparison for edits anywhere in texts of any length', () => {
    const naive = (before: string, after: string) => {
      const shorter = Math.min(before.length, after.length);
      let start = 0;
      while (start < shorter && before[start] === after[start]) start++;
      let suffix = 0;
      while (
        suffix < shorter - start &&
        before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
      )
        suffix++;
      return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
    };
    // A deterministic mix of lengths around the block sizes, edit places and edit kinds.
    let seed = 7;
    const next = (limit: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % limit;
    };
    const alphabet = 'ab\n';
    for (const length of [0, 1, 31, 32, 33, 2_047, 2_048, 2_049, 4_100, 70_000]) {
      const text = Array.from({ length }, () => alphabet[next(3)]).join('');
      for (let round = 0; round < 12; round++) {
        const at = next(length + 1);
        const removed = next(Math.min(40, length - at) + 1);
        const inserted = Array.from({ length: next(4) }, () => alphabet[next(3)]).join('');
        const edited = text.slice(0, at) + inserted + text.slice(at + removed);
        expect(findChangedSpan(text, edited)).toEqual(naive(text, edited));
      }
    }
  });
});

describe('resplitAfterEdit', () => {
  const split = splitOf(K8S_LOCATIONS);

  it('re-scans only the edited item and moves the ones after it', () => {
    const after = insertAt(K8S_LOCATIONS, 'module_name: beta.defs', 'x');
    expect(resplitAfterEdit(K8S_LOCATIONS, split, after)).toEqual({
      split: {
        starts: [split.starts[0], split.starts[1], (split.starts[2] ?? 0) + 1],
        lines: [2, 16, 19],
        end: after.length,
        indent: 2,
      },
      first: 1,
      count: 1,
      oldCount: 1,
    });
  });

  it('splits an item in two when the edit starts a new one, moving later lines', () => {
    const after = insertAt(K8S_LOCATIONS, 'module_name: beta.defs\n', '  - location_name: delta\n');
    const result = resplitAfterEdit(K8S_LOCATIONS, split, after);
    expect(result).toEqual({
      split: {
        starts: [
          split.starts[0],
          split.starts[1],
          after.indexOf('  - location_name: delta'),
          after.indexOf('  - location_name: gamma'),
        ],
        lines: [2, 16, 19, 20],
        end: after.length,
        indent: 2,
      },
      // The insertion starts at gamma's line: gamma's chunk is the one re-scanned.
      first: 2,
      count: 2,
      oldCount: 1,
    });
    expect(result?.split).toEqual(splitConfigText(after));
  });

  it('gives up when the edit reaches the header or the trailer, or ends the list early', () => {
    expect(resplitAfterEdit(K8S_LOCATIONS, split, `#${K8S_LOCATIONS}`)).toBeNull();
    const trailerSplit = splitOf(WITH_TRAILER);
    expect(
      resplitAfterEdit(WITH_TRAILER, trailerSplit, insertAt(WITH_TRAILER, 'extra_key', '2')),
    ).toBeNull();
    const ended = insertAt(K8S_LOCATIONS, 'module_name: beta.defs\n', 'top: 1\n');
    expect(resplitAfterEdit(K8S_LOCATIONS, split, ended)).toBeNull();
  });

  it('gives up when the edited item gains an anchor', () => {
    const after = insertAt(K8S_LOCATIONS, 'location_name: beta', ' &name');
    expect(resplitAfterEdit(K8S_LOCATIONS, split, after)).toBeNull();
  });
});
