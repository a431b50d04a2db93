import { APPLIES_TO_LABELS, appliesToOfPath } from '../../core/render/applies-to';
import type { ConfigPath } from '../../core/source-range';
import './applies-to-badge.css';

/**
 * A small badge saying which objects a config key reaches: `Run`, `Code server` or
 * `Run + code server` (config-schema.md §10). Renders nothing for keys that reach none.
 */
export function AppliesToBadge({ path }: { path: ConfigPath }) {
  const appliesTo = appliesToOfPath(path);
  if (!appliesTo) return null;
  const { label, detail } = APPLIES_TO_LABELS[appliesTo];
  return (
    <span className={`applies-to applies-to-${appliesTo}`} title={detail}>
      <span className="visually-hidden">Applies to: </span>
      {label}
    </span>
  );
}
