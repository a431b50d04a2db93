import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import { buildRenderInputs, type RenderInputsStore } from '../../store/render-inputs';
import { ALL_WORK_SLOTS, type WorkSlot } from '../../store/autosave-baseline';
import { findLocationName } from '../../store/share-state';
import type { ShareState } from '../../core/share';
import { useDocumentStore } from '../shared/document-store-context';
import { DownloadIcon } from '../shared/icons';
import { AutosaveIndicator } from './autosave-indicator';
import { copyText, downloadTextFile, readImportFile } from './browser-files';
import { ConfirmReplaceDialog, type ReplaceRequest } from './confirm-replace-dialog';
import { DialogLoading } from './dialog-loading';
import { DropOverlay } from './drop-overlay';
import { CopyIcon, ImportIcon, LinkIcon, MoreIcon, NewFileIcon } from '../shared/icons';
import { ExportNotices, type ExportNotice } from './export-notices';
import { EXPORT_FILE_NAMES } from './export-file-names';
import type { ExportSession } from './export-session';
import { MenuButton, type MenuGroup } from './menu-button';
import { useExportSession } from './use-export-session';
import './export.css';

// The dialogs and the exports bring the share codec, the templates and the renderer: each loads
// when first used, so none of it delays the form.
const loadShareDialog = () => import('./share-dialog');
const loadGalleryDialog = () => import('./template-gallery-dialog');
const loadExportOutputs = () => import('./export-outputs');
const ShareDialog = lazy(() => loadShareDialog().then((m) => ({ default: m.ShareDialog })));
const TemplateGalleryDialog = lazy(() =>
  loadGalleryDialog().then((m) => ({ default: m.TemplateGalleryDialog })),
);

type Dialog =
  | { readonly kind: 'gallery' }
  | { readonly kind: 'share'; readonly state: ShareState }
  | { readonly kind: 'replace'; readonly request: ReplaceRequest };

/** What each slot is called in messages. */
const SLOT_NAMES: Record<WorkSlot, string> = {
  config: 'dagster_cloud.yaml',
  helmValues: 'the Helm values',
  runTag: 'the run tag',
};

const YAML_TYPE = 'application/yaml';

/**
 * The file actions of the app: New (template gallery), Import, Copy YAML, Download, Share link,
 * and a menu for the Helm values, the run tag and the rendered manifests; plus a file drop
 * anywhere on the page, the autosave, and opening share links. Loads that replace unsaved work
 * ask first, and every load can be undone with "Restore previous".
 */
