import { Composer, Parser } from 'yaml';
import type { CST, Document, YAMLError } from 'yaml';
import { createLineIndex, rangeFromOffsets } from './line-index';
import { selectPyYamlTags } from './pyyaml-schema';
import type { ParsedYaml, YamlProblem } from './types';
import {
  findAliasOverflow,
  findDuplicateKeys,
  findNestingOverflow,
  findUnprintableCharacter,
} from './yaml-checks';

/**
 * Most nodes aliases may add to a document before its value is refused. Real configs reuse a
 * few anchors (`<<: *defaults`) and stay far below; alias bombs go far above.
 */
export const MAX_EXPANDED_NODES = 100_000;

/**
 * Deepest nesting of collections read. Real configs nest about 15 levels; Dagster's loader
 * (PyYAML) fails at about 500 (Python's recursion limit); `yaml`'s composer overflows the stack
 * somewhere near 800, depending on how much stack is left.
 */
export const MAX_NESTING_DEPTH = 200;

/** Most aliases a document may use: `yaml` resolves each in time linear in those before it. */
export const MAX_ALIASES = 10_000;

/**
 * Backstop for `yaml`'s own per-anchor alias counter, should a document slip past our count.
 * As high as our own limit: at 1,000 it refused 1,001 locations sharing `<<: *defaults`.
 */
const MAX_ALIAS_COUNT = MAX_EXPANDED_NODES;

const COMPOSE_OPTIONS = {
  version: '1.1',
  keepSourceTokens: true,
  // Duplicates are reported by us (with Dagster's behaviour) and resolved last-wins like PyYAML.
  uniqueKeys: false,
  merge: true,
  prettyErrors: false,
  customTags: selectPyYamlTags,
} as const;

/**
 * Parses the text of a `dagster_cloud.yaml` (or any YAML file Dagster reads) the way Dagster's
 * loader does: PyYAML `safe_load`, i.e. YAML 1.1 scalars (`yes`/`on` are booleans), one
 * document, last duplicate key wins. Every such surprise becomes a problem with the narrowest
 * range. Never throws; an empty text gives `value: null` and no problem.
 */
export function parseYamlText(text: string): ParsedYaml {
  const parsed = readYamlText(text);
  recentParse = parsed;
  return parsed;
}

/**
 * The most recent parseYamlText result, kept until its diagnostics take it: callers check a
 * text by parsing it and then collecting its diagnostics (the store, the pipeline), and the
 * second parse of the same text was a third of the cost of a check.
 */
let recentParse: ParsedYaml | undefined;

/**
 * parseYamlText's result for `text`: the one parseYamlText just returned for this very text
 * (handed over once, then forgotten), else a new parse. For readers that never change what
 * they get (the result is read-only), such as collectDiagnostics.
 */
export function takeOrParseYamlText(text: string): ParsedYaml {
  const recent = recentParse;
  recentParse = undefined;
  return recent !== undefined && recent.text === text ? recent : readYamlText(text);
}

function readYamlText(text: string): ParsedYaml {
  const lineIndex = createLineIndex(text);
  const tokens = Array.from(new Parser().parse(text));
  const tooDeep = findNestingOverflow(tokens, MAX_NESTING_DEPTH);
  const composer = new Composer(COMPOSE_OPTIONS);
  // Too deep to compose safely: the document is left empty and the problem says why.
  const composed = tooDeep < 0 ? tokens : [];
  const documents = Array.from(composer.compose(composed, true, text.length));
  const document = documents[0] as Document.Parsed;
  const problems: YamlProblem[] = [];
  const toRange = (start: number, end: number) => rangeFromOffsets(lineIndex, start, end);

  if (tooDeep >= 0) problems.push(reportTooDeep(tooDeep, toRange));
  for (const error of document.errors) {
    // `yaml` reports a stack overflow once per enclosing collection; once is enough.
    const repeated = problems.some((p) => p.code === 'RESOURCE_EXHAUSTION');
    if (!(repeated && error.code === 'RESOURCE_EXHAUSTION')) {
      problems.push(convertYamlError(error, 'error', toRange));
    }
  }
  for (const warning of document.warnings) {
    problems.push(convertYamlError(warning, 'warning', toRange));
  }
  if (documents.length > 1) {
    problems.push(reportSecondDocument(tokens, documents[1] as Document.Parsed, toRange));
  }
  for (const { key, name } of findDuplicateKeys(document)) {
    const [start, end] = key.range ?? [0, 0];
    problems.push({
      severity: 'error',
      code: 'DUPLICATE_KEY',
      message:
        `Duplicate key '${name}': Dagster's loader (PyYAML) would silently keep only the last ` +
        'one and ignore the earlier ones',
      range: toRange(start, end),
    });
  }
  const unprintable = findUnprintableCharacter(text);
  if (unprintable >= 0) problems.push(reportUnprintable(text, unprintable, toRange));
  const value = buildValue(text, document, problems, toRange);
  problems.sort((a, b) => a.range.start.offset - b.range.start.offset);
  return { text, document, tokens, value, problems, lineIndex };
}

