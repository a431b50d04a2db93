import { CST } from 'yaml';
import type { ParsedYaml } from './types';

/**
 * Prints the parsed text back from its concrete syntax tree. Byte-identical to the input
 * (comments, quoting, indentation, CRLF, missing final newline): the round trip the editor
 * relies on. `String(document)` is not lossless and must never be used to write a file.
 */
export function printYamlTokens(parsed: Pick<ParsedYaml, 'tokens'>): string {
  let out = '';
  for (const token of parsed.tokens) out += CST.stringify(token);
  return out;
}
