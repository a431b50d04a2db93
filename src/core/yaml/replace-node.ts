import { isScalar } from 'yaml';
import type { ParsedNode } from 'yaml';
import { findColumn } from './collection-layout';
import { findLine, findLineEnd, isBlockCollection, isFlowNode } from './edit-context';
import type { NodeSite } from './edit-context';
import { closeBlockScalar, endsWithBlockScalar } from './block-scalar-end';
import { findNodeContentEnd } from './path-range';
import { isScalarValue, renderScalar } from './scalar-render';
import type { ScalarStyle } from './scalar-render';
import { replaceRange } from './text-edit';
import type { TextEdit } from './text-edit';
import {
  isNonEmptyCollection,
  renderFlowValue,
  renderMapLines,
  renderSequenceLines,
  renderValueUnder,
} from './value-render';
import type { PlainObject } from './value-render';

/** True when the node is absent or an empty `null` (`key:` with nothing after it). */
function isEmptyNode(node: ParsedNode | null): boolean {
  return !node || (isScalar(node) && node.value === null && node.range[0] === node.range[1]);
}

function nodeEnd(site: NodeSite, node: ParsedNode): number {
  return findNodeContentEnd(site.parsed.text, node);
}

/** Start of the content that a new value replaces in `key: <props> value`: after any props. */
function findDeleteStart(site: NodeSite, from: number, nodeStart: number): number {
  return from + site.parsed.text.slice(from, nodeStart).trimEnd().length;
}

/** Where on the key's line new inline text goes: after the `:` and any props, before a comment. */
function findInlineInsertPoint(site: NodeSite, indicatorEnd: number): number {
  const lineEnd = findLineEnd(site.parsed, indicatorEnd);
  const rest = site.parsed.text.slice(indicatorEnd, lineEnd);
  const comment = rest.search(/(^|[ \t])#/);
  const beforeComment = comment < 0 ? rest : rest.slice(0, comment);
  return indicatorEnd + beforeComment.trimEnd().length;
}

/** Indentation of the content lines of an existing block scalar, if it has any. */
function findBlockScalarIndent(site: NodeSite, node: ParsedNode): number | undefined {
  const { text } = site.parsed;
  const headerEnd = findLineEnd(site.parsed, node.range[0]);
  const body = text.slice(headerEnd, node.range[1]);
  const line = /\r?\n( *)[^ \r\n]/.exec(body);
  return line ? (line[1] ?? '').length : undefined;
}

function findScalarIndent(site: NodeSite, node: ParsedNode | null): number {
  if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')) {
    const existing = findBlockScalarIndent(site, node);
    if (existing !== undefined) return existing;
  }
  if (site.kind === 'root' || !site.item) return site.style.unit;
  const column = findColumn(site.parsed, site.item.anchor);
  return column + (site.kind === 'item' ? 2 : site.style.unit);
}

/** Head text and indented body lines for a value written in place (scalar or flow). */
function renderInPlace(site: NodeSite, value: unknown): { head: string; body: string[] } {
  const { node } = site;
  if (site.inFlow || !isScalarValue(value)) return { head: renderFlowValue(value), body: [] };
  const scalar = isScalar(node) ? node : undefined;
  const rendered = renderScalar(value, {
    flow: false,
    style: scalar?.type as ScalarStyle | undefined,
    source: typeof scalar?.source === 'string' ? scalar.source : undefined,
  });
  const pad = ' '.repeat(findScalarIndent(site, node));
  const body = (rendered.body ?? []).map((line) => (line === '' ? '' : pad + line));
  return { head: rendered.head, body };
}

/** Text for an empty or absent document: appended after whatever comments it has. */
function appendToEmptyDocument(site: NodeSite, content: string): TextEdit[] {
  const { text } = site.parsed;
  const endsWithBreak = text === '' || /[\r\n]$/.test(text);
  const insert = endsWithBreak ? content + site.eol : site.eol + content;
  return [replaceRange(text.length, text.length, insert)];
}

/** Writes a scalar, an empty collection or a flow collection where the node is. */
function replaceInline(site: NodeSite, value: unknown): TextEdit[] {
  const edits = planInline(site, value);
  const last = edits[edits.length - 1];
  const hasBody = renderInPlace(site, value).body.length > 0;
  return hasBody && last ? [...edits.slice(0, -1), closeBlockScalar(site.parsed, last)] : edits;
}

