import { useMemo } from 'react';
import { stringify } from 'yaml';
import { useDocumentSelector } from '../shared/document-store-context';

/**
 * For now the parsed config as YAML (what Dagster reads: comments gone, YAML 1.1 values
 * resolved). The manifest preview replaces this.
 */
export function PreviewPane() {
  const config = useDocumentSelector((snapshot) => snapshot.config);
  const stale = useDocumentSelector((snapshot) => snapshot.configRevision < snapshot.revision);
  const text = useMemo(() => (config === null ? '' : stringify(config)), [config]);

  return (
    <div className="preview">
      <p className="preview-note">
        The parsed config{stale ? ' (last good version: the YAML has errors)' : ''}.
      </p>
      <pre className="preview-text" aria-label="Parsed config" tabIndex={0}>
        {text || '# empty'}
      </pre>
    </div>
  );
}
