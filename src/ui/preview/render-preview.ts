import {
  renderLocation,
  renderManifestsYaml,
  type DagsterConfigError,
  type ManifestRole,
  type MergeNote,
  type RenderedManifest,
  type RenderLocationInput,
} from '../../core/render';
import { checkRenderedManifest, type ManifestProblem } from '../../core/render/checks';

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
  return {
    role,
    manifest,
    error: null,
    yaml: renderManifestsYaml([manifest]),
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

/**
 * Renders every object of the location. One `renderLocation` call when all succeed; when one
 * fails, each object is rendered on its own, so that (for example) a bad run tag shows its
 * error on the run Job while the code server still previews.
 */
export function renderPreview(input: RenderLocationInput): PreviewRender {
  const withStep = input.opName !== undefined || input.executorConfig !== undefined;
  const roles: ManifestRole[] = [
    'deployment',
    'service',
    'run',
    ...(withStep ? ['step' as const] : []),
  ];
  const all = renderLocation({ ...input, kind: 'all' });
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
  const results = roles.map((role) => ({ role, result: renderLocation({ ...input, kind: role }) }));
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
