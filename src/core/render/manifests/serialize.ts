import { Document, isNode, type Node } from 'yaml';
import { setOwnValue } from '../../k8s';
import type { JsonObject, JsonValue } from '../merge/types';
import { printManifestYaml, printManifestYamlSpans, type PrintedSpan } from './print-manifest';
import type { ManifestMark, RenderedManifest } from './types';

export interface ManifestsYamlOptions {
  /** Add `# display` and `# placeholder: …` comments (README §5.1–§5.2). Default true. */
  readonly annotate?: boolean;
}

/** Inserts `key: value` right after `after` (or at the end), keeping the other keys' order. */
function insertAfter(map: JsonObject, after: string, key: string, value: JsonValue): JsonObject {
  if (!Object.hasOwn(map, after)) return { ...map, [key]: value };
  const result: JsonObject = {};
  for (const [k, v] of Object.entries(map)) {
    setOwnValue(result, k, v);
    if (k === after) setOwnValue(result, key, value);
  }
  return result;
}

/**
 * The object as the preview prints it: the request body plus the display-only lines —
 * `apiVersion`/`kind` first when the body lacks them (the Deployment), `metadata.namespace`
 * after `metadata.name`.
 */
export function buildPrintedManifest(manifest: RenderedManifest): JsonObject {
  const { display, body } = manifest;
  let printed: JsonObject = {};
  if (display.apiVersion !== undefined) printed.apiVersion = display.apiVersion;
  if (display.kind !== undefined) printed.kind = display.kind;
  printed = { ...printed, ...body };
  if (display.namespace !== undefined) {
    const metadata = (printed.metadata ?? {}) as JsonObject;
    printed.metadata = insertAfter(metadata, 'name', 'namespace', display.namespace);
  }
  return printed;
}

function pointerToPath(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/gu, '/').replace(/~0/gu, '~'));
}

/** Puts `comment` on the line of the value at `pointer` (numeric segments index lists). */
function attachComment(doc: Document, pointer: string, comment: string) {
  const path = pointerToPath(pointer).map((part) => (/^\d+$/u.test(part) ? Number(part) : part));
  const node = doc.getIn(path, true);
  if (!isNode(node)) return;
  const target = node as Node;
  target.comment = target.comment ? `${target.comment}; ${comment}` : ` ${comment}`;
}

/**
 * One manifest printed through a `yaml` Document, marks attached as line comments. The
 * reference that {@link printManifestYaml} reproduces, and what prints the values it leaves.
 */
export function printManifestWithYaml(printed: JsonObject, marks: readonly ManifestMark[]): string {
  const doc = new Document(printed, { version: '1.1' });
  for (const mark of marks) attachComment(doc, mark.pointer, mark.comment);
  const text = doc.toString({ lineWidth: 0, singleQuote: true, indentSeq: false });
  // A trailing comment on the last line comes back without its newline.
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** One manifest's YAML, and where its keys and leaf values are when the printer knows. */
export interface ManifestYaml {
  readonly text: string;
  /**
   * The spans of every key and leaf value in `text` order (see {@link PrintedSpan}); null when
   * the manifest was printed through a `yaml` Document, which does not say where it wrote what.
   */
  readonly spans: readonly PrintedSpan[] | null;
}

/**
 * One manifest as {@link renderManifestsYaml} prints it, with the spans its printer reports:
 * a highlighter can classify the text without parsing it back.
 */
export function renderManifestYamlSpans(
  manifest: RenderedManifest,
  options: ManifestsYamlOptions = {},
): ManifestYaml {
  const printed = buildPrintedManifest(manifest);
  const marks = (options.annotate ?? true) ? manifest.marks : [];
  return (
    printManifestYamlSpans(printed, marks) ?? {
      text: printManifestWithYaml(printed, marks),
      spans: null,
    }
  );
}

/**
 * Prints manifests as one multi-document YAML text (`---` between objects) the way Kubernetes
 * tools show them: keys in each model's declared order (apiVersion, kind, metadata, spec first),
 * strings quoted whenever a YAML 1.1 reader would take them for something else (`'1'`,
 * `'false'`, `'1715790000.0'`), no line folding. With `annotate`, display-only lines get
 * `# display` and placeholders `# placeholder: …` comments.
 */
export function renderManifestsYaml(
  manifests: readonly RenderedManifest[],
  options: ManifestsYamlOptions = {},
): string {
  const annotate = options.annotate ?? true;
  return manifests
    .map((manifest) => {
      const printed = buildPrintedManifest(manifest);
      const marks = annotate ? manifest.marks : [];
      return printManifestYaml(printed, marks) ?? printManifestWithYaml(printed, marks);
    })
    .join('---\n');
}
