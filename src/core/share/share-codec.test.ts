import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from './base64url';
import {
  buildShareLink,
  decodeShareFragment,
  decodeShareLink,
  encodeShareState,
} from './share-codec';
import { SHARE_DICTIONARY_V1 } from './share-dictionary';
import { SHARE_LIMITS, type ShareState } from './share-state';

function fragmentOf(state: ShareState): string {
  const encoded = encodeShareState(state);
  if (!encoded.ok) throw new Error(encoded.error.message);
  return encoded.fragment;
}

function roundTrip(state: ShareState): ShareState {
  const decoded = decodeShareFragment(fragmentOf(state));
  if (!decoded.ok) throw new Error(decoded.error.message);
  return decoded.state;
}

/** A v1 fragment around any payload bytes, the way a hostile or buggy encoder could make one. */
function fragmentOfPayload(payload: string | Uint8Array): string {
  const bytes = typeof payload === 'string' ? strToU8(payload) : payload;
  return `#v1.${encodeBase64Url(deflateSync(bytes, { level: 9, dictionary: SHARE_DICTIONARY_V1 }))}`;
}

const FULL_STATE: ShareState = {
  configText: 'locations:\n  - location_name: a\n',
  helmValuesText: 'workspace:\n  pullPolicy: Always\n',
  runContext: {
    jobName: 'daily',
    runId: 'abc-123',
    tagText: '{"container_config": {}}',
    opIsolation: true,
    executorConfigText: '',
    opName: 'load',
    opTagText: '',
  },
  selectedLocation: 'a',
  tab: 'run',
};

describe('encodeShareState', () => {
  it('writes a v1 fragment whose bytes are pinned: old links must keep opening', () => {
    expect(fragmentOf({ configText: 'locations:\n  - location_name: analytics\n' })).toBe(
      '#v1.I0pRYl5iTmVJZjKwmFWqBQA',
    );
  });

  it('returns a clear error instead of a link that could not be opened', () => {
    const configText = 'x'.repeat(SHARE_LIMITS.maxDecodedBytes);
    expect(encodeShareState({ configText })).toEqual({
      ok: false,
      error: {
        code: 'too-large',
        message:
          'This share link holds more than 2 MiB of text, more than K8s Config Studio opens from a link.',
      },
    });
  });
});

