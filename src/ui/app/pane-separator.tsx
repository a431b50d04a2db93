import { useRef } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';

const KEYBOARD_STEP = 0.02;

export interface PaneSeparatorProps {
  readonly label: string;
  /** The pane left of the separator, for `aria-controls`. */
  readonly controls: string;
  /** Width of the pane left of the separator, as a fraction of the row. */
  readonly value: number;
  /** Moves the separator by a fraction of the row. */
  readonly onMove: (delta: number) => void;
}

/** A draggable, keyboard-operable border between two panes (WAI-ARIA window splitter). */
export function PaneSeparator({ label, controls, value, onMove }: PaneSeparatorProps) {
  const dragX = useRef<number | null>(null);

  function rowWidth(element: Element): number {
    return element.parentElement?.getBoundingClientRect().width || 1;
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    event.currentTarget.setPointerCapture(event.pointerId);
    dragX.current = event.clientX;
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (dragX.current === null) return;
    const delta = (event.clientX - dragX.current) / rowWidth(event.currentTarget);
    dragX.current = event.clientX;
    onMove(delta);
  }

  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    event.currentTarget.releasePointerCapture(event.pointerId);
    dragX.current = null;
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'ArrowLeft') onMove(-KEYBOARD_STEP);
    else if (event.key === 'ArrowRight') onMove(KEYBOARD_STEP);
    else return;
    event.preventDefault();
  }

  return (
    <div
      className="pane-separator"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-controls={controls}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(value * 100)}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
