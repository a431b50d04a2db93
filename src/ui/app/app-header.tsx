import type { RenderInputsStore } from '../../store/render-inputs';
import { ExportToolbar } from '../export/export-toolbar';
import { LogoIcon } from '../shared/icons';
import { SkipLinks } from './skip-links';

/**
 * The title and the file actions. The actions (new, import, copy, download, share) live in the
 * export toolbar; every load goes through the store as one edit, so Monaco can undo it.
 */
export function AppHeader({ renderInputs }: { renderInputs?: RenderInputsStore }) {
  return (
    <header className="app-header">
      <SkipLinks />
      <div className="app-brand">
        <LogoIcon className="app-logo" />
        <div>
          <h1 className="app-title">K8s Config Studio</h1>
          <p className="app-subtitle">
            <code>dagster_cloud.yaml</code> for the Dagster+ Kubernetes agent
          </p>
        </div>
      </div>
      <ExportToolbar renderInputs={renderInputs} />
    </header>
  );
}
