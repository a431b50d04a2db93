import type { Diagnostic } from '../../core/diagnostics';
import { formatConfigPath } from '../../core/source-range';

/** Monaco's `MarkerSeverity` values, passed in so this mapping stays free of Monaco at runtime. */
export interface MarkerSeverityValues {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/** The fields of Monaco's `IMarkerData` we fill. */
export interface DiagnosticMarker {
  readonly severity: number;
  readonly message: string;
  readonly source: string;
  readonly code?: string;
  readonly startLineNumber: number;
  readonly startColumn: number;
  readonly endLineNumber: number;
  readonly endColumn: number;
}

/**
 * Our diagnostics as Monaco markers, at their exact ranges (both 1-based, end exclusive).
 * These are the only markers on the model: monaco-yaml's own validation is off, so every
 * message comes from one place and nothing is underlined twice.
 */
export function convertDiagnosticsToMarkers(
  diagnostics: readonly Diagnostic[],
  severities: MarkerSeverityValues,
): DiagnosticMarker[] {
  return diagnostics.map((diagnostic) => {
    const { start, end } = diagnostic.range;
    const path = formatConfigPath(diagnostic.path);
    return {
      severity: severities[diagnostic.severity],
      // Monaco shows the marker message in its hover; the hint says what to do about it.
      message: diagnostic.hint ? `${diagnostic.message}\n${diagnostic.hint}` : diagnostic.message,
      source: diagnostic.source,
      ...(path ? { code: path } : {}),
      startLineNumber: start.line,
      startColumn: start.column,
      endLineNumber: end.line,
      endColumn: end.column,
    };
  });
}

/** True when both lists hold the same markers, field for field, in the same order. */
export function sameMarkers(
  a: readonly DiagnosticMarker[],
  b: readonly DiagnosticMarker[],
): boolean {
  return (
    a.length === b.length &&
    a.every((marker, index) => {
      const other = b[index]!;
      return (
        marker.severity === other.severity &&
        marker.message === other.message &&
        marker.source === other.source &&
        marker.code === other.code &&
        marker.startLineNumber === other.startLineNumber &&
        marker.startColumn === other.startColumn &&
        marker.endLineNumber === other.endLineNumber &&
        marker.endColumn === other.endColumn
      );
    })
  );
}
