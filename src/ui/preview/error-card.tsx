import type { DagsterConfigError } from '../../core/render';
import { ErrorIcon } from '../shared/icons';

const STAGE_LABELS: Readonly<Record<DagsterConfigError['stage'], string>> = {
  'ci-template': 'dagster-cloud ci (reading dagster_cloud.yaml)',
  'helm-install': 'helm install (the agent’s Helm values)',
  'code-server-start': 'the agent, starting the code server',
  'run-launch': 'the agent, launching a run',
  'step-launch': 'the run worker, launching a step',
};

/** Dagster's error in place of an object: the exception, its exact message and who raises it. */
export function ErrorCard(props: {
  error: DagsterConfigError;
  what: string;
  onShowSource?: () => void;
}) {
  const { error, what, onShowSource } = props;
  return (
    <div className="pv-error" role="alert">
      <div className="pv-error-title">
        <ErrorIcon className="severity-error" />
        <span>
          Dagster would not create the {what}: <code>{error.errorType}</code>
        </span>
      </div>
      <pre className="pv-error-message">{error.message}</pre>
      <div className="pv-error-stage">
        Raised by {STAGE_LABELS[error.stage]}
        {onShowSource && (
          <>
            {' · '}
            <button type="button" className="pv-link" onClick={onShowSource}>
              Show the value
            </button>
          </>
        )}
      </div>
    </div>
  );
}