function planInline(site: NodeSite, value: unknown): TextEdit[] {
  const { node, eol, item, parsed } = site;
  const { head, body } = renderInPlace(site, value);
  const bodyText = body.length > 0 ? eol + body.join(eol) : '';
  if (site.kind === 'root' && isEmptyNode(node))
    return appendToEmptyDocument(site, head + bodyText);
  if (!node) {
    // A flow map key without a value (`{a}`).
    const at = item?.contentEnd ?? 0;
    return [replaceRange(at, at, `: ${head}`)];
  }
  if (isEmptyNode(node) && item) {
    const at = node.range[0];
    const spaceAfter = parsed.text.charAt(at) === '#' ? ' ' : '';
    const edits = [replaceRange(item.indicatorEnd, at, ` ${head}${spaceAfter}`)];
    if (bodyText)
      edits.push(replaceRange(findLineEnd(parsed, at), findLineEnd(parsed, at), bodyText));
    return edits;
  }
  const start = node.range[0];
  const end = nodeEnd(site, node);
  if (site.kind === 'pair' && item && isBlockCollection(node)) {
    const keyLineEnd = findLineEnd(parsed, item.indicatorEnd);
    const at = findInlineInsertPoint(site, item.indicatorEnd);
    return [replaceRange(at, at, ` ${head}`), replaceRange(keyLineEnd, end, bodyText)];
  }
  if (bodyText && findLine(parsed, start) === findLine(parsed, end)) {
    const lineEnd = findLineEnd(parsed, end);
    return [replaceRange(start, end, head), replaceRange(lineEnd, lineEnd, bodyText)];
  }
  return [replaceRange(start, end, head + bodyText)];
}

function renderCollectionLines(site: NodeSite, value: unknown, column: number): string[] {
  return Array.isArray(value)
    ? renderSequenceLines(value, column, site.style)
    : renderMapLines(value as PlainObject, column, site.style);
}

/** Writes a non-empty map or list in block style where the node is. */
function replaceWithBlock(site: NodeSite, value: unknown): TextEdit[] {
  const edits = planBlock(site, value);
  const last = edits[edits.length - 1];
  return endsWithBlockScalar(value) && last
    ? [...edits.slice(0, -1), closeBlockScalar(site.parsed, last)]
    : edits;
}

function planBlock(site: NodeSite, value: unknown): TextEdit[] {
  const { node, eol, item, parsed } = site;
  const sameKind =
    isBlockCollection(node) && Array.isArray(value) === (node?.srcToken?.type === 'block-seq');
  if (node && sameKind) {
    const column = findColumn(parsed, node.range[0]);
    const text = renderCollectionLines(site, value, column).join(eol).slice(column);
    return [replaceRange(node.range[0], nodeEnd(site, node), text)];
  }
  if (site.kind === 'root') {
    const text = renderCollectionLines(site, value, 0).join(eol);
    if (isEmptyNode(node) || !node) return appendToEmptyDocument(site, text);
    return [replaceRange(node.range[0], nodeEnd(site, node), text)];
  }
  if (!item) throw new Error('A map or list entry has no layout');
  if (site.kind === 'item') {
    if (isEmptyNode(node) || !node) {
      const column = findColumn(parsed, item.anchor) + 2;
      const text = renderCollectionLines(site, value, column).join(eol).slice(column);
      return [replaceRange(item.indicatorEnd, node?.range[0] ?? item.indicatorEnd, ` ${text}`)];
    }
    const column = findColumn(parsed, node.range[0]);
    const text = renderCollectionLines(site, value, column).join(eol).slice(column);
    return [replaceRange(node.range[0], nodeEnd(site, node), text)];
  }
  const keyColumn = findColumn(parsed, item.anchor);
  const lines = eol + renderValueUnder(value, keyColumn, false, site.style).lines.join(eol);
  const keyLineEnd = findLineEnd(parsed, item.indicatorEnd);
  if (!node || isEmptyNode(node)) return [replaceRange(keyLineEnd, keyLineEnd, lines)];
  const start = node.range[0];
  const end = nodeEnd(site, node);
  if (start > keyLineEnd) return [replaceRange(keyLineEnd, end, lines)];
  const deleteStart = findDeleteStart(site, item.indicatorEnd, start);
  if (end <= keyLineEnd) {
    return [replaceRange(deleteStart, end, ''), replaceRange(keyLineEnd, keyLineEnd, lines)];
  }
  return [replaceRange(deleteStart, end, lines)];
}

/**
 * Plans replacing the node at `site` with `value`, leaving every byte outside it alone.
 * Non-empty maps/lists are written in block style (in the file's indentation), unless the
 * node is inside a flow collection or is itself a non-empty flow collection.
 */
export function planReplaceNode(site: NodeSite, value: unknown): TextEdit[] {
  const { node } = site;
  const keepFlow = isFlowNode(node) && (node as { items: unknown[] }).items.length > 0;
  if (!site.inFlow && !keepFlow && isNonEmptyCollection(value)) {
    return replaceWithBlock(site, value);
  }
  return replaceInline(site, value);
}
