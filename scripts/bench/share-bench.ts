import { compressToEncodedURIComponent } from 'lz-string';
import { encodeShareState } from '../../src/core/share';

/**
 * Part 4 of `npm run bench`: share-link fragment lengths for each corpus file, ours against
 * lz-string's `compressToEncodedURIComponent` and plain base64 of the UTF-8 text. Lengths are
 * of what follows `#`, so every base URL adds the same to all three.
 */

export interface ShareLengthRow {
  readonly file: string;
  readonly bytes: number;
  readonly ours: number;
  readonly lzString: number;
  readonly base64: number;
}

/** Fragment lengths for one text (`ours` is -1 when the codec refuses it). */
export function measureShareLengths(file: string, text: string): ShareLengthRow {
  const encoded = encodeShareState({ configText: text });
  return {
    file,
    bytes: new TextEncoder().encode(text).length,
    ours: encoded.ok ? encoded.fragment.length : -1,
    lzString: compressToEncodedURIComponent(text).length,
    base64: Buffer.from(text, 'utf8').toString('base64').length,
  };
}
