import { isScalar, parse, parseAllDocuments, visit } from 'yaml';

/** An example's input, read with YAML 1.1 rules (as Dagster reads its inputs). */
export function parseGoldenInput(text: string): Record<string, unknown> {
  return parse(text, { version: '1.1' }) as Record<string, unknown>;
}

/**
 * An example's expected objects, transcribed from examples.md. Lines marked `# display` are
 * not part of a request body (README §5.2), so they are removed; other comments are ignored.
 */
export function parseGoldenExpected(text: string): unknown[] {
  return parseAllDocuments(text, { version: '1.1' }).map((doc) => {
    if (doc.errors.length > 0) throw new Error(doc.errors[0]!.message);
    visit(doc, {
      Pair(_, pair) {
        const comment = isScalar(pair.value) ? (pair.value.comment ?? '') : '';
        return comment.includes('display') ? visit.REMOVE : undefined;
      },
    });
    return doc.toJS();
  });
}

/** `./fixtures/r10b.input.yaml` → `r10b`. */
export function fixtureId(path: string): string {
  return path.replace(/^.*\//u, '').replace(/\.(input|expected)\.yaml$/u, '');
}
