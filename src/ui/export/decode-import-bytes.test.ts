import { describe, expect, it } from 'vitest';
import {
  checkImportSize,
  decodeImportBytes,
  formatByteSize,
  MAX_IMPORT_BYTES,
} from './decode-import-bytes';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeImportBytes', () => {
  it('keeps the text exactly: CRLF, no final newline, non-ASCII and a byte-order mark', () => {
    const text = '\uFEFFlocations:\r\n  - location_name: données # 日本\r\n    image: x';
    expect(decodeImportBytes('a.yaml', utf8(text))).toEqual({ ok: true, text });
  });

  it('accepts an empty file', () => {
    expect(decodeImportBytes('empty.yaml', new Uint8Array())).toEqual({ ok: true, text: '' });
  });

  it('refuses invalid UTF-8', () => {
    expect(
      decodeImportBytes('latin1.yaml', new Uint8Array([0x61, 0x3a, 0x20, 0xe9, 0x0a])),
    ).toEqual({
      ok: false,
      message:
        '"latin1.yaml" is not UTF-8 text (it may be binary, or saved in another encoding). Nothing was changed.',
    });
  });

  it('refuses binary junk that happens to be valid UTF-8', () => {
    const junk = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]);
    expect(decodeImportBytes('archive.zip', junk)).toEqual({
      ok: false,
      message:
        '"archive.zip" looks binary, not like a YAML file: it contains the control character U+0003. Nothing was changed.',
    });
  });

  it('refuses a PNG, whose first byte is not UTF-8', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(decodeImportBytes('image.png', png)).toEqual({
      ok: false,
      message:
        '"image.png" is not UTF-8 text (it may be binary, or saved in another encoding). Nothing was changed.',
    });
  });

  it('refuses files over 5 MB before decoding them', () => {
    const bytes = new Uint8Array(6 * 1024 * 1024).fill(0x61);
    expect(decodeImportBytes('huge.yaml', bytes)).toEqual({
      ok: false,
      message:
        '"huge.yaml" is too large to open (6.0 MB): config files up to 5.0 MB open here. Nothing was changed.',
    });
    expect(decodeImportBytes('just-over.yaml', bytes.subarray(0, MAX_IMPORT_BYTES + 1)).ok).toBe(
      false,
    );
  });

  it('accepts a file of exactly 5 MB', () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES).fill(0x61);
    const result = decodeImportBytes('big.yaml', bytes);
    expect(result.ok && result.text.length).toBe(MAX_IMPORT_BYTES);
  });

  it('keeps tabs, which YAML allows in values and comments', () => {
    expect(decodeImportBytes('t.yaml', utf8('a: "x\ty" #\tnote\n'))).toEqual({
      ok: true,
      text: 'a: "x\ty" #\tnote\n',
    });
  });
});

describe('checkImportSize', () => {
  it('refuses by size alone, without the bytes', () => {
    expect(checkImportSize('disk.img', 2 * 1024 * 1024 * 1024)).toEqual({
      ok: false,
      message:
        '"disk.img" is too large to open (2.0 GB): config files up to 5.0 MB open here. Nothing was changed.',
    });
    expect(checkImportSize('ok.yaml', MAX_IMPORT_BYTES)).toBeNull();
  });
});

describe('formatByteSize', () => {
  it('uses bytes, KB and MB', () => {
    expect([0, 1023, 1536, 5 * 1024 * 1024 + 1, 3 * 1024 ** 3].map(formatByteSize)).toEqual([
      '0 bytes',
      '1023 bytes',
      '1.5 KB',
      '5.0 MB',
      '3.0 GB',
    ]);
  });
});
