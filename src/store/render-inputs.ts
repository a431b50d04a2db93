import type { RenderLocationInput } from '../core/render';
import { DEFAULT_DEPLOYMENT_NAME, DEFAULT_JOB_NAME, DEFAULT_OP_NAME } from '../core/render';
import type { ConfigPath, SourceRange } from '../core/source-range';
import { AGENT_HELM_VALUES_SNIPPET } from '../core/templates';
import { findNearestPathRange, parseYamlText } from '../core/yaml';
import { getLoadedChecker, loadChecker } from './checker';

/**
 * The render inputs besides dagster_cloud.yaml (issue 5): the agent's Helm values and the run
 * context (job, run id, the job's `dagster-k8s/config` tag, op isolation with the executor
 * config, op name and op tag). Framework free, like the document store; persisted nowhere yet.
 */

/** The YAML texts the preview's layer panel edits. */
export type RenderInputDocument = 'helm-values' | 'run-tag' | 'executor-config' | 'op-tag';

/** A problem in one of those texts (diagnostics have more fields; the panel needs these). */
export interface InputProblem {
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly range: SourceRange;
}

/** One YAML input: its text, its problems, and the value the preview renders with. */
export interface InputText {
  readonly text: string;
  readonly problems: readonly InputProblem[];
  /** The last text without YAML errors, and its value: the preview never renders a broken text. */
  readonly goodText: string;
  readonly value: unknown;
  /** True while `text` has YAML errors (then `goodText` is an earlier text). */
  readonly stale: boolean;
}

/** The scalar settings of the run context. */
export interface RunContextSettings {
  /** The Dagster+ deployment (`deployment_name` label, `DAGSTER_CLOUD_DEPLOYMENT_NAME`). */
  readonly deploymentName: string;
  readonly jobName: string;
  /** Blank: the `<run-id>` placeholder. */
  readonly runId: string;
  /** The job uses `k8s_job_executor`: each op runs in its own step Job. */
  readonly opIsolation: boolean;
  readonly opName: string;
}

/** A request to select a range in one of the input texts (a provenance click). */
export interface InputRevealRequest {
  readonly document: RenderInputDocument;
  readonly path: ConfigPath;
  readonly range: SourceRange;
  readonly sequence: number;
}

export interface RenderInputsSnapshot extends RunContextSettings {
  readonly inputs: Readonly<Record<RenderInputDocument, InputText>>;
  readonly reveal: InputRevealRequest | null;
  /**
   * The preview tab the user chose (`run`, `step`, `deployment`, `service`, `all`). Kept here,
   * not in the pane, so share links and the autosave carry it; the pane shows `run` while the
   * chosen tab has nothing to show (a step tab without op isolation) but keeps the choice.
   */
  readonly previewTab: string;
}

export interface RenderInputsStore {
  getSnapshot(): RenderInputsSnapshot;
  subscribe(listener: () => void): () => void;
  setText(document: RenderInputDocument, text: string): void;
  setRunContext(patch: Partial<RunContextSettings>): void;
  setPreviewTab(tab: string): void;
  /** Selects `path` (or its nearest existing ancestor) in `document`'s text. */
  requestReveal(document: RenderInputDocument, path: ConfigPath): void;
}

export const DEFAULT_PREVIEW_TAB = 'run';

export const DEFAULT_RUN_CONTEXT: RunContextSettings = {
  deploymentName: DEFAULT_DEPLOYMENT_NAME,
  jobName: DEFAULT_JOB_NAME,
  runId: '',
  opIsolation: false,
  opName: DEFAULT_OP_NAME,
};

function collectProblems(document: RenderInputDocument, text: string): readonly InputProblem[] {
  // Until the checker has loaded, the YAML problems only; the store adds the rest once it has.
  const checker = getLoadedChecker();
  if (checker && document === 'helm-values') return checker.collectHelmValuesDiagnostics(text);
  if (checker && (document === 'run-tag' || document === 'op-tag'))
    return checker.collectTagDiagnostics(text);
  // The executor config has no schema here: Dagster checks it when the run starts.
  return parseYamlText(text).problems;
}

/** The inputs with their problems checked again (after the checker has loaded). */
function recheckInputs(inputs: RenderInputsSnapshot['inputs']): RenderInputsSnapshot['inputs'] {
  const entries = Object.entries(inputs) as [RenderInputDocument, InputText][];
  return Object.fromEntries(
    entries.map(([document, input]) => [
      document,
      { ...input, problems: collectProblems(document, input.text) },
    ]),
  ) as RenderInputsSnapshot['inputs'];
}

