import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent, MouseEvent } from 'react';
import type { RenderedManifest } from '../../core/render';
import type { ManifestProblem } from '../../core/render/checks';
import { isSameList } from '../../core/same-list';
import { buildYamlLines, type Line, type Segment } from './yaml-lines';

/** A value in the shown YAML: which object (document index) and which node. */
export interface ValueRef {
  readonly document: number;
  readonly pointer: string;
}

export function refKey(ref: ValueRef): string {
  return `${ref.document}:${ref.pointer}`;
}

function parseRefKey(key: string): ValueRef {
  const colon = key.indexOf(':');
  return { document: Number(key.slice(0, colon)), pointer: key.slice(colon + 1) };
}

const VALUE_KINDS = new Set(['string', 'number', 'boolean', 'null', 'collection']);

export interface ManifestViewProps {
  readonly label: string;
  readonly yaml: string;
  /** The objects in `yaml`, in order (document index → object). */
  readonly manifests: readonly RenderedManifest[];
  readonly problems: readonly ManifestProblem[];
  /** Hover or focus on a value (kept when the pointer leaves, so the bar can be clicked). */
  readonly onInspect: (ref: ValueRef | null) => void;
  /** Click or Enter on a value. */
  readonly onActivate: (ref: ValueRef) => void;
  /** A value to scroll to and focus (a click in the checks list); `sequence` repeats it. */
  readonly reveal?: { readonly ref: ValueRef; readonly sequence: number } | null;
}

/** Segment keys that carry a problem: exact pointers, else the first value below the pointer. */
function placeProblems(
  lines: readonly (readonly Segment[])[],
  manifests: readonly RenderedManifest[],
  problems: readonly ManifestProblem[],
): Map<string, ManifestProblem[]> {
  const placed = new Map<string, ManifestProblem[]>();
  const segments = lines.flat().filter((s) => s.pointer !== undefined);
  for (const problem of problems) {
    const document = manifests.findIndex((m) => m.role === problem.role);
    const matches = segments.filter(
      (s) => s.document === document && s.pointer === problem.pointer,
    );
    const below = segments.find(
      (s) => s.document === document && s.pointer!.startsWith(`${problem.pointer}/`),
    );
    for (const segment of matches.length > 0 ? matches : below ? [below] : []) {
      const key = refKey({ document, pointer: segment.pointer! });
      placed.set(key, [...(placed.get(key) ?? []), problem]);
    }
  }
  return placed;
}

/** What a value's marks say: placeholder reason or display-only note. */
function markOf(manifests: readonly RenderedManifest[], ref: ValueRef): string | undefined {
  return manifests[ref.document]?.marks.find((mark) => mark.pointer === ref.pointer)?.comment;
}

function readRef(target: EventTarget | null): ValueRef | null {
  const element = (target as HTMLElement | null)?.closest?.('[data-ref]');
  const key = element?.getAttribute('data-ref');
  return key ? parseRefKey(key) : null;
}

/**
 * Read-only, highlighted YAML of rendered objects. Values are focusable one at a time (arrow
 * keys move between them); hovering or focusing one reports it for the provenance bar, and a
 * click or Enter asks to jump to its source. Placeholders, display-only lines and values the
 * Kubernetes checks reject are marked.
 */
export function ManifestView(props: ManifestViewProps) {
  const { label, yaml, manifests, problems, onInspect, onActivate, reveal } = props;
  const lines = useMemo(() => buildYamlLines(yaml), [yaml]);
  const placed = useMemo(
    () => placeProblems(lines, manifests, problems),
    [lines, manifests, problems],
  );
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const valueKeys = useMemo(
    () =>
      lines
        .flat()
        .filter((s) => s.pointer !== undefined && VALUE_KINDS.has(s.kind))
        .map((s) => refKey({ document: s.document!, pointer: s.pointer! })),
    [lines],
  );
  // The focused value may be gone after an edit: fall back to the first, so Tab still enters.
  const tabStop = focusKey && valueKeys.includes(focusKey) ? focusKey : (valueKeys[0] ?? null);

  useEffect(() => {
    if (!reveal) return;
    const element = container.current?.querySelector<HTMLElement>(
      `[data-ref="${CSS.escape(refKey(reveal.ref))}"]`,
    );
    element?.scrollIntoView({ block: 'center' });
    element?.focus();
  }, [reveal]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const values = [...(container.current?.querySelectorAll<HTMLElement>('[data-ref]') ?? [])];
    const current = values.indexOf(event.target as HTMLElement);
    if (current < 0) return;
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowRight: current + 1,
      ArrowUp: current - 1,
      ArrowLeft: current - 1,
      Home: 0,
      End: values.length - 1,
    };
    if (event.key in moves) {
      values[Math.max(0, Math.min(values.length - 1, moves[event.key]!))]?.focus();
      event.preventDefault();
    } else if (event.key === 'Enter' || event.key === ' ') {
      const ref = readRef(event.target);
      if (ref) onActivate(ref);
      event.preventDefault();
    }
  }

  function onFocus(event: FocusEvent<HTMLDivElement>) {
    const ref = readRef(event.target);
    if (!ref) return;
    setFocusKey(refKey(ref));
    onInspect(ref);
  }

  function onClick(event: MouseEvent<HTMLDivElement>) {
    const ref = readRef(event.target);
    if (ref) onActivate(ref);
  }

  return (
    <div
      ref={container}
      className="pv-code"
      role="group"
      aria-label={label}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onClick={onClick}
      onMouseOver={(event) => {
        const ref = readRef(event.target);
        if (ref) onInspect(ref);
      }}
    >
      {lines.map((line, index) => (
        <LineView key={index} number={index + 1} {...lineState(line, manifests, placed, tabStop)} />
      ))}
    </div>
  );
}

