import type { DagsterConfigError, ManifestRole, RenderedManifest } from '../../core/render';
import type { ManifestProblem } from '../../core/render/checks';
import type { PreviewRender } from './render-preview';

export type PreviewTab = ManifestRole | 'all';

export const TAB_LABELS: Readonly<Record<PreviewTab, string>> = {
  run: 'Run Job',
  step: 'Step Job',
  deployment: 'Code server',
  service: 'Service',
  all: 'All',
};

/** What each object is called in sentences ("Dagster would not create the run Job"). */
export const OBJECT_NAMES: Readonly<Record<ManifestRole, string>> = {
  run: 'run Job',
  step: 'step Job',
  deployment: 'code-server Deployment',
  service: 'code-server Service',
};

const FILE_SUFFIXES: Readonly<Record<PreviewTab, string>> = {
  run: 'run-job',
  step: 'step-job',
  deployment: 'deployment',
  service: 'service',
  all: 'manifests',
};

/** The tabs to offer: the step Job only when op isolation renders one. */
export function listTabs(preview: PreviewRender): PreviewTab[] {
  const hasStep = preview.targets.some((target) => target.role === 'step');
  return ['run', ...(hasStep ? (['step'] as const) : []), 'deployment', 'service', 'all'];
}

/** What one tab shows. */
export interface TabView {
  /** The rendered objects, in YAML document order. */
  readonly manifests: readonly RenderedManifest[];
  /** Their YAML, `---` between objects: what copy and download give. */
  readonly yaml: string;
  readonly errors: readonly { readonly role: ManifestRole; readonly error: DagsterConfigError }[];
  readonly problems: readonly ManifestProblem[];
  readonly fileName: string;
}

/** The objects, errors and checks of `tab`. */
export function buildTabView(preview: PreviewRender, tab: PreviewTab): TabView {
  const targets = preview.targets.filter((target) => tab === 'all' || target.role === tab);
  const rendered = targets.filter((target) => target.manifest !== null);
  const errors = targets.flatMap((target) =>
    target.error ? [{ role: target.role, error: target.error }] : [],
  );
  const prefix = preview.locationName ? `${preview.locationName.replace(/[^\w.-]+/gu, '-')}-` : '';
  let yaml: string | undefined;
  return {
    manifests: rendered.map((target) => target.manifest!),
    // Joined on first read: the pane builds every tab's view for its counts, and shows one.
    get yaml() {
      yaml ??= rendered.map((target) => target.yaml).join('---\n');
      return yaml;
    },
    errors,
    problems: rendered.flatMap((target) => target.problems),
    fileName: `${prefix}${FILE_SUFFIXES[tab]}.yaml`,
  };
}