export function ExportToolbar({
  renderInputs = null,
}: {
  renderInputs?: RenderInputsStore | null;
}) {
  const store = useDocumentStore();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, setNotice] = useState<ExportNotice | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const importTarget = useRef<WorkSlot>('config');

  async function openFragment(session: ExportSession, hash: string) {
    if (hash === '' || hash === '#') return;
    // The link has done its job once read; a reload must not ask again, or reopen it over new work.
    window.history.replaceState(
      window.history.state,
      '',
      window.location.pathname + window.location.search,
    );
    const read = await session.readFragment(hash);
    if (!read.ok) {
      setNotice({
        tone: 'error',
        message: `The share link could not be opened. ${read.message} Your work is unchanged.`,
      });
      return;
    }
    const apply = () => {
      const replaced = session.openSharedState(read.state);
      setNotice({ tone: 'done', message: 'Opened the shared config.', restorable: replaced });
    };
    if (!read.needsConfirmation) return apply();
    setDialog({
      kind: 'replace',
      request: {
        what: 'your current work',
        from: 'the share link',
        confirmLabel: 'Open the link',
        undoable: true,
        apply,
      },
    });
  }

  const { session, autosaveStatus, hasPrevious } = useExportSession(
    store,
    renderInputs,
    (started) => void openFragment(started, window.location.hash),
  );

  useEffect(() => {
    const onHashChange = () => void openFragment(session, window.location.hash);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
    // openFragment only uses state setters, which never change.
  }, [session]);

  const hasLayers = renderInputs !== null;

  function replaceSlot(slot: WorkSlot, text: string): boolean {
    if (slot === 'config') return session.replaceConfigText(text);
    if (slot === 'helmValues') return session.replaceHelmValuesText(text);
    return session.replaceRunTagText(text);
  }

  /** Loads `text` into `slot`, asking first when that replaces unsaved work. */
  function load(slot: WorkSlot, text: string, from: string, done: string) {
    const apply = () => {
      const replaced = replaceSlot(slot, text);
      setNotice({ tone: 'done', message: done, restorable: replaced });
    };
    if (!session.isUnsaved([slot])) return apply();
    setDialog({
      kind: 'replace',
      request: {
        what: SLOT_NAMES[slot],
        from,
        confirmLabel: 'Replace',
        undoable: slot === 'config',
        apply,
      },
    });
  }

  async function importFiles(files: readonly File[], slot: WorkSlot) {
    const file = files[0];
    if (!file) return;
    const read = await readImportFile(file);
    if (!read.ok) return setNotice({ tone: 'error', message: read.message });
    const extra =
      files.length > 1 ? ` Only the first of the ${files.length} files was opened.` : '';
    load(
      slot,
      read.text,
      `the file ${JSON.stringify(file.name)}`,
      `Opened ${JSON.stringify(file.name)} as ${SLOT_NAMES[slot]}.${extra}`,
    );
  }

  function chooseFile(slot: WorkSlot) {
    importTarget.current = slot;
    fileInput.current?.click();
  }

  function onFileChosen(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    event.target.value = ''; // choosing the same file again must import it again
    void importFiles(files, importTarget.current);
  }

  async function copy(text: string, what: string, slots: readonly WorkSlot[]) {
    const error = await copyText(text);
    if (error) return setNotice({ tone: 'error', message: error });
    session.markExported(slots);
    setNotice({ tone: 'done', message: `Copied ${what} to the clipboard.` });
  }

  function download(fileName: string, text: string, slots: readonly WorkSlot[], type = YAML_TYPE) {
    downloadTextFile(fileName, text, type);
    session.markExported(slots);
  }

  const inputs = () => renderInputs!.getSnapshot();
  const configText = () => store.getSnapshot().text;
  const helmText = () => inputs().inputs['helm-values'].text;
  const tagText = () => inputs().inputs['run-tag'].text;

  async function exportPython(action: 'copy' | 'download') {
    const { formatRunTagForExport } = await loadExportOutputs();
    const result = formatRunTagForExport(tagText());
    if (!result.ok) return setNotice({ tone: 'error', message: result.message });
    if (action === 'copy') void copy(result.text, 'the run tag as Python', []);
    else download(EXPORT_FILE_NAMES.pythonSnippet, result.text, [], 'text/x-python');
  }

  async function downloadManifests() {
    const { renderManifestsForExport } = await loadExportOutputs();
    const snapshot = store.getSnapshot();
    const result = renderManifestsForExport({
      parsedConfig: snapshot.parsed,
      locationName: findLocationName(snapshot.config, snapshot.selectedLocation),
      ...(renderInputs ? buildRenderInputs(renderInputs.getSnapshot()) : {}),
    });
    if (!result.ok) return setNotice({ tone: 'error', message: result.message });
    download(EXPORT_FILE_NAMES.manifests, result.text, []);
  }

  const menu: MenuGroup[] = [
    {
      label: 'Helm values',
      items: [
        { label: 'Import Helm values…', onSelect: () => chooseFile('helmValues') },
        {
          label: 'Copy Helm values',
          onSelect: () => void copy(helmText(), 'the Helm values', ['helmValues']),
        },
        {
          label: `Download ${EXPORT_FILE_NAMES.helmValues}`,
          onSelect: () => download(EXPORT_FILE_NAMES.helmValues, helmText(), ['helmValues']),
        },
      ].map((item) => ({ ...item, disabled: !hasLayers })),
    },
    {
      label: 'Run tag',
      items: [
        { label: 'Import run tag…', onSelect: () => chooseFile('runTag') },
        { label: 'Copy run tag', onSelect: () => void copy(tagText(), 'the run tag', ['runTag']) },
        {
          label: `Download ${EXPORT_FILE_NAMES.runTag}`,
          onSelect: () => download(EXPORT_FILE_NAMES.runTag, tagText(), ['runTag']),
        },
        { label: 'Copy run tag as Python', onSelect: () => void exportPython('copy') },
        {
          label: `Download ${EXPORT_FILE_NAMES.pythonSnippet}`,
          onSelect: () => void exportPython('download'),
        },
      ].map((item) => ({ ...item, disabled: !hasLayers })),
    },
    {
      label: 'Rendered manifests',
      items: [
        {
          label: `Download ${EXPORT_FILE_NAMES.manifests}`,
          onSelect: () => void downloadManifests(),
        },
      ],
    },
    {
      label: 'Your work',
      items: [
        {
          label: 'Restore previous work',
          disabled: !hasPrevious,
          onSelect: () => restorePrevious(),
        },
      ],
    },
  ];

  function restorePrevious() {
    if (session.restorePrevious()) {
      setNotice({ tone: 'done', message: 'Restored your previous work.', restorable: true });
    }
  }

  return (
    <>
      <div className="toolbar export-toolbar" role="group" aria-label="Config file">
        <button
          type="button"
          className="button"
          onPointerEnter={() => void loadGalleryDialog()}
          onFocus={() => void loadGalleryDialog()}
          onClick={() => setDialog({ kind: 'gallery' })}
        >
          <NewFileIcon /> New…
        </button>
        <button type="button" className="button" onClick={() => chooseFile('config')}>
          <ImportIcon /> Import…
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void copy(configText(), EXPORT_FILE_NAMES.config, ['config'])}
        >
          <CopyIcon /> Copy YAML
        </button>
        <button
          type="button"
          className="button"
          title={`Download ${EXPORT_FILE_NAMES.config}`}
          onClick={() => download(EXPORT_FILE_NAMES.config, configText(), ['config'])}
        >
          <DownloadIcon /> Download
        </button>
        <button
          type="button"
          className="button"
          onPointerEnter={() => void loadShareDialog()}
          onFocus={() => void loadShareDialog()}
          onClick={() => setDialog({ kind: 'share', state: session.getState() })}
        >
          <LinkIcon /> Share link…
        </button>
        <span
          style={{ display: 'contents' }}
          onPointerEnter={() => void loadExportOutputs()}
          onFocus={() => void loadExportOutputs()}
        >
          <MenuButton label="More" icon={<MoreIcon />} groups={menu} />
        </span>
        <AutosaveIndicator status={autosaveStatus} />
      </div>
      <input
        ref={fileInput}
        type="file"
        accept=".yaml,.yml,.json,application/yaml,text/yaml,application/json"
        aria-label="Import a file"
        hidden
        onChange={onFileChosen}
      />
      {dialog?.kind === 'gallery' && (
        <Suspense
          fallback={
            <DialogLoading title="New from a template" wide onClose={() => setDialog(null)} />
          }
        >
          <TemplateGalleryDialog
            unsaved={session.isUnsaved(['config'])}
            onClose={() => setDialog(null)}
            onChoose={(template) => {
              setDialog(null);
              const replaced = session.replaceConfigText(template.text);
              setNotice({
                tone: 'done',
                message: `Started from the template “${template.title}”.`,
                restorable: replaced,
              });
            }}
          />
        </Suspense>
      )}
      {dialog?.kind === 'share' && (
        <Suspense fallback={<DialogLoading title="Share link" onClose={() => setDialog(null)} />}>
          <ShareDialog
            state={dialog.state}
            baseUrl={window.location.href}
            onClose={() => setDialog(null)}
            onCopied={(exact) => {
              if (exact) session.markExported(ALL_WORK_SLOTS);
            }}
          />
        </Suspense>
      )}
      {dialog?.kind === 'replace' && (
        <ConfirmReplaceDialog
          request={dialog.request}
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            setDialog(null);
            dialog.request.apply();
          }}
        />
      )}
      <DropOverlay
        targets={hasLayers ? ['config', 'helmValues', 'runTag'] : ['config']}
        onDrop={(files, target) => void importFiles(files, target)}
      />
      <ExportNotices
        notice={notice}
        canRestore={hasPrevious}
        onRestore={restorePrevious}
        onDismiss={() => setNotice(null)}
      />
    </>
  );
}
