import type { Diagnostic } from './diagnostic';

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** Sorts by position (then severity) and drops exact repeats. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return [...diagnostics]
    .sort(
      (a, b) =>
        a.range.start.offset - b.range.start.offset ||
        a.range.end.offset - b.range.end.offset ||
        SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
    )
    .filter((d) => {
      const key = `${d.range.start.offset}:${d.range.end.offset}:${d.severity}:${d.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
