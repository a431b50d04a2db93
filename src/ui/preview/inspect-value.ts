import { buildPrintedManifest, DAGSTER_ORIGIN, type RenderedManifest } from '../../core/render';
import type { ManifestProblem } from '../../core/render/checks';
import type { SourceDocument, ValueOrigin } from '../../core/render';
import { readPointer } from '../../core/render/manifests/placeholders';
import type { ParsedYaml } from '../../core/yaml';
import { describeSource, formatPointerAsField, type SourceDescription } from './provenance';

/** Everything the provenance bar says about one value of the preview. */
export interface ValueInspection {
  /** `Job dagster-run-<run-id>`, `Deployment analytics-prod-xxxxxx`. */
  readonly object: string;
  readonly field: string;
  readonly value: string;
  /** Null for display-only lines (no input sets them). */
  readonly origin: ValueOrigin | null;
  readonly source: SourceDescription | null;
  /** The placeholder's or assumption's reason, or the display-only note. */
  readonly mark: string | null;
  readonly problems: readonly ManifestProblem[];
}

function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object') return Array.isArray(value) ? '[]' : '{}';
  return String(value);
}

/**
 * Describes the value at `pointer` of `manifest`: where it came from (with the line in its
 * source text, read through `readText`), its mark and the Kubernetes problems on it.
 */
export function inspectValue(
  manifest: RenderedManifest,
  pointer: string,
  problems: readonly ManifestProblem[],
  readText: (document: SourceDocument) => ParsedYaml | string | null,
): ValueInspection {
  const printed = buildPrintedManifest(manifest);
  const inBody = readPointer(manifest.body, pointer) !== undefined;
  const origin = inBody ? (manifest.origins.get(pointer) ?? DAGSTER_ORIGIN) : null;
  const mark = manifest.marks.find((m) => m.pointer === pointer)?.comment ?? null;
  const metadata = printed.metadata as { name?: unknown } | undefined;
  const kind = typeof printed.kind === 'string' ? printed.kind : 'Object';
  return {
    object: `${kind} ${formatValue(metadata?.name ?? '')}`.trim(),
    field: formatPointerAsField(pointer),
    value: formatValue(readPointer(printed, pointer)),
    origin,
    source: origin ? describeSource(origin, readText) : null,
    mark: mark === 'display' ? 'display only: not in the request body (the API path)' : mark,
    problems: problems.filter((p) => p.role === manifest.role && p.pointer === pointer),
  };
}
