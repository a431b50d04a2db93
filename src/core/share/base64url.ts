/**
 * base64url without padding (RFC 4648 §5): the alphabet that survives URLs, chat tools and
 * Markdown untouched. Written here rather than using `btoa`/`Buffer` because the core has
 * neither a DOM nor Node built-ins, and both would need a binary string detour anyway.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const DECODE_TABLE: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let index = 0; index < ALPHABET.length; index += 1) {
    table[ALPHABET.charCodeAt(index)] = index;
  }
  return table;
})();

/** Encodes bytes as unpadded base64url text. */
export function encodeBase64Url(bytes: Uint8Array): string {
  let out = '';
  let index = 0;
  for (; index + 2 < bytes.length; index += 3) {
    const chunk = (bytes[index]! << 16) | (bytes[index + 1]! << 8) | bytes[index + 2]!;
    out +=
      ALPHABET[chunk >> 18]! +
      ALPHABET[(chunk >> 12) & 63]! +
      ALPHABET[(chunk >> 6) & 63]! +
      ALPHABET[chunk & 63]!;
  }
  const rest = bytes.length - index;
  if (rest === 1) {
    const chunk = bytes[index]! << 16;
    out += ALPHABET[chunk >> 18]! + ALPHABET[(chunk >> 12) & 63]!;
  } else if (rest === 2) {
    const chunk = (bytes[index]! << 16) | (bytes[index + 1]! << 8);
    out += ALPHABET[chunk >> 18]! + ALPHABET[(chunk >> 12) & 63]! + ALPHABET[(chunk >> 6) & 63]!;
  }
  return out;
}

/** Why a text is not base64url: the first bad character, or a length no encoder produces. */
export type Base64UrlProblem =
  | { readonly kind: 'bad-character'; readonly index: number; readonly character: string }
  | { readonly kind: 'bad-length' };

export type Base64UrlDecodeResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly problem: Base64UrlProblem };

/**
 * Decodes unpadded base64url text. Never throws: a character outside the alphabet (the first
 * one), else a length of 4n+1 (one leftover character carries fewer than 8 bits, so no encoder
 * writes it), is reported instead. Trailing `=` padding is tolerated because some tools add it.
 */
export function decodeBase64Url(text: string): Base64UrlDecodeResult {
  const body = text.replace(/={1,2}$/, '');
  const bytes = new Uint8Array(Math.floor((body.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (let index = 0; index < body.length; index += 1) {
    const code = body.charCodeAt(index);
    const value = code < 128 ? DECODE_TABLE[code]! : -1;
    if (value < 0) {
      const character = String.fromCodePoint(body.codePointAt(index)!);
      return { ok: false, problem: { kind: 'bad-character', index, character } };
    }
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[written] = (buffer >> bits) & 0xff;
      written += 1;
    }
  }
  if (body.length % 4 === 1) return { ok: false, problem: { kind: 'bad-length' } };
  return { ok: true, bytes };
}
