import type { Scalar } from 'yaml';
import { applyTextEdits, parseYamlText, type TextEdit } from '../yaml';
import { collectSecretLikeScalars } from './find-secret-like-values';

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
 * so comments, quoting, indentation and line endings elsewhere stay byte for byte. Edits are
 * made per node rather than with `planSetValue` per path, because a path reaches only the
 * last of duplicate keys and never an alias's anchor, and those hold the secret too.
 */
export function planRedactSecrets(text: string): TextEdit[] {
  return collectSecretLikeScalars(parseYamlText(text)).map(({ value, node }) => ({
    offset: value.range.start.offset,
    deleteCount: value.range.end.offset - value.range.start.offset,
    insert: renderLike(node, value.redactedValue),
  }));
}

/** Returns `text` with every secret-like value redacted and nothing else changed. */
export function redactSecrets(text: string): string {
  return applyTextEdits(text, planRedactSecrets(text));
}
