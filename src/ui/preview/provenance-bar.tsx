import type { ValueInspection } from './inspect-value';
import { isInputDocument } from './provenance';

/** One line naming where the value came from, e.g. `Helm value workspace.labels.team`. */
function SourceLine({ inspection }: { inspection: ValueInspection }) {
  const { origin, source } = inspection;
  if (!origin || !source) return <span>Shown for reading only: not part of the request body.</span>;
  const where = source.documentName
    ? ` in ${source.documentName}${source.line !== null ? `, line ${source.line}` : ''}`
    : '';
  return (
    <span>
      From <strong>{source.layer}</strong>
      {source.path && (
        <>
          {' '}
          <code>{source.path}</code>
        </>
      )}
      {where}
    </span>
  );
}

/** Whether a click on the value can show its source. */
export function canJumpTo(inspection: ValueInspection | null): boolean {
  const document = inspection?.origin?.document ?? null;
  return document === 'dagster-cloud-yaml' || isInputDocument(document);
}

/**
 * The provenance of the hovered or focused value: which object and field, where the value came
 * from, why it is a placeholder, and what Kubernetes would say about it.
 */
export function ProvenanceBar(props: {
  id: string;
  inspection: ValueInspection | null;
  onJump: () => void;
}) {
  const { id, inspection, onJump } = props;
  return (
    <div id={id} className="pv-provenance" role="status" aria-live="polite" aria-label="Provenance">
      {inspection ? (
        <>
          <div className="pv-provenance-field">
            <code>{inspection.field}</code>: <code>{inspection.value}</code>{' '}
            <span className="pv-muted">in {inspection.object}</span>
          </div>
          <div className="pv-provenance-source">
            <SourceLine inspection={inspection} />
            {canJumpTo(inspection) && (
              <button type="button" className="pv-link" onClick={onJump}>
                Go to source
              </button>
            )}
          </div>
          {inspection.mark && <div className="pv-provenance-mark">{inspection.mark}</div>}
          {inspection.problems.map((problem, index) => (
            <div key={index} className="pv-provenance-problem">
              {problem.message}
            </div>
          ))}
        </>
      ) : (
        <span className="pv-muted">
          Hover over or focus a value to see where it comes from; click it to go to its source.
        </span>
      )}
    </div>
  );
}