type ToRange = (start: number, end: number) => ReturnType<typeof rangeFromOffsets>;

/** Builds the plain value, unless aliases would expand it past `MAX_EXPANDED_NODES`. */
function buildValue(
  text: string,
  document: Document.Parsed,
  problems: YamlProblem[],
  toRange: ToRange,
): unknown {
  // Every alias is written with a `*`: without one there is nothing to expand or count.
  const overflow = text.includes('*')
    ? findAliasOverflow(document, MAX_EXPANDED_NODES, MAX_ALIASES)
    : undefined;
  if (overflow) {
    const [start, end] = overflow.alias.range ?? [0, 0];
    problems.push({
      severity: 'error',
      code: 'ALIAS_LIMIT',
      message:
        overflow.reason === 'size'
          ? `Aliases expand this document to more than ${MAX_EXPANDED_NODES} values (an alias ` +
            "bomb, as in 'billion laughs'); its value is not built. Reduce the use of *aliases."
          : `This document uses more than ${MAX_ALIASES} aliases; its value is not built ` +
            '(resolving them would take too long). Reduce the use of *aliases.',
      range: toRange(start, end),
    });
    return null;
  }
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const [start, end] = document.contents?.range ?? [0, 0];
    const message = error instanceof Error ? error.message : String(error);
    problems.push({ severity: 'error', code: 'VALUE_FAILED', message, range: toRange(start, end) });
    return null;
  }
}

function convertYamlError(
  error: YAMLError,
  severity: YamlProblem['severity'],
  toRange: ToRange,
): YamlProblem {
  const [start, end] = error.pos;
  const range = toRange(start, end);
  if (error.code === 'RESOURCE_EXHAUSTION') {
    // `yaml` catches the stack overflow of a deeply nested collection and reports the engine's
    // own words ("Maximum call stack size exceeded"), which say nothing about the file.
    return {
      severity: 'error',
      code: error.code,
      message:
        'The YAML is nested too deeply to be read (about a thousand levels or more): ' +
        "Dagster's loader (PyYAML) fails on it as well, with a RecursionError. Flatten it.",
      range,
    };
  }
  const tag = /^Unresolved tag: (.*)$/.exec(error.message);
  if (tag) {
    // PyYAML's safe_load fails on any tag it cannot construct; `yaml` only warns.
    return {
      severity: 'error',
      code: 'UNKNOWN_TAG',
      message:
        `Unknown tag ${tag[1]}: Dagster's loader (PyYAML safe_load) fails with ` +
        `"could not determine a constructor for the tag '${tag[1]}'"`,
      range,
    };
  }
  return { severity, code: error.code, message: error.message, range };
}

function reportTooDeep(offset: number, toRange: ToRange): YamlProblem {
  return {
    severity: 'error',
    code: 'NESTING_LIMIT',
    message:
      `Collections are nested more than ${MAX_NESTING_DEPTH} levels deep here: K8s Config ` +
      "Studio does not read the file (Dagster's loader fails at about 500 levels; a real " +
      'config needs fewer than 20). Flatten it.',
    range: toRange(offset, offset + 1),
  };
}

/** PyYAML's reader error for a control (or other non-printable) character, at that character. */
function reportUnprintable(text: string, offset: number, toRange: ToRange): YamlProblem {
  const code = text.charCodeAt(offset);
  const hex = code.toString(16).padStart(4, '0');
  const name = `U+${hex.toUpperCase()}`;
  return {
    severity: 'error',
    code: 'UNPRINTABLE_CHARACTER',
    message:
      `Non-printable character ${name} here: Dagster's loader (PyYAML) refuses the file with ` +
      `"unacceptable character #x${hex}: special characters are not allowed"`,
    range: toRange(offset, offset + 1),
  };
}

/** Dagster loads exactly one document; point at where the second one starts. */
function reportSecondDocument(
  tokens: readonly CST.Token[],
  second: Document.Parsed,
  toRange: ToRange,
): YamlProblem {
  const cstDocuments = tokens.filter((token) => token.type === 'document');
  const marker = cstDocuments[1]?.start.find((token) => token.type === 'doc-start');
  const [start, end] = marker
    ? [marker.offset, marker.offset + marker.source.length]
    : [second.range[0], second.range[1]];
  return {
    severity: 'error',
    code: 'MULTIPLE_DOCUMENTS',
    message:
      'A second YAML document starts here, but Dagster reads a single document from this ' +
      'file (PyYAML: "expected a single document in the stream")',
    range: toRange(start, end),
  };
}
