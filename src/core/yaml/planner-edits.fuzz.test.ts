import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConfigPath } from '../source-range';
import {
  applyTextEdits,
  findPathRange,
  parseYamlText,
  planInsertListItem,
  planRemove,
  planSetValue,
  type ParsedYaml,
  type TextEdit,
} from '.';

/**
 * Random sequences of planner edits (set, remove, insert a list item) on real and hand-written
 * configs. Each plan must keep every byte outside the entry it edits (for a removal or an
 * insertion: the enclosing collection's entry), and the text must read back as the expected
 * value, with no new problem.
 */

// Read through Vite (the core's lint forbids node:fs). A fresh clone has no ../shared.
const corpus = import.meta.glob<string>('../../../../shared/corpus/config/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
if (Object.keys(corpus).length === 0) {
  console.warn('planner-edits.fuzz.test: ../shared/corpus is absent; only own fixtures are used');
}

const OWN_TEXTS = {
  block: [
    '# Dagster+ code locations',
    'locations:',
    '  # the main one',
    '  - location_name: etl # inline',
    '    image: ghcr.io/acme/etl:1.0',
    '    code_source:',
    '      package_name: etl',
    '    container_context:',
    '      k8s:',
    '        env_vars:',
    '          - MODE=batch',
    '          - TOKEN',
    '',
    '        labels:',
    '          team: data   # owner',
    '          tier: "1"',
    '        volumes: []',
    '  - location_name: ml',
    '    code_source: {module_name: ml.defs}',
    '    container_context: {k8s: {namespace: ml, env_secrets: [a, b]}}',
    '',
  ].join('\n'),
  unindented: [
    'locations:',
    '- location_name: a',
    '  image: "x:1"',
    '  container_context:',
    '    k8s:',
    '      image_pull_secrets:',
    '      - name: regcred',
    '      run_k8s_config:',
    '        pod_spec_config:',
    '          node_selector: {disk: ssd}',
    '- location_name: b',
    "  image: 'y:2'",
  ].join('\n'),
  crlf: 'locations:\r\n  - location_name: c\r\n    build:\r\n      directory: ./c\r\n    attribute: defs\r\n',
};

const TEXTS = [
  ...Object.entries(OWN_TEXTS),
  ...Object.entries(corpus).map(([file, text]) => [file.split('corpus/')[1]!, text] as const),
];

type Op =
  | { kind: 'set'; pick: number; value: unknown; newKey: string | null }
  | { kind: 'remove'; pick: number }
  | { kind: 'insert'; pick: number; index: number | null; value: unknown };

const scalar = fc.oneof(
  fc.constantFrom(
    ...['x', 'yes', 'null', '12:30', '# not a comment', 'a: b', '', ' lead', '=', '<<', 'a\nb'],
    ...['Zürich 東京', '🚀', '\u00a0nbsp', '\u0085nel', "it's", '"q"', '- item', '[x]', '{y}'],
  ),
  // Printable ASCII: PyYAML refuses control characters, so no edit writes one.
  fc.string({
    maxLength: 6,
    unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
  }),
  fc.integer({ min: -5, max: 5000 }),
  fc.boolean(),
  fc.constant(null),
);
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: scalar },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.constantFrom('k', 'name', 'yes'), scalar, { maxKeys: 2 }),
  },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 2 }) },
);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    pick: fc.nat(),
    value,
    newKey: fc.option(fc.constantFrom('new_key', 'on', 'a b', '"q"'), { nil: null }),
  }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    pick: fc.nat(),
    index: fc.option(fc.nat(4), { nil: null }),
    value,
  }),
);

function isMapValue(node: unknown): node is Record<string, unknown> {
  return node !== null && typeof node === 'object' && !Array.isArray(node);
}

