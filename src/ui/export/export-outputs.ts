import { renderLocation, type RenderLocationInput } from '../../core/render';
import { formatRunTagAsPythonSnippet } from '../../core/templates';
import { parseYamlText } from '../../core/yaml';

// The names live apart so the toolbar can show them without loading the renderer.
export { EXPORT_FILE_NAMES } from './export-file-names';

export type ExportResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

/**
 * The manifests the agent would create for a location, as one multi-document YAML file (what
 * the preview's "All" tab shows), from the inputs the preview renders with. When Dagster would
 * refuse the config, says so instead of giving a file.
 */
export function renderManifestsForExport(input: RenderLocationInput): ExportResult {
  const result = renderLocation(input);
  if (result.error)
    return { ok: false, message: `No manifests to download: ${result.error.message}` };
  return { ok: true, text: result.yaml };
}

/**
 * The run's `dagster-k8s/config` tag as the `tags={...}` argument to paste into a Dagster job,
 * op or asset definition, ending with a newline as a Python file does.
 */
export function formatRunTagForExport(tagText: string): ExportResult {
  const parsed = parseYamlText(tagText);
  const error = parsed.problems.find((problem) => problem.severity === 'error');
  if (error) {
    const { line, column } = error.range.start;
    return {
      ok: false,
      message: `The run tag is not valid YAML (line ${line}, column ${column}: ${error.message}); fix it before exporting it as Python.`,
    };
  }
  return { ok: true, text: `${formatRunTagAsPythonSnippet(parsed.value ?? {})}\n` };
}
