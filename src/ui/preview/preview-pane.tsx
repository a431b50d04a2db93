import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Diagnostic } from '../../core/diagnostics';
import type { SourceDocument, ValueOrigin } from '../../core/render';
import { toManifestDiagnostics } from '../../core/render/checks';
import { findNearestPathRange, findPathRange } from '../../core/yaml';
import { createRenderInputsStore, type RenderInputsStore } from '../../store/render-inputs';
import { useDocumentSelector, useDocumentStore } from '../shared/document-store-context';
import { copyText, downloadText } from './download';
import { inspectValue } from './inspect-value';
import { LayersPanel } from './layers-panel';
import type { ValueRef } from './manifest-view';
import { isInputDocument } from './provenance';
import { ProvenanceBar } from './provenance-bar';
import { PreviewTabs } from './preview-tabs';
import { TabPanel } from './tab-panel';
import { buildTabView, listTabs, type PreviewTab } from './tab-view';
import { usePreviewRender, useRenderInputs } from './use-preview-render';
import './preview.css';

const PROVENANCE_ID = 'pv-provenance';

/** One empty list, so that "still no manifest problems" is no change for the app. */
const NO_DIAGNOSTICS: Diagnostic[] = [];

/**
 * The preview pane: the Kubernetes objects the Dagster+ agent would create for the selected
 * location, live, with the other layers (Helm values, run context) below them.
 *
 * `renderInputs` defaults to a store of the pane's own; `onDiagnostics` receives the Kubernetes
 * checks as problems-list diagnostics whenever they change (ui/app merges them in).
 */
export function PreviewPane(props: {
  renderInputs?: RenderInputsStore;
  onDiagnostics?: (diagnostics: Diagnostic[]) => void;
}) {
  const [ownInputs] = useState(() => props.renderInputs ?? createRenderInputsStore());
  const inputsStore = props.renderInputs ?? ownInputs;
  const inputs = useRenderInputs(inputsStore);
  const documentStore = useDocumentStore();
  const { preview, pending } = usePreviewRender(inputs);
  const [layersOpen, setLayersOpen] = useState(false);
  const [inspected, setInspected] = useState<ValueRef | null>(null);
  // The pane follows every text change only while a value is inspected (its source is shown):
  // otherwise a keystroke that leaves the preview as it was re-renders nothing here.
  const inspecting = inspected !== null;
  const parsed = useDocumentSelector((snapshot) => (inspecting ? snapshot.parsed : null));
  const readParsed = useCallback(
    () => parsed ?? documentStore.getSnapshot().parsed,
    [parsed, documentStore],
  );
  const [status, setStatus] = useState('');

  const tabs = listTabs(preview);
  // The chosen tab lives in the render-inputs store (share links and the autosave carry it);
  // it is kept while it has nothing to show, so the step tab returns with op isolation.
  const chosen = inputs.previewTab as PreviewTab;
  const tab = tabs.includes(chosen) ? chosen : 'run';
  const view = useMemo(() => buildTabView(preview, tab), [preview, tab]);
  const counts = useMemo(
    () =>
      Object.fromEntries(
        listTabs(preview).map((t) => {
          const v = buildTabView(preview, t);
          return [t, v.problems.length + v.errors.length];
        }),
      ),
    [preview],
  );

  const readText = useCallback(
    (document: SourceDocument) =>
      document === 'dagster-cloud-yaml'
        ? readParsed()
        : isInputDocument(document)
          ? inputs.inputs[document].text
          : null,
    [readParsed, inputs],
  );

  const jump = useCallback(
    (origin: ValueOrigin) => {
      if (origin.document === 'dagster-cloud-yaml') {
        const parsed = readParsed();
        const range =
          findPathRange(parsed, origin.path) ?? findNearestPathRange(parsed, origin.path);
        documentStore.requestReveal({ path: origin.path, range: range.valueRange });
      } else if (isInputDocument(origin.document)) {
        setLayersOpen(true);
        inputsStore.requestReveal(origin.document, origin.path);
      }
    },
    [readParsed, documentStore, inputsStore],
  );

  const inspection = useMemo(() => {
    const manifest = inspected ? view.manifests[inspected.document] : undefined;
    return manifest && inspected
      ? inspectValue(manifest, inspected.pointer, view.problems, readText)
      : null;
  }, [inspected, view, readText]);

  const activate = (ref: ValueRef) => {
    const manifest = view.manifests[ref.document];
    const origin = manifest && inspectValue(manifest, ref.pointer, [], () => null).origin;
    if (origin) jump(origin);
  };

  const { onDiagnostics } = props;
  const problems = useMemo(() => preview.targets.flatMap((target) => target.problems), [preview]);
  // Placing problems in the text needs its parse: only then does this follow every text change.
  const placing = problems.length > 0;
  const placeIn = useDocumentSelector((snapshot) => (placing ? snapshot.parsed : null));
  const selectedLocation = useDocumentSelector((snapshot) => snapshot.selectedLocation);
  const existing = useDocumentSelector((snapshot) => (placing ? snapshot.diagnostics : null));
  useEffect(() => {
    if (!onDiagnostics) return;
    if (!placeIn || !existing) {
      onDiagnostics(NO_DIAGNOSTICS);
      return;
    }
    const fallbackPath = ['locations', selectedLocation];
    onDiagnostics(toManifestDiagnostics(problems, placeIn, { fallbackPath, existing }));
  }, [onDiagnostics, problems, placeIn, selectedLocation, existing]);

  async function copy() {
    const ok = await copyText(view.yaml);
    setStatus(ok ? 'Copied' : 'Copy failed: select the text and copy it');
    window.setTimeout(() => setStatus(''), 2000);
  }

  return (
    <div className="pv-root">
      <PreviewTabs
        tabs={tabs}
        active={tab}
        counts={counts}
        onSelect={(next) => {
          inputsStore.setPreviewTab(next);
          setInspected(null);
        }}
        canExport={view.yaml !== ''}
        onCopy={() => void copy()}
        onDownload={() => downloadText(view.fileName, view.yaml)}
        status={pending ? 'Updating…' : status}
      />
      <div className="pv-scroll">
        <TabPanel
          tab={tab}
          view={view}
          notes={preview.notes}
          onInspect={setInspected}
          onActivate={activate}
          onJump={jump}
          describedBy={PROVENANCE_ID}
        />
      </div>
      <ProvenanceBar
        id={PROVENANCE_ID}
        inspection={inspection}
        onJump={() => inspection?.origin && jump(inspection.origin)}
      />
      <section className={layersOpen ? 'pv-layers pv-layers-open' : 'pv-layers'}>
        <h3 className="pv-layers-heading">
          <button
            type="button"
            className="pv-layers-toggle"
            aria-expanded={layersOpen}
            aria-controls="pv-layers-body"
            onClick={() => setLayersOpen((open) => !open)}
          >
            <span className="pv-chevron" aria-hidden="true" />
            Helm values &amp; run context
          </button>
        </h3>
        <div id="pv-layers-body" className="pv-layers-scroll" hidden={!layersOpen}>
          <LayersPanel store={inputsStore} snapshot={inputs} />
        </div>
      </section>
    </div>
  );
}