describe('decodeShareFragment round trip', () => {
  it('restores every field exactly', () => {
    expect(roundTrip(FULL_STATE)).toEqual(FULL_STATE);
  });

  it('carries the deployment name and the preview tab', () => {
    const state: ShareState = {
      ...FULL_STATE,
      runContext: { ...FULL_STATE.runContext!, deploymentName: 'staging' },
      tab: 'step',
    };
    expect(roundTrip(state)).toEqual(state);
    expect(roundTrip(state).runContext?.deploymentName).toBe('staging');
  });

  it('keeps optional fields absent rather than undefined', () => {
    expect(Object.keys(roundTrip({ configText: '' }))).toEqual(['configText']);
  });

  it('keeps non-ASCII, CRLF, a missing final newline and lone surrogates byte for byte', () => {
    const configText =
      '# Zürich 東京 🚀\r\nlocations:\r\n  - location_name: "café"\r\n    image: x\u2028y\ud800';
    expect(roundTrip({ configText, helmValuesText: '\ufeffa: b\r' })).toEqual({
      configText,
      helmValuesText: '\ufeffa: b\r',
    });
  });

  it('round-trips random text, including any UTF-16 and line-ending mix', () => {
    const lineText = fc
      .array(fc.constantFrom('\r\n', '\n', '\r', ' ', '- a: b', 'é', '😀', '"', '\\', '\u0000'))
      .map((parts) => parts.join(''));
    const text = fc.oneof(fc.string({ unit: 'binary' }), lineText);
    const runContext = fc.record({
      jobName: text,
      runId: text,
      tagText: text,
      opIsolation: fc.boolean(),
      executorConfigText: text,
      opName: text,
      opTagText: text,
    });
    const state = fc.record(
      {
        configText: text,
        helmValuesText: text,
        runContext,
        selectedLocation: fc.string({ unit: 'binary', maxLength: 40 }),
        tab: fc.string({ maxLength: 10 }),
      },
      { requiredKeys: ['configText'] },
    );
    fc.assert(
      fc.property(state, (value) => {
        expect(roundTrip(value)).toEqual(value);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts a fragment with or without its #', () => {
    const fragment = fragmentOf({ configText: 'a: 1' });
    expect(decodeShareFragment(fragment.slice(1))).toEqual({
      ok: true,
      state: { configText: 'a: 1' },
    });
  });
});

describe('decodeShareFragment of hostile or broken links', () => {
  const valid = fragmentOf(FULL_STATE);

  function errorOf(fragment: string) {
    const decoded = decodeShareFragment(fragment);
    if (decoded.ok) throw new Error(`decoded: ${JSON.stringify(decoded.state)}`);
    return decoded.error;
  }

  it('opens a link made by an earlier build (pinned v1 bytes)', () => {
    expect(
      decodeShareFragment(
        '#v1.I0pRYkyeko5SBlAhalUOqj4DoNWsY055YiWwHAYqLFKyqlbKAqpOSczMqQQKZALZiUnJusAAAfJKgLzqGCX0Ei9GCeia2lqggnwlK1AG0lFKBaoE8vPALkxMATLTQSK1Oko5IBOhZgFLc6VaAA',
      ),
    ).toEqual({ ok: true, state: FULL_STATE });
  });

  it('opens an earlier link without a deployment name as a run context without one', () => {
    const decoded = decodeShareFragment(
      fragmentOfPayload(
        '{"c":"a: 1\\n","r":{"j":"j","i":"","t":"","o":false,"e":"","n":"op","g":""}}',
      ),
    );
    expect(decoded).toEqual({
      ok: true,
      state: {
        configText: 'a: 1\n',
        runContext: {
          jobName: 'j',
          runId: '',
          tagText: '',
          opIsolation: false,
          executorConfigText: '',
          opName: 'op',
          opTagText: '',
        },
      },
    });
  });

  it('explains a deployment name that is not text', () => {
    expect(
      errorOf(
        fragmentOfPayload(
          '{"c":"","r":{"j":"","i":"","t":"","o":false,"e":"","n":"","g":"","d":7}}',
        ),
      ).message,
    ).toBe(
      'This share link\'s content is not in the expected form: "runContext.deploymentName" must be text.',
    );
  });

  it('explains an empty fragment', () => {
    const error = {
      code: 'empty',
      message: 'This share link is empty: there is nothing after "#".',
    };
    expect(errorOf('')).toEqual(error);
    expect(errorOf('#')).toEqual(error);
  });

  it('explains a fragment that is not a share link', () => {
    expect(errorOf('#section-2')).toEqual({
      code: 'not-a-share-link',
      message:
        'This is not a K8s Config Studio share link: the part after "#" should start with "v1.".',
    });
  });

  it('explains a link from another format version', () => {
    expect(errorOf('#v2.I0pRYl5iTmVJZjKwmFWqBQA')).toEqual({
      code: 'unknown-version',
      message:
        'This share link uses format v2, which this version of K8s Config Studio cannot open (it opens v1 links). It may come from a newer version of the app.',
    });
  });

  it('refuses an oversized fragment before decoding it', () => {
    expect(errorOf(`#v1.${'A'.repeat(SHARE_LIMITS.maxFragmentLength)}`)).toEqual({
      code: 'too-long',
      message:
        'This share link is too long to open: 1,048,579 characters after "#", more than the limit of 1,048,576.',
    });
  });

  it('explains characters a link never contains', () => {
    expect(errorOf(`${valid.slice(0, 10)}%20${valid.slice(10)}`)).toEqual({
      code: 'bad-encoding',
      message:
        'This share link is damaged: it contains "%", which a share link never does. It may have been changed when it was copied.',
    });
  });

  it('explains an impossible length', () => {
    expect(errorOf('#v1.AAAAA')).toEqual({
      code: 'bad-encoding',
      message:
        'This share link is damaged or cut short: its length is impossible. Copy the whole link again.',
    });
  });

  it('explains garbage that does not decompress', () => {
    expect(errorOf('#v1.garbage-garbage')).toEqual({
      code: 'corrupt',
      message:
        'This share link is damaged or cut short: its content cannot be decompressed. Copy the whole link again.',
    });
  });

  // DEFLATE alone may accept a cut stream (zero padding can read as an end-of-block code),
  // but the JSON framing then fails: a strict prefix of a JSON object never parses.
  it('never opens a truncated link, wherever it was cut', () => {
    for (let end = '#v1.'.length; end < valid.length; end += 1) {
      expect(['corrupt', 'bad-encoding', 'bad-json']).toContain(errorOf(valid.slice(0, end)).code);
    }
  });

  it('stops a decompression bomb at the size cap, quickly', () => {
    // 16 MiB of spaces in a link of about 22,000 characters: eight times the cap.
    const bomb = fragmentOfPayload(new Uint8Array(16 * 1024 * 1024).fill(32));
    expect(bomb.length).toBeLessThan(25_000);
    const tooLarge = {
      code: 'too-large',
      message:
        'This share link holds more than 2 MiB of text, more than K8s Config Studio opens from a link.',
    };
    expect(errorOf(bomb)).toEqual(tooLarge);
    // Timed once warm: a cold JIT on a loaded CI machine says nothing about the algorithm.
    const started = performance.now();
    expect(errorOf(bomb)).toEqual(tooLarge);
    expect(performance.now() - started).toBeLessThan(5_000); // a hang guard, not a timing
  });

  it('opens a payload of exactly the cap and refuses one byte more', () => {
    const filler = (size: number) => `{"c":"${'a'.repeat(size - 8)}"}`;
    const atCap = decodeShareFragment(fragmentOfPayload(filler(SHARE_LIMITS.maxDecodedBytes)));
    expect(atCap.ok).toBe(true);
    expect(errorOf(fragmentOfPayload(filler(SHARE_LIMITS.maxDecodedBytes + 1))).code).toBe(
      'too-large',
    );
  });

  it('explains a payload that is not JSON', () => {
    expect(errorOf(fragmentOfPayload('locations: []'))).toEqual({
      code: 'bad-json',
      message:
        'This share link is damaged or cut short: its content is not the data a share link holds. Copy the whole link again.',
    });
  });

  it.each([
    ['[]', 'it must be an object'],
    ['null', 'it must be an object'],
    ['{}', '"configText" must be text'],
    ['{"c":5}', '"configText" must be text'],
    ['{"c":"","h":null}', '"helmValuesText" must be text'],
    ['{"c":"","x":1}', 'unexpected field "x"'],
    ['{"c":"","__proto__":{"polluted":true}}', 'unexpected field "__proto__"'],
    ['{"c":"","r":[]}', '"runContext" must be an object'],
    ['{"c":"","r":{"constructor":{}}}', 'unexpected field "constructor" in "runContext"'],
    [
      '{"c":"","r":{"j":"","i":"","t":"","o":"yes","e":"","n":"","g":""}}',
      '"runContext.opIsolation" must be true or false',
    ],
    ['{"c":"","r":{"o":false}}', '"runContext.jobName" must be text'],
    [`{"c":"","t":"${'x'.repeat(1001)}"}`, '"tab" is longer than 1,000 characters'],
    ['{"c":"","l":7}', '"selectedLocation" must be text'],
  ])('explains the wrong shape %s', (payload, detail) => {
    expect(errorOf(fragmentOfPayload(payload))).toEqual({
      code: 'bad-shape',
      message: `This share link's content is not in the expected form: ${detail}.`,
    });
  });

  it('leaves Object.prototype untouched by __proto__ in a link', () => {
    errorOf(fragmentOfPayload('{"c":"","__proto__":{"polluted":true}}'));
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('share links', () => {
  it('puts the state in the fragment, replacing any fragment the base had', () => {
    const built = buildShareLink('https://k8s-config-studio.example/app?x=1#old', {
      configText: 'locations:\n  - location_name: analytics\n',
    });
    expect(built).toEqual({
      ok: true,
      link: 'https://k8s-config-studio.example/app?x=1#v1.I0pRYl5iTmVJZjKwmFWqBQA',
    });
  });

  it('opens a pasted link, ignoring what precedes # and surrounding whitespace', () => {
    expect(
      decodeShareLink('  https://k8s-config-studio.example/#v1.I0pRYl5iTmVJZjKwmFWqBQA\n'),
    ).toEqual({ ok: true, state: { configText: 'locations:\n  - location_name: analytics\n' } });
  });

  it('explains a pasted link without a fragment', () => {
    expect(decodeShareLink('https://k8s-config-studio.example/')).toEqual({
      ok: false,
      error: {
        code: 'not-a-share-link',
        message:
          'This is not a K8s Config Studio share link: the part after "#" should start with "v1.".',
      },
    });
  });
});
