import type { ConfigPath } from '../../../core/source-range';
import { useFormSession } from '../form-session';
import { Icon } from './icons';

/** Move up / move down / remove buttons of a list row, named after the row (`env_vars 2`). */
export function RowActions(props: {
  readonly listPath: ConfigPath;
  readonly index: number;
  readonly count: number;
  readonly rowName: string;
  readonly movable?: boolean;
}) {
  const { listPath, index, count, rowName, movable = true } = props;
  const { commit } = useFormSession();
  return (
    <span className="form-row-actions">
      {movable ? (
        <>
          <button
            type="button"
            className="form-icon-button"
            aria-label={`Move ${rowName} up`}
            title="Move up"
            disabled={index === 0}
            onClick={() => commit([{ kind: 'move', listPath, from: index, to: index - 1 }])}
          >
            <Icon name="up" />
          </button>
          <button
            type="button"
            className="form-icon-button"
            aria-label={`Move ${rowName} down`}
            title="Move down"
            disabled={index >= count - 1}
            onClick={() => commit([{ kind: 'move', listPath, from: index, to: index + 1 }])}
          >
            <Icon name="down" />
          </button>
        </>
      ) : null}
      <button
        type="button"
        className="form-icon-button form-remove"
        aria-label={`Remove ${rowName}`}
        title="Remove"
        onClick={() => commit([{ kind: 'remove', path: [...listPath, index] }])}
      >
        <Icon name="remove" />
      </button>
    </span>
  );
}