/** Reads a text; keeps the previous good value while the text has YAML errors. */
export function readInputText(
  document: RenderInputDocument,
  text: string,
  previous: InputText | null,
): InputText {
  const parsed = parseYamlText(text);
  const broken = parsed.problems.some((problem) => problem.severity === 'error');
  const problems = collectProblems(document, text);
  if (broken && previous) {
    return { text, problems, goodText: previous.goodText, value: previous.value, stale: true };
  }
  return {
    text,
    problems,
    goodText: broken ? '' : text,
    value: broken ? null : parsed.value,
    stale: broken,
  };
}

/** Creates the store; `initial` overrides the defaults (Helm values: the agent snippet). */
export function createRenderInputsStore(
  initial: Partial<
    RunContextSettings & Record<RenderInputDocument, string> & { previewTab: string }
  > = {},
): RenderInputsStore {
  const listeners = new Set<() => void>();
  const texts: Record<RenderInputDocument, string> = {
    'helm-values': initial['helm-values'] ?? AGENT_HELM_VALUES_SNIPPET,
    'run-tag': initial['run-tag'] ?? '',
    'executor-config': initial['executor-config'] ?? '',
    'op-tag': initial['op-tag'] ?? '',
  };
  let snapshot: RenderInputsSnapshot = {
    ...DEFAULT_RUN_CONTEXT,
    ...pickSettings(initial),
    inputs: {
      'helm-values': readInputText('helm-values', texts['helm-values'], null),
      'run-tag': readInputText('run-tag', texts['run-tag'], null),
      'executor-config': readInputText('executor-config', texts['executor-config'], null),
      'op-tag': readInputText('op-tag', texts['op-tag'], null),
    },
    reveal: null,
    previewTab: initial.previewTab ?? DEFAULT_PREVIEW_TAB,
  };

  function publish(next: RenderInputsSnapshot): void {
    snapshot = next;
    for (const listener of [...listeners]) listener();
  }

  if (!getLoadedChecker()) {
    void loadChecker().then(() => publish({ ...snapshot, inputs: recheckInputs(snapshot.inputs) }));
  }

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setText(document, text) {
      const current = snapshot.inputs[document];
      if (current.text === text) return;
      const next = readInputText(document, text, current);
      publish({ ...snapshot, inputs: { ...snapshot.inputs, [document]: next } });
    },
    setRunContext(patch) {
      const settings = pickSettings(patch);
      const changed = (Object.keys(settings) as (keyof RunContextSettings)[]).some(
        (key) => settings[key] !== snapshot[key],
      );
      if (changed) publish({ ...snapshot, ...settings });
    },
    setPreviewTab(tab) {
      if (tab !== snapshot.previewTab) publish({ ...snapshot, previewTab: tab });
    },
    requestReveal(document, path) {
      const parsed = parseYamlText(snapshot.inputs[document].text);
      const found = findNearestPathRange(parsed, path);
      const sequence = (snapshot.reveal?.sequence ?? 0) + 1;
      const range = found.keyRange
        ? { start: found.keyRange.start, end: found.valueRange.end }
        : found.valueRange;
      publish({ ...snapshot, reveal: { document, path: found.path, range, sequence } });
    },
  };
}

function pickSettings(source: Partial<RunContextSettings>): Partial<RunContextSettings> {
  const keys = Object.keys(DEFAULT_RUN_CONTEXT) as (keyof RunContextSettings)[];
  return Object.fromEntries(
    keys.filter((key) => source[key] !== undefined).map((key) => [key, source[key]]),
  ) as Partial<RunContextSettings>;
}

/** The value of a tag or executor input as renderLocation takes it (absent when blank). */
function valueOf(input: InputText): RenderLocationInput['runTag'] {
  return input.value === null || input.value === undefined
    ? undefined
    : (input.value as RenderLocationInput['runTag']);
}

/**
 * The part of `renderLocation`'s input that comes from this store. Tags are passed as parsed
 * values: they stand for the Python dict in the job's code, which Dagster serializes to JSON
 * itself, so the "YAML is not JSON" warning for typed tag strings does not apply.
 */
export function buildRenderInputs(
  snapshot: RenderInputsSnapshot,
): Pick<
  RenderLocationInput,
  | 'helmValues'
  | 'deploymentName'
  | 'jobName'
  | 'runId'
  | 'runTag'
  | 'executorConfig'
  | 'opName'
  | 'opTags'
> {
  const { inputs } = snapshot;
  const runId = snapshot.runId.trim();
  const base = {
    helmValues: inputs['helm-values'].goodText,
    deploymentName: snapshot.deploymentName.trim() || DEFAULT_DEPLOYMENT_NAME,
    jobName: snapshot.jobName.trim() || DEFAULT_JOB_NAME,
    runId: runId || undefined,
    runTag: valueOf(inputs['run-tag']),
  };
  if (!snapshot.opIsolation) return base;
  return {
    ...base,
    executorConfig: valueOf(inputs['executor-config']) ?? {},
    opName: snapshot.opName.trim() || DEFAULT_OP_NAME,
    opTags: valueOf(inputs['op-tag']),
  };
}
