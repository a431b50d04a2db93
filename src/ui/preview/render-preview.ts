import {
  renderLocation,
  type DagsterConfigError,
  type ManifestRole,
  type MergeNote,
  type RenderedManifest,
  type RenderKind,
  type RenderLocationInput,
  type RenderLocationResult,
} from '../../core/render';
import { checkRenderedManifest, type ManifestProblem } from '../../core/render/checks';
import {
  renderAnalyzedSource,
  type AnalyzedRenderInput,
  type AnalyzedRenderSource,
} from '../../core/pipeline';
import type { ParsedYaml } from '../../core/yaml';
import { renderManifestYamlSpans } from '../../core/render/manifests/serialize';
import { rememberPrintedYaml } from './yaml-lines';
import { getOrCreate, getOrCreateBounded } from '../../core/get-or-create';

/** One object of the preview: rendered (with its checks), or the error Dagster would raise. */
export interface TargetOutcome {
  readonly role: ManifestRole;
  readonly manifest: RenderedManifest | null;
  readonly error: DagsterConfigError | null;
  /** The object as annotated YAML ('' on error). */
  readonly yaml: string;
  readonly problems: readonly ManifestProblem[];
}

/** Everything the preview shows for one set of inputs. */
export interface PreviewRender {
  readonly locationName: string | null;
  /** In display order: Deployment, Service, run Job, then the step Job with op isolation. */
  readonly targets: readonly TargetOutcome[];
  readonly notes: readonly MergeNote[];
}

/** Errors raised before any object is built: every object fails the same way. */
const SHARED_STAGES = new Set(['ci-template', 'helm-install']);

function outcomeOf(role: ManifestRole, manifest: RenderedManifest): TargetOutcome {
  let yaml: string | undefined;
  return {
    role,
    manifest,
    error: null,
    // Printed on first read: printing is a third of a render, and one tab shows at a time.
    // The printer's spans go to the highlighter, which then need not parse the text back.
    get yaml() {
      if (yaml === undefined) {
        const printed = renderManifestYamlSpans(manifest);
        rememberPrintedYaml(printed);
        yaml = printed.text;
      }
      return yaml;
    },
    problems: checkRenderedManifest(manifest),
  };
}

function failed(role: ManifestRole, error: DagsterConfigError): TargetOutcome {
  return { role, manifest: null, error, yaml: '', problems: [] };
}

function mergeNotes(lists: readonly (readonly MergeNote[])[]): MergeNote[] {
  const seen = new Set<string>();
  return lists.flat().filter((note) => {
    const key = `${note.severity}:${note.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** renderLocation for one `kind` of the same inputs. */
export type RenderKindOf = (kind: RenderKind) => RenderLocationResult;

/**
 * Renders every object of the location. One `renderLocation` call when all succeed; when one
 * fails, each object is rendered on its own, so that (for example) a bad run tag shows its
 * error on the run Job while the code server still previews.
 */
export function renderPreview(input: RenderLocationInput): PreviewRender {
  return renderPreviewWith((kind) => renderLocation({ ...input, kind }), hasStepJob(input));
}

/** True when the inputs ask for the step Job (op isolation). */
export function hasStepJob(input: Pick<RenderLocationInput, 'opName' | 'executorConfig'>): boolean {
  return input.opName !== undefined || input.executorConfig !== undefined;
}

/**
 * {@link renderPreview} over any renderLocation-like function: the preview renders through the
 * per-location analysis (src/core/pipeline) with the same results.
 */
export function renderPreviewWith(render: RenderKindOf, withStep: boolean): PreviewRender {
  const roles: ManifestRole[] = [
    'deployment',
    'service',
    'run',
    ...(withStep ? ['step' as const] : []),
  ];
  const all = render('all');
  if (!all.error) {
    return {
      locationName: all.locationName,
      targets: all.manifests.map((manifest) => outcomeOf(manifest.role, manifest)),
      notes: all.notes,
    };
  }
  if (SHARED_STAGES.has(all.error.stage)) {
    const error = all.error;
    return {
      locationName: all.locationName,
      targets: roles.map((role) => failed(role, error)),
      notes: all.notes,
    };
  }
  const results = roles.map((role) => ({ role, result: render(role) }));
  return {
    locationName: all.locationName,
    targets: results.map(({ role, result }) =>
      result.error || !result.manifests[0]
        ? failed(role, result.error ?? all.error!)
        : outcomeOf(role, result.manifests[0]),
    ),
    notes: mergeNotes(results.map(({ result }) => result.notes)),
  };
}

/** Previews by render source and inputs key; see {@link renderAnalyzedPreview}. */
const analyzedPreviews = new WeakMap<ParsedYaml, Map<string, PreviewRender>>();

/** How many input sets to keep per location parse (the inputs rarely change while typing). */
const PREVIEWS_PER_SOURCE = 4;

/**
 * The preview of one location of an analysed text (planned by `planAnalyzedRender`), equal to
 * {@link renderPreview} on the whole text with that location's name. Memoized on the source's
 * parse, which keeps its identity while the location's text is unchanged, and on `inputsKey`
 * (a key of `inputs`, e.g. its JSON): a keystroke in another location costs a lookup.
 */
export function renderAnalyzedPreview(
  source: AnalyzedRenderSource,
  inputs: AnalyzedRenderInput,
  inputsKey: string,
): PreviewRender {
  const byKey = getOrCreate(analyzedPreviews, source.parsedConfig, () => new Map());
  const key = `${JSON.stringify([source.renameTo, source.locationName ?? null])}${inputsKey}`;
  return getOrCreateBounded(byKey, key, PREVIEWS_PER_SOURCE, () =>
    renderPreviewWith(
      (kind) => renderAnalyzedSource(source, { ...inputs, kind }),
      hasStepJob(inputs),
    ),
  );
}
