import { describe, expect, it } from 'vitest';
import { selectionForPath } from './use-reveal-field';

describe('selectionForPath', () => {
  it('shows the location or the defaults block a revealed path is in', () => {
    expect(selectionForPath(['locations', 2, 'container_context', 'k8s'])).toEqual({
      kind: 'location',
      index: 2,
    });
    expect(selectionForPath(['defaults', 'image'])).toEqual({ kind: 'defaults' });
    expect(selectionForPath(['locations'])).toBeUndefined();
    expect(selectionForPath([])).toBeUndefined();
  });
});
