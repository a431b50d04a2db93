import { useState } from 'react';

/**
 * Local text of an input that follows `value` (which comes from the YAML text) until the user
 * types something else; their unsaved text is never overwritten by an update from the text.
 */
export function useDraft(value: string): [string, (draft: string) => void] {
  const [state, setState] = useState({ base: value, draft: value });
  let current = state;
  if (state.base !== value) {
    // The text changed under us: follow it unless the user has diverged from the old value.
    current = { base: value, draft: state.draft === state.base ? value : state.draft };
    setState(current);
  }
  return [current.draft, (draft) => setState((s) => ({ ...s, draft }))];
}