/** What one line shows besides its segments, as plain values so that unchanged lines are equal. */
interface LineState {
  readonly line: Line;
  /** Keys of the line's segments that carry a problem. */
  readonly problemKeys: readonly string[];
  /** The mark of each value segment, in order (placeholder reason, 'display', or undefined). */
  readonly marks: readonly (string | undefined)[];
  /** The value that takes Tab, when it is on this line. */
  readonly tabStop: string | null;
}

function lineState(
  line: Line,
  manifests: readonly RenderedManifest[],
  placed: ReadonlyMap<string, readonly ManifestProblem[]>,
  tabStop: string | null,
): LineState {
  const problemKeys: string[] = [];
  const marks: (string | undefined)[] = [];
  let lineTabStop: string | null = null;
  for (const segment of line) {
    if (segment.pointer === undefined || segment.document === undefined) continue;
    const ref = { document: segment.document, pointer: segment.pointer };
    const key = refKey(ref);
    if (placed.has(key)) problemKeys.push(key);
    if (VALUE_KINDS.has(segment.kind)) marks.push(markOf(manifests, ref));
    if (key === tabStop) lineTabStop = key;
  }
  return { line, problemKeys, marks, tabStop: lineTabStop };
}

function isSameSegment(segment: Segment, other: Segment): boolean {
  return (
    segment.text === other.text &&
    segment.kind === other.kind &&
    segment.document === other.document &&
    segment.pointer === other.pointer
  );
}

/**
 * One line of the view. Memoized on its content: a keystroke that changes one value of a
 * manifest re-renders that line, not the hundreds around it (each render of the pane builds new
 * line arrays for the pieces that changed, so equality is by segment, not identity).
 */
const LineView = memo(
  function LineView(props: LineState & { readonly number: number }) {
    const { line, number, problemKeys, marks, tabStop } = props;
    const problems = new Set(problemKeys);
    let value = 0;
    return (
      <div className={problems.size > 0 ? 'pv-line pv-line-problem' : 'pv-line'}>
        <span className="pv-ln" aria-hidden="true">
          {number}
        </span>
        <span className="pv-text">
          {line.map((segment, i) => (
            <SegmentView
              key={i}
              segment={segment}
              mark={VALUE_KINDS.has(segment.kind) ? marks[value++] : undefined}
              problems={problems}
              tabStop={tabStop}
            />
          ))}
        </span>
      </div>
    );
  },
  (before, after) =>
    before.number === after.number &&
    isSameList(before.problemKeys, after.problemKeys) &&
    isSameList(before.marks, after.marks) &&
    before.tabStop === after.tabStop &&
    isSameList(before.line, after.line, isSameSegment),
);

function SegmentView(props: {
  segment: Segment;
  mark: string | undefined;
  problems: ReadonlySet<string>;
  tabStop: string | null;
}) {
  const { segment, mark, problems, tabStop } = props;
  const classes = [`pv-tok-${segment.kind}`];
  if (segment.pointer === undefined || segment.document === undefined) {
    return <span className={classes[0]}>{segment.text}</span>;
  }
  const key = refKey({ document: segment.document, pointer: segment.pointer });
  const problem = problems.has(key);
  if (problem) classes.push('pv-problem');
  if (!VALUE_KINDS.has(segment.kind)) {
    return <span className={classes.join(' ')}>{segment.text}</span>;
  }
  let title: string | undefined;
  if (mark === 'display') {
    classes.push('pv-display');
    title = 'Display only: not in the request body (the namespace is the API path)';
  } else if (mark?.startsWith('placeholder') || mark?.startsWith('assumed')) {
    classes.push('pv-placeholder');
    title = `${mark.charAt(0).toUpperCase()}${mark.slice(1)}`;
  }
  return (
    <span
      className={`${classes.join(' ')} pv-value`}
      data-ref={key}
      role="button"
      tabIndex={key === tabStop ? 0 : -1}
      title={title}
      aria-invalid={problem ? true : undefined}
    >
      {segment.text}
    </span>
  );
}
