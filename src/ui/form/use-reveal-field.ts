import { useEffect, type RefObject } from 'react';
import type { ConfigPath } from '../../core/source-range';
import { formatConfigPath } from '../../core/source-range';
import type { RevealRequest } from '../../store';
import type { FormSelection } from './locations-list';

/** The deepest form element bound to `path` or one of its ancestors. */
function findFieldElement(root: HTMLElement, path: ConfigPath): HTMLElement | undefined {
  for (let length = path.length; length > 0; length -= 1) {
    const key = CSS.escape(formatConfigPath(path.slice(0, length)));
    // The control itself before the section around it (both carry the path).
    const element =
      root.querySelector<HTMLElement>(`:is(input, select, textarea)[data-config-path="${key}"]`) ??
      root.querySelector<HTMLElement>(`[data-config-path="${key}"]`);
    if (element) return element;
  }
  return undefined;
}

function showFieldElement(element: HTMLElement): void {
  // A field inside a collapsed fragment section is hidden until the section opens.
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (node instanceof HTMLDetailsElement) node.open = true;
  }
  element.scrollIntoView({ block: 'center', behavior: 'auto' });
  element.classList.add('form-flash');
  setTimeout(() => element.classList.remove('form-flash'), 1600);
}

/** Which part of the file the form must show for `path`, if it is in a location or `defaults`. */
export function selectionForPath(path: ConfigPath): FormSelection | undefined {
  if (path[0] === 'locations' && typeof path[1] === 'number') {
    return { kind: 'location', index: path[1] };
  }
  if (path[0] === 'defaults') return { kind: 'defaults' };
  return undefined;
}

/**
 * When something asks to reveal a place in the file (a click on a problem), the form follows:
 * it shows that location, opens the section and scrolls the field into view with a brief
 * highlight. Focus stays where the request put it (the editor).
 */
export function useRevealField(
  root: RefObject<HTMLElement | null>,
  reveal: RevealRequest | null,
  select: (selection: FormSelection) => void,
): void {
  useEffect(() => {
    if (!reveal) return;
    const selection = selectionForPath(reveal.path);
    if (selection) select(selection);
    // Two frames: the selected location renders first, then its fields can be found.
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => {
        const element = root.current && findFieldElement(root.current, reveal.path);
        if (element) showFieldElement(element);
      });
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
    // Only a new request (a new sequence number) reveals again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reveal?.sequence]);
}
