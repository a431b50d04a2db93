/**
 * The incremental analysis pipeline (issue 6): a text's value, YAML problems, diagnostics and
 * rendered manifests, worked out per `locations` item so that an edit costs what the edited
 * item costs, not what the file costs. Results equal the whole-text functions'.
 */
export type { ConfigAnalysis } from './types';
export {
  analyzeConfigText,
  analyzeConfigTextWhole,
  getAnalysisParse,
  getLazyAnalysisParse,
} from './analyze-config';
export { findAnalyzedPathAtOffset } from './analysis-path';
export {
  planAnalyzedRender,
  renderAnalyzedLocation,
  renderAnalyzedSource,
  type AnalyzedRenderInput,
  type AnalyzedRenderSource,
} from './analysis-render';
export { countConfigLocations } from './whole-analysis';
export { findChangedSpan, type ChangedSpan } from './resplit';
