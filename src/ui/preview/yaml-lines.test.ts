import { describe, expect, it } from 'vitest';
import { buildYamlLines } from './yaml-lines';

describe('buildYamlLines', () => {
  it('classifies keys, values, comments and punctuation with pointers per document', () => {
    const text = [
      'apiVersion: apps/v1 # display',
      'metadata:',
      '  labels:',
      '    app.kubernetes.io/name: dagster',
      "    count: '1'",
      'spec:',
      '  containers:',
      '  - args:',
      '    - <run-id> # placeholder: new UUID per run',
      '    emptyDir: {}',
      '    ok: true',
      '    n: 3',
      '    x: null',
      '---',
      'kind: Service',
      '',
    ].join('\n');
    expect(buildYamlLines(text)).toEqual([
      [
        { text: 'apiVersion', kind: 'key', document: 0, pointer: '/apiVersion' },
        { text: ':', kind: 'punctuation' },
        { text: ' ', kind: 'text' },
        { text: 'apps/v1', kind: 'string', document: 0, pointer: '/apiVersion' },
        { text: ' ', kind: 'text' },
        { text: '# display', kind: 'comment' },
      ],
      [
        { text: 'metadata', kind: 'key', document: 0, pointer: '/metadata' },
        { text: ':', kind: 'punctuation' },
      ],
      [
        { text: '  ', kind: 'text' },
        { text: 'labels', kind: 'key', document: 0, pointer: '/metadata/labels' },
        { text: ':', kind: 'punctuation' },
      ],
      [
        { text: '    ', kind: 'text' },
        {
          text: 'app.kubernetes.io/name',
          kind: 'key',
          document: 0,
          pointer: '/metadata/labels/app.kubernetes.io~1name',
        },
        { text: ':', kind: 'punctuation' },
        { text: ' ', kind: 'text' },
        {
          text: 'dagster',
          kind: 'string',
          document: 0,
          pointer: '/metadata/labels/app.kubernetes.io~1name',
        },
      ],
      [
        { text: '    ', kind: 'text' },
        { text: 'count', kind: 'key', document: 0, pointer: '/metadata/labels/count' },
        { text: ':', kind: 'punctuation' },
        { text: ' ', kind: 'text' },
        { text: "'1'", kind: 'string', document: 0, pointer: '/metadata/labels/count' },
      ],
      [
        { text: 'spec', kind: 'key', document: 0, pointer: '/spec' },
        { text: ':', kind: 'punctuation' },
      ],
      [
        { text: '  ', kind: 'text' },
        { text: 'containers', kind: 'key', document: 0, pointer: '/spec/containers' },
        { text: ':', kind: 'punctuation' },
      ],
      [
        { text: '  ', kind: 'text' },
        { text: '-', kind: 'punctuation' },
        { text: ' ', kind: 'text' },
        { text: 'args', kind: 'key', document: 0, pointer: '/spec/containers/0/args' },
        { text: ':', kind: 'punctuation' },
      ],
      [
        { text: '    ', kind: 'text' },
        { text: '-', kind: 'punctuation' },
        { text: ' ', kind: 'text' },
        { text: '<run-id>', kind: 'string', document: 0, pointer: '/spec/containers/0/args/0' },
        { text: ' ', kind: 'text' },
        { text: '# placeholder: new UUID per run', kind: 'comment' },
      ],
      [
        { text: '    ', kind: 'text' },
        { text: 'emptyDir', kind: 'key', document: 0, pointer: '/spec/containers/0/emptyDir' },
        { text: ':', kind: 'punctuation' },
        { text: ' ', kind: 'text' },
        { text: '{}', kind: 'collection', document: 0, pointer: '/spec/containers/0/emptyDir' },
      ],
      [
        { text: '    ', kind: 'text' },
        { text: 'ok', kind: 'key', document: 0, pointer: '/spec/containers/0/ok' },
        { text: ':', kind: 'punctuation' },
        { text: ' ', kind: 'text' },
        { text: 'true', kind: 'boolean', document: 0, pointer: '/spec/containers/0/ok' },
      ],
      [
        { text: '    ', kind: 'text' },
        { text: 'n', kind: 'key', document: 0, pointer: '/spec/containers/0/n' },
        { text: ':', kind: 'punctuation' },
        { text: ' ', kind: 'text' },
        { text: '3', kind: 'number', document: 0, pointer: '/spec/containers/0/n' },
      ],
      [
        { text: '    ', kind: 'text' },
        { text: 'x', kind: 'key', document: 0, pointer: '/spec/containers/0/x' },
        { text: ':', kind: 'punctuation' },
        { text: ' ', kind: 'text' },
        { text: 'null', kind: 'null', document: 0, pointer: '/spec/containers/0/x' },
      ],
      [{ text: '---', kind: 'punctuation' }],
      [
        { text: 'kind', kind: 'key', document: 1, pointer: '/kind' },
        { text: ':', kind: 'punctuation' },
        { text: ' ', kind: 'text' },
        { text: 'Service', kind: 'string', document: 1, pointer: '/kind' },
      ],
    ]);
  });

  it('gives the text back when the segments are joined', () => {
    const text = "a: 'x # not a comment' # a comment\nb: [1, 2]\n";
    const lines = buildYamlLines(text);
    expect(lines.map((line) => line.map((s) => s.text).join('')).join('\n')).toBe(
      text.slice(0, -1),
    );
    expect(lines[0]!.filter((s) => s.kind === 'comment')).toEqual([
      { text: '# a comment', kind: 'comment' },
    ]);
  });
  it('numbers documents across pieces, splitting only at lines that are exactly ---', () => {
    const text = 'a: |\n  ---\n--- # c\nb: 2\n---\nc: 3\n';
    const keys = buildYamlLines(text)
      .flat()
      .filter((s) => s.kind === 'key')
      .map((s) => `${s.document}${s.pointer}`);
    expect(keys).toEqual(['0/a', '1/b', '2/c']);
    expect(buildYamlLines(text).map((line) => line.map((s) => s.text).join(''))).toEqual([
      'a: |',
      '  ---',
      '--- # c',
      'b: 2',
      '---',
      'c: 3',
    ]);
  });

  it('gives an empty value (read as null) no segment', () => {
    expect(buildYamlLines('a:\nb: 1\n')).toEqual([
      [
        { text: 'a', kind: 'key', document: 0, pointer: '/a' },
        { text: ':', kind: 'punctuation' },
      ],
      [
        { text: 'b', kind: 'key', document: 0, pointer: '/b' },
        { text: ':', kind: 'punctuation' },
        { text: ' ', kind: 'text' },
        { text: '1', kind: 'number', document: 0, pointer: '/b' },
      ],
    ]);
  });

  it('reuses the lines of unchanged documents and tokenizes the changed one', () => {
    const before = buildYamlLines('kind: Job\nx: 1\n---\nkind: Pod\n');
    const after = buildYamlLines('kind: Job\nx: 1\n---\nkind: Service\n');
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toBe(before[1]);
    expect(after[2]).toEqual([{ text: '---', kind: 'punctuation' }]);
    expect(after[3]).toEqual([
      { text: 'kind', kind: 'key', document: 1, pointer: '/kind' },
      { text: ':', kind: 'punctuation' },
      { text: ' ', kind: 'text' },
      { text: 'Service', kind: 'string', document: 1, pointer: '/kind' },
    ]);
    expect(after).toHaveLength(4);
  });
});
