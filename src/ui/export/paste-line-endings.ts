/** The text with every line break as `\n`. */
function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?/gu, '\n');
}

/**
 * After a paste into the YAML editor: the pasted text itself when the paste replaced the whole
 * file (an empty editor, or all of it selected) but the editor converted its line breaks to
 * its own (Monaco keeps one line ending per model), else `null`. A whole file pasted from
 * Windows then stays CRLF byte for byte, as an import of it would.
 */
export function findPastedWholeText(pasted: string, after: string): string | null {
  if (pasted === after || pasted === '') return null;
  return normalizeLineBreaks(pasted) === normalizeLineBreaks(after) ? pasted : null;
}
