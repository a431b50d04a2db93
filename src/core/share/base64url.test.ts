import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from './base64url';

const bytesOf = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));

describe('encodeBase64Url', () => {
  it('encodes the RFC 4648 test vectors without padding', () => {
    const vectors = ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map((text) =>
      encodeBase64Url(bytesOf(text)),
    );
    expect(vectors).toEqual(['', 'Zg', 'Zm8', 'Zm9v', 'Zm9vYg', 'Zm9vYmE', 'Zm9vYmFy']);
  });

  it('uses - and _ where base64 has + and /', () => {
    expect(encodeBase64Url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
  });
});

describe('decodeBase64Url', () => {
  it('decodes what it encodes, for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(decodeBase64Url(encodeBase64Url(bytes))).toEqual({ ok: true, bytes });
      }),
    );
  });

  it('tolerates the padding some tools add', () => {
    expect(decodeBase64Url('Zm8=')).toEqual({ ok: true, bytes: bytesOf('fo') });
    expect(decodeBase64Url('Zg==')).toEqual({ ok: true, bytes: bytesOf('f') });
  });

  it('reports the first character outside the alphabet, astral characters whole', () => {
    expect(decodeBase64Url('Zm9v+g')).toEqual({
      ok: false,
      problem: { kind: 'bad-character', index: 4, character: '+' },
    });
    expect(decodeBase64Url('Zm😀9v')).toEqual({
      ok: false,
      problem: { kind: 'bad-character', index: 2, character: '😀' },
    });
  });

  it('reports a bad character before a bad length', () => {
    expect(decodeBase64Url('Zm9v%')).toEqual({
      ok: false,
      problem: { kind: 'bad-character', index: 4, character: '%' },
    });
  });

  it('reports a length no encoder produces', () => {
    expect(decodeBase64Url('Zm9vY')).toEqual({ ok: false, problem: { kind: 'bad-length' } });
  });
});
