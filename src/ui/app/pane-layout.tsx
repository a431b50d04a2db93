import { Fragment, useEffect, useState } from 'react';
import type { CSSProperties, KeyboardEvent, ReactNode } from 'react';
import { useMediaQuery } from '../shared/use-media-query';
import { PaneSeparator } from './pane-separator';
import { parsePaneFractions, resizePanes } from './pane-sizes';
import type { PaneFractions } from './pane-sizes';

const STORAGE_KEY = 'k8s-config-studio.pane-fractions';
/** Narrower panes than this fraction of the row stop being useful. */
const MINIMUM_FRACTION = 0.15;

export interface PaneDefinition {
  readonly id: 'form' | 'yaml' | 'preview';
  readonly title: string;
  /** Shown after the title, e.g. the file name. */
  readonly detail?: ReactNode;
  readonly content: ReactNode;
}

/**
 * Three panes side by side with draggable borders from 1280 px up, tabs below that. The pane
 * elements stay the same in both modes (hidden tabs are only hidden), so the editor keeps its
 * undo history and scroll position when the window is resized across the breakpoint.
 */
export function PaneLayout({
  panes,
  showRequest,
}: {
  panes: readonly [PaneDefinition, PaneDefinition, PaneDefinition];
  /** In tabs mode, brings a pane forward each time `sequence` changes (e.g. a reveal request). */
  showRequest?: { readonly pane: PaneDefinition['id']; readonly sequence: number };
}) {
  const wide = useMediaQuery('(min-width: 1280px)');
  const [fractions, setFractions] = useState<PaneFractions>(() =>
    parsePaneFractions(readStorage(STORAGE_KEY)),
  );
  const [activeTab, setActiveTab] = useState<PaneDefinition['id']>('yaml');
  const [handledRequest, setHandledRequest] = useState(showRequest?.sequence);
  if (showRequest && showRequest.sequence !== handledRequest) {
    // Adjusting state while rendering (not in an effect) switches the tab in the same commit.
    setHandledRequest(showRequest.sequence);
    setActiveTab(showRequest.pane);
  }

  function move(separator: 0 | 1, delta: number) {
    setFractions((current) => resizePanes(current, separator, delta, MINIMUM_FRACTION));
  }

  useEffect(() => writeStorage(STORAGE_KEY, JSON.stringify(fractions)), [fractions]);

  const style: CSSProperties | undefined = wide
    ? { gridTemplateColumns: `${fractions[0]}fr auto ${fractions[1]}fr auto ${fractions[2]}fr` }
    : undefined;

  return (
    <div className={wide ? 'panes panes-split' : 'panes panes-tabs'} style={style}>
      {!wide && <PaneTabs panes={panes} active={activeTab} onSelect={setActiveTab} />}
      {panes.map((pane, index) => (
        <Fragment key={pane.id}>
          {index > 0 && wide && (
            <PaneSeparator
              label={`Resize the ${panes[index - 1]!.title} and ${pane.title} panes`}
              controls={`pane-${panes[index - 1]!.id}`}
              value={fractions[index - 1]!}
              onMove={(delta) => move((index - 1) as 0 | 1, delta)}
            />
          )}
          <section
            id={`pane-${pane.id}`}
            className="pane"
            role={wide ? 'region' : 'tabpanel'}
            aria-labelledby={wide ? `pane-${pane.id}-title` : `tab-${pane.id}`}
            hidden={!wide && activeTab !== pane.id}
          >
            <header className="pane-header">
              <h2 id={`pane-${pane.id}-title`} className="pane-title">
                {pane.title}
              </h2>
              {pane.detail && <span className="pane-detail">{pane.detail}</span>}
            </header>
            <div className="pane-body">{pane.content}</div>
          </section>
        </Fragment>
      ))}
    </div>
  );
}

function PaneTabs(props: {
  panes: readonly PaneDefinition[];
  active: PaneDefinition['id'];
  onSelect: (id: PaneDefinition['id']) => void;
}) {
  const { panes, active, onSelect } = props;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const index = panes.findIndex((pane) => pane.id === active);
    const next = panes[(index + step + panes.length) % panes.length]!;
    onSelect(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
    event.preventDefault();
  }

  return (
    <div className="pane-tabs" role="tablist" aria-label="Panes" onKeyDown={onKeyDown}>
      {panes.map((pane) => (
        <button
          key={pane.id}
          id={`tab-${pane.id}`}
          type="button"
          role="tab"
          className="pane-tab"
          aria-selected={pane.id === active}
          aria-controls={`pane-${pane.id}`}
          tabIndex={pane.id === active ? 0 : -1}
          onClick={() => onSelect(pane.id)}
        >
          {pane.title}
        </button>
      ))}
    </div>
  );
}

function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // Storage can be disabled; the defaults do.
  }
}

function writeStorage(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Not saving the layout is harmless.
  }
}
