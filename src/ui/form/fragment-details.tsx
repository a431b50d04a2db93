import type { ReactNode } from 'react';
import type { ConfigPath } from '../../core/source-range';
import { formatConfigPath } from '../../core/source-range';
import { useConfigValue, useFieldDiagnostics } from './form-session';

/**
 * A collapsible section for one raw Kubernetes fragment (`container_config`, `job_metadata`…),
 * open when the file sets it or when it holds a problem. The summary names the fragment key and
 * the Kubernetes model it is read as.
 */
export function FragmentDetails(props: {
  readonly path: ConfigPath;
  readonly model: string;
  readonly children: ReactNode;
}) {
  const { path, model, children } = props;
  const value = useConfigValue(path);
  const problems = useFieldDiagnostics(path, { subtree: true });
  const key = String(path[path.length - 1]);
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <details
      className="form-fragment"
      open={value !== undefined || errors > 0}
      data-config-path={formatConfigPath(path)}
    >
      <summary>
        <code>{key}</code> <span className="form-muted">{model}</span>
        {problems.length > 0 ? (
          <span className="form-badge" aria-label={`${problems.length} problems`}>
            {problems.length}
          </span>
        ) : null}
      </summary>
      <div className="form-fragment-body">{children}</div>
    </details>
  );
}
