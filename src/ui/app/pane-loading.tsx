/**
 * What a pane shows while its chunk loads: a note and grey bars in the pane's own box, so the
 * layout does not move when the content arrives.
 */
export function PaneLoading({ label }: { label: string }) {
  return (
    <div className="pane-loading" aria-busy="true">
      <p className="pane-loading-note">{label}</p>
      <div className="pane-loading-lines" aria-hidden="true">
        {LINE_WIDTHS.map((width, index) => (
          <span key={index} className="pane-loading-line" style={{ width: `${width}%` }} />
        ))}
      </div>
    </div>
  );
}

/** Widths that read as indented YAML rather than a progress bar. */
const LINE_WIDTHS = [38, 52, 46, 30, 64, 58, 40, 72, 50, 34, 60, 44];