/** Every path of the value written in the text (not reached through an alias), root excluded. */
function listPaths(parsed: ParsedYaml): ConfigPath[] {
  const paths: ConfigPath[] = [];
  const pending: { node: unknown; path: ConfigPath }[] = [{ node: parsed.value, path: [] }];
  while (pending.length > 0 && paths.length < 400) {
    const { node, path } = pending.pop()!;
    if (path.length > 0) {
      if (!findPathRange(parsed, path)) continue;
      paths.push(path);
    }
    if (Array.isArray(node))
      node.forEach((item, i) => pending.push({ node: item, path: [...path, i] }));
    else if (isMapValue(node)) {
      for (const [key, item] of Object.entries(node))
        pending.push({ node: item, path: [...path, key] });
    }
  }
  return paths.sort((a, b) => a.join('\u0000').localeCompare(b.join('\u0000')));
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function getIn(root: unknown, path: ConfigPath): unknown {
  let node = root;
  for (const token of path) node = (node as Record<string | number, unknown>)[token];
  return node;
}

/** The expected value after an edit (plain JS, as Dagster would read the edited file). */
function expectValue(
  root: unknown,
  edit: { kind: string; path: ConfigPath; value?: unknown; index?: number | null },
): unknown {
  const copy = clone(root);
  const parent = getIn(copy, edit.path.slice(0, -1)) as Record<string | number, unknown>;
  const last = edit.path[edit.path.length - 1]!;
  if (edit.kind === 'set') parent[last] = clone(edit.value);
  else if (edit.kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    const list = parent[last] as unknown[];
    list.splice(edit.index ?? list.length, 0, clone(edit.value));
  }
  return copy;
}

/**
 * [start, end) of the lines holding the entry at `path`: from its key's line to its value's last
 * line, line break included, plus the blank and comment-only lines right after it (comments
 * trailing the last item of a list belong to it: an appended item goes after them).
 */
function entryLines(parsed: ParsedYaml, path: ConfigPath): [number, number] {
  const { text } = parsed;
  if (path.length === 0) return [0, text.length];
  const range = findPathRange(parsed, path)!;
  const start = (range.keyRange ?? range.valueRange).start.offset;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let end = text.indexOf('\n', range.valueRange.end.offset);
  end = end < 0 ? text.length : end + 1;
  while (end < text.length) {
    const next = text.indexOf('\n', end);
    const line = text.slice(end, next < 0 ? text.length : next);
    if (!/^\s*(#.*)?\r?$/.test(line)) break;
    end = next < 0 ? text.length : next + 1;
  }
  return [lineStart, end];
}

function assertInside(edits: readonly TextEdit[], [from, to]: [number, number], label: string) {
  for (const edit of edits) {
    const inside = edit.offset >= from && edit.offset + edit.deleteCount <= to;
    expect(inside, `${label}: edit ${JSON.stringify(edit)} leaves [${from}, ${to})`).toBe(true);
  }
}

/** Plans one random edit on `parsed`; null when the pick fits nothing or the planner refuses. */
function planOne(parsed: ParsedYaml, step: Op) {
  const paths = listPaths(parsed);
  if (paths.length === 0) return null;
  const refuses = (run: () => TextEdit[]) => {
    try {
      return run();
    } catch (error) {
      // A documented refusal (an anchor used elsewhere, a path through a scalar…) is fine.
      expect(String(error)).toMatch(/^Error: Cannot edit '/);
      return null;
    }
  };
  if (step.kind === 'insert') {
    const lists = paths.filter((path) => Array.isArray(getIn(parsed.value, path)));
    const path = lists[step.pick % Math.max(lists.length, 1)];
    if (!path) return null;
    const length = (getIn(parsed.value, path) as unknown[]).length;
    const index = step.index === null ? null : Math.min(step.index, length);
    const edits = refuses(() => planInsertListItem(parsed, path, index ?? undefined, step.value));
    const region = entryLines(parsed, path);
    return (
      edits && {
        edits,
        region,
        expected: { kind: 'insert', path, value: step.value, index },
        path,
      }
    );
  }
  const path = paths[step.pick % paths.length]!;
  if (step.kind === 'remove') {
    const edits = refuses(() => planRemove(parsed, path));
    return (
      edits && {
        edits,
        region: entryLines(parsed, path.slice(0, -1)),
        expected: { kind: 'remove', path },
        path,
      }
    );
  }
  const target =
    step.newKey !== null && isMapValue(getIn(parsed.value, path)) ? [...path, step.newKey] : path;
  const edits = refuses(() => planSetValue(parsed, target, step.value));
  // A new key goes into the map at `path`: that map's entry is what changes.
  const region = entryLines(parsed, path);
  return (
    edits && { edits, region, expected: { kind: 'set', path: target, value: step.value }, path }
  );
}

describe('random planner edits', () => {
  it('change only the edited entry, and read back as the expected value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TEXTS),
        fc.array(op, { minLength: 1, maxLength: 4 }),
        ([, initial], steps) => {
          let text = initial;
          for (const step of steps) {
            const parsed = parseYamlText(text);
            const planned = planOne(parsed, step);
            if (!planned) continue;
            assertInside(planned.edits, planned.region, `${step.kind} ${planned.path.join('.')}`);
            const next = applyTextEdits(text, planned.edits);
            const after = parseYamlText(next);
            expect(after.problems.map((p) => p.code)).toEqual(parsed.problems.map((p) => p.code));
            if (!/[&*]/.test(text)) {
              expect(after.value).toEqual(expectValue(parsed.value, planned.expected));
            }
            text = next;
          }
        },
      ),
      { numRuns: 400, seed: 42 },
    );
  }, 60_000);
});
