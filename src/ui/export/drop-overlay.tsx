import { useEffect, useState } from 'react';
import type { DragEvent } from 'react';
import { DropIcon } from '../shared/icons';

export type DropTarget = 'config' | 'helmValues' | 'runTag';

const TARGET_LABELS: Record<DropTarget, { title: string; detail: string }> = {
  config: { title: 'Open as dagster_cloud.yaml', detail: 'Drop the file anywhere here' },
  helmValues: { title: 'Helm values', detail: "The agent's values.yaml" },
  runTag: { title: 'Run tag', detail: 'A dagster-k8s/config tag' },
};

function hasFiles(event: globalThis.DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * Lets a file be dropped anywhere on the page: while a file is dragged over the window, an
 * overlay covers the app (so the editor does not take the drop) with one target per thing a
 * file can be. Drags of text, e.g. inside the editor, are left alone.
 */
export function DropOverlay({
  targets,
  onDrop,
}: {
  targets: readonly DropTarget[];
  onDrop: (files: readonly File[], target: DropTarget) => void;
}) {
  const [dragging, setDragging] = useState(false);
  const [hovered, setHovered] = useState<DropTarget>('config');

  useEffect(() => {
    // dragenter/dragleave fire for every element crossed; counting them tells when the drag left the window.
    let depth = 0;
    const onEnter = (event: globalThis.DragEvent) => {
      if (!hasFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const onLeave = (event: globalThis.DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: globalThis.DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const onEnd = (event: globalThis.DragEvent) => {
      // A file dropped outside the targets must not make the browser navigate to it.
      if (hasFiles(event)) event.preventDefault();
      depth = 0;
      setDragging(false);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onEnd);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onEnd);
    };
  }, []);

  if (!dragging) return null;

  function dropOn(target: DropTarget, event: DragEvent<HTMLElement>) {
    // Not stopped: the window's own drop listener must still see it and reset the drag count.
    event.preventDefault();
    setDragging(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) onDrop(files, target);
  }

  return (
    <div className="export-drop-overlay" data-testid="drop-overlay">
      {targets.map((target) => (
        <div
          key={target}
          className={[
            'export-drop-target',
            target === 'config' ? 'export-drop-main' : '',
            hovered === target ? 'export-drop-active' : '',
          ].join(' ')}
          aria-label={TARGET_LABELS[target].title}
          onDragOver={(event) => {
            event.preventDefault();
            event.dataTransfer.dropEffect = 'copy';
            setHovered(target);
          }}
          onDrop={(event) => dropOn(target, event)}
        >
          {target === 'config' && <DropIcon />}
          <span className="export-drop-title">{TARGET_LABELS[target].title}</span>
          <span className="export-drop-detail">{TARGET_LABELS[target].detail}</span>
        </div>
      ))}
    </div>
  );
}
