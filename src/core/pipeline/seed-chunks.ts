import { isMap, isSeq } from 'yaml';
import type { Diagnostic } from '../diagnostics';
import type { SourceRange } from '../source-range';
import { countLineBreaks, parseYamlText, type ParsedYaml, type YamlProblem } from '../yaml';
import {
  hasK8sBlock,
  isFatal,
  type ChunkDiagnostics,
  type ChunkFrame,
  type ChunkParse,
  type FrameItem,
} from './chunk-parse';
import { shiftRange, type Shift } from './place';
import type { ConfigSplit } from './split-config';

/**
 * Chunk parses cut out of the whole text's analysis, without parsing any item on its own.
 * A freshly loaded text is analysed once as a whole (the cheapest way from scratch); these
 * chunks let the first edit after that re-analyse only the item it touches. An item's own
 * document is parsed only when something reads it (its render, a path lookup in it).
 */

const INDEX_ZERO = /locations\.0(?!\d)/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Where each piece of the text starts and ends, and how to make positions relative to it. */
interface Regions {
  readonly split: ConfigSplit;
  readonly trailerLine: number;
  readonly length: number;
}

type Place = { readonly piece: 'header' | 'trailer' } | { readonly piece: number };

/** The piece `range` lies in (null when it straddles two). */
function locate(regions: Regions, range: SourceRange): Place | null {
  const { starts, end } = regions.split;
  const { offset: start } = range.start;
  const stop = range.end.offset;
  if (start < (starts[0] ?? 0)) return stop <= (starts[0] ?? 0) ? { piece: 'header' } : null;
  if (start >= end) return { piece: 'trailer' };
  let index = starts.length - 1;
  while (index > 0 && (starts[index] ?? 0) > start) index--;
  return stop <= (starts[index + 1] ?? end) ? { piece: index } : null;
}

function toChunk(regions: Regions, index: number): Shift {
  return { offset: -(regions.split.starts[index] ?? 0), line: -(regions.split.lines[index] ?? 0) };
}

/** The whole document's list has one item per chunk, each inside its chunk. */
function itemsMatchChunks(parsed: ParsedYaml, regions: Regions): boolean {
  const root = parsed.document.contents;
  if (!isMap(root)) return false;
  const pair = root.items.find(
    (item) => (item.key as { value?: unknown } | null)?.value === 'locations',
  );
  const list = pair?.value;
  const { starts, end } = regions.split;
  if (!isSeq(list) || list.items.length !== starts.length) return false;
  return list.items.every((item, index) => {
    const range = (item as { range?: [number, number, number] } | null)?.range;
    return !!range && range[0] >= (starts[index] ?? 0) && range[1] <= (starts[index + 1] ?? end);
  });
}

/** `locations.<index>` spelled in a message, back to `locations.0`. */
function renameToZero(text: string, index: number): string {
  const name = `locations.${index}`;
  if (index === 0 || !text.includes(name)) return text;
  return text.replace(new RegExp(`locations\\.${index}(?!\\d)`, 'g'), 'locations.0');
}

/** Location `index`'s diagnostic as its own document reports it (location 0, relative). */
function unplaceDiagnostic(diagnostic: Diagnostic, index: number, shift: Shift): Diagnostic | null {
  if (diagnostic.path[0] !== 'locations' || diagnostic.path[1] !== index) return null;
  const texts = [diagnostic.message, diagnostic.hint ?? ''];
  // A message naming location 0 from another location would be renamed on the way back.
  if (index !== 0 && texts.some((text) => INDEX_ZERO.test(text))) return null;
  const unplaced: Diagnostic = {
    ...diagnostic,
    message: renameToZero(diagnostic.message, index),
    path: ['locations', 0, ...diagnostic.path.slice(2)],
    range: shiftRange(diagnostic.range, shift),
  };
  return diagnostic.hint === undefined
    ? unplaced
    : { ...unplaced, hint: renameToZero(diagnostic.hint, index) };
}

