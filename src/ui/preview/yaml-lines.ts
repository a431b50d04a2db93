import { isMap, isScalar, isSeq, parseAllDocuments, type Node } from 'yaml';
import { toJsonPointer } from '../../core/render';

/**
 * The printed manifests as lines of classified segments, for the read-only highlighter. The
 * text is the renderer's own YAML, parsed back with `yaml` so that every value knows its JSON
 * pointer (for provenance) without a second printer that could drift from copy/download.
 */

export type SegmentKind =
  | 'key'
  | 'string'
  | 'number'
  | 'boolean'
  | 'null'
  | 'collection'
  | 'comment'
  | 'punctuation'
  | 'text';

export interface Segment {
  readonly text: string;
  readonly kind: SegmentKind;
  /** Values and keys: which document (0-based) and which node (JSON pointer) they belong to. */
  readonly document?: number;
  readonly pointer?: string;
}

export type Line = readonly Segment[];

interface Span {
  readonly start: number;
  readonly end: number;
  readonly kind: SegmentKind;
  readonly document: number;
  readonly pointer: string;
}

function scalarKind(value: unknown): SegmentKind {
  if (value === null) return 'null';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

/**
 * A key as the renderer wrote it. Plain keys are read from their source: YAML 1.1 would turn a
 * plain `n` or `on` key into a boolean, but the manifest's key is the text.
 */
function readKeyText(key: Node | null): string {
  if (!isScalar(key)) return '';
  return key.type === 'PLAIN' && typeof key.source === 'string' ? key.source : String(key.value);
}

/** Collects the spans of keys and leaf values (scalars and empty collections). */
function collectSpans(node: Node | null, path: (string | number)[], document: number, out: Span[]) {
  if (!node?.range) return;
  const pointer = toJsonPointer(path);
  if (isScalar(node)) {
    out.push({
      start: node.range[0],
      end: node.range[1],
      kind: scalarKind(node.value),
      document,
      pointer,
    });
  } else if (isMap(node)) {
    if (node.items.length === 0) {
      out.push({ start: node.range[0], end: node.range[1], kind: 'collection', document, pointer });
    }
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      const name = readKeyText(key);
      const childPath = [...path, name];
      if (key?.range) {
        const keyPointer = toJsonPointer(childPath);
        out.push({
          start: key.range[0],
          end: key.range[1],
          kind: 'key',
          document,
          pointer: keyPointer,
        });
      }
      collectSpans(pair.value as Node | null, childPath, document, out);
    }
  } else if (isSeq(node)) {
    if (node.items.length === 0) {
      out.push({ start: node.range[0], end: node.range[1], kind: 'collection', document, pointer });
    }
    node.items.forEach((item, index) =>
      collectSpans(item as Node | null, [...path, index], document, out),
    );
  }
}

/** Splits the text between spans into comments, punctuation and plain text. */
function splitGap(text: string): Segment[] {
  const segments: Segment[] = [];
  const hash = text.search(/(^|\s)#/u);
  const code = hash < 0 ? text : text.slice(0, hash + (text[hash] === '#' ? 0 : 1));
  const comment = hash < 0 ? '' : text.slice(code.length);
  for (const match of code.matchAll(/(---|[-:,[\]{}?])|([^-:,[\]{}?]+)/gu)) {
    segments.push({ text: match[0], kind: match[1] ? 'punctuation' : 'text' });
  }
  if (comment) segments.push({ text: comment, kind: 'comment' });
  return segments;
}

/** Lines of one piece of the stream (documents numbered from `base`), and how many it holds. */
interface PieceLines {
  readonly lines: readonly Line[];
  readonly documents: number;
}

/**
 * Classifies every character of `text` into lines; the last line is kept even when empty (the
 * caller joins pieces and drops it). Documents are numbered from `base`.
 */
function tokenizePiece(text: string, base: number): PieceLines {
  const spans: Span[] = [];
  const documents = parseAllDocuments(text, { version: '1.1' });
  documents.forEach((doc, index) => {
    if ('contents' in doc) collectSpans(doc.contents as Node | null, [], base + index, spans);
  });
  spans.sort((a, b) => a.start - b.start);
  const lines: Segment[][] = [[]];
  const push = (segment: Segment) => {
    const parts = segment.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines[lines.length - 1]!.push({ ...segment, text: part });
    });
  };
  const pushGap = (gap: string) => {
    gap.split('\n').forEach((part, i) => {
      if (i > 0) lines.push([]);
      for (const segment of splitGap(part)) lines[lines.length - 1]!.push(segment);
    });
  };
  let offset = 0;
  for (const span of spans) {
    if (span.start < offset) continue;
    pushGap(text.slice(offset, span.start));
    const { kind, document, pointer } = span;
    push({ text: text.slice(span.start, span.end), kind, document, pointer });
    offset = span.end;
  }
  pushGap(text.slice(offset));
  return { lines, documents: documents.length };
}

/*
 * The preview shows one location's manifests joined with `---`; a keystroke usually changes one
 * or two of them. Pieces are cached by their text (and first document number), so unchanged
 * manifests are neither parsed nor tokenized again and keep their line objects.
 */
const PIECE_CACHE_LIMIT = 64;
const pieceCache = new Map<string, PieceLines>();

function readPieceLines(text: string, base: number): PieceLines {
  const key = `${base}\n${text}`;
  const cached = pieceCache.get(key);
  if (cached) {
    // Refresh its place: the oldest entry is the one dropped.
    pieceCache.delete(key);
    pieceCache.set(key, cached);
    return cached;
  }
  const piece = tokenizePiece(text, base);
  pieceCache.set(key, piece);
  if (pieceCache.size > PIECE_CACHE_LIMIT) pieceCache.delete(pieceCache.keys().next().value!);
  return piece;
}

/**
 * Where the stream splits into pieces: the start of every line that is exactly `---` (after the
 * first line). Such a line starts a document wherever it stands, so a piece parsed alone gives
 * the ranges it has in the whole stream, shifted by its start.
 */
function findPieceStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n---'); at >= 0; at = text.indexOf('\n---', at + 1)) {
    const next = text[at + 4];
    if (next === undefined || next === '\n') starts.push(at + 1);
  }
  return starts;
}

/**
 * Classifies every character of `text` (a multi-document YAML stream) and splits it into lines.
 * Joining all segment texts of all lines with `\n` gives `text` back (minus a final newline).
 * Unchanged documents are reused from earlier calls (same line objects).
 */
export function buildYamlLines(text: string): Line[] {
  const starts = findPieceStarts(text);
  const lines: Line[] = [];
  let base = 0;
  starts.forEach((start, index) => {
    const piece = readPieceLines(text.slice(start, starts[index + 1] ?? text.length), base);
    base += piece.documents;
    lines.push(...piece.lines);
    // Every piece but the last ends with a newline: its empty last line is the next piece's first.
    if (index < starts.length - 1) lines.pop();
  });
  if (text.endsWith('\n')) lines.pop();
  return lines;
}
