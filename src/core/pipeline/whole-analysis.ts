import { collectDiagnostics } from '../diagnostics';
import { parseYamlText, type ParsedYaml } from '../yaml';
import type { ConfigAnalysis } from './types';

/** Number of entries of `config.locations`; 0 when it is not a list (the legacy mapping form). */
export function countConfigLocations(config: unknown): number {
  if (config === null || typeof config !== 'object') return 0;
  const locations = (config as { locations?: unknown }).locations;
  return Array.isArray(locations) ? locations.length : 0;
}

/**
 * The from-scratch analysis: parseYamlText and collectDiagnostics over the whole text. The
 * chunked analysis must give exactly this; it is also what it falls back to.
 */
export function analyzeWholeText(text: string): { analysis: ConfigAnalysis; parsed: ParsedYaml } {
  const parsed = parseYamlText(text);
  return {
    parsed,
    analysis: {
      text,
      mode: 'whole',
      value: parsed.value,
      problems: parsed.problems,
      diagnostics: collectDiagnostics(text),
      locationCount: countConfigLocations(parsed.value),
    },
  };
}
