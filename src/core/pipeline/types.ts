import type { Diagnostic } from '../diagnostics';
import type { YamlProblem } from '../yaml';

/**
 * Everything the app derives from one `dagster_cloud.yaml` text, equal to what the from-scratch
 * functions give: `value` and `problems` as parseYamlText, `diagnostics` as collectDiagnostics.
 * Rendering, the full parse and path lookups go through the functions of this module, which
 * reuse the per-location work behind it.
 */
export interface ConfigAnalysis {
  readonly text: string;
  /**
   * `chunked`: analysed per `locations` item (later edits re-analyse only the items they
   * touch); `whole`: analysed as one text, for layouts the chunking leaves alone (anchors,
   * Jinja, flow or missing `locations`, duplicate location names, broken structure).
   */
  readonly mode: 'chunked' | 'whole';
  /** The config as Dagster's loader reads it (parseYamlText's `value`). */
  readonly value: unknown;
  /** YAML problems of the text, sorted by position (parseYamlText's `problems`). */
  readonly problems: readonly YamlProblem[];
  /** Every problem of the text, sorted by position (collectDiagnostics). */
  readonly diagnostics: readonly Diagnostic[];
  /** Number of entries of `value.locations` (0 when it is not a list). */
  readonly locationCount: number;
}
