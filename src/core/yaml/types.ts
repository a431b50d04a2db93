import type { CST, Document } from 'yaml';
import type { SourceRange } from '../source-range';
import type { LineIndex } from './line-index';

/** A problem found while reading the YAML text (syntax, duplicate keys, alias bombs...). */
export interface YamlProblem {
  readonly severity: 'error' | 'warning';
  /** `yaml`'s error code (e.g. `BAD_INDENT`) or one of ours (e.g. `DUPLICATE_KEY`). */
  readonly code: string;
  readonly message: string;
  /** The narrowest range that shows the problem. */
  readonly range: SourceRange;
}

/**
 * The text, read once: the first YAML document (with its source tokens, so edits can be
 * planned losslessly), its plain value and what is wrong with it.
 */
export interface ParsedYaml {
  /** The text exactly as given. */
  readonly text: string;
  /** The first (and only valid) document, composed with YAML 1.1 / PyYAML semantics. */
  readonly document: Document.Parsed;
  /** The concrete syntax tree of the whole text; printing it gives `text` back byte for byte. */
  readonly tokens: readonly CST.Token[];
  /**
   * The document as plain JS, the way Dagster's loader sees it (last duplicate key wins).
   * `null` for an empty document, and when building it was refused (alias bomb).
   * Best effort when `problems` holds syntax errors.
   */
  readonly value: unknown;
  readonly problems: readonly YamlProblem[];
  readonly lineIndex: LineIndex;
}
