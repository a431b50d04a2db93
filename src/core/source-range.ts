/**
 * Positions and ranges in the user's text, shared by every part of the core.
 * Lines and columns are 1-based (as editors and `FILE:LINE:COL` show them); offsets are
 * 0-based UTF-16 code-unit indices into the text, as JavaScript strings index it.
 */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

export interface SourceRange {
  readonly start: SourcePosition;
  readonly end: SourcePosition;
}

/** A path into the parsed config: map keys and list indices, e.g. `['locations', 0, 'image']`. */
export type ConfigPath = readonly (string | number)[];

/** Formats a path the way Dagster's CLI reports it: `locations.0.image`. */
export function formatConfigPath(path: ConfigPath): string {
  return path.join('.');
}
