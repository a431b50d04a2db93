/** Widths of the three panes as fractions of the row; they always sum to 1. */
export type PaneFractions = readonly [number, number, number];

export const DEFAULT_PANE_FRACTIONS: PaneFractions = [0.3, 0.4, 0.3];

/**
 * Moves the border between pane `separator` and the next one by `delta` (a fraction of the row),
 * keeping both panes at least `minimum` wide and the other pane untouched.
 */
export function resizePanes(
  fractions: PaneFractions,
  separator: 0 | 1,
  delta: number,
  minimum: number,
): PaneFractions {
  const left = fractions[separator];
  const right = fractions[separator + 1]!;
  const pair = left + right;
  const newLeft = Math.min(Math.max(left + delta, minimum), pair - minimum);
  if (pair < 2 * minimum || newLeft === left) return fractions;
  const next = [...fractions] as [number, number, number];
  next[separator] = newLeft;
  next[separator + 1] = pair - newLeft;
  return next;
}

/** Reads fractions saved by an earlier visit; anything malformed gives the defaults. */
export function parsePaneFractions(saved: string | null): PaneFractions {
  if (!saved) return DEFAULT_PANE_FRACTIONS;
  try {
    const value: unknown = JSON.parse(saved);
    if (
      Array.isArray(value) &&
      value.length === 3 &&
      value.every((part) => typeof part === 'number' && part > 0.05 && part < 0.9) &&
      Math.abs(value[0] + value[1] + value[2] - 1) < 0.001
    ) {
      return [value[0], value[1], value[2]];
    }
  } catch {
    // A hand-edited or foreign value: fall back to the defaults.
  }
  return DEFAULT_PANE_FRACTIONS;
}
