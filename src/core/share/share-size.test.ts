import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CONFIG_TEXT } from '../templates/example-config';
import { encodeShareState } from './share-codec';

/** Characters after `#`, ours (with its `v1.` prefix) against lz-string's URI encoding. */
function compareLengths(text: string): { ours: number; lzString: number } {
  const encoded = encodeShareState({ configText: text });
  if (!encoded.ok) throw new Error(encoded.error.message);
  return {
    ours: encoded.fragment.length - 1,
    lzString: compressToEncodedURIComponent(text).length,
  };
}

describe('share link size', () => {
  it('beats lz-string on the bundled example config', () => {
    const { ours, lzString } = compareLengths(EXAMPLE_CONFIG_TEXT);
    expect(ours).toBeLessThan(lzString * 0.75);
  });

  it('stays short for a tiny config', () => {
    expect(
      compareLengths('locations:\n  - location_name: a\n    code_source:\n      package_name: a\n'),
    ).toEqual({ ours: 22, lzString: 82 });
  });
});

// Read through Vite rather than node:fs (the core's lint forbids Node built-ins, tests included).
// A fresh clone has no ../shared: the glob is then empty and the corpus comparison is skipped.
const corpus = import.meta.glob<string>('../../../../shared/corpus/config/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const hasCorpus = Object.keys(corpus).length > 0;
if (!hasCorpus)
  console.warn('share-size.test: ../shared/corpus is absent, corpus comparison skipped');

describe.skipIf(!hasCorpus)('share link size on the real-world corpus', () => {
  it('is shorter than lz-string for every config file, and far shorter in total', () => {
    let ours = 0;
    let lzString = 0;
    const longer: string[] = [];
    for (const [name, text] of Object.entries(corpus)) {
      const sizes = compareLengths(text);
      ours += sizes.ours;
      lzString += sizes.lzString;
      if (sizes.ours >= sizes.lzString) longer.push(name);
    }
    console.info(
      `share links for ${Object.keys(corpus).length} corpus configs: ${ours} characters, lz-string ${lzString} (${Math.round((100 * ours) / lzString)}%)`,
    );
    expect(longer).toEqual([]);
    expect(ours).toBeLessThan(lzString * 0.6);
  });
});
