import { useSyncExternalStore } from 'react';
import type { AutosaveStatus } from '../../store/autosave';
import type { ValueStore } from '../shared/value-store';
import { CheckIcon, WarningIcon } from '../shared/icons';

function formatTime(time: number): string {
  return new Date(time).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/**
 * Whether the work is safe in this browser; a failure says why and what to do. It follows the
 * status itself: the status changes as the user types ('Saving…', then 'Saved'), and only this
 * should re-render for that, not the toolbar around it.
 */
export function AutosaveIndicator({ status }: { status: ValueStore<AutosaveStatus> }) {
  return <AutosaveStatusText status={useSyncExternalStore(status.subscribe, status.get)} />;
}

function AutosaveStatusText({ status }: { status: AutosaveStatus }) {
  if (status.kind === 'failed') {
    return (
      // An alert: losing the safety net is worth interrupting for, once, when it happens.
      <span className="export-autosave export-autosave-failed" role="alert" title={status.message}>
        <WarningIcon /> Not autosaved
        <span className="visually-hidden">: {status.message}</span>
      </span>
    );
  }
  const text =
    status.kind === 'pending'
      ? 'Saving…'
      : status.kind === 'saved'
        ? 'Saved in this browser'
        : 'Autosave on';
  const title =
    status.kind === 'saved'
      ? `Your work was saved in this browser at ${formatTime(status.savedAt)}; reloading the page keeps it.`
      : 'Your work is saved in this browser as you type; reloading the page keeps it.';
  return (
    <span className="export-autosave" title={title}>
      {status.kind === 'saved' && <CheckIcon />}
      {text}
    </span>
  );
}