/** Sorts items into the header, the trailer and each chunk; null when one straddles pieces. */
function distribute<T extends { readonly range: SourceRange }>(
  regions: Regions,
  items: readonly T[],
  unplace: (item: T, index: number, shift: Shift) => T | null,
): { frame: FrameItem<T>[]; own: T[][] } | null {
  const frame: FrameItem<T>[] = [];
  const own: T[][] = regions.split.starts.map(() => []);
  const toTrailer: Shift = { offset: -regions.split.end, line: -regions.trailerLine };
  for (const item of items) {
    const place = locate(regions, item.range);
    if (!place) return null;
    if (place.piece === 'header') frame.push({ region: 'header', item });
    else if (place.piece === 'trailer')
      frame.push({
        region: 'trailer',
        item: { ...item, range: shiftRange(item.range, toTrailer) },
      });
    else {
      const unplaced = unplace(item, place.piece, toChunk(regions, place.piece));
      if (!unplaced) return null;
      own[place.piece]!.push(unplaced);
    }
  }
  return { frame, own };
}

/**
 * Chunk parses for `text` split by `split`, from its whole parse and diagnostics. Returns null
 * when the whole results cannot be cut at the chunk boundaries (something straddles two items,
 * a fatal YAML error hides the checks of the other items, the list does not match the split).
 */
export function seedChunks(
  text: string,
  split: ConfigSplit,
  parsed: ParsedYaml,
  diagnostics: readonly Diagnostic[],
): ChunkParse[] | null {
  const root = parsed.value;
  if (!isRecord(root)) return null;
  const locations = root.locations;
  if (!Array.isArray(locations) || locations.length !== split.starts.length) return null;
  if (parsed.problems.some(isFatal) || diagnostics.some((item) => item.code === 'internal-error'))
    return null;
  const last = split.starts.length - 1;
  const lastText = text.slice(split.starts[last], split.end);
  const regions: Regions = {
    split,
    trailerLine: (split.lines[last] ?? 0) + countLineBreaks(lastText),
    length: text.length,
  };
  if (!itemsMatchChunks(parsed, regions)) return null;
  const problems = distribute<YamlProblem>(regions, parsed.problems, (problem, _, shift) => ({
    ...problem,
    range: shiftRange(problem.range, shift),
  }));
  const checks = distribute<Diagnostic>(regions, diagnostics, unplaceDiagnostic);
  if (!problems || !checks) return null;
  const header = text.slice(0, split.starts[0]);
  const frame: ChunkFrame = {
    header,
    trailer: text.slice(split.end),
    headerLines: split.lines[0] ?? 0,
    indent: split.indent,
  };
  const frameHasK8s = hasK8sBlock(root.defaults);
  const usesK8s = frameHasK8s || locations.some(hasK8sBlock);
  const frameProblemsKey = problems.frame.length === 0 ? '' : JSON.stringify(problems.frame);
  const frameKey = checks.frame.length === 0 ? '' : JSON.stringify(checks.frame);
  return split.starts.map((start, index): ChunkParse => {
    const chunkText = index === last ? lastText : text.slice(start, split.starts[index + 1]);
    const location: unknown = locations[index];
    const hasK8s = hasK8sBlock(location);
    const result: ChunkDiagnostics = { own: checks.own[index]!, frame: checks.frame, frameKey };
    let own: ParsedYaml | undefined;
    return {
      text: chunkText,
      frame,
      lineCount: countLineBreaks(chunkText),
      get parsed() {
        own ??= parseYamlText(frame.header + chunkText + frame.trailer);
        return own;
      },
      trailerStart: frame.header.length + chunkText.length,
      root,
      ok: true,
      location,
      hasK8s,
      frameHasK8s,
      problems: problems.own[index]!,
      frameProblems: problems.frame,
      frameProblemsKey,
      fatal: false,
      frameFatal: false,
      diagnostics: new Map([[usesK8s && !hasK8s && !frameHasK8s, result]]),
    };
  });
}
