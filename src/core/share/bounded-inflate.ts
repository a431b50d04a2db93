import { Inflate } from 'fflate';

export type BoundedInflateResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: 'corrupt' | 'too-large' };

/**
 * Input is fed in small slices so that one push can expand to at most about a thousand times
 * its size (DEFLATE's ceiling is 1032:1): a decompression bomb is stopped within ~1 MiB past
 * the cap instead of being inflated whole.
 */
const INPUT_SLICE_BYTES = 1024;

/**
 * Inflates raw DEFLATE data against a preset dictionary, giving up as soon as the output
 * passes `maxBytes`. Never throws: damaged or truncated input is reported as `corrupt`.
 */
export function inflateBounded(
  data: Uint8Array,
  dictionary: Uint8Array,
  maxBytes: number,
): BoundedInflateResult {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate({ dictionary }, (chunk) => {
    total += chunk.length;
    if (total <= maxBytes) chunks.push(chunk);
  });
  try {
    let start = 0;
    do {
      const end = Math.min(start + INPUT_SLICE_BYTES, data.length);
      inflate.push(data.subarray(start, end), end === data.length);
      if (total > maxBytes) return { ok: false, reason: 'too-large' };
      start = end;
    } while (start < data.length);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, bytes };
}
