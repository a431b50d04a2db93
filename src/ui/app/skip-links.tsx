import type { MouseEvent } from 'react';

interface SkipTarget {
  readonly label: string;
  /** The narrow layout's tab to bring forward first, when the target is in a pane. */
  readonly paneTab?: string;
  /** Where focus goes: the first match that is rendered. */
  readonly selectors: readonly string[];
}

const TARGETS: readonly SkipTarget[] = [
  {
    label: 'Skip to the form',
    paneTab: 'tab-form',
    selectors: ['#pane-form :is(button, input, select, textarea):not(:disabled)'],
  },
  {
    label: 'Skip to the YAML editor',
    paneTab: 'tab-yaml',
    // Monaco's input (an EditContext element or a textarea), or the plain-text fallback.
    selectors: ['#pane-yaml .monaco-editor [role="textbox"]', '#pane-yaml textarea'],
  },
  { label: 'Skip to the problems', selectors: ['#problems .problem', '#problems'] },
];

function focusTarget(target: SkipTarget): void {
  for (const selector of target.selectors) {
    const element = document.querySelector<HTMLElement>(selector);
    if (element && element.getClientRects().length > 0) {
      element.focus();
      return;
    }
  }
}

/**
 * Links that let keyboard users jump past the toolbar and the long form (WCAG 2.4.1), shown only
 * while focused. Buttons, not `#anchor` links: the URL fragment is reserved for share links, and
 * a hash change would be read as one.
 */
export function SkipLinks() {
  function onClick(event: MouseEvent<HTMLButtonElement>, target: SkipTarget) {
    event.preventDefault();
    const tab = target.paneTab ? document.getElementById(target.paneTab) : null;
    if (tab && tab.getAttribute('aria-selected') !== 'true') {
      // Narrow layout: show the pane, then focus inside it once it is rendered.
      tab.click();
      requestAnimationFrame(() => focusTarget(target));
      return;
    }
    focusTarget(target);
  }

  return (
    <nav className="skip-links" aria-label="Skip links">
      {TARGETS.map((target) => (
        <button
          key={target.label}
          type="button"
          className="skip-link"
          onClick={(event) => onClick(event, target)}
        >
          {target.label}
        </button>
      ))}
    </nav>
  );
}
