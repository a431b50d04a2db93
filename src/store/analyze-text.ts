import type { Diagnostic } from '../core/diagnostics';
import { analyzeConfigText, getLazyAnalysisParse, type ConfigAnalysis } from '../core/pipeline';
import type { ParsedYaml, YamlProblem } from '../core/yaml';
import type { DiagnosticCounts } from './document-snapshot';
import { countDiagnostics } from './snapshot-counts';

// The cursor's path lookup reads the analysis: it comes with the checker, like the analysis.
export { findAnalyzedPathAtOffset } from '../core/pipeline';
// So are the render inputs' checks (render-inputs.ts).
export { collectHelmValuesDiagnostics, collectTagDiagnostics } from '../core/diagnostics';

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
