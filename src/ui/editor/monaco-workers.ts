import type * as Monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import YamlWorker from './yaml.worker?worker';

/** The options monaco-yaml's worker manager passes (the pre-0.50 `createWebWorker` form). */
interface ModuleWorkerOptions {
  readonly label?: string;
  readonly createData?: unknown;
  readonly host?: unknown;
  readonly keepIdleModels?: boolean;
}

function createWorker(label: string | undefined): Worker {
  return label === 'yaml' ? new YamlWorker() : new EditorWorker();
}

/**
 * Serves Monaco's workers from our own bundle (never a CDN) and teaches `createWebWorker` the
 * `{ moduleId, label, createData }` form monaco-yaml uses. The full `monaco-editor` entry does
 * the latter too, but it also pulls in every language; we load only the editor core and YAML.
 */
export function installMonacoWorkers(monaco: typeof Monaco): void {
  self.MonacoEnvironment = { getWorker: (_workerId, label) => createWorker(label) };
  const createWithWorker = monaco.editor.createWebWorker;
  const patched = (options: Monaco.editor.IInternalWebWorkerOptions | ModuleWorkerOptions) => {
    if ('worker' in options && options.worker !== undefined) return createWithWorker(options);
    const legacy = options as ModuleWorkerOptions;
    const worker = createWorker(legacy.label);
    // monaco-worker-manager's worker starts its RPC server on the first message and reads its
    // create data from the second.
    worker.postMessage('ignore');
    worker.postMessage(legacy.createData);
    return createWithWorker({ worker, host: legacy.host, keepIdleModels: legacy.keepIdleModels });
  };
  monaco.editor.createWebWorker = patched as typeof monaco.editor.createWebWorker;
}
