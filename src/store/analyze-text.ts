import type { Diagnostic } from '../core/diagnostics';
import { analyzeConfigText, getLazyAnalysisParse, type ConfigAnalysis } from '../core/pipeline';
import type { ParsedYaml, YamlProblem } from '../core/yaml';
import type { DiagnosticCounts } from './document-snapshot';

/** What the store derives from one text. */
export interface TextAnalysis {
  /** The incremental analysis (per location): the next text's analysis starts from it. */
  readonly analysis: ConfigAnalysis;
  /** The whole parse, made only when `document` or `tokens` is first read. */
  readonly parsed: ParsedYaml;
  readonly syntaxErrors: readonly YamlProblem[];
  readonly diagnostics: readonly Diagnostic[];
  readonly counts: DiagnosticCounts;
}

/**
 * Parses and validates a text; YAML errors are what make the form fall back to the last good
 * values. With the `previous` analysis only the locations an edit touched are analysed again.
 */
export function analyzeDocumentText(text: string, previous?: ConfigAnalysis): TextAnalysis {
  const analysis = analyzeConfigText(text, previous);
  const syntaxErrors = analysis.problems.filter((problem) => problem.severity === 'error');
  const { diagnostics } = analysis;
  const parsed = getLazyAnalysisParse(analysis);
  return { analysis, parsed, syntaxErrors, diagnostics, counts: countDiagnostics(diagnostics) };
}

/** Counts diagnostics by severity. */
export function countDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticCounts {
  let error = 0;
  let warning = 0;
  let info = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'error') error += 1;
    else if (diagnostic.severity === 'warning') warning += 1;
    else info += 1;
  }
  return { error, warning, info };
}

/** Number of code locations in a config value; the legacy mapping form counts as none. */
export function countLocations(config: unknown): number {
  if (config === null || typeof config !== 'object') return 0;
  const locations = (config as { locations?: unknown }).locations;
  return Array.isArray(locations) ? locations.length : 0;
}
