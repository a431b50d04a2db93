import { readFileSync, statSync } from 'node:fs';

/**
 * Largest file the CLI reads. Checking a file takes about 100 bytes of memory per byte of text
 * (syntax tree, value, diagnostics), so 10 MiB stays near a gigabyte; a real dagster_cloud.yaml
 * is a few kilobytes, and the 2,000-location stress file is under a megabyte.
 */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/**
 * Offset of the first byte that is not part of well-formed UTF-8 (overlong forms, surrogates
 * and code points past U+10FFFF included), or -1 when all of `bytes` is UTF-8.
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    // Continuation bytes after the lead, and the smallest code point that needs that many.
    const [count, min] =
      lead >= 0xc2 && lead <= 0xdf
        ? [1, 0x80]
        : lead >= 0xe0 && lead <= 0xef
          ? [2, 0x800]
          : lead >= 0xf0 && lead <= 0xf4
            ? [3, 0x10000]
            : [0, 0];
    // A byte that cannot start a sequence, or a sequence cut short by the end of the file.
    if (count === 0 || i + count >= bytes.length) return i;
    let codePoint = lead & (0x3f >> count);
    for (let k = 1; k <= count; k++) {
      const next = bytes[i + k]!;
      if ((next & 0xc0) !== 0x80) return i;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff))
      return i;
    i += count + 1;
  }
  return -1;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Reads a file as UTF-8 text, byte for byte (a BOM stays). Throws an Error whose message says
 * what is wrong in the user's terms: missing, a directory, too large, or not UTF-8 text (the
 * offset of the first bad byte, as Python's decoder reports it when dagster-cloud reads it).
 */
export function readTextFile(path: string): string {
  let size: number;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw new Error(`${path} is a directory, not a file`);
    size = stats.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    throw new Error(code === 'ENOENT' ? `No such file ${path}` : `Cannot read ${path}: ${code}`);
  }
  if (size > MAX_INPUT_BYTES) {
    throw new Error(
      `${path} is ${formatMegabytes(size)}: too large to check (the limit is ` +
        `${formatMegabytes(MAX_INPUT_BYTES)}; a dagster_cloud.yaml is a few KB)`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new Error(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code}`);
  }
  const invalid = findInvalidUtf8(bytes);
  if (invalid >= 0) {
    const hex = bytes[invalid]!.toString(16).padStart(2, '0');
    throw new Error(
      `${path} is not UTF-8 text: byte 0x${hex} at offset ${invalid} cannot be decoded ` +
        '(dagster-cloud reads the file as UTF-8). Save it as UTF-8.',
    );
  }
  return bytes.toString('utf8');
}
