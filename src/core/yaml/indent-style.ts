import { isMap, isSeq } from 'yaml';
import type { CST, ParsedNode } from 'yaml';
import { findColumn } from './collection-layout';
import type { ParsedYaml } from './types';
import type { IndentStyle } from './value-render';

const DEFAULT_UNIT = 2;

/**
 * How this file indents nested blocks, from its first nested map and first sequence under a
 * key: new content follows the file's habits (2 or 4 spaces, `key:\n- a` or `key:\n  - a`).
 */
export function detectIndentStyle(parsed: ParsedYaml): IndentStyle {
  let unit: number | undefined;
  let sequenceOffset: number | undefined;
  const visit = (node: ParsedNode | null): void => {
    if (!node || (unit !== undefined && sequenceOffset !== undefined)) return;
    if (isMap(node)) {
      for (const { key, value } of node.items) {
        const token = value?.srcToken as CST.Token | undefined;
        if (key && value && (token?.type === 'block-map' || token?.type === 'block-seq')) {
          const delta = findColumn(parsed, value.range[0]) - findColumn(parsed, key.range[0]);
          if (token.type === 'block-map' && delta > 0) unit ??= delta;
          if (token.type === 'block-seq' && delta >= 0) sequenceOffset ??= delta;
        }
        visit(value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item);
    }
  };
  visit(parsed.document.contents);
  const resolvedUnit = unit ?? DEFAULT_UNIT;
  return { unit: resolvedUnit, sequenceOffset: sequenceOffset ?? resolvedUnit };
}
