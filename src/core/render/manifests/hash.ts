/**
 * SHA-1 and MD5 over UTF-8 text, synchronous and dependency-free. The core has no Node
 * `crypto` and the browser's `crypto.subtle` is async, while the agent's names and labels
 * (`location_hash`, `dagster-step-<md5>`) must be computed inside a synchronous render.
 * Neither is used for security: they only reproduce the names Dagster derives.
 */

/** UTF-8 encoding by hand: `TextEncoder` is not part of the core's ES-only lib. */
function utf8Bytes(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) {
      out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    } else {
      out.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 63),
        0x80 | ((code >> 6) & 63),
        0x80 | (code & 63),
      );
    }
  }
  return Uint8Array.from(out);
}

/** Pads a message the MD-style way: 0x80, zeros, then the bit length (big or little endian). */
function padMessage(bytes: Uint8Array, bigEndian: boolean): DataView {
  const length = Math.ceil((bytes.length + 9) / 64) * 64;
  const padded = new Uint8Array(length);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bits = bytes.length * 8;
  const high = Math.floor(bits / 0x100000000);
  const low = bits >>> 0;
  if (bigEndian) {
    view.setUint32(length - 8, high);
    view.setUint32(length - 4, low);
  } else {
    view.setUint32(length - 8, low, true);
    view.setUint32(length - 4, high, true);
  }
  return view;
}

/** The word's four bytes in hex, in the given byte order (no buffer per word: it was hot). */
function hex32(word: number, littleEndian: boolean): string {
  const value = littleEndian
    ? ((word & 0xff) << 24) | ((word & 0xff00) << 8) | ((word >>> 8) & 0xff00) | (word >>> 24)
    : word;
  return (value >>> 0).toString(16).padStart(8, '0');
}

const rotl = (x: number, n: number): number => (x << n) | (x >>> (32 - n));

/** Hex SHA-1 of the UTF-8 bytes of `text` (Python `hashlib.sha1(text.encode()).hexdigest()`). */
export function computeSha1Hex(text: string): string {
  const view = padMessage(utf8Bytes(text), true);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Array<number>(80).fill(0);
  for (let block = 0; block < view.byteLength; block += 64) {
    for (let i = 0; i < 16; i += 1) w[i] = view.getUint32(block + i * 4);
    for (let i = 16; i < 80; i += 1) {
      w[i] = rotl(w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!, 1);
    }
    let [a, b, c, d, e] = h as [number, number, number, number, number];
    for (let i = 0; i < 80; i += 1) {
      let f: number;
      let k: number;
      if (i < 20) [f, k] = [(b & c) | (~b & d), 0x5a827999];
      else if (i < 40) [f, k] = [b ^ c ^ d, 0x6ed9eba1];
      else if (i < 60) [f, k] = [(b & c) | (b & d) | (c & d), 0x8f1bbcdc];
      else [f, k] = [b ^ c ^ d, 0xca62c1d6];
      const t = (rotl(a, 5) + f + e + k + w[i]!) | 0;
      [e, d, c, b, a] = [d, c, rotl(b, 30), a, t];
    }
    h[0] = (h[0]! + a) | 0;
    h[1] = (h[1]! + b) | 0;
    h[2] = (h[2]! + c) | 0;
    h[3] = (h[3]! + d) | 0;
    h[4] = (h[4]! + e) | 0;
  }
  return h.map((word) => hex32(word, false)).join('');
}

const MD5_SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const MD5_K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32));

/** Hex MD5 of the UTF-8 bytes of `text` (Python `hashlib.md5(text.encode()).hexdigest()`). */
export function computeMd5Hex(text: string): string {
  const view = padMessage(utf8Bytes(text), false);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
  for (let block = 0; block < view.byteLength; block += 64) {
    const m = Array.from({ length: 16 }, (_, i) => view.getUint32(block + i * 4, true));
    let [a, b, c, d] = h as [number, number, number, number];
    for (let i = 0; i < 64; i += 1) {
      const round = i >> 4;
      let f: number;
      let g: number;
      if (round === 0) [f, g] = [(b & c) | (~b & d), i];
      else if (round === 1) [f, g] = [(d & b) | (~d & c), (5 * i + 1) % 16];
      else if (round === 2) [f, g] = [b ^ c ^ d, (3 * i + 5) % 16];
      else [f, g] = [c ^ (b | ~d), (7 * i) % 16];
      const shift = MD5_SHIFTS[round * 4 + (i % 4)]!;
      const sum = (a + f + MD5_K[i]! + m[g]!) | 0;
      [a, d, c] = [d, c, b];
      b = (b + rotl(sum, shift)) | 0;
    }
    h[0] = (h[0]! + a) | 0;
    h[1] = (h[1]! + b) | 0;
    h[2] = (h[2]! + c) | 0;
    h[3] = (h[3]! + d) | 0;
  }
  return h.map((word) => hex32(word, true)).join('');
}
