import { useState } from 'react';
import type { DagsterConfigError, MergeNote, ValueOrigin } from '../../core/render';
import type { ManifestProblem } from '../../core/render/checks';
import { ChecksList } from './checks-list';
import { ErrorCard } from './error-card';
import { ManifestView, type ValueRef } from './manifest-view';
import { NotesList } from './notes-list';
import { OBJECT_NAMES, TAB_LABELS, type PreviewTab, type TabView } from './tab-view';

/**
 * One tab's content: Dagster's errors in place of the objects it would not create, the
 * Kubernetes checks, the highlighted YAML and the renderer's notes.
 */
export function TabPanel(props: {
  tab: PreviewTab;
  view: TabView;
  notes: readonly MergeNote[];
  onInspect: (ref: ValueRef | null) => void;
  onActivate: (ref: ValueRef) => void;
  onJump: (origin: ValueOrigin) => void;
  describedBy: string;
}) {
  const { tab, view, notes, onInspect, onActivate, onJump, describedBy } = props;
  const [reveal, setReveal] = useState<{ ref: ValueRef; sequence: number } | null>(null);

  function showProblem(problem: ManifestProblem) {
    const document = view.manifests.findIndex((m) => m.role === problem.role);
    setReveal((current) => ({
      ref: { document, pointer: problem.pointer },
      sequence: (current?.sequence ?? 0) + 1,
    }));
  }

  const showSource = (error: DagsterConfigError) => {
    const origin = error.origin;
    return origin?.document ? () => onJump(origin) : undefined;
  };

  return (
    <div
      id="pv-panel"
      className="pv-panel"
      role="tabpanel"
      aria-labelledby={`pv-tab-${tab}`}
      aria-describedby={describedBy}
    >
      {view.errors.map(({ role, error }) => (
        <ErrorCard
          key={role}
          error={error}
          what={OBJECT_NAMES[role]}
          onShowSource={showSource(error)}
        />
      ))}
      <NotesList notes={notes} onSelect={(note) => note.origin && onJump(note.origin)} />
      <ChecksList problems={view.problems} onSelect={showProblem} />
      {view.manifests.length > 0 && (
        <ManifestView
          label={`${TAB_LABELS[tab]} YAML`}
          yaml={view.yaml}
          manifests={view.manifests}
          problems={view.problems}
          onInspect={onInspect}
          onActivate={onActivate}
          reveal={reveal}
        />
      )}
    </div>
  );
}
