/**
 * The cheap first pass of the incremental pipeline: a line scan (no YAML parse) that finds the
 * items of the top-level `locations:` list. Each item becomes a chunk that is analysed on its
 * own; everything before the first item is the header, everything after the last the trailer.
 *
 * The scan only accepts the plain block layout real files use. Anything it is not sure about
 * (anchors, Jinja, document markers, tab indentation, a flow `locations: [...]`) makes it give
 * up, and the caller analyses the whole text at once instead: correctness never depends on it.
 */

/** Where the `locations` items are in a text. */
export interface ConfigSplit {
  /** Offset of each item's `-` line start; chunk `i` is `[starts[i], starts[i + 1] ?? end)`. */
  readonly starts: readonly number[];
  /** 0-based line number of each entry of `starts`. */
  readonly lines: readonly number[];
  /** Where the last chunk ends and the trailer starts (a line start, or the text's end). */
  readonly end: number;
  /** Column of the items' `-` (0 for an unindented list). */
  readonly indent: number;
}

/**
 * Text the chunked analysis cannot reproduce piece by piece: anchors and aliases (`&a`, `*a`,
 * which reach across items), Jinja (`{{`, `{%`: the file-wide template notice), document
 * markers and directives, tab indentation, lone CRs, and a literal `locations.<n>` (messages
 * name paths that way, and the chunks rewrite those names).
 */
const UNSUPPORTED = /[&*]|\{\{|\{%|locations\.\d|^(?:---|\.\.\.)(?=\s|$)|^%|^ *\t|\r(?!\n)/m;

/** Whether `text` contains something only a whole-text analysis handles (see UNSUPPORTED). */
export function hasUnsupportedSyntax(text: string): boolean {
  return UNSUPPORTED.test(text);
}

const LOCATIONS_KEY = /^locations[ ]*:[ ]*(?:#.*)?\r?$/;
const ANY_LOCATIONS_KEY = /^["']?locations\b/;

/** The end of the line starting at `start`, line break excluded. */
function lineEndAt(text: string, start: number): number {
  const newline = text.indexOf('\n', start);
  if (newline === -1) return text.length;
  return newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
}

/** The start of the line after the one starting at `start` (or the text's length). */
function nextLineStart(text: string, start: number): number {
  const newline = text.indexOf('\n', start);
  return newline === -1 ? text.length : newline + 1;
}

/** What a line is to the list scan. */
type LineKind =
  { kind: 'blank' } | { kind: 'item'; indent: number } | { kind: 'content'; indent: number };

function classifyLine(text: string, start: number, end: number): LineKind {
  let index = start;
  while (index < end && text.charCodeAt(index) === 32) index++;
  if (index === end || text.charCodeAt(index) === 35 /* # */) return { kind: 'blank' };
  const indent = index - start;
  const next = text.charCodeAt(index + 1);
  if (text.charCodeAt(index) === 45 /* - */ && (index + 1 === end || next === 32))
    return { kind: 'item', indent };
  return { kind: 'content', indent };
}

/** Result of scanning list lines: item starts and where the list stopped. */
export interface ItemScan {
  readonly starts: number[];
  /** 0-based line of each start, counting `firstLine` as the line of `from`. */
  readonly lines: number[];
  /** The trailer's start when a top-level line ended the list, else `to`. */
  readonly end: number;
}

/**
 * Scans the lines in `[from, to)` (both line starts) of a list whose items sit at `indent`.
 * Returns null when a line does not fit the block layout (a line less indented than the items
 * but not at column 0, or a non-item line at the items' column inside an indented list).
 */
export function scanListItems(
  text: string,
  from: number,
  to: number,
  indent: number,
  firstLine: number,
): ItemScan | null {
  const starts: number[] = [];
  const lines: number[] = [];
  let lineNumber = firstLine;
  for (let start = from; start < to; start = nextLineStart(text, start), lineNumber++) {
    const line = classifyLine(text, start, lineEndAt(text, start));
    if (line.kind === 'blank') continue;
    if (line.kind === 'item' && line.indent === indent) {
      starts.push(start);
      lines.push(lineNumber);
    } else if (line.indent > indent) continue;
    else if (line.indent === 0) return { starts, lines, end: start };
    else return null;
  }
  return { starts, lines, end: to };
}

/**
 * Finds the `locations` items of a `dagster_cloud.yaml` text by its lines. Returns null when
 * the text is not in the plain block layout this pass understands (see the module comment),
 * or has no items.
 */
export function splitConfigText(text: string): ConfigSplit | null {
  if (hasUnsupportedSyntax(text)) return null;
  let keyLineEnd = -1;
  let keyLine = 0;
  let lineNumber = 0;
  for (let start = 0; start < text.length; start = nextLineStart(text, start), lineNumber++) {
    const first = text.charCodeAt(start);
    // Only lines starting with `l` or a quote can be the key: skip the rest without slicing.
    if (first !== 108 && first !== 34 && first !== 39) continue;
    const end = lineEndAt(text, start);
    if (!ANY_LOCATIONS_KEY.test(text.slice(start, Math.min(end, start + 12)))) continue;
    // A second `locations` key (or a quoted or flow one) is left to the whole-text analysis.
    if (keyLineEnd !== -1 || !LOCATIONS_KEY.test(text.slice(start, end))) return null;
    keyLineEnd = nextLineStart(text, start);
    keyLine = lineNumber;
  }
  if (keyLineEnd === -1) return null;
  let first = keyLineEnd;
  let firstLine = keyLine + 1;
  let itemIndent = -1;
  while (first < text.length) {
    const line = classifyLine(text, first, lineEndAt(text, first));
    if (line.kind === 'content') return null;
    if (line.kind === 'item') {
      itemIndent = line.indent;
      break;
    }
    first = nextLineStart(text, first);
    firstLine++;
  }
  if (itemIndent === -1) return null;
  const scan = scanListItems(text, first, text.length, itemIndent, firstLine);
  if (!scan || scan.starts.length === 0) return null;
  return { starts: scan.starts, lines: scan.lines, end: scan.end, indent: itemIndent };
}
