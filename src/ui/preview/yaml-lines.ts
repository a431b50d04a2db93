import { isMap, isScalar, isSeq, parseAllDocuments, type Node } from 'yaml';
import { getOrCreateBounded, setRecent } from '../../core/get-or-create';
import { toJsonPointer } from '../../core/render';
import type { PrintedSpan } from '../../core/render/manifests/print-manifest';
import type { ManifestYaml } from '../../core/render/manifests/serialize';

/**
 * The printed manifests as lines of classified segments, for the read-only highlighter. The
 * renderer's printer reports where it wrote every key and value (with its JSON pointer, for
 * provenance) as it prints, so the text the user copies is the text that is classified and no
 * second printer can drift from it. Texts it did not print that way (the `yaml` Document
 * fallback, or any other text) are parsed back with `yaml`, which gives the same spans.
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

/** A printed span; from a parse, with its document's index in the parsed piece. */
interface Span extends PrintedSpan {
  readonly document?: number;
}

function scalarKind(value: unknown): PrintedSpan['kind'] {
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

/** A piece's spans (documents numbered from 0) and how many documents it holds. */
interface PieceSpans {
  readonly spans: readonly Span[];
  readonly documents: number;
}

/** The reference: reads the spans of `text` by parsing it with `yaml` (YAML 1.1, as printed). */
function parsePieceSpans(text: string): PieceSpans {
  const spans: Span[] = [];
  const documents = parseAllDocuments(text, { version: '1.1' });
  documents.forEach((doc, index) => {
    if ('contents' in doc) collectSpans(doc.contents as Node | null, [], index, spans);
  });
  spans.sort((a, b) => a.start - b.start);
  return { spans, documents: documents.length };
}

/** Gaps repeat (indentation, `: `, `- `, the same comments): their segments are shared. */
const GAP_CACHE_LIMIT = 2_000;
const gapCache = new Map<string, readonly Segment[]>();

function readGapSegments(gap: string): readonly Segment[] {
  return getOrCreateBounded(gapCache, gap, GAP_CACHE_LIMIT, () => splitGap(gap));
}

/**
 * Classifies every character of `text` into lines, given its spans in text order shifted by
 * `shift` (a span before the previous one's end is skipped); the last line is kept even when
 * empty (the caller joins pieces and drops it). Documents are numbered from `base`.
 */
function buildPieceLines(text: string, spans: readonly Span[], shift: number, base: number) {
  const lines: Segment[][] = [[]];
  let line = lines[0]!;
  const pushGap = (gap: string) => {
    let from = 0;
    for (let newline = gap.indexOf('\n'); ; newline = gap.indexOf('\n', from)) {
      const part = newline < 0 ? gap.slice(from) : gap.slice(from, newline);
      if (part) for (const segment of readGapSegments(part)) line.push(segment);
      if (newline < 0) return;
      line = [];
      lines.push(line);
      from = newline + 1;
    }
  };
  let offset = 0;
  for (const span of spans) {
    const start = span.start + shift;
    if (start < offset) continue;
    const end = span.end + shift;
    pushGap(text.slice(offset, start));
    const { kind, pointer } = span;
    const document = base + (span.document ?? 0);
    const value = text.slice(start, end);
    if (!value.includes('\n')) {
      // An empty value (`key:` read as null) has no segment.
      if (value) line.push({ text: value, kind, document, pointer });
    } else {
      value.split('\n').forEach((part, i) => {
        if (i > 0) lines.push((line = []));
        if (part) line.push({ text: part, kind, document, pointer });
      });
    }
    offset = end;
  }
  pushGap(text.slice(offset));
  return lines;
}

/*
 * What the printer reported for the texts it printed recently (render-preview records each
 * manifest's YAML as it prints it), by text: a piece of the shown stream that is one of them is
 * classified from its spans instead of being parsed.
 */
const PRINTED_LIMIT = 64;
const printedSpans = new Map<string, readonly PrintedSpan[]>();

/**
 * Records where the printer put the keys and values of `printed.text` (when it knows), for
 * {@link buildYamlLines} of a stream holding that text as one document.
 */
export function rememberPrintedYaml(printed: ManifestYaml): void {
  if (printed.spans) setRecent(printedSpans, printed.text, printed.spans, PRINTED_LIMIT);
}

/** The `---` line that starts every piece after the first. */
const SEPARATOR = '---\n';

/** Lines of one piece: from the printer's spans when it printed this text, else parsed. */
function tokenizePiece(text: string, base: number): PieceLines {
  const shift = text.startsWith(SEPARATOR) ? SEPARATOR.length : 0;
  const printed = printedSpans.get(shift === 0 ? text : text.slice(shift));
  if (printed) return { lines: buildPieceLines(text, printed, shift, base), documents: 1 };
  return parsePieceLines(text, base);
}

/** Lines of one piece by parsing it (the reference for the printer's spans). */
function parsePieceLines(text: string, base: number): PieceLines {
  const parsed = parsePieceSpans(text);
  return { lines: buildPieceLines(text, parsed.spans, 0, base), documents: parsed.documents };
}

/*
 * The preview shows one location's manifests joined with `---`; a keystroke usually changes one
 * or two of them. Pieces are cached by their text (and first document number), so unchanged
 * manifests are neither classified again nor rebuilt and keep their line objects.
 */
const PIECE_CACHE_LIMIT = 64;
const pieceCache = new Map<string, PieceLines>();

function readPieceLines(text: string, base: number): PieceLines {
  const key = `${base}\n${text}`;
  // A piece read again becomes the most recent: the oldest entry is the one dropped.
  const piece = pieceCache.get(key) ?? tokenizePiece(text, base);
  setRecent(pieceCache, key, piece, PIECE_CACHE_LIMIT);
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

/** Joins the lines of consecutive pieces of one stream (see {@link buildYamlLines}). */
function joinPieces(text: string, read: (piece: string, base: number) => PieceLines): Line[] {
  const starts = findPieceStarts(text);
  const lines: Line[] = [];
  let base = 0;
  starts.forEach((start, index) => {
    const piece = read(text.slice(start, starts[index + 1] ?? text.length), base);
    base += piece.documents;
    lines.push(...piece.lines);
    // Every piece but the last ends with a newline: its empty last line is the next piece's first.
    if (index < starts.length - 1) lines.pop();
  });
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

/**
 * Classifies every character of `text` (a multi-document YAML stream) and splits it into lines.
 * Joining all segment texts of all lines with `\n` gives `text` back (minus a final newline).
 * Documents the printer printed recently are classified from its spans (see
 * {@link rememberPrintedYaml}), others by parsing; unchanged documents are reused from earlier
 * calls (same line objects).
 */
export function buildYamlLines(text: string): Line[] {
  return joinPieces(text, readPieceLines);
}

/**
 * {@link buildYamlLines} by parsing every piece, with no cache: the reference the printer's
 * spans must reproduce (tests compare the two).
 */
export function parseYamlLines(text: string): Line[] {
  return joinPieces(text, parsePieceLines);
}
