import { checkImportSize, decodeImportBytes, type ImportDecodeResult } from './decode-import-bytes';

/** Saves `text` as a file through the browser's download, byte for byte (UTF-8, no BOM added). */
export function downloadTextFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; the URL is only needed briefly.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Puts `text` on the clipboard. Resolves to an error message instead of throwing: browsers
 * refuse clipboard access outside a secure context or without the user's permission.
 */
export async function copyText(text: string): Promise<string | null> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return null;
  } catch {
    return 'The browser did not allow copying to the clipboard. Use Download instead, or select the text and press Ctrl+C (⌘C on a Mac).';
  }
}

/** Reads a chosen or dropped file as text, refusing what is too large, binary or not UTF-8. */
export async function readImportFile(file: File): Promise<ImportDecodeResult> {
  // Checked before reading: a 2 GB file must not be loaded into memory just to be refused.
  const tooLarge = checkImportSize(file.name, file.size);
  if (tooLarge) return tooLarge;
  try {
    return decodeImportBytes(file.name, new Uint8Array(await file.arrayBuffer()));
  } catch {
    return {
      ok: false,
      message: `${JSON.stringify(file.name)} could not be read (it may have been moved or deleted). Nothing was changed.`,
    };
  }
}
