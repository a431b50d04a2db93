import type { KeyboardEvent } from 'react';
import { DownloadIcon } from '../shared/icons';
import { CopyIcon } from './preview-icons';
import { TAB_LABELS, type PreviewTab } from './tab-view';

/** Tabs of the preview (one per object, and All) with copy and download of the shown YAML. */
export function PreviewTabs(props: {
  tabs: readonly PreviewTab[];
  active: PreviewTab;
  counts: Readonly<Partial<Record<PreviewTab, number>>>;
  onSelect: (tab: PreviewTab) => void;
  canExport: boolean;
  onCopy: () => void;
  onDownload: () => void;
  status: string;
}) {
  const { tabs, active, counts, onSelect, canExport, onCopy, onDownload, status } = props;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = tabs[(tabs.indexOf(active) + step + tabs.length) % tabs.length]!;
    onSelect(next);
    document.getElementById(`pv-tab-${next}`)?.focus();
    event.preventDefault();
  }

  return (
    <div className="pv-toolbar">
      <div className="pv-tabs" role="tablist" aria-label="Rendered objects" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab}
            id={`pv-tab-${tab}`}
            type="button"
            role="tab"
            className="pv-tab"
            aria-selected={tab === active}
            aria-controls="pv-panel"
            tabIndex={tab === active ? 0 : -1}
            title={tab === 'deployment' ? 'The code-server Deployment' : undefined}
            onClick={() => onSelect(tab)}
          >
            {TAB_LABELS[tab]}
            {(counts[tab] ?? 0) > 0 && (
              <span className="pv-tab-count" aria-label={`${counts[tab]} problems`}>
                {counts[tab]}
              </span>
            )}
          </button>
        ))}
      </div>
      <div className="pv-actions">
        <span className="pv-status" role="status">
          {status}
        </span>
        <button
          type="button"
          className="pv-icon-button"
          onClick={onCopy}
          disabled={!canExport}
          aria-label="Copy YAML"
          title="Copy YAML"
        >
          <CopyIcon />
        </button>
        <button
          type="button"
          className="pv-icon-button"
          onClick={onDownload}
          disabled={!canExport}
          aria-label="Download YAML"
          title="Download YAML"
        >
          <DownloadIcon />
        </button>
      </div>
    </div>
  );
}
