import type { Diagnostic } from '../core/diagnostics';
import type { ConfigAnalysis } from '../core/pipeline';
import type { ConfigPath, SourcePosition, SourceRange } from '../core/source-range';
import type { ParsedYaml, YamlProblem } from '../core/yaml';

/** Who made a change: the Monaco editor, the structured form, or a load (example, file, link). */
export type ChangeOrigin = 'editor' | 'form' | 'load';

/** How many diagnostics of each severity the text has; the status bar shows these. */
export interface DiagnosticCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/** Where the editor's cursor is, as a position and the deepest config path containing it. */
export interface DocumentCursor {
  readonly position: SourcePosition;
  readonly path: ConfigPath;
}

/**
 * A request to show a place in the text (a click on a problem). Views react when `sequence`
 * changes, so asking twice for the same place still moves the cursor the second time.
 */
export interface RevealRequest {
  readonly path: ConfigPath;
  readonly range: SourceRange;
  readonly sequence: number;
}

/**
 * One immutable state of the document. A new object is made on every change, and unchanged
 * parts keep their identity, so React selectors can compare by reference.
 */
export interface DocumentSnapshot {
  /** The YAML text: the source of truth. */
  readonly text: string;
  /** Increases by one on every text change. */
  readonly revision: number;
  /** Who made the last text change; views skip changes they made themselves. */
  readonly origin: ChangeOrigin;
  /** The parse of `text` (made on first use of its `document` or `tokens`). */
  readonly parsed: ParsedYaml;
  /**
   * The per-location analysis of `text` (src/core/pipeline): renders and path lookups of one
   * location through it cost that location, not the file. Null until the store's checker has
   * loaded (a moment after the first paint; see loadDocumentChecker).
   */
  readonly analysis: ConfigAnalysis | null;
  /** YAML errors of `text` (syntax, duplicate keys, aliases); while any exist the form is read-only. */
  readonly syntaxErrors: readonly YamlProblem[];
  /** The config value of the last text that parsed without YAML errors (`null` before any). */
  readonly config: unknown;
  /** The revision `config` was taken from; below `revision` while the text has YAML errors. */
  readonly configRevision: number;
  /** Every problem of `text`, sorted by position (none until `analysis` is there). */
  readonly diagnostics: readonly Diagnostic[];
  readonly counts: DiagnosticCounts;
  /** How many entries `config.locations` has (0 when it is not a list). */
  readonly locationCount: number;
  /** Index of the code location the form and preview show; always valid when locations exist. */
  readonly selectedLocation: number;
  readonly cursor: DocumentCursor | null;
  readonly reveal: RevealRequest | null;
}
