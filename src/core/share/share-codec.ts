import { deflateSync, strFromU8, strToU8 } from 'fflate';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { inflateBounded } from './bounded-inflate';
import { SHARE_DICTIONARY_V1 } from './share-dictionary';
import { shareLinkErrors, type ShareLinkError } from './share-errors';
import { SHARE_LIMITS, type ShareState } from './share-state';
import { decodeShareWireV1, encodeShareWireV1 } from './share-wire-v1';

/** What follows `#` in every v1 link; other versions are recognised so their links get a clear message. */
export const SHARE_PREFIX_V1 = 'v1.';

export type ShareEncodeResult =
  | { readonly ok: true; readonly fragment: string }
  | { readonly ok: false; readonly error: ShareLinkError };

export type ShareDecodeResult =
  | { readonly ok: true; readonly state: ShareState }
  | { readonly ok: false; readonly error: ShareLinkError };

/**
 * Encodes a state as a URL fragment, `#v1.<payload>`: the state as JSON (which keeps every
 * string exactly, lone surrogates included), UTF-8, raw DEFLATE at level 9 against the v1
 * dictionary, base64url. fflate is pure JavaScript, so the browser and the CLI produce the
 * same bytes. Fails, rather than producing a link that would not open, when the state passes
 * the decoder's limits.
 */
export function encodeShareState(state: ShareState): ShareEncodeResult {
  const json = strToU8(JSON.stringify(encodeShareWireV1(state)));
  if (json.length > SHARE_LIMITS.maxDecodedBytes) {
    return { ok: false, error: shareLinkErrors.tooLarge() };
  }
  const payload = encodeBase64Url(deflateSync(json, { level: 9, dictionary: SHARE_DICTIONARY_V1 }));
  const fragment = `${SHARE_PREFIX_V1}${payload}`;
  if (fragment.length > SHARE_LIMITS.maxFragmentLength) {
    return { ok: false, error: shareLinkErrors.tooLong(fragment.length) };
  }
  return { ok: true, fragment: `#${fragment}` };
}

/**
 * Decodes a URL fragment (with or without its leading `#`) made by {@link encodeShareState}.
 * Never throws, whatever the input: a damaged, truncated, oversized, foreign or hostile
 * fragment gives a typed error whose message can be shown as is. Work and memory are bounded
 * by {@link SHARE_LIMITS} before anything is decompressed.
 */
export function decodeShareFragment(fragment: string): ShareDecodeResult {
  try {
    return decodeChecked(fragment.startsWith('#') ? fragment.slice(1) : fragment);
  } catch {
    // Every known failure is reported above; this is the promise that a link can never crash the caller.
    return { ok: false, error: shareLinkErrors.corrupt() };
  }
}

function fail(error: ShareLinkError): ShareDecodeResult {
  return { ok: false, error };
}

function decodeChecked(body: string): ShareDecodeResult {
  if (body.trim() === '') return fail(shareLinkErrors.empty());
  if (body.length > SHARE_LIMITS.maxFragmentLength)
    return fail(shareLinkErrors.tooLong(body.length));
  const version = /^v(\d{1,9})\./.exec(body);
  if (!version) return fail(shareLinkErrors.notAShareLink());
  if (version[1] !== '1') return fail(shareLinkErrors.unknownVersion(version[1]!));
  const decoded = decodeBase64Url(body.slice(SHARE_PREFIX_V1.length));
  if (!decoded.ok) {
    return fail(
      decoded.problem.kind === 'bad-character'
        ? shareLinkErrors.badCharacter(decoded.problem.character)
        : shareLinkErrors.badLength(),
    );
  }
  const inflated = inflateBounded(decoded.bytes, SHARE_DICTIONARY_V1, SHARE_LIMITS.maxDecodedBytes);
  if (!inflated.ok) {
    return fail(
      inflated.reason === 'too-large' ? shareLinkErrors.tooLarge() : shareLinkErrors.corrupt(),
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(strFromU8(inflated.bytes));
  } catch {
    return fail(shareLinkErrors.badJson());
  }
  return decodeShareWireV1(value);
}

export type ShareLinkResult =
  | { readonly ok: true; readonly link: string }
  | { readonly ok: false; readonly error: ShareLinkError };

/**
 * Builds a full link: `baseUrl` without any fragment it had, then the state's fragment.
 * The state never goes into the query string, so it is never sent to a server.
 */
export function buildShareLink(baseUrl: string, state: ShareState): ShareLinkResult {
  const encoded = encodeShareState(state);
  if (!encoded.ok) return encoded;
  const hash = baseUrl.indexOf('#');
  const base = hash < 0 ? baseUrl : baseUrl.slice(0, hash);
  return { ok: true, link: `${base}${encoded.fragment}` };
}

/** Opens a full link, or a bare fragment, as pasted by a user: everything before `#` is ignored. */
export function decodeShareLink(link: string): ShareDecodeResult {
  const trimmed = link.trim();
  const hash = trimmed.indexOf('#');
  return decodeShareFragment(hash < 0 ? trimmed : trimmed.slice(hash + 1));
}
