/** Files larger than this are refused: no real config comes close, and parsing it would freeze the tab. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type ImportDecodeResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/** `5242880` -> `5.0 MB`, `1536` -> `1.5 KB`, `2**31` -> `2.0 GB`: sizes for messages, independent of the locale. */
export function formatByteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${(bytes / (1024 * 1024 * 1024)).toFixed(1)} GB`;
}

/**
 * Refuses a file by its size alone, so a huge file is never read into memory just to be refused;
 * `null` when the size is fine.
 */
export function checkImportSize(fileName: string, size: number): ImportDecodeResult | null {
  if (size <= MAX_IMPORT_BYTES) return null;
  return {
    ok: false,
    message: `${JSON.stringify(fileName)} is too large to open (${formatByteSize(size)}): config files up to ${formatByteSize(MAX_IMPORT_BYTES)} open here. Nothing was changed.`,
  };
}

/**
 * Control characters that never occur in a YAML text (YAML 1.1 §5.1 printable set): NUL and
 * the C0 controls other than tab, line feed and carriage return, plus DEL.
 */
// eslint-disable-next-line no-control-regex
const NON_PRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Decodes a file's bytes as the UTF-8 text of a YAML file, or says in one sentence why it is not
 * one: too large, not valid UTF-8, or binary (control characters YAML forbids). The text is kept
 * exactly, a byte-order mark included, so a download writes the same bytes back.
 */
export function decodeImportBytes(fileName: string, bytes: Uint8Array): ImportDecodeResult {
  const name = JSON.stringify(fileName);
  const tooLarge = checkImportSize(fileName, bytes.length);
  if (tooLarge) return tooLarge;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      message: `${name} is not UTF-8 text (it may be binary, or saved in another encoding). Nothing was changed.`,
    };
  }
  const control = NON_PRINTABLE.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return {
      ok: false,
      message: `${name} looks binary, not like a YAML file: it contains the control character U+${code}. Nothing was changed.`,
    };
  }
  return { ok: true, text };
}
