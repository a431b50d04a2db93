import { LAYER_LABELS } from '../../core/render/checks';
import type { SourceDocument, ValueOrigin } from '../../core/render';
import { formatConfigPath } from '../../core/source-range';
import { findNearestPathRange, parseYamlText, type ParsedYaml } from '../../core/yaml';
import type { RenderInputDocument } from '../../store/render-inputs';

/** How the preview names each source text. */
export const DOCUMENT_NAMES: Readonly<Record<SourceDocument, string>> = {
  'dagster-cloud-yaml': 'dagster_cloud.yaml',
  'helm-values': 'Helm values',
  'run-tag': 'run tag',
  'resource-requirements-tag': 'resource requirements tag',
  'executor-config': 'executor config',
  'op-tag': 'op tag',
};

const INPUT_DOCUMENTS: ReadonlySet<string> = new Set<RenderInputDocument>([
  'helm-values',
  'run-tag',
  'executor-config',
  'op-tag',
]);

/** True for the documents the preview's layer panel edits (a click selects text there). */
export function isInputDocument(document: SourceDocument | null): document is RenderInputDocument {
  return document !== null && INPUT_DOCUMENTS.has(document);
}

/** `/spec/template/spec/containers/0/image` → `spec.template.spec.containers[0].image`. */
export function formatPointerAsField(pointer: string): string {
  if (pointer === '') return '';
  let field = '';
  for (const raw of pointer.slice(1).split('/')) {
    const part = raw.replace(/~1/gu, '/').replace(/~0/gu, '~');
    if (/^\d+$/u.test(part)) field += `[${part}]`;
    else if (/^[A-Za-z_][\w-]*$/u.test(part)) field += field ? `.${part}` : part;
    else field += `[${part}]`;
  }
  return field;
}

/** Where a value came from, in words: what the provenance bar shows. */
export interface SourceDescription {
  /** e.g. `Helm value`, `the location's key`, `Dagster default`. */
  readonly layer: string;
  /** The path in the source (`workspace.labels.team`), '' when there is none. */
  readonly path: string;
  /** The text it is in (`dagster_cloud.yaml`, `Helm values`), null for chart and Dagster defaults. */
  readonly documentName: string | null;
  /** 1-based line in that text, when the path is written there. */
  readonly line: number | null;
}

/** Describes `origin`, with the line found in the current text of its document. */
export function describeSource(
  origin: ValueOrigin,
  readText: (document: SourceDocument) => ParsedYaml | string | null,
): SourceDescription {
  const documentName = origin.document ? DOCUMENT_NAMES[origin.document] : null;
  let line: number | null = null;
  const source = origin.document ? readText(origin.document) : null;
  if (source !== null && origin.path.length > 0) {
    const parsed = typeof source === 'string' ? parseYamlText(source) : source;
    const found = findNearestPathRange(parsed, origin.path);
    if (found.path.length === origin.path.length) {
      line = (found.keyRange ?? found.valueRange).start.line;
    }
  }
  return {
    layer: LAYER_LABELS[origin.layer],
    path: formatConfigPath(origin.path),
    documentName,
    line,
  };
}
