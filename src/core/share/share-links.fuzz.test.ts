import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../yaml';
import { encodeBase64Url } from './base64url';
import { decodeShareLink, encodeShareState } from './share-codec';
import { SHARE_DICTIONARY_V1 } from './share-dictionary';
import type { ShareLinkErrorCode } from './share-errors';

/**
 * Whatever is pasted or opened as a link, decoding returns a typed result (never throws), in
 * bounded time, and what it returns holds only the fields of a share state.
 */

const CODES: readonly ShareLinkErrorCode[] = [
  'empty',
  'not-a-share-link',
  'unknown-version',
  'too-long',
  'bad-encoding',
  'corrupt',
  'too-large',
  'bad-json',
  'bad-shape',
];
const STATE_KEYS = ['configText', 'helmValuesText', 'runContext', 'selectedLocation', 'tab'];

function payloadFragment(bytes: Uint8Array, deflate = true): string {
  const body = deflate ? deflateSync(bytes, { level: 6, dictionary: SHARE_DICTIONARY_V1 }) : bytes;
  return `https://k8s-config-studio.example/#v1.${encodeBase64Url(body)}`;
}

/** Decodes, checking the promise every caller relies on. */
function decodeChecked(link: string) {
  const started = performance.now();
  const decoded = decodeShareLink(link);
  expect(performance.now() - started).toBeLessThan(5_000); // a hang guard only
  if (decoded.ok) {
    expect(Object.keys(decoded.state).every((key) => STATE_KEYS.includes(key))).toBe(true);
    expect(Object.getPrototypeOf(decoded.state)).toBe(Object.prototype);
  } else {
    expect(CODES).toContain(decoded.error.code);
    expect(decoded.error.message).toMatch(
      /^This (share link|is not a K8s Config Studio share link)/,
    );
  }
  return decoded;
}

describe('decoding hostile links never throws', () => {
  it('for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        decodeChecked(text);
        decodeChecked(`#v1.${text}`);
      }),
      { numRuns: 500, seed: 1 },
    );
  });

  it('for any bytes, raw or deflated, behind a v1 prefix', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.boolean(), (bytes, deflate) => {
        const decoded = decodeChecked(payloadFragment(bytes, deflate));
        if (!deflate && decoded.ok === false) {
          expect(['corrupt', 'bad-json', 'bad-shape', 'too-large']).toContain(decoded.error.code);
        }
      }),
      { numRuns: 400, seed: 2 },
    );
  });

  it('for any JSON in a well-formed payload: a state only when it has the v1 shape', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const decoded = decodeChecked(payloadFragment(strToU8(JSON.stringify(value))));
        if (!decoded.ok) expect(decoded.error.code).toBe('bad-shape');
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  it('for JSON nested a million levels deep', () => {
    const deep = `{"c":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`;
    const decoded = decodeChecked(payloadFragment(strToU8(deep)));
    expect(decoded.ok ? null : decoded.error.code).toMatch(/^(bad-json|bad-shape)$/);
  });

  it.each([
    ['v0.abc', 'unknown-version'],
    ['v2.abc', 'unknown-version'],
    ['v999999999.abc', 'unknown-version'],
    ['v1234567890.abc', 'not-a-share-link'],
    ['V1.abc', 'not-a-share-link'],
    ['v1abc', 'not-a-share-link'],
    ['v1.', 'bad-json'],
    ['v1.%41', 'bad-encoding'],
    [`v1.${'A'.repeat(1_048_577)}`, 'too-long'],
  ])('explains %s', (fragment, code) => {
    const decoded = decodeChecked(`https://x.example/#${fragment.slice(0, 2_000_000)}`);
    expect(decoded.ok ? 'ok' : decoded.error.code).toBe(code);
  });
});

describe('a valid link carrying a hostile document', () => {
  it('opens it byte for byte, and the reader refuses it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]']
      .concat(
        'bcdefg'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefg'[i]}`)}]`),
      )
      .join('\n');
    const encoded = encodeShareState({ configText: bomb });
    expect(encoded.ok).toBe(true);
    const decoded = decodeChecked(encoded.ok ? encoded.fragment : '');
    expect(decoded.ok && decoded.state.configText).toBe(bomb);
    expect(parseYamlText(bomb).problems.map((p) => p.code)).toEqual(['ALIAS_LIMIT']);
  });
});
