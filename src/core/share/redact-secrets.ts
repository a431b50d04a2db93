import type { Scalar } from 'yaml';
import { parseYamlText } from '../yaml';
import { collectSecretLikeScalars } from './find-secret-like-values';

export interface TextSplice {
  readonly offset: number;
  readonly deleteCount: number;
  readonly insert: string;
}

/**
 * The new scalar's text, in the old one's style: plain stays plain (`<redacted>` and
 * `KEY=<redacted>` are valid plain scalars in block and flow context alike), quoted stays
 * quoted, and a block scalar becomes a double-quoted one-liner (its line break is kept).
 */
function renderLike(node: Scalar, value: string): string {
  switch (node.type) {
    case 'PLAIN':
      return value;
    case 'QUOTE_SINGLE':
      return `'${value.replace(/'/g, "''")}'`;
    default:
      return JSON.stringify(value);
  }
}

/**
 * Plans the minimal edits that replace every secret-like value (see `findSecretLikeValues`)
 * with `<redacted>` (`KEY=<redacted>` for env vars). Each edit covers one scalar's own text,
 * so comments, quoting, indentation and line endings elsewhere stay byte for byte.
 */
export function planRedactSecrets(text: string): TextSplice[] {
  return collectSecretLikeScalars(parseYamlText(text)).map(({ value, node }) => ({
    offset: value.range.start.offset,
    deleteCount: value.range.end.offset - value.range.start.offset,
    insert: renderLike(node, value.redactedValue),
  }));
}

/** Applies ordered, non-overlapping splices planned against `text`. */
function applySplices(text: string, splices: readonly TextSplice[]): string {
  let out = '';
  let cursor = 0;
  for (const splice of splices) {
    out += text.slice(cursor, splice.offset) + splice.insert;
    cursor = splice.offset + splice.deleteCount;
  }
  return out + text.slice(cursor);
}

/** Returns `text` with every secret-like value redacted and nothing else changed. */
export function redactSecrets(text: string): string {
  return applySplices(text, planRedactSecrets(text));
}
