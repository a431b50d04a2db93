import { useRef } from 'react';
import type { ChangeEvent } from 'react';
import { EXAMPLE_CONFIG_TEXT } from '../../core/templates/example-config';
import { useDocumentStore } from '../shared/document-store-context';
import { DownloadIcon, LogoIcon, OpenIcon, ResetIcon } from '../shared/icons';
import { ExportToolbar } from '../export/export-toolbar';
import type { RenderInputsStore } from '../../store/render-inputs';

const FILE_NAME = 'dagster_cloud.yaml';

/** Title and the file actions. Loads go through the store as one edit, so Monaco can undo them. */
export function AppHeader({ renderInputs }: { renderInputs?: RenderInputsStore }) {
  const store = useDocumentStore();
  const fileInput = useRef<HTMLInputElement>(null);

  async function onFileChosen(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = ''; // choosing the same file again must load it again
    if (file) store.setText(await file.text(), 'load');
  }

  function download() {
    const blob = new Blob([store.getSnapshot().text], { type: 'application/yaml' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = FILE_NAME;
    link.click();
    URL.revokeObjectURL(url);
  }

  return (
    <header className="app-header">
      <div className="app-brand">
        <LogoIcon className="app-logo" />
        <div>
          <h1 className="app-title">K8s Config Studio</h1>
          <p className="app-subtitle">
            <code>dagster_cloud.yaml</code> for the Dagster+ Kubernetes agent
          </p>
        </div>
      </div>
      <div className="toolbar" role="toolbar" aria-label="File">
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          <OpenIcon /> Open…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".yaml,.yml,application/yaml,text/yaml"
          aria-label="Open a dagster_cloud.yaml file"
          hidden
          onChange={onFileChosen}
        />
        <button type="button" className="button" onClick={download}>
          <DownloadIcon /> Download
        </button>
        <button
          type="button"
          className="button"
          onClick={() => store.setText(EXAMPLE_CONFIG_TEXT, 'load')}
        >
          <ResetIcon /> Load example
        </button>
      </div>
      <ExportToolbar renderInputs={renderInputs} />
    </header>
  );
}
