import type { Diagnostic } from '../core/diagnostics';
import type { DiagnosticCounts } from './document-snapshot';

/**
 * Counts the store needs before the checker has loaded (kept out of analyze-text.ts, which
 * the store imports lazily).
 */

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
